export * from './mail.service';
export * from './mail.module';
export * from './mail.worker';
export * from './sending';
export * from './mail-language';
export * from './mail-time';
