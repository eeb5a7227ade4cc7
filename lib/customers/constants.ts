export const CUSTOMER_TYPES = ['company', 'person'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
