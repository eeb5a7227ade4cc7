// Dispatch helpers the ticket pages call: the suggested service point for a city and a point's engineers
// in dispatch order, through the real permission check (runAs) and PostgreSQL.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, staffProfiles } from '@/db/schema';
import { createUser } from '@/tests/helpers/factories';
import { createHelpdeskWorld, createServicePoint, createStaff, ticketAt, type HelpdeskWorld } from '@/tests/helpers/helpdesk-factories';
import { runAs } from '@/tests/helpers/session';
import { setMyAvailabilityAction } from './actions';
import { listEngineersForDispatch, suggestServicePoint } from './suggest';

let w: HelpdeskWorld;

beforeAll(async () => {
  w = await createHelpdeskWorld();
});

describe('suggestServicePoint', () => {
  it('matches the city whatever its case and spacing', async () => {
    const p = await runAs(w.helpdesk, () => suggestServicePoint('  SEMARANG '));
    expect(p?.id).toBe(w.pointX.id);
    expect(await runAs(w.helpdesk, () => suggestServicePoint('Jayapura'))).toBeNull();
    expect(await runAs(w.helpdesk, () => suggestServicePoint(''))).toBeNull();
  });

  it('ignores inactive points and breaks ties by the most specific coverage, then the name', async () => {
    await createServicePoint({ name: 'AAA Nonaktif Kudus', cities: ['kudus'], active: false });
    expect(await runAs(w.helpdesk, () => suggestServicePoint('Kudus'))).toBeNull();
    const wide = await createServicePoint({ name: 'AA Jawa Tengah', cities: ['pati', 'jepara', 'rembang'] });
    const narrow = await createServicePoint({ name: 'ZZ Pati', cities: ['pati'] });
    expect((await runAs(w.helpdesk, () => suggestServicePoint('Pati')))?.id).toBe(narrow.id);
    const twin = await createServicePoint({ name: 'AB Pati', cities: ['pati'] });
    for (let i = 0; i < 3; i++) expect((await runAs(w.helpdesk, () => suggestServicePoint('pati')))?.id).toBe(twin.id);
    expect(wide.id).not.toBe(twin.id);
  });

  it('needs ticket.assign', async () => {
    await expect(runAs(w.engA, () => suggestServicePoint('Semarang'))).rejects.toThrow();
  });
});

describe('listEngineersForDispatch', () => {
  it('lists available engineers first, then by open workload, then by name', async () => {
    // Engineer A has two open jobs, B none; a new engineer C2 is unavailable with none.
    await ticketAt(w, 'dispatched');
    await ticketAt(w, 'in_progress');
    await ticketAt(w, 'resolved'); // not open work
    const off = await createStaff('engineer', w.pointX.id, { name: 'Aaron Libur' });
    await db.update(staffProfiles).set({ available: false }).where(eq(staffProfiles.userId, off.id));
    const list = await runAs(w.spX, () => listEngineersForDispatch(w.pointX.id));
    expect(list.map((e) => e.name)).toEqual(['Engineer B', 'Engineer A', 'Aaron Libur']);
    expect(list.map((e) => e.openJobs)).toEqual([0, 2, 0]);
    expect(list.every((e) => e.phone === null || typeof e.phone === 'string')).toBe(true);
  });

  it("gives a coordinator nothing of another point's, and admin any point", async () => {
    expect(await runAs(w.spY, () => listEngineersForDispatch(w.pointX.id))).toEqual([]);
    expect((await runAs(w.admin, () => listEngineersForDispatch(w.pointY.id))).map((e) => e.name)).toEqual(['Engineer C']);
    expect(await runAs(w.admin, () => listEngineersForDispatch('not-a-uuid'))).toEqual([]);
    await expect(runAs(w.helpdesk, () => listEngineersForDispatch(w.pointX.id))).rejects.toThrow();
  });
});

describe('setMyAvailabilityAction', () => {
  it('writes only the caller’s own profile, with an audit row', async () => {
    const eng = await createStaff('engineer', w.pointY.id, { name: 'Engineer Toggle' });
    const r = await runAs(eng, () => setMyAvailabilityAction({ available: false }));
    expect(r).toEqual({ ok: true, data: { available: false } });
    const [row] = await db.select().from(staffProfiles).where(eq(staffProfiles.userId, eng.id));
    expect(row.available).toBe(false);
    expect(row.servicePointId).toBe(w.pointY.id);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, eng.id));
    expect(audits.map((a) => a.action)).toContain('engineer.availability');
  });

  it('refuses another user id (S06) and roles without ticket.work', async () => {
    const r = await runAs(w.engB, () => setMyAvailabilityAction({ available: false, userId: w.engA.id } as never));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('VALIDATION');
    const helpdesk = await createUser('helpdesk');
    const denied = await runAs(helpdesk, () => setMyAvailabilityAction({ available: true }));
    expect(denied.ok === false && denied.code).toBe('FORBIDDEN');
  });
});
