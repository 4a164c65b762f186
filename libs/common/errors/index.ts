export * from './error-code';
export * from './domain-error';
export * from './hide-as';
export * from './to-public-error';
export * from './all-exceptions.filter';
export * from './format-graphql-error';
