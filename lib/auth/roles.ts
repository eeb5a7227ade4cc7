// Closed set of roles: the single source for the pgEnum, zod schemas and the permission map.
export const ROLES = ['admin', 'manager', 'helpdesk', 'service_point', 'engineer', 'customer'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['admin', 'manager', 'helpdesk', 'service_point', 'engineer'] as const satisfies readonly Role[];
export const isStaffRole = (role: Role) => role !== 'customer';
