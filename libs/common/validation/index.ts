export * from './trim';
export * from './uuid';
export * from './input-validation.pipe';
export * from './id-field';
export * from './safe-strings';
