// Coverage lookup (the public check and the sign-up's guard) and the waiting-list notification: each
// lead hears once when coverage opens, however often and however concurrently coverage is added.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, outbox, waitingList } from '@/db/schema';
import { addCoverageAction, joinWaitingListAction, removeCoverageAction } from '@/lib/isp/coverage/actions';
import { lookupCoverage } from '@/lib/isp/coverage/lookup';
import { createUser, type TestUser } from '../helpers/factories';
import { addLead, cover, createPlan, freshDistrict } from '../helpers/isp-factories';
import { randomIp, runAs } from '../helpers/session';

let admin: TestUser;
beforeAll(async () => {
  admin = await createUser('admin');
});

const slugs = async (village: string) => (await lookupCoverage(village)).plans.map((p) => p.id).sort();

describe('coverage lookup', () => {
  it('a village covered directly: every active plan sold there', async () => {
    const { villages } = await freshDistrict(2);
    const a = await createPlan();
    const b = await createPlan();
    const inactive = await createPlan({ active: false });
    await cover(villages[0]);
    const r = await lookupCoverage(villages[0]);
    expect(r.known).toBe(true);
    expect(r.covered).toBe(true);
    expect(r.plans.map((p) => p.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(r.plans.map((p) => p.id)).not.toContain(inactive.id);
    // its neighbour in the same district is not covered
    expect(await lookupCoverage(villages[1])).toMatchObject({ known: true, covered: false, plans: [] });
  });

  it('a district covers every one of its villages', async () => {
    const { district, villages } = await freshDistrict(3);
    const plan = await createPlan();
    await cover(district);
    for (const v of villages) {
      const r = await lookupCoverage(v);
      expect(r.covered, v).toBe(true);
      expect(r.plans.map((p) => p.id)).toContain(plan.id);
    }
  });

  it('coverage for one plan offers that plan only', async () => {
    const { villages } = await freshDistrict(1);
    const only = await createPlan();
    const other = await createPlan();
    await cover(villages[0], only.id);
    const ids = await slugs(villages[0]);
    expect(ids).toContain(only.id);
    expect(ids).not.toContain(other.id);
  });

  it('a plan sold only in some areas is not offered elsewhere, even where covered', async () => {
    const here = await freshDistrict(1);
    const there = await freshDistrict(1);
    const local = await createPlan({}, [here.district]);
    await cover(here.district);
    await cover(there.district);
    expect(await slugs(here.villages[0])).toContain(local.id);
    expect(await slugs(there.villages[0])).not.toContain(local.id);
  });

  it('not covered: no plans; an unknown village is not known', async () => {
    const { villages } = await freshDistrict(1);
    await createPlan();
    expect(await lookupCoverage(villages[0])).toEqual({ known: true, covered: false, plans: [] });
    expect((await lookupCoverage('99.99.99.9999')).known).toBe(false);
    expect((await lookupCoverage('33.74.10')).known).toBe(false);
  });
});

describe('waiting list', () => {
  it('a visitor in an uncovered village joins; phone normalized, no duplicate per e-mail', async () => {
    const { villages } = await freshDistrict(1);
    const input = { villageCode: villages[0], name: 'Bu Tuti', phone: '0812-3456-7890', email: 'Tuti@Contoh.Test', address: 'Jl. Mawar No. 1', planId: '', website: '' };
    expect(await runAs(null, () => joinWaitingListAction(input), { ip: randomIp() })).toMatchObject({ ok: true });
    expect(await runAs(null, () => joinWaitingListAction({ ...input, name: 'Ibu Tuti' }), { ip: randomIp() })).toMatchObject({ ok: true });
    const rows = await db.select().from(waitingList).where(eq(waitingList.areaCode, villages[0]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Ibu Tuti', phone: '+6281234567890', email: 'tuti@contoh.test', notifiedAt: null });
  });

  it('a filled honeypot answers the same and stores nothing; a covered village is refused', async () => {
    const { district, villages } = await freshDistrict(1);
    const input = { villageCode: villages[0], name: 'Bot', phone: '081234567890', email: 'bot@contoh.test', address: 'Jl. Bot No. 1', planId: '', website: 'http://spam.test' };
    expect(await runAs(null, () => joinWaitingListAction(input), { ip: randomIp() })).toMatchObject({ ok: true });
    expect(await db.select().from(waitingList).where(eq(waitingList.areaCode, villages[0]))).toHaveLength(0);
    await createPlan();
    await cover(district);
    expect(await runAs(null, () => joinWaitingListAction({ ...input, website: '' }), { ip: randomIp() })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('public form rate limit: the 11th join from one address in an hour is refused', async () => {
    const { villages } = await freshDistrict(1);
    const ip = randomIp();
    const results = [];
    for (let i = 0; i < 11; i++) {
      results.push(await runAs(null, () => joinWaitingListAction({ villageCode: villages[0], name: 'Warga', phone: '081234567890', email: `warga${i}@contoh.test`, address: 'Jl. Ramai No. 1', planId: '', website: '' }), { ip }));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('adding coverage notifies each waiting lead of the area once (a district covers its villages)', async () => {
    const { district, villages } = await freshDistrict(2);
    const elsewhere = await freshDistrict(1);
    const plan = await createPlan();
    const leads = [await addLead(villages[0]), await addLead(villages[1]), await addLead(villages[1])];
    const far = await addLead(elsewhere.villages[0]);

    const first = await runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' }));
    expect(first).toMatchObject({ ok: true, data: { notified: 3 } });
    // again for one plan, and the same area again: nobody hears twice
    expect(await runAs(admin, () => addCoverageAction({ areaCode: district, planId: plan.id }))).toMatchObject({ ok: true, data: { notified: 0 } });
    expect(await runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await runAs(admin, () => addCoverageAction({ areaCode: villages[0], planId: '' }))).toMatchObject({ ok: true, data: { notified: 0 } });

    for (const lead of leads) {
      const mails = await db.select().from(outbox).where(eq(outbox.dedupeKey, `waitlist:${lead.id}`));
      expect(mails, lead.email).toHaveLength(1);
      expect(mails[0]).toMatchObject({ recipient: lead.email, template: 'notification' });
      expect((mails[0].payload as { url: string }).url).toContain(`/coverage?village=${encodeURIComponent(lead.areaCode)}`);
      const [row] = await db.select({ notifiedAt: waitingList.notifiedAt }).from(waitingList).where(eq(waitingList.id, lead.id));
      expect(row.notifiedAt).not.toBeNull();
    }
    expect(await db.select().from(outbox).where(eq(outbox.dedupeKey, `waitlist:${far.id}`))).toHaveLength(0);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'isp_coverage.add'));
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('concurrent coverage of one area (for different plans and for the same) still notifies each lead once', async () => {
    const { district, villages } = await freshDistrict(3);
    const plans = await Promise.all([createPlan(), createPlan(), createPlan()]);
    const leads = await Promise.all(villages.flatMap((v) => [addLead(v), addLead(v)]));
    const results = await Promise.all([
      ...plans.map((p) => runAs(admin, () => addCoverageAction({ areaCode: district, planId: p.id }))),
      runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' })),
      runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' })),
      ...villages.map((v) => runAs(admin, () => addCoverageAction({ areaCode: v, planId: '' }))),
    ]);
    const notified = results.reduce((n, r) => n + (r.ok ? (r.data as { notified: number }).notified : 0), 0);
    expect(notified).toBe(leads.length);
    // the duplicate "all plans" coverage of the district: one succeeded, one was refused
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
    for (const lead of leads) expect(await db.select().from(outbox).where(eq(outbox.dedupeKey, `waitlist:${lead.id}`))).toHaveLength(1);
  });

  it('coverage can be removed (a 404 for an unknown id); removing does not re-arm the notification', async () => {
    const { district, villages } = await freshDistrict(1);
    const lead = await addLead(villages[0]);
    const added = await runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' }));
    expect(added.ok).toBe(true);
    const id = (added as { data: { id: string } }).data.id;
    expect(await runAs(admin, () => removeCoverageAction({ id }))).toMatchObject({ ok: true });
    expect(await runAs(admin, () => removeCoverageAction({ id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await runAs(admin, () => addCoverageAction({ areaCode: district, planId: '' }))).toMatchObject({ ok: true, data: { notified: 0 } });
    expect(await db.select().from(outbox).where(eq(outbox.dedupeKey, `waitlist:${lead.id}`))).toHaveLength(1);
  });
});
