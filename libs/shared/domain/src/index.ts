export * from './lib/error-codes';
export * from './lib/roles';
export * from './lib/text';
