// The internet sign-up and its workflow, through the real actions (action() wrapper, session from
// PostgreSQL, services, database). Expectations are written by hand from SPEC.md module 4 and issue
// #6, never derived from TRANSITIONS, so a wrong table is caught.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { appointments, auditLog, customers, ispApplications, outbox, subscriptions, uploads, users } from '@/db/schema';
import {
  activateApplicationAction,
  applyForInternet,
  recordSurveyAction,
  rejectApplicationAction,
  scheduleInstallationAction,
  scheduleSurveyAction,
  signUpForInternet,
} from '@/lib/isp/applications/actions';
import { getMyApplication, listApplicationsForStaff, getApplicationForStaff } from '@/lib/isp/applications/queries';
import { signupSchema, type SignupInput } from '@/lib/isp/applications/schemas';
import type { ApplicationStatus } from '@/lib/isp/constants';
import { createUser, uniqueEmail, type TestUser } from '../helpers/factories';
import { applicationRow, coveredWorld, createApplication, createPlan, ispMatrixInputs, uniqueNik, unverify, visitSlot, workingDayAhead } from '../helpers/isp-factories';
import { randomIp, runAs } from '../helpers/session';

async function signupPayload(overrides: Partial<SignupInput> = {}): Promise<SignupInput> {
  return { ...(await ispMatrixInputs.signup()), ...overrides };
}

const outboxFor = (email: string) => db.select().from(outbox).where(eq(outbox.recipient, email));

describe('sign-up form rules', () => {
  it('normalizes the phone to +62 and the NIK to 16 digits; refuses a bad phone and a bad NIK', async () => {
    const base = await signupPayload();
    const ok = signupSchema.safeParse({ ...base, phone: '0812-3456-7890', nik: '3374 1001 0190 0001' });
    expect(ok.success).toBe(true);
    expect(ok.data).toMatchObject({ phone: '+6281234567890', nik: '3374100101900001' });
    expect(signupSchema.safeParse({ ...base, phone: '62 812 3456 7890' }).data?.phone).toBe('+6281234567890');
    expect(signupSchema.safeParse({ ...base, phone: '+62 (812) 3456-7890' }).data?.phone).toBe('+6281234567890');
    const badPhone = signupSchema.safeParse({ ...base, phone: '+1 415 555 0100' });
    expect(badPhone.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['phone', 'validation.phone']]);
    const badNik = signupSchema.safeParse({ ...base, nik: '3374103102900001' });
    expect(badNik.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['nik', 'isp.nik.date']]);
    expect(signupSchema.safeParse({ ...base, consent: false }).error?.issues[0].path).toEqual(['consent']);
    expect(signupSchema.safeParse({ ...base, role: 'admin' } as SignupInput).success).toBe(false); // S06
  });
});

describe('public sign-up', () => {
  it('creates the person customer, the unverified user and the application REG-YYYY-NNNNNN in one go, with the mails and the audit row', async () => {
    const input = await signupPayload({ phone: '0812 1111 2222' });
    const r = await runAs(null, () => signUpForInternet(input), { ip: randomIp() });
    expect(r).toMatchObject({ ok: true, data: { verifyEmail: true } });
    const number = (r as { data: { number: string } }).data.number;
    expect(number).toMatch(/^REG-\d{4}-\d{6}$/);
    const [app] = await db.select().from(ispApplications).where(eq(ispApplications.number, number));
    expect(app).toMatchObject({ status: 'submitted', nik: input.nik, phone: '+6281211112222', email: input.email, areaCode: input.villageCode, planId: input.planId, version: 1 });
    const [user] = await db.select().from(users).where(eq(users.id, app.userId));
    expect(user).toMatchObject({ role: 'customer', customerId: app.customerId, emailVerifiedAt: null });
    const [customer] = await db.select().from(customers).where(eq(customers.id, app.customerId));
    expect(customer).toMatchObject({ type: 'person', name: input.fullName });
    const mails = (await outboxFor(input.email)).map((m) => m.template);
    expect(mails.sort()).toEqual(['notification', 'verify-email']);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, app.id), eq(auditLog.action, 'isp_application.submit')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].after)).not.toContain(input.nik);
  });

  it('numbers are gap-free per year', async () => {
    const a = await runAs(null, async () => signUpForInternet(await signupPayload()), { ip: randomIp() });
    const b = await runAs(null, async () => signUpForInternet(await signupPayload()), { ip: randomIp() });
    const n = (r: typeof a) => Number((r as { data: { number: string } }).data.number.slice(-6));
    expect(n(b)).toBe(n(a) + 1);
  });

  it('a double submit (same idempotency key) creates one application and answers the same number, also when concurrent', async () => {
    const input = await signupPayload();
    const [x, y] = await Promise.all([
      runAs(null, () => signUpForInternet(input), { ip: randomIp() }),
      runAs(null, () => signUpForInternet(input), { ip: randomIp() }),
    ]);
    expect(x).toMatchObject({ ok: true });
    expect(y).toMatchObject({ ok: true });
    expect((x as { data: { number: string } }).data.number).toBe((y as { data: { number: string } }).data.number);
    const again = await runAs(null, () => signUpForInternet(input), { ip: randomIp() });
    expect((again as { data: { number: string } }).data.number).toBe((x as { data: { number: string } }).data.number);
    expect(await db.select().from(ispApplications).where(eq(ispApplications.email, input.email))).toHaveLength(1);
  });

  it('an e-mail that already has an account is asked to log in first (field error on e-mail)', async () => {
    const existing = await createUser('customer');
    const r = await runAs(null, async () => signUpForInternet(await signupPayload({ email: existing.email })), { ip: randomIp() });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { email: [expect.stringContaining('Masuk dulu')] } });
  });

  it('a NIK with an open application is refused with a clear field error; a rejected one may apply again', async () => {
    const nik = uniqueNik();
    expect(await runAs(null, async () => signUpForInternet(await signupPayload({ nik })), { ip: randomIp() })).toMatchObject({ ok: true });
    const dup = await runAs(null, async () => signUpForInternet(await signupPayload({ nik })), { ip: randomIp() });
    expect(dup).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { nik: [expect.stringContaining('NIK ini masih punya pendaftaran')] } });
    const customer = await createUser('customer');
    expect(await runAs(customer, async () => applyForInternet({ ...(await ispMatrixInputs.apply()), nik }))).toMatchObject({ ok: false, fieldErrors: { nik: [expect.any(String)] } });
    await db.update(ispApplications).set({ status: 'rejected' }).where(eq(ispApplications.nik, nik));
    expect(await runAs(customer, async () => applyForInternet({ ...(await ispMatrixInputs.apply()), nik }))).toMatchObject({ ok: true });
  });

  it('two concurrent submissions with one NIK: one application, the other gets the NIK error (the unique index decides)', async () => {
    const nik = uniqueNik();
    const inputs = await Promise.all([signupPayload({ nik }), signupPayload({ nik }), signupPayload({ nik })]);
    const results = await Promise.all(inputs.map((i) => runAs(null, () => signUpForInternet(i), { ip: randomIp() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: 'VALIDATION', fieldErrors: { nik: [expect.any(String)] } });
    expect(await db.select().from(ispApplications).where(eq(ispApplications.nik, nik))).toHaveLength(1);
    // the losers' accounts were rolled back with their applications
    for (const i of inputs) {
      const rows = await db.select().from(users).where(eq(users.email, i.email));
      expect(rows.length).toBeLessThanOrEqual(1);
    }
    expect((await Promise.all(inputs.map((i) => db.select().from(users).where(eq(users.email, i.email))))).flat()).toHaveLength(1);
  });

  it('refuses an uncovered village, a plan not sold there, a weekend or holiday date, a past date, a date beyond 60 days', async () => {
    const world = await coveredWorld();
    const other = await coveredWorld();
    const elsewhere = await createPlan({}, [other.district]); // sold only in the other district
    const base = await signupPayload({ villageCode: world.village, planId: world.planId });
    const err = async (o: Partial<SignupInput>) => {
      const r = await runAs(null, () => signUpForInternet({ ...base, email: uniqueEmail('x'), idempotencyKey: crypto.randomUUID(), nik: uniqueNik(), ...o }), { ip: randomIp() });
      return r.ok ? null : Object.keys((r as { fieldErrors?: object }).fieldErrors ?? {});
    };
    expect(await err({ villageCode: world.village.replace(/\d$/, '9') })).toEqual(['villageCode']);
    expect(await err({ planId: elsewhere.id })).toEqual(['planId']);
    expect(await err({ preferredDate: '2020-01-06' })).toEqual(['preferredDate']);
    const d = new Date(`${await workingDayAhead(1)}T00:00:00Z`);
    while (d.getUTCDay() !== 0) d.setUTCDate(d.getUTCDate() + 1);
    expect(await err({ preferredDate: d.toISOString().slice(0, 10) })).toEqual(['preferredDate']);
    expect(await err({ preferredDate: await workingDayAhead(50) })).toEqual(['preferredDate']);
    expect(await err({})).toBeNull();
  });

  it('a signed-in customer applies from /account with the account e-mail; staff cannot apply for themselves', async () => {
    const customer = await createUser('customer');
    const r = await runAs(customer, async () => applyForInternet(await ispMatrixInputs.apply()));
    expect(r).toMatchObject({ ok: true, data: { verifyEmail: false } });
    const [app] = await db.select().from(ispApplications).where(eq(ispApplications.userId, customer.id));
    expect(app).toMatchObject({ email: customer.email, customerId: customer.customerId });
    expect(await runAs(await createUser('helpdesk'), async () => applyForInternet(await ispMatrixInputs.apply()))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

// ── the workflow × every caller ──────────────────────────────────────────────────────────────

type Caller = 'admin' | 'manager' | 'helpdesk' | 'servicePoint' | 'engBooked' | 'engOther' | 'custOwn' | 'custOther';
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_TRANSITION';
const CALLERS: Caller[] = ['admin', 'manager', 'helpdesk', 'servicePoint', 'engBooked', 'engOther', 'custOwn', 'custOther'];
const ok = 'ok' as const;
const F = 'FORBIDDEN' as const;
const N = 'NOT_FOUND' as const;
const I = 'INVALID_TRANSITION' as const;
type Move = 'schedule_survey' | 'record_survey' | 'schedule_installation' | 'activate' | 'reject';

// "Customer support" = helpdesk; the technician = the engineer booked for that visit.
const MATRIX: Array<[Move, ApplicationStatus, Outcome[]]> = [
  //                                    admin manager helpdesk sp engBooked engOther custOwn custOther
  ['schedule_survey', 'submitted', [ok, F, ok, F, F, F, F, F]],
  ['record_survey', 'survey_scheduled', [ok, F, ok, F, ok, N, F, F]],
  ['schedule_installation', 'surveyed', [ok, F, ok, F, F, F, F, F]],
  ['activate', 'installation_scheduled', [ok, F, ok, F, ok, N, F, F]],
  ['reject', 'submitted', [ok, F, ok, F, F, F, F, F]],
  ['reject', 'survey_scheduled', [ok, F, ok, F, F, F, F, F]],
  ['reject', 'surveyed', [ok, F, ok, F, F, F, F, F]],
  ['reject', 'installation_scheduled', [ok, F, ok, F, F, F, F, F]],
  // wrong state for the move (S08)
  ['schedule_survey', 'surveyed', [I, F, I, F, F, F, F, F]],
  // an engineer is booked for no installation of this application yet: it does not exist for them
  ['activate', 'surveyed', [I, F, I, F, N, N, F, F]],
  ['reject', 'active', [I, F, I, F, F, F, F, F]],
  ['reject', 'rejected', [I, F, I, F, F, F, F, F]],
];

const TO: Record<Move, ApplicationStatus> = {
  schedule_survey: 'survey_scheduled',
  record_survey: 'surveyed',
  schedule_installation: 'installation_scheduled',
  activate: 'active',
  reject: 'rejected',
};

let people: Record<Exclude<Caller, 'engBooked' | 'custOwn'>, TestUser>;
beforeAll(async () => {
  people = {
    admin: await createUser('admin'),
    manager: await createUser('manager'),
    helpdesk: await createUser('helpdesk'),
    servicePoint: await createUser('service_point'),
    engOther: await createUser('engineer'),
    custOther: await createUser('customer'),
  };
});

async function call(move: Move, caller: TestUser, appId: string, version: number) {
  const ref = { applicationId: appId, version };
  switch (move) {
    case 'schedule_survey':
      return runAs(caller, async () => scheduleSurveyAction({ ...ref, technicianId: (await createUser('engineer')).id, startsAt: await visitSlot(5, 9), durationMinutes: 60, notes: '' }));
    case 'schedule_installation':
      return runAs(caller, async () => scheduleInstallationAction({ ...ref, technicianId: (await createUser('engineer')).id, startsAt: await visitSlot(6, 13), durationMinutes: 120, notes: '' }));
    case 'record_survey':
      return runAs(caller, () => recordSurveyAction({ ...ref, covered: 'yes', notes: 'ODP 20 m.' }));
    case 'activate':
      return runAs(caller, () => activateApplicationAction({ ...ref, notes: '' }));
    case 'reject':
      return runAs(caller, () => rejectApplicationAction({ ...ref, reason: 'Di luar jangkauan jaringan.' }));
  }
}

async function footprint(appId: string) {
  const [row] = await db.execute<{ s: string }>(sql`
    select (select row_to_json(a)::text from isp_applications a where a.id = ${appId})
        || (select count(*)::text from audit_log where entity_id = ${appId})
        || (select count(*)::text from appointments where ref_id = ${appId})
        || (select count(*)::text from subscriptions where application_id = ${appId})
        || (select count(*)::text from outbox) as s`);
  return row.s;
}

describe('every application move × every caller', () => {
  it.each(MATRIX.flatMap(([move, from, outcomes]) => CALLERS.map((c, i) => [move, from, c, outcomes[i]] as const)))('%s from %s as %s → %s', async (move, from, caller, outcome) => {
    const engBooked = await createUser('engineer');
    const owner = await createUser('customer');
    const { app } = await createApplication({ status: from, owner, technician: engBooked });
    const who = caller === 'engBooked' ? engBooked : caller === 'custOwn' ? owner : people[caller];
    const before = await footprint(app.id);
    const r = await call(move, who, app.id, app.version);
    if (outcome === 'ok') {
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true, data: { status: TO[move], version: app.version + 1 } });
      const row = await applicationRow(app.id);
      expect(row.status).toBe(TO[move]);
      const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, app.id), eq(auditLog.action, `isp_application.${move}`)));
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(who.id);
      const mails = await outboxFor(owner.email);
      expect(mails.length).toBeGreaterThanOrEqual(1);
    } else {
      expect(r).toMatchObject({ ok: false, code: outcome });
      expect(await footprint(app.id)).toBe(before);
    }
  });
});

describe('workflow rules', () => {
  it('the first move refuses an application whose e-mail is not verified, with a clear message', async () => {
    const owner = await createUser('customer');
    const { app } = await createApplication({ owner });
    await unverify(owner.id);
    const r = await call('schedule_survey', people.helpdesk, app.id, app.version);
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('belum memverifikasi') });
    expect((await applicationRow(app.id)).status).toBe('submitted');
    // rejecting it is still possible (spam, duplicates)
    expect(await call('reject', people.helpdesk, app.id, app.version)).toMatchObject({ ok: true });
  });

  it('a survey that found no coverage cannot lead to an installation', async () => {
    const { app } = await createApplication({ status: 'surveyed', covered: false });
    expect(await call('schedule_installation', people.helpdesk, app.id, app.version)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a stale version is a conflict; two helpdesk agents scheduling at once: one wins', async () => {
    const { app } = await createApplication();
    const [a, b] = await Promise.all([call('reject', people.helpdesk, app.id, app.version), call('schedule_survey', people.helpdesk, app.id, app.version)]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: expect.stringMatching(/CONFLICT|INVALID_TRANSITION/) });
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, app.id))).toHaveLength(1);
  });

  it('the whole path: survey booked in the technician’s calendar, recorded, installation booked, activation starts the subscription', async () => {
    const owner = await createUser('customer');
    const tech = await createUser('engineer');
    const { app } = await createApplication({ owner });
    let v = app.version;
    const step = async (r: Promise<{ ok: boolean; data?: unknown }>) => {
      const res = await r;
      expect(res, JSON.stringify(res)).toMatchObject({ ok: true });
      v = (res.data as { version: number }).version;
    };
    await step(runAs(people.helpdesk, async () => scheduleSurveyAction({ applicationId: app.id, version: v, technicianId: tech.id, startsAt: await visitSlot(2, 9), durationMinutes: 60, notes: 'Bawa tangga' })));
    const [survey] = await db.select().from(appointments).where(and(eq(appointments.refId, app.id), eq(appointments.kind, 'survey')));
    expect(survey).toMatchObject({ resourceId: tech.id, status: 'booked', refType: 'isp_application' });
    // the same technician cannot be booked twice for that time (the database refuses)
    const other = await createApplication();
    expect(await runAs(people.helpdesk, async () => scheduleSurveyAction({ applicationId: other.app.id, version: other.app.version, technicianId: tech.id, startsAt: await visitSlot(2, 9), durationMinutes: 60, notes: '' }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { startsAt: [expect.any(String)] },
    });
    // outside business hours
    expect(await runAs(people.helpdesk, async () => scheduleSurveyAction({ applicationId: other.app.id, version: other.app.version, technicianId: tech.id, startsAt: await visitSlot(2, 20), durationMinutes: 60, notes: '' }))).toMatchObject({ ok: false, code: 'VALIDATION' });

    await step(runAs(tech, () => recordSurveyAction({ applicationId: app.id, version: v, covered: 'yes', notes: 'ODP 30 m' })));
    expect((await db.select().from(appointments).where(eq(appointments.id, survey.id)))[0].status).toBe('done');
    await step(runAs(people.helpdesk, async () => scheduleInstallationAction({ applicationId: app.id, version: v, technicianId: tech.id, startsAt: await visitSlot(3, 13), durationMinutes: 120, notes: '' })));
    await step(runAs(tech, () => activateApplicationAction({ applicationId: app.id, version: v, notes: 'Kabel 40 m' })));
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.applicationId, app.id));
    expect(sub).toMatchObject({ customerId: owner.customerId, status: 'active', planId: app.planId });
    const mails = await outboxFor(owner.email);
    expect(mails.length).toBeGreaterThanOrEqual(4);
    const moves = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, app.id)).orderBy(auditLog.id)).map((a) => a.action);
    expect(moves).toEqual(['isp_application.schedule_survey', 'isp_application.record_survey', 'isp_application.schedule_installation', 'isp_application.activate']);
  });

  it('survey photos: only the technician’s own unused images are attached', async () => {
    const tech = await createUser('engineer');
    const upload = async (by: TestUser, contentType = 'image/jpeg') =>
      (
        await db
          .insert(uploads)
          .values({ uploadedBy: by.id, purpose: 'ticket-attachment', storedName: `${crypto.randomUUID()}.jpg`, originalName: 'foto.jpg', contentType, size: 1000 })
          .returning({ id: uploads.id })
      )[0].id;
    const { app } = await createApplication({ status: 'survey_scheduled', technician: tech });
    const foreign = await upload(people.helpdesk);
    const refused = await runAs(tech, () => recordSurveyAction({ applicationId: app.id, version: app.version, covered: 'yes', notes: 'ODP 10 m', photoIds: [foreign] }));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { photoIds: [expect.any(String)] } });
    expect((await applicationRow(app.id)).status).toBe('survey_scheduled');
    const mine = [await upload(tech), await upload(tech, 'image/png')];
    expect(await runAs(tech, () => recordSurveyAction({ applicationId: app.id, version: app.version, covered: 'yes', notes: 'ODP 10 m', photoIds: mine }))).toMatchObject({ ok: true });
    const [row] = await db.select({ photos: ispApplications.surveyPhotoIds }).from(ispApplications).where(eq(ispApplications.id, app.id));
    expect(row.photos).toEqual(mine);
    const files = await db.select({ purpose: uploads.purpose, customerId: uploads.customerId }).from(uploads).where(inArray(uploads.id, mine));
    expect(files).toEqual([
      { purpose: 'survey-photo', customerId: app.customerId },
      { purpose: 'survey-photo', customerId: app.customerId },
    ]);
  });

  it('rejecting frees the booked visit and tells the applicant why', async () => {
    const owner = await createUser('customer');
    const { app } = await createApplication({ status: 'survey_scheduled', owner });
    expect(await call('reject', people.helpdesk, app.id, app.version)).toMatchObject({ ok: true });
    const visits = await db.select().from(appointments).where(eq(appointments.refId, app.id));
    expect(visits.map((x) => x.status)).toEqual(['cancelled']);
    const mail = (await outboxFor(owner.email)).find((m) => JSON.stringify(m.payload).includes('Di luar jangkauan'));
    expect(mail).toBeTruthy();
  });
});

describe('who sees which application', () => {
  it('a customer reads their own application; another customer’s id is not found (404)', async () => {
    const a = await createUser('customer');
    const b = await createUser('customer');
    const { app } = await createApplication({ owner: a });
    expect((await runAs(a, () => getMyApplication(app.id)))?.number).toBe(app.number);
    expect(await runAs(b, () => getMyApplication(app.id))).toBeNull();
    expect(await runAs(b, () => getMyApplication('not-a-uuid'))).toBeNull();
    expect((await runAs(a, () => getMyApplication(app.id)))?.nikMasked).toMatch(/^•{12}\d{4}$/);
  });

  it('engineers see only applications they are booked for; helpdesk sees all with the NIK masked in the queue', async () => {
    const tech = await createUser('engineer');
    const mine = await createApplication({ status: 'survey_scheduled', technician: tech });
    const notMine = await createApplication({ status: 'survey_scheduled' });
    expect((await runAs(tech, () => getApplicationForStaff(mine.app.id)))?.id).toBe(mine.app.id);
    expect(await runAs(tech, () => getApplicationForStaff(notMine.app.id))).toBeNull();
    const techQueue = await runAs(tech, () => listApplicationsForStaff({ status: 'all' }));
    expect(techQueue.items.map((i) => i.id)).toEqual([mine.app.id]);
    const q = await runAs(people.helpdesk, () => listApplicationsForStaff({ status: 'open', q: mine.app.nik.slice(-4) }));
    expect(q.items.map((i) => i.id)).toContain(mine.app.id);
    expect(JSON.stringify(q.items)).not.toContain(mine.app.nik);
  });
});
