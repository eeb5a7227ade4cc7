// Rows for the internet-provider tests, written straight through Drizzle (arranging only; every
// assertion goes through the real actions and services). Areas are a small real slice of the
// idn-area-data tree (Kota Semarang), plus fresh districts minted per test where one must be unique.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { appointments, areas, coverageAreas, ispApplications, ispPlanAreas, ispPlans, users, waitingList } from '@/db/schema';
import { fromZoned, zonedParts } from '@/lib/format/date';
import type { ApplicationStatus, AreaLevel } from '@/lib/isp/constants';
import { isWorkingDate } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { createUser, uniqueEmail, type TestUser } from './factories';

const BASE_AREAS: Array<[string, string | null, AreaLevel, string]> = [
  ['33', null, 'province', 'Jawa Tengah'],
  ['33.74', '33', 'regency', 'Kota Semarang'],
  ['33.74.10', '33.74', 'district', 'Tembalang'],
  ['33.74.10.1001', '33.74.10', 'village', 'Meteseh'],
  ['33.74.10.1002', '33.74.10', 'village', 'Rowosari'],
  ['33.74.10.1003', '33.74.10', 'village', 'Mangunharjo'],
  ['33.74.14', '33.74', 'district', 'Mijen'],
  ['33.74.14.1001', '33.74.14', 'village', 'Cangkiran'],
  ['33.74.14.1002', '33.74.14', 'village', 'Bubakan'],
  ['31', null, 'province', 'DKI Jakarta'],
  ['31.74', '31', 'regency', 'Kota Administrasi Jakarta Selatan'],
  ['31.74.02', '31.74', 'district', 'Setiabudi'],
  ['31.74.02.1001', '31.74.02', 'village', 'Setia Budi'],
];

export async function ensureAreas() {
  await db
    .insert(areas)
    .values(BASE_AREAS.map(([code, parentCode, level, name]) => ({ code, parentCode, level, name })))
    .onConflictDoNothing();
}

let districtSeq = 0;
/**
 * A district of its own (codes 33.30.10 … 33.69.99, under made-up regencies of Jawa Tengah), with
 * `villages` villages. Codes come from a counter, so a test file never runs out of fresh ones.
 */
export async function freshDistrict(villages = 2): Promise<{ district: string; villages: string[] }> {
  await ensureAreas();
  for (;;) {
    const i = districtSeq++;
    if (i >= 40 * 90) throw new Error('no fresh district codes left in this test file');
    const regency = `33.${30 + Math.floor(i / 90)}`;
    const district = `${regency}.${10 + (i % 90)}`;
    await db.insert(areas).values({ code: regency, parentCode: '33', level: 'regency', name: `Kabupaten Uji ${regency}` }).onConflictDoNothing();
    const inserted = await db.insert(areas).values({ code: district, parentCode: regency, level: 'district', name: `Kecamatan Uji ${district}` }).onConflictDoNothing().returning();
    if (!inserted.length) continue;
    const codes = Array.from({ length: villages }, (_, k) => `${district}.${1001 + k}`);
    if (codes.length) await db.insert(areas).values(codes.map((code, k) => ({ code, parentCode: district, level: 'village' as const, name: `Desa Uji ${district}-${k + 1}` })));
    return { district, villages: codes };
  }
}

export async function createPlan(overrides: Partial<typeof ispPlans.$inferInsert> = {}, soldIn: string[] = []) {
  const tag = randomBytes(4).toString('hex');
  const [plan] = await db
    .insert(ispPlans)
    .values({ name: `Paket Uji ${tag}`, slug: `paket-uji-${tag}`, downloadMbps: 50, uploadMbps: 25, monthlyPriceIdr: 350_000, installationFeeIdr: 150_000, ...overrides })
    .returning();
  if (soldIn.length) await db.insert(ispPlanAreas).values(soldIn.map((areaCode) => ({ planId: plan.id, areaCode })));
  return plan;
}

export async function cover(areaCode: string, planId: string | null = null) {
  const [row] = await db.insert(coverageAreas).values({ areaCode, planId }).returning();
  return row;
}

export async function addLead(areaCode: string, overrides: Partial<typeof waitingList.$inferInsert> = {}) {
  const [row] = await db
    .insert(waitingList)
    .values({ areaCode, name: 'Calon Pelanggan', phone: '+6281234567890', email: uniqueEmail('lead'), address: 'Jl. Menunggu No. 1', ...overrides })
    .returning();
  return row;
}

let nikSeq = 0;
/** A valid NIK (Kota Semarang, born in the 1980s/90s) that no other test uses. */
export function uniqueNik(): string {
  const n = nikSeq++ + randomBytes(2).readUInt16BE(0);
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 80 + (Math.floor(n / 336) % 20);
  const serial = String(randomBytes(2).readUInt16BE(0) % 10000).padStart(4, '0');
  return `337410${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${serial}`;
}

const pad = (x: number) => String(x).padStart(2, '0');

/** The `n`-th working day after today in the business calendar, "YYYY-MM-DD". */
export async function workingDayAhead(n = 1): Promise<string> {
  const cal = await loadCalendar(db);
  const p = zonedParts(new Date(), cal.timeZone);
  let d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  let left = n;
  while (left > 0) {
    d = new Date(d.getTime() + 86_400_000);
    if (isWorkingDate(cal, d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** "YYYY-MM-DDTHH:MM" on the `n`-th working day ahead, for the schedule forms. */
export async function visitSlot(n = 1, hour = 10): Promise<string> {
  return `${await workingDayAhead(n)}T${pad(hour)}:00`;
}

export type IspWorld = { planId: string; village: string; district: string };

/** A covered district with one active plan sold there. */
export async function coveredWorld(): Promise<IspWorld> {
  const { district, villages } = await freshDistrict(2);
  const plan = await createPlan();
  await cover(district);
  return { planId: plan.id, village: villages[0], district };
}

/**
 * An application in `status`, of `owner` (or a fresh customer), with the visits that status implies:
 * a booked survey for survey_scheduled, a booked installation for installation_scheduled — booked for
 * `technician` (or a fresh engineer).
 */
export async function createApplication(
  opts: { status?: ApplicationStatus; owner?: TestUser; verified?: boolean; technician?: TestUser | null; covered?: boolean; nik?: string; world?: IspWorld } = {},
) {
  const status = opts.status ?? 'submitted';
  const world = opts.world ?? (await coveredWorld());
  const owner = opts.owner ?? (await createUser('customer', { verified: opts.verified ?? true }));
  const tag = randomBytes(4).toString('hex');
  const [app] = await db
    .insert(ispApplications)
    .values({
      number: `REG-2099-${tag}`,
      customerId: owner.customerId!,
      userId: owner.id,
      fullName: owner.name,
      nik: opts.nik ?? uniqueNik(),
      birthDate: '1990-01-01',
      phone: '+6281234567890',
      email: owner.email,
      addressLine: 'Jl. Uji No. 1',
      areaCode: world.village,
      planId: world.planId,
      preferredDate: await workingDayAhead(3),
      consentAt: new Date(),
      status,
      surveyCovered: status === 'surveyed' || status === 'installation_scheduled' || status === 'active' ? (opts.covered ?? true) : null,
      idempotencyKey: randomUUID(),
    })
    .returning();
  let technician = opts.technician ?? null;
  const kind = status === 'survey_scheduled' ? 'survey' : status === 'installation_scheduled' ? 'installation' : null;
  if (kind) {
    technician ??= await createUser('engineer');
    const cal = await loadCalendar(db);
    // A random free half hour in the next weeks (the same technician may get several visits).
    for (let attempt = 0; ; attempt++) {
      const [y, m, d] = (await workingDayAhead(2 + Math.floor(Math.random() * 20))).split('-').map(Number);
      const startsAt = fromZoned(y, m, d, 8 + Math.floor(Math.random() * 8), Math.random() < 0.5 ? 0 : 30, cal.timeZone);
      try {
        await db.insert(appointments).values({
          resourceId: technician.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          kind,
          customerId: owner.customerId,
          refType: 'isp_application',
          refId: app.id,
        });
        break;
      } catch (err) {
        if (attempt > 20) throw err;
      }
    }
  }
  return { app, owner, technician, world };
}

export async function applicationRow(id: string) {
  const [row] = await db.execute<{ status: ApplicationStatus; version: number }>(sql`select status, version from isp_applications where id = ${id}`);
  return row;
}

export async function unverify(userId: string) {
  await db.execute(sql`update ${users} set email_verified_at = null where id = ${userId}`);
}

// ── valid payloads for the authorization matrix (tests/security/authz-matrix.ts) ─────────────────

const NEW_PASSWORD = 'Sandi-Baru#2026';

async function refOf(status: ApplicationStatus, technician?: TestUser | null) {
  const { app } = await createApplication({ status, technician });
  return { applicationId: app.id, version: app.version };
}

/** `me` when it is an engineer (the booked technician), else a fresh engineer. */
const bookedFor = async (me: TestUser | null) => (me?.role === 'engineer' ? me : await createUser('engineer'));

export const ispMatrixInputs = {
  async plan() {
    await ensureAreas();
    const tag = randomBytes(4).toString('hex');
    return {
      name: `Rumah ${tag}`,
      slug: `rumah-${tag}`,
      downloadMbps: 50,
      uploadMbps: 25,
      monthlyPriceIdr: '350.000',
      installationFeeIdr: '0',
      description: 'Paket uji',
      active: true,
      sortOrder: 1,
      areaCodes: ['33.74'],
    };
  },
  async addCoverage() {
    return { areaCode: (await freshDistrict(1)).district, planId: '' };
  },
  async removeCoverage() {
    return { id: (await cover((await freshDistrict(0)).district)).id };
  },
  async waitingList() {
    const { villages } = await freshDistrict(1);
    return { villageCode: villages[0], name: 'Calon Pelanggan', phone: '0812-3456-7890', email: uniqueEmail('tunggu'), address: 'Jl. Menunggu No. 2', planId: '', website: '' };
  },
  async apply() {
    const world = await coveredWorld();
    return {
      fullName: 'Pemohon Uji',
      nik: uniqueNik(),
      phone: '0812 3456 7890',
      addressLine: 'Jl. Pemasangan No. 3',
      villageCode: world.village,
      planId: world.planId,
      preferredDate: await workingDayAhead(2),
      consent: true as const,
      idempotencyKey: randomUUID() as string,
    };
  },
  async signup() {
    return { ...(await ispMatrixInputs.apply()), email: uniqueEmail('daftar'), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, website: '' };
  },
  async scheduleSurvey() {
    return { ...(await refOf('submitted')), technicianId: (await createUser('engineer')).id, startsAt: await visitSlot(3, 10), durationMinutes: 60, notes: '' };
  },
  async recordSurvey(me: TestUser | null) {
    return { ...(await refOf('survey_scheduled', await bookedFor(me))), covered: 'yes', notes: 'ODP 30 m, siap pasang.' };
  },
  async scheduleInstallation() {
    return { ...(await refOf('surveyed')), technicianId: (await createUser('engineer')).id, startsAt: await visitSlot(4, 13), durationMinutes: 120, notes: '' };
  },
  async activate(me: TestUser | null) {
    return { ...(await refOf('installation_scheduled', await bookedFor(me))), notes: '' };
  },
  async reject() {
    return { ...(await refOf('submitted')), reason: 'Lokasi di luar jangkauan jaringan.' };
  },
};
