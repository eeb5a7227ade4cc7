// The staff sidebar (components/layout/staff-nav.ts): every role sees each page at most once, and the
// ISP applications queue through exactly one entry when the role works with applications at all.
import { describe, expect, it } from 'vitest';
import { STAFF_NAV, staffNavFor } from '@/components/layout/staff-nav';
import { ROLES, STAFF_ROLES } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';

const ALL_MODULES = Object.fromEntries(STAFF_NAV.filter((i) => i.module).map((i) => [i.module!, true]));
const pathOf = (href: string) => new URL(href, 'http://x').pathname;

describe('staff navigation', () => {
  it.each(STAFF_ROLES)('%s sees one entry for the ISP applications queue when it may open it', (role) => {
    const entries = staffNavFor(role, ALL_MODULES).filter((i) => pathOf(i.href) === '/staff/isp/applications');
    const works = can(role, 'signup.review') || can(role, 'visit.work');
    expect(entries).toHaveLength(works ? 1 : 0);
  });

  it('reviewers get the whole queue, technicians their own visits', () => {
    const labelFor = (role: (typeof ROLES)[number]) => staffNavFor(role, ALL_MODULES).find((i) => pathOf(i.href) === '/staff/isp/applications')?.label;
    expect(labelFor('admin')).toBe('isp.applications.nav');
    expect(labelFor('helpdesk')).toBe('isp.applications.nav');
    expect(labelFor('engineer')).toBe('isp.applications.myVisitsNav');
    expect(labelFor('manager')).toBeUndefined();
  });

  it('customers see nothing; a switched-off module hides its entries', () => {
    expect(staffNavFor('customer', ALL_MODULES).length).toBe(0);
    const withoutIsp = staffNavFor('admin', { ...ALL_MODULES, isp: false });
    expect(withoutIsp.some((i) => i.module === 'isp')).toBe(false);
    expect(withoutIsp.some((i) => i.href === '/staff')).toBe(true);
  });
});
