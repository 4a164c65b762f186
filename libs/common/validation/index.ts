export * from './trim';
export * from './uuid';
