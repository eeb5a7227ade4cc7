// The one role → permission map. Pure, so the UI may call can() to hide a button;
// only the server decides (requirePermission / action()).
import type { Role } from './roles';

export const PERMISSIONS = [
  // platform
  'staff.access',
  'account.self',
  'user.manage',
  'settings.manage',
  'news.publish',
  'news.read',
  'outbox.read',
  'audit.read',
  'report.read',
  // helpdesk and customers
  'customer.manage',
  'customer.read',
  'ticket.create',
  'ticket.read',
  'ticket.assign',
  'ticket.accept',
  'ticket.dispatch',
  'ticket.work',
  'ticket.close',
  'ticket.delete',
  'sla.manage',
  'servicepoint.manage',
  // public site, catalog, promos
  'catalog.manage',
  'promo.manage',
  'promo.approve',
  'inquiry.manage',
  'review.moderate',
  'content.manage',
  // internet provider
  'isp.manage',
  'signup.review',
  'schedule.manage',
  'visit.work',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  customer: ['account.self', 'ticket.create'],
  engineer: ['staff.access', 'account.self', 'news.read', 'ticket.read', 'ticket.work', 'visit.work'],
  service_point: ['staff.access', 'account.self', 'news.read', 'ticket.read', 'ticket.accept', 'ticket.dispatch'],
  helpdesk: [
    'staff.access', 'account.self', 'news.read', 'news.publish', 'customer.manage', 'customer.read',
    'ticket.create', 'ticket.read', 'ticket.assign', 'ticket.close', 'promo.manage', 'inquiry.manage',
    'review.moderate', 'catalog.manage', 'content.manage', 'signup.review', 'schedule.manage',
  ],
  manager: [
    'staff.access', 'account.self', 'news.read', 'customer.read', 'ticket.read', 'report.read', 'promo.approve',
    'audit.read',
  ],
  admin: PERMISSIONS,
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}
