// Rows for the ISP operations tests (scheduling, subscriptions, upgrades), written straight through
// Drizzle to arrange a test; every assertion goes through the real services and actions.
import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { appointments, areas, ispPlans, subscriptions, tickets, upgradeRequests, upgradeRules } from '@/db/schema';
import { fromZoned, zonedParts } from '@/lib/format/date';
import type { AreaLevel } from '@/lib/isp/constants';
import { addDays } from '@/lib/isp/scheduling/slots';
import { isWorkingDate } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { createCustomer, createUser, type TestUser } from '../helpers/factories';

const AREAS: Array<[string, string | null, AreaLevel, string]> = [
  ['33', null, 'province', 'Jawa Tengah'],
  ['33.74', '33', 'regency', 'Kota Semarang'],
  ['33.74.10', '33.74', 'district', 'Tembalang'],
  ['33.74.10.1001', '33.74.10', 'village', 'Meteseh'],
  ['32', null, 'province', 'Jawa Barat'],
  ['32.77', '32', 'regency', 'Kota Cimahi'],
  ['32.77.01', '32.77', 'district', 'Cimahi Selatan'],
  ['32.77.01.1001', '32.77.01', 'village', 'Melong'],
];

export const VILLAGE = '33.74.10.1001';
export const OTHER_VILLAGE = '32.77.01.1001';

export async function ensureOpsAreas() {
  await db
    .insert(areas)
    .values(AREAS.map(([code, parentCode, level, name]) => ({ code, parentCode, level, name })))
    .onConflictDoNothing();
}

export async function opsPlan(overrides: Partial<typeof ispPlans.$inferInsert> = {}) {
  const tag = randomBytes(4).toString('hex');
  const [plan] = await db
    .insert(ispPlans)
    .values({ name: `Paket ${tag}`, slug: `paket-ops-${tag}`, downloadMbps: 20, uploadMbps: 20, monthlyPriceIdr: 250_000, ...overrides })
    .returning();
  return plan;
}

/** An active subscription of `customerId` (a fresh customer when omitted) starting on `startDate`. */
export async function opsSubscription(opts: { customerId?: string; planId?: string; startDate?: string; status?: 'active' | 'suspended' | 'terminated'; areaCode?: string } = {}) {
  await ensureOpsAreas();
  const [p] = opts.planId ? await db.select().from(ispPlans).where(eq(ispPlans.id, opts.planId)) : [await opsPlan()];
  const [sub] = await db
    .insert(subscriptions)
    .values({
      customerId: opts.customerId ?? (await createCustomer()).id,
      planId: p.id,
      addressLine: 'Jl. Langganan No. 7',
      areaCode: opts.areaCode ?? VILLAGE,
      startDate: opts.startDate ?? '2024-01-15',
      status: opts.status ?? 'active',
      downloadMbps: p.downloadMbps,
      uploadMbps: p.uploadMbps,
    })
    .returning();
  return sub;
}

export async function opsRule(overrides: Partial<typeof upgradeRules.$inferInsert> = {}) {
  const [rule] = await db
    .insert(upgradeRules)
    .values({ name: `Setia ${randomBytes(3).toString('hex')}`, minTenureMonths: 12, extraMbps: 10, durationMonths: 3, offerStart: '2020-01-01', offerEnd: '2099-12-31', ...overrides })
    .returning();
  return rule;
}

let ticketSeq = 0;
/** An open complaint ticket of `customerId` (straight into the table). */
export async function complaintTicket(customerId: string, subscriptionId?: string) {
  const [t] = await db
    .insert(tickets)
    .values({
      number: `TKT-2097-${String(++ticketSeq + (process.pid % 1000) * 1000).padStart(6, '0')}`,
      customerId,
      subscriptionId: subscriptionId ?? null,
      reporterName: 'Pelanggan',
      category: 'complaint',
      summary: 'Internet putus',
      detail: 'Internet mati sejak pagi.',
      idempotencyKey: randomUUID(),
    })
    .returning();
  return t;
}

/** The `n`-th working day after today in the business calendar (settings + holidays). */
export async function workingDay(n = 1): Promise<string> {
  const cal = await loadCalendar(db);
  const p = zonedParts(new Date(), cal.timeZone);
  let d = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDate(cal, d)) left--;
  }
  return d;
}

/** An instant at hh:mm local time on the `n`-th working day ahead. */
export async function slotAt(n: number, hour: number, minute = 0): Promise<Date> {
  const cal = await loadCalendar(db);
  const [y, m, d] = (await workingDay(n)).split('-').map(Number);
  return fromZoned(y, m, d, hour, minute, cal.timeZone);
}

/** A booked visit of `resourceId` (straight into the table). */
export async function bookedVisit(resourceId: string, startsAt: Date, opts: { minutes?: number; refType?: string; refId?: string; customerId?: string | null; kind?: 'survey' | 'installation' | 'complaint' } = {}) {
  const [a] = await db
    .insert(appointments)
    .values({
      resourceId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.minutes ?? 60) * 60_000),
      kind: opts.kind ?? 'complaint',
      customerId: opts.customerId ?? null,
      refType: opts.refType ?? 'ticket',
      refId: opts.refId ?? randomUUID(),
    })
    .returning();
  return a;
}

// ── valid payloads for the authorization matrix (tests/security/authz-matrix.ts) ─────────────────

const today = () => new Date().toISOString().slice(0, 10);

export const ispOpsMatrixInputs = {
  async bookComplaintVisit() {
    const customer = await createCustomer();
    const t = await complaintTicket(customer.id);
    const tech = await createUser('engineer');
    return { ticketId: t.id, resourceId: tech.id, startsAt: (await slotAt(2, 10)).toISOString(), notes: '' };
  },
  async rescheduleVisit() {
    const tech = await createUser('engineer');
    const a = await bookedVisit(tech.id, await slotAt(2, 9));
    return { appointmentId: a.id, version: a.version, resourceId: tech.id, startsAt: (await slotAt(3, 14)).toISOString() };
  },
  async cancelVisit() {
    const tech = await createUser('engineer');
    const a = await bookedVisit(tech.id, await slotAt(2, 11));
    return { appointmentId: a.id, version: a.version, reason: 'Pelanggan minta ditunda.' };
  },
  /** The calling engineer's own visit (anyone else's is not found). */
  async completeVisit(me: TestUser | null) {
    const tech = me?.role === 'engineer' ? me : await createUser('engineer');
    const a = await bookedVisit(tech.id, await slotAt(1, 13));
    return { appointmentId: a.id };
  },
  async changeStatus() {
    const s = await opsSubscription();
    return { subscriptionId: s.id, version: s.version, status: 'suspended', reason: 'Permintaan pelanggan (pindah rumah sementara).' };
  },
  /** A complaint about the caller's own subscription (staff have no customer: not found). */
  async complaint(me: TestUser | null) {
    const s = await opsSubscription({ customerId: me?.customerId ?? undefined });
    return { subscriptionId: s.id, summary: 'Internet lambat sekali', detail: 'Sejak kemarin malam kecepatan turun jauh.', idempotencyKey: randomUUID() };
  },
  async upgradeRequest(me: TestUser | null) {
    const s = await opsSubscription({ customerId: me?.customerId ?? undefined });
    return { subscriptionId: s.id, note: 'Untuk kerja dari rumah.' };
  },
  async saveRule() {
    return { id: '', name: `Setia ${randomBytes(3).toString('hex')}`, minTenureMonths: 12, planIds: [], extraMbps: 10, durationMonths: 3, offerStart: today(), offerEnd: '2099-12-31', automatic: false, active: true };
  },
  async deleteRule() {
    return { ruleId: (await opsRule()).id };
  },
  async applyRule() {
    const rule = await opsRule();
    const s = await opsSubscription({ startDate: '2020-01-01' });
    return { ruleId: rule.id, subscriptionIds: [s.id] };
  },
  async applyAll() {
    const plan = await opsPlan();
    const rule = await opsRule({ planIds: [plan.id] });
    await opsSubscription({ planId: plan.id, startDate: '2020-01-01' });
    return { ruleId: rule.id, afterId: '' };
  },
  async approveRequest() {
    const s = await opsSubscription();
    const [r] = await db.insert(upgradeRequests).values({ subscriptionId: s.id, customerId: s.customerId }).returning();
    return { requestId: r.id, extraMbps: 10, durationMonths: 3 };
  },
  async rejectRequest() {
    const s = await opsSubscription();
    const [r] = await db.insert(upgradeRequests).values({ subscriptionId: s.id, customerId: s.customerId }).returning();
    return { requestId: r.id, reason: 'Jaringan di wilayah Anda sedang penuh.' };
  },
};
