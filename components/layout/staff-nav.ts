import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';

/**
 * The staff sidebar. Each entry shows only to roles holding its permission (and, with `hiddenWith`,
 * not to roles that also hold that one: they reach the same page through a broader entry); modules
 * add theirs here.
 */
export type NavItem = {
  href: string;
  label: string;
  permission: Permission;
  hiddenWith?: Permission;
  section: 'work' | 'isp' | 'admin' | 'me';
  module?: string;
};

export const STAFF_NAV: NavItem[] = [
  { href: '/staff', label: 'nav.dashboard', permission: 'staff.access', section: 'work' },
  { href: '/staff/tickets', label: 'tickets.nav', permission: 'ticket.read', section: 'work', module: 'helpdesk' },
  { href: '/staff/reports', label: 'reports.nav', permission: 'report.read', section: 'work' },
  { href: '/staff/customers', label: 'customers.nav', permission: 'customer.read', section: 'work' },
  { href: '/staff/inquiries', label: 'inquiries.nav', permission: 'inquiry.manage', section: 'work' },
  { href: '/staff/promos', label: 'promos.nav', permission: 'promo.manage', section: 'work', module: 'promos' },
  { href: '/staff/campaigns', label: 'campaigns.nav', permission: 'promo.manage', section: 'work', module: 'promos' },
  // Managers approve campaigns (promo.approve) without preparing them.
  { href: '/staff/campaigns?status=pending_approval', label: 'campaigns.approvalsNav', permission: 'promo.approve', section: 'work', module: 'promos' },
  { href: '/staff/segments', label: 'segments.nav', permission: 'promo.manage', section: 'work', module: 'promos' },
  { href: '/staff/reviews', label: 'reviews.nav', permission: 'review.moderate', section: 'work', module: 'catalog' },
  { href: '/staff/catalog', label: 'catalog.staff.nav', permission: 'catalog.manage', section: 'work', module: 'catalog' },
  { href: '/staff/users', label: 'nav.users', permission: 'user.manage', section: 'admin' },
  { href: '/staff/settings', label: 'nav.settings', permission: 'settings.manage', section: 'admin' },
  { href: '/staff/news', label: 'nav.news', permission: 'news.publish', section: 'admin' },
  { href: '/staff/articles', label: 'articles.nav', permission: 'content.manage', section: 'admin' },
  { href: '/staff/pages', label: 'pages.nav', permission: 'content.manage', section: 'admin' },
  { href: '/staff/outbox', label: 'nav.outbox', permission: 'outbox.read', section: 'admin' },
  { href: '/staff/sla-plans', label: 'slaPlans.nav', permission: 'sla.manage', section: 'admin', module: 'helpdesk' },
  { href: '/staff/holidays', label: 'holidays.nav', permission: 'sla.manage', section: 'admin' },
  { href: '/staff/service-points', label: 'servicePoints.nav', permission: 'servicepoint.manage', section: 'admin', module: 'helpdesk' },
  { href: '/staff/isp/applications', label: 'isp.applications.nav', permission: 'signup.review', section: 'isp', module: 'isp' },
  // Technicians see the applications they are booked to survey or install (the queue scopes itself).
  // Whoever reviews sign-ups (admins hold both permissions) has the whole queue above instead.
  {
    href: '/staff/isp/applications?status=all',
    label: 'isp.applications.myVisitsNav',
    permission: 'visit.work',
    hiddenWith: 'signup.review',
    section: 'isp',
    module: 'isp',
  },
  { href: '/staff/isp/waiting-list', label: 'isp.waitingList.nav', permission: 'signup.review', section: 'isp', module: 'isp' },
  { href: '/staff/isp/plans', label: 'isp.plans.nav', permission: 'signup.review', section: 'isp', module: 'isp' },
  { href: '/staff/isp/coverage', label: 'isp.coverage.nav', permission: 'isp.manage', section: 'isp', module: 'isp' },
  { href: '/staff/today', label: 'ispOps.nav.today', permission: 'visit.work', section: 'isp', module: 'isp' },
  { href: '/staff/isp/schedule', label: 'ispOps.nav.schedule', permission: 'schedule.manage', section: 'isp', module: 'isp' },
  { href: '/staff/isp/subscriptions', label: 'ispOps.nav.subscriptions', permission: 'customer.read', section: 'isp', module: 'isp' },
  { href: '/staff/isp/upgrades', label: 'ispOps.nav.upgrades', permission: 'signup.review', section: 'isp', module: 'isp' },
  { href: '/staff/isp/reports', label: 'ispOps.nav.reports', permission: 'report.read', section: 'isp', module: 'isp' },
  { href: '/staff/profile', label: 'nav.profile', permission: 'staff.access', section: 'me' },
  { href: '/staff/password', label: 'nav.password', permission: 'staff.access', section: 'me' },
  { href: '/staff/notifications', label: 'nav.notifications', permission: 'staff.access', section: 'me' },
];

/** The entries one role sees with the given modules switched on, in sidebar order. */
export function staffNavFor(role: Role, modules: Record<string, boolean>): NavItem[] {
  return STAFF_NAV.filter((i) => can(role, i.permission) && !(i.hiddenWith && can(role, i.hiddenWith)) && (!i.module || modules[i.module]));
}
