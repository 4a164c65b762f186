export * from './refusal';
export * from './smtp-refusal';
export * from './attempt-state.entity';
export * from './retry-policy';
export * from './http-refusal';
