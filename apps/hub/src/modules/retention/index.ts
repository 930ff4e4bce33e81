export * from './retention.ts';
export * from './retention.operations.ts';
