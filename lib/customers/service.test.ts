// Customer master data through the real actions (action() wrapper, permission from PostgreSQL, zod,
// service, database): create/edit with optimistic version, archive, delete-if-unused, contact
// invitations written to the outbox in the same transaction, and the list's search and sort.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, customers, outbox, projects, users } from '@/db/schema';
import { createCustomer, createUser, type TestUser } from '@/tests/helpers/factories';
import { runAs } from '@/tests/helpers/session';
import { projectSchema } from '@/lib/projects/schemas';
import { slaPlanSchema } from '@/lib/sla-plans/schemas';
import { deleteCustomerAction, inviteContactAction, saveCustomerAction, setCustomerArchivedAction } from './actions';
import { getCustomer360, listCustomers } from './queries';

let helpdesk: TestUser;
let manager: TestUser;

const blank = {
  type: 'company' as const,
  address: '',
  city: '',
  region: '',
  phone: '',
  email: '',
  personInCharge: '',
  salesperson: '',
  productsUsed: '',
  tags: '',
  notes: '',
  slaPlanId: '',
};

beforeAll(async () => {
  helpdesk = await createUser('helpdesk');
  manager = await createUser('manager');
});

describe('saveCustomerAction', () => {
  it('creates a customer with a +62 phone, lower-cased e-mail and tags, and an audit row', async () => {
    const r = await runAs(helpdesk, () =>
      saveCustomerAction({ ...blank, name: 'PT Uji Nusantara', phone: '0812-3456-7890', email: ' IT@Uji.TEST ', tags: 'VIP, sekolah, vip', city: 'Semarang' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [row] = await db.select().from(customers).where(eq(customers.id, r.data.id));
    expect(row).toMatchObject({ phone: '+6281234567890', email: 'it@uji.test', tags: ['vip', 'sekolah'], city: 'Semarang', address: null, version: 1 });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'customer'), eq(auditLog.entityId, r.data.id)));
    expect(audits.map((a) => a.action)).toEqual(['customer.create']);
  });

  it('returns field errors as catalog text and refuses extra fields (S06)', async () => {
    const r = await runAs(helpdesk, () => saveCustomerAction({ ...blank, name: 'X', phone: '+44 20 7946 0958' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('VALIDATION');
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(['name', 'phone']);
    const extra = await runAs(helpdesk, () => saveCustomerAction({ ...blank, name: 'PT Ekstra', archivedAt: null } as never));
    expect(extra.ok).toBe(false);
  });

  it('lets a manager read but not write', async () => {
    const r = await runAs(manager, () => saveCustomerAction({ ...blank, name: 'PT Manajer' }));
    expect(r.ok === false && r.code).toBe('FORBIDDEN');
  });

  it('refuses a save from a stale form (S33)', async () => {
    const c = await createCustomer({ name: 'PT Versi' });
    const edit = { ...blank, id: c.id, version: 1, name: 'PT Versi Baru' };
    const [a, b] = await Promise.all([
      runAs(helpdesk, () => saveCustomerAction(edit)),
      runAs(helpdesk, () => saveCustomerAction({ ...edit, name: 'PT Versi Lain' })),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser.ok === false && loser.code).toBe('CONFLICT');
    const [row] = await db.select().from(customers).where(eq(customers.id, c.id));
    expect(row.version).toBe(2);
  });
});

describe('archive and delete', () => {
  it('deletes only a customer nothing refers to; the others are archived', async () => {
    const used = await createCustomer({ name: 'PT Dipakai' });
    await db.insert(projects).values({ customerId: used.id, name: 'Proyek A' });
    const refused = await runAs(helpdesk, () => deleteCustomerAction({ id: used.id }));
    expect(refused.ok === false && refused.code).toBe('VALIDATION');
    expect((await runAs(helpdesk, () => getCustomer360(used.id)))?.deletable).toBe(false);

    const archived = await runAs(helpdesk, () => setCustomerArchivedAction({ id: used.id, archived: true }));
    expect(archived).toEqual({ ok: true, data: { id: used.id, archived: true } });
    const invite = await runAs(helpdesk, () => inviteContactAction({ customerId: used.id, name: 'Kontak Arsip', email: 'arsip@uji.test', phone: '', locale: 'id' }));
    expect(invite.ok === false && invite.code).toBe('VALIDATION');
    expect((await runAs(helpdesk, () => setCustomerArchivedAction({ id: used.id, archived: false }))).ok).toBe(true);

    const free = await createCustomer({ name: 'PT Kosong' });
    expect(await runAs(helpdesk, () => deleteCustomerAction({ id: free.id }))).toEqual({ ok: true, data: { id: free.id, name: 'PT Kosong' } });
    expect(await db.select().from(customers).where(eq(customers.id, free.id))).toEqual([]);
  });
});

describe('inviteContactAction', () => {
  it('creates a customer account and its invitation in one transaction', async () => {
    const c = await createCustomer({ name: 'PT Kontak', email: 'kantor@kontak.test' });
    const r = await runAs(helpdesk, () => inviteContactAction({ customerId: c.id, name: 'Dewi Kontak', email: 'Dewi@Kontak.test', phone: '081299998888', locale: 'en' }));
    expect(r.ok).toBe(true);
    const [u] = await db.select().from(users).where(eq(users.email, 'dewi@kontak.test'));
    expect(u).toMatchObject({ role: 'customer', customerId: c.id, passwordHash: null, phone: '+6281299998888', locale: 'en' });
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, 'dewi@kontak.test'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'invite', locale: 'en' });
    expect(String((mails[0].payload as { url: string }).url)).toMatch(/\/invite\?token=/);

    const view = await runAs(manager, () => getCustomer360(c.id));
    expect(view?.contacts.map((x) => [x.email, x.activated])).toEqual([['dewi@kontak.test', false]]);
    expect(view?.messages.map((m) => m.template)).toEqual(['invite']);
    expect(JSON.stringify(view)).not.toMatch(/token/);

    const again = await runAs(helpdesk, () => inviteContactAction({ customerId: c.id, name: 'Dewi Lagi', email: 'dewi@kontak.test', phone: '', locale: 'id' }));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.fieldErrors?.email).toHaveLength(1);
  });
});

describe('listCustomers', () => {
  it('matches LIKE wildcards literally and ignores unknown sort keys (S25)', async () => {
    await createCustomer({ name: 'Toko 100% Jaya', city: 'Kudus' });
    await createCustomer({ name: 'Toko Seratus Jaya', city: 'Kudus' });
    const pct = await runAs(manager, () => listCustomers({ q: '100%' }));
    expect(pct.items.map((c) => c.name)).toEqual(['Toko 100% Jaya']);
    const byCity = await runAs(manager, () => listCustomers({ city: 'KUDUS', sort: 'name;drop table customers', dir: 'up' }));
    expect(byCity.items.map((c) => c.name)).toEqual(['Toko 100% Jaya', 'Toko Seratus Jaya']);
    expect(byCity.params).toMatchObject({ sort: 'name', dir: 'asc', archived: 'active' });
  });

  it('finds a customer by the phone as people type it', async () => {
    await createCustomer({ name: 'Bu Ratna', phone: '+6281377776666' });
    const r = await runAs(manager, () => listCustomers({ q: '0813-7777' }));
    expect(r.items.map((c) => c.name)).toEqual(['Bu Ratna']);
  });
});

describe('shared schemas', () => {
  it('puts a date-order error on the end field', () => {
    const r = projectSchema.safeParse({
      customerId: '00000000-0000-4000-8000-000000000000',
      name: 'Proyek',
      deliveryBegin: '2026-03-10',
      deliveryEnd: '2026-03-01',
      installationBegin: '',
      installationEnd: '',
      uatBegin: '2026-04-01',
      uatEnd: '2026-04-01',
      billingStart: '2026-05-02',
      billingDue: '2026-05-01',
      warrantyMonths: '12',
      contractStart: '',
      contractMonths: '0',
      slaPlanId: '',
      notes: '',
    });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['deliveryEnd', 'projects.errors.endBeforeBegin'],
      ['billingDue', 'projects.errors.dueBeforeStart'],
    ]);
  });

  it('stores SLA targets as business minutes and refuses a resolution shorter than the response', () => {
    const ok = slaPlanSchema.parse({ name: 'Uji', responseHours: '1', responseMinutes: '30', resolutionHours: 8, resolutionMinutes: 0, warningPercent: 75, pauseOnPending: true });
    expect([ok.responseTotal, ok.resolutionTotal]).toEqual([90, 480]);
    const bad = slaPlanSchema.safeParse({ name: 'Uji', responseHours: 4, responseMinutes: 0, resolutionHours: 2, resolutionMinutes: 0, warningPercent: 75, pauseOnPending: true });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['resolutionHours', 'slaPlans.errors.resolutionShorter']]);
  });
});
