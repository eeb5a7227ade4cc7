export * from './sla';
export * from './customers';
export * from './users';
export * from './platform';
export * from './helpdesk';
