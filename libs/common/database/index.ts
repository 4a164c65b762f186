export * from './after-commit';
export * from './embedded-postgres';
export * from './migrate';
export * from './prepare-database';
export * from './transaction';
export * from './transaction-hooks';
