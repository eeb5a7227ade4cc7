export * from './customers';
export * from './users';
export * from './platform';
