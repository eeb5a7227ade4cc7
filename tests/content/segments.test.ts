// Segment criteria against hand-made customers: each criterion alone, combinations (AND), and the
// validation that keeps client input out of SQL (unknown keys, wrong kinds, enum values).
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { customers, tickets, users } from '@/db/schema';
import { countSegment, customerMatches, parseCriteria, segmentCustomerIds } from '@/lib/segments/evaluate';
import { createCustomer, createUser } from '../helpers/factories';
import { randomUUID } from 'node:crypto';

const DAY = 86_400_000;
const NOW = new Date('2026-11-20T05:00:00Z');
const ctx = { timeZone: 'Asia/Jakarta', now: NOW };
const count = (criteria: unknown) => countSegment(criteria, { ctx });
const ids = async (criteria: unknown) => new Set(await segmentCustomerIds(criteria, { ctx }));

const c: Record<string, string> = {};
let seq = 0;

async function ticketFor(customerId: string, status: 'new' | 'in_progress' | 'closed' | 'resolved', at: Date) {
  await db.insert(tickets).values({
    number: `TKT-2026-${String(++seq).padStart(6, '0')}`,
    customerId,
    reporterName: 'Pelapor',
    category: 'incident',
    summary: 'Gangguan',
    detail: 'Detail gangguan jaringan',
    status,
    idempotencyKey: randomUUID(),
    createdAt: at,
    updatedAt: at,
  });
}

beforeAll(async () => {
  // Semarang: a company with an open ticket, created 2026-01-15 (WIB), tags vip+sekolah.
  c.smgCompany = (await createCustomer({ name: 'PT Semarang Jaya', type: 'company', city: 'Semarang', tags: ['vip', 'sekolah'], createdAt: new Date('2026-01-14T18:30:00Z') })).id;
  // Semarang (different case/spacing): a person, closed ticket 10 days ago, created 2026-03-01.
  c.smgPerson = (await createCustomer({ name: 'Budi', type: 'person', city: '  semarang ', tags: ['vip'], createdAt: new Date('2026-03-01T03:00:00Z') })).id;
  // Bandung: a person whose contact logged in 3 days ago, no tickets, created 2026-06-10.
  c.bdgPerson = (await createCustomer({ name: 'Sari', type: 'person', city: 'Bandung', createdAt: new Date('2026-06-10T03:00:00Z') })).id;
  // Bandung company, old ticket 90 days ago (closed), created 2025-12-31 23:30 WIB (= 16:30 UTC).
  c.bdgCompany = (await createCustomer({ name: 'CV Bandung', type: 'company', city: 'Bandung', tags: ['sekolah'], createdAt: new Date('2025-12-31T16:30:00Z') })).id;
  // Archived Semarang company with an open ticket: never in any segment.
  c.archived = (await createCustomer({ name: 'PT Lama', type: 'company', city: 'Semarang', tags: ['vip'], archivedAt: new Date('2026-05-01T00:00:00Z') })).id;
  // No city at all.
  c.noCity = (await createCustomer({ name: 'Tanpa Kota', type: 'person', createdAt: new Date('2026-09-09T03:00:00Z') })).id;

  await ticketFor(c.smgCompany, 'in_progress', new Date(NOW.getTime() - 40 * DAY));
  await ticketFor(c.smgPerson, 'closed', new Date(NOW.getTime() - 10 * DAY));
  await ticketFor(c.bdgCompany, 'closed', new Date(NOW.getTime() - 90 * DAY));
  await ticketFor(c.archived, 'new', new Date(NOW.getTime() - 1 * DAY));
  const contact = await createUser('customer', { customerId: c.bdgPerson });
  await db.update(users).set({ lastLoginAt: new Date(NOW.getTime() - 3 * DAY) }).where(eq(users.id, contact.id));
  const old = await createUser('customer', { customerId: c.noCity });
  await db.update(users).set({ lastLoginAt: new Date(NOW.getTime() - 200 * DAY) }).where(eq(users.id, old.id));
});

describe('segment criteria, one at a time', () => {
  it('no criteria = every customer that is not archived', async () => {
    expect(await count([])).toBe(5);
    expect((await ids([])).has(c.archived)).toBe(false);
  });

  it('customer type', async () => {
    expect(await ids([{ key: 'customer_type', value: ['company'] }])).toEqual(new Set([c.smgCompany, c.bdgCompany]));
    expect(await count([{ key: 'customer_type', value: ['company', 'person'] }])).toBe(5);
  });

  it('city, case- and space-insensitive, any of several', async () => {
    expect(await ids([{ key: 'city', value: ['Semarang'] }])).toEqual(new Set([c.smgCompany, c.smgPerson]));
    expect(await count([{ key: 'city', value: ['semarang', 'BANDUNG'] }])).toBe(4);
    expect(await count([{ key: 'city', value: ['Surabaya'] }])).toBe(0);
  });

  it('created date range, by calendar day in the business zone', async () => {
    // 2025-12-31 23:30 WIB is still 2025 in Jakarta even though it is 16:30 UTC.
    expect(await ids([{ key: 'created_between', value: { to: '2025-12-31' } }])).toEqual(new Set([c.bdgCompany]));
    // 2026-01-14 18:30 UTC is 2026-01-15 01:30 WIB.
    expect(await ids([{ key: 'created_between', value: { from: '2026-01-15', to: '2026-01-15' } }])).toEqual(new Set([c.smgCompany]));
    expect(await ids([{ key: 'created_between', value: { from: '2026-03-01', to: '2026-06-30' } }])).toEqual(new Set([c.smgPerson, c.bdgPerson]));
  });

  it('tags: any of the chosen', async () => {
    expect(await ids([{ key: 'tags', value: ['vip'] }])).toEqual(new Set([c.smgCompany, c.smgPerson]));
    expect(await ids([{ key: 'tags', value: ['sekolah', 'vip'] }])).toEqual(new Set([c.smgCompany, c.smgPerson, c.bdgCompany]));
  });

  it('has an open ticket (and the opposite)', async () => {
    expect(await ids([{ key: 'has_open_ticket', value: true }])).toEqual(new Set([c.smgCompany]));
    expect(await ids([{ key: 'has_open_ticket', value: false }])).toEqual(new Set([c.smgPerson, c.bdgPerson, c.bdgCompany, c.noCity]));
  });

  it('last activity within N days: a contact login or a ticket', async () => {
    expect(await ids([{ key: 'active_within_days', value: 7 }])).toEqual(new Set([c.bdgPerson]));
    expect(await ids([{ key: 'active_within_days', value: 30 }])).toEqual(new Set([c.bdgPerson, c.smgPerson]));
    expect(await ids([{ key: 'active_within_days', value: 60 }])).toEqual(new Set([c.bdgPerson, c.smgPerson, c.smgCompany]));
    expect(await count([{ key: 'active_within_days', value: 365 }])).toBe(5);
  });
});

describe('combinations are AND-ed', () => {
  it('Semarang companies', async () => {
    expect(await ids([{ key: 'city', value: ['Semarang'] }, { key: 'customer_type', value: ['company'] }])).toEqual(new Set([c.smgCompany]));
  });
  it('vip without an open ticket, active in the last 30 days', async () => {
    const crit = [
      { key: 'tags', value: ['vip'] },
      { key: 'has_open_ticket', value: false },
      { key: 'active_within_days', value: 30 },
    ];
    expect(await ids(crit)).toEqual(new Set([c.smgPerson]));
    expect(await customerMatches(c.smgPerson, crit, { ctx })).toBe(true);
    expect(await customerMatches(c.smgCompany, crit, { ctx })).toBe(false);
  });
  it('contradictions match nobody', async () => {
    expect(await count([{ key: 'city', value: ['Bandung'] }, { key: 'tags', value: ['vip'] }])).toBe(0);
  });
  it('batches page through the matches in id order', async () => {
    const all = await segmentCustomerIds([], { ctx });
    const first = await segmentCustomerIds([], { ctx, limit: 2 });
    const rest = await segmentCustomerIds([], { ctx, afterId: first[1] });
    expect([...first, ...rest]).toEqual(all);
  });
});

describe('criteria are validated against their input kind before any SQL', () => {
  const refused = async (raw: unknown) => expect(parseCriteria(raw)).rejects.toMatchObject({ code: 'VALIDATION' });
  it('refuses unknown keys, duplicates and too many criteria', async () => {
    await refused([{ key: 'drop_table', value: true }]);
    await refused([{ key: 'city', value: ['Semarang'] }, { key: 'city', value: ['Bandung'] }]);
    await refused(Array.from({ length: 13 }, (_, i) => ({ key: `k${i}x`, value: true })));
    await refused({ key: 'city' });
    await refused([{ key: 'city', value: ['Semarang'], extra: 1 }]);
  });
  it('refuses values of the wrong kind', async () => {
    await refused([{ key: 'has_open_ticket', value: 'yes' }]);
    await refused([{ key: 'active_within_days', value: 0 }]);
    await refused([{ key: 'active_within_days', value: 2.5 }]);
    await refused([{ key: 'active_within_days', value: '7' }]);
    await refused([{ key: 'created_between', value: {} }]);
    await refused([{ key: 'created_between', value: { from: '2026-02-30x' } }]);
    await refused([{ key: 'created_between', value: { from: '2026-05-01', to: '2026-04-01' } }]);
    await refused([{ key: 'city', value: [] }]);
    await refused([{ key: 'city', value: 'Semarang' }]);
  });
  it('closed option sets accept only their options (an enum never sees a stranger)', async () => {
    await refused([{ key: 'customer_type', value: ['company', "person'); drop table customers; --"] }]);
  });
  it('live-data options take any well-formed text as a bound parameter, never as SQL', async () => {
    expect(await count([{ key: 'city', value: ["Semarang' OR 1=1 --"] }])).toBe(0);
    expect(await count([{ key: 'tags', value: ["vip'} OR true --"] }])).toBe(0);
    const [row] = await db.select({ n: customers.id }).from(customers).limit(1);
    expect(row).toBeTruthy();
  });
});
