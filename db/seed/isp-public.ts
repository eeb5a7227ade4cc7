// Demo data of the internet-provider front office: all of Indonesia's areas (from idn-area-data), four
// plans, coverage in Kota Semarang, Kota Bandung and Jakarta Selatan, waiting-list leads in uncovered
// villages, and applications in every state with their technician visits, history and — for the
// active ones — subscriptions. Idempotent: plans, coverage and leads are upserts that keep edits;
// the applications are created once.
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { sqlClient, type Db, type Tx } from '@/db/client';
import { appointments, auditLog, bandwidthHistory, coverageAreas, customers, ispApplications, ispPlanAreas, ispPlans, subscriptions, users, waitingList } from '@/db/schema';
import { fromZoned, zonedParts } from '@/lib/format/date';
import { loadAreas } from '@/lib/isp/areas/load';
import type { ApplicationStatus } from '@/lib/isp/constants';
import { formatNumber, nextNumber } from '@/lib/numbering';
import { isWorkingDate } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';

const PLANS = [
  { slug: 'rumah-20', name: 'Rumah 20 Mbps', down: 20, up: 10, price: 250_000, fee: 150_000, sort: 1, description: 'Untuk browsing, belajar daring, dan streaming di 1–3 perangkat.' },
  { slug: 'rumah-50', name: 'Rumah 50 Mbps', down: 50, up: 25, price: 350_000, fee: 150_000, sort: 2, description: 'Streaming HD dan rapat video lancar untuk 4–6 perangkat.' },
  { slug: 'keluarga-100', name: 'Keluarga 100 Mbps', down: 100, up: 50, price: 500_000, fee: 0, sort: 3, description: 'Satu rumah ramai: streaming 4K, gim daring, dan kerja dari rumah bersamaan. Gratis pemasangan.' },
  { slug: 'bisnis-200', name: 'Bisnis 200 Mbps', down: 200, up: 100, price: 1_200_000, fee: 500_000, sort: 4, description: 'Untuk kantor dan toko: unggah cepat, prioritas penanganan gangguan.' },
] as const;
/**
 * The demo plans keep one id across databases: a fixed UUID from the slug. Public pages are built
 * once and served from Next's cache (the plan lists in /coverage and /internet/daftar carry plan ids
 * for their forms), while a fresh database — every `npm run test:e2e`, a re-created demo — is seeded
 * again under the same build; with random ids those pages offered ids the database did not know
 * ("Paket tidak ditemukan" on the waiting list, "not sold here" on the sign-up) until revalidated.
 */
export function demoPlanId(slug: string): string {
  const h = createHash('sha256').update(`relasi-demo:isp-plan:${slug}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Bisnis is sold only in the two big cities' business districts. */
const PLAN_AREAS: Record<string, string[]> = { 'bisnis-200': ['31.74', '32.73'] };

/** Covered districts (all plans): Kota Semarang, Kota Bandung, Jakarta Selatan. */
const COVERED_DISTRICTS = ['33.74.01', '33.74.07', '33.74.10', '33.74.11', '32.73.02', '32.73.13', '32.73.20', '31.74.01', '31.74.02', '31.74.06', '31.74.07'];
/** One village outside those districts, covered for the entry plan only (a new micro-cell). */
const VILLAGE_COVERAGE = { code: '33.74.12.1004', plan: 'rumah-20' };

const LEADS = [
  { area: '33.74.14.1001', name: 'Slamet Riyadi', phone: '+6281325550101', email: 'slamet.riyadi@warga.test', address: 'Jl. Raya Cangkiran No. 8, RT 02/RW 01', plan: 'rumah-50', notified: false },
  { area: '33.74.14.1003', name: 'Wulan Sari', phone: '+6281325550102', email: 'wulan.sari@warga.test', address: 'Perum Karangmalang Indah B-12', plan: 'keluarga-100', notified: false },
  { area: '33.74.14.1004', name: 'Bambang Susilo', phone: '+6281325550103', email: 'bambang.susilo@warga.test', address: 'Jl. Polaman Raya No. 3', plan: null, notified: false },
  { area: '32.73.25.1002', name: 'Neng Yulia', phone: '+6282125550104', email: 'neng.yulia@warga.test', address: 'Jl. Cipadung No. 41, RT 05/RW 03', plan: 'rumah-20', notified: false },
  { area: '32.73.25.1003', name: 'Asep Saepudin', phone: '+6282125550105', email: 'asep.saepudin@warga.test', address: 'Komplek Pasir Biru Permai C-7', plan: 'rumah-50', notified: false },
  { area: '31.74.09.1004', name: 'Fitri Handayani', phone: '+6281825550106', email: 'fitri.handayani@warga.test', address: 'Jl. Lenteng Agung Raya No. 77', plan: 'bisnis-200', notified: false },
  { area: '32.73.20.1004', name: 'Dadang Kurnia', phone: '+6282125550107', email: 'dadang.kurnia@warga.test', address: 'Jl. Antapani Tengah No. 15', plan: 'rumah-50', notified: true },
] as const;

type Visit = { kind: 'survey' | 'installation'; tech: string; day: number; hour: number; minutes: number };
type DemoApplication = {
  name: string;
  email: string;
  phone: string;
  nik: string;
  village: string;
  address: string;
  plan: string;
  status: ApplicationStatus;
  /** Working days relative to today (negative = past) for submission and visits. */
  submittedDay: number;
  verified: boolean;
  visits: Visit[];
  covered?: boolean;
  surveyNotes?: string;
  rejectReason?: string;
  /** Attach to the demo customer account (customer@relasi.test) instead of a new person customer. */
  demoCustomer?: boolean;
};

const ENGINEER = 'engineer@relasi.test';
const APPLICATIONS: DemoApplication[] = [
  { name: 'Rahmat Hidayat', email: 'rahmat.hidayat@warga.test', phone: '+6281225550201', nik: '3374101203880001', village: '33.74.10.1001', address: 'Jl. Meteseh Raya No. 21, RT 03/RW 02', plan: 'rumah-50', status: 'submitted', submittedDay: 0, verified: false, visits: [] },
  { name: 'Sri Wahyuni', email: 'sri.wahyuni@warga.test', phone: '+6281225550202', nik: '3374114507910002', village: '33.74.11.1004', address: 'Perum Pedalangan Asri D-4', plan: 'keluarga-100', status: 'submitted', submittedDay: -1, verified: true, visits: [] },
  { name: 'Yusuf Maulana', email: 'yusuf.maulana@warga.test', phone: '+6282225550203', nik: '3273022109930003', village: '32.73.02.1004', address: 'Jl. Ir. H. Juanda No. 150, Dago', plan: 'rumah-20', status: 'submitted', submittedDay: -1, verified: true, visits: [] },
  {
    name: 'Citra Lestari',
    email: 'customer@relasi.test',
    phone: '+6281200000006',
    nik: '3374015806850004',
    village: '33.74.01.1001',
    address: 'Jl. Pemuda No. 12 (kantor CV Lestari Jaya)',
    plan: 'bisnis-200',
    status: 'survey_scheduled',
    submittedDay: -2,
    verified: true,
    demoCustomer: true,
    visits: [{ kind: 'survey', tech: ENGINEER, day: 1, hour: 10, minutes: 60 }],
  },
  { name: 'Hendro Saputra', email: 'hendro.saputra@warga.test', phone: '+6281825550205', nik: '3174010502870005', village: '31.74.01.1002', address: 'Jl. Tebet Barat Dalam III No. 9', plan: 'rumah-50', status: 'survey_scheduled', submittedDay: -2, verified: true, visits: [{ kind: 'survey', tech: 'budi.hartono@relasi.test', day: 1, hour: 13, minutes: 60 }] },
  {
    name: 'Intan Permatasari',
    email: 'intan.permata@warga.test',
    phone: '+6282225550206',
    nik: '3273135311940006',
    village: '32.73.13.1003',
    address: 'Jl. Burangrang No. 33',
    plan: 'keluarga-100',
    status: 'surveyed',
    submittedDay: -5,
    verified: true,
    covered: true,
    surveyNotes: 'ODP 40 m dari rumah, jalur kabel lewat tiang depan. Siap dipasang.',
    visits: [{ kind: 'survey', tech: 'agus.setiawan@relasi.test', day: -2, hour: 9, minutes: 60 }],
  },
  {
    name: 'Michael Tanoto',
    email: 'michael.tanoto@warga.test',
    phone: '+6281825550207',
    nik: '3174062208800007',
    village: '31.74.06.1002',
    address: 'Jl. Lebak Bulus II No. 5 (belakang pasar)',
    plan: 'rumah-50',
    status: 'surveyed',
    submittedDay: -6,
    verified: true,
    covered: false,
    surveyNotes: 'ODP terdekat 450 m dan terhalang jalan tol: belum bisa ditarik kabel.',
    visits: [{ kind: 'survey', tech: 'dewi.anggraini@relasi.test', day: -3, hour: 14, minutes: 60 }],
  },
  {
    name: 'Ani Kusumawati',
    email: 'ani.kusuma@warga.test',
    phone: '+6281225550208',
    nik: '3374074104890008',
    village: '33.74.07.1002',
    address: 'Jl. Bulustalan II No. 14',
    plan: 'rumah-50',
    status: 'installation_scheduled',
    submittedDay: -7,
    verified: true,
    covered: true,
    surveyNotes: 'Rumah dua lantai, router di lantai 1. ODP 25 m.',
    visits: [
      { kind: 'survey', tech: ENGINEER, day: -4, hour: 10, minutes: 60 },
      { kind: 'installation', tech: ENGINEER, day: 2, hour: 9, minutes: 120 },
    ],
  },
  {
    name: 'Robert Simanjuntak',
    email: 'robert.s@warga.test',
    phone: '+6281825550209',
    nik: '3174021712790009',
    village: '31.74.02.1003',
    address: 'Apartemen Karet Kuningan Tower B/1207',
    plan: 'bisnis-200',
    status: 'installation_scheduled',
    submittedDay: -8,
    verified: true,
    covered: true,
    surveyNotes: 'Pengelola gedung mengizinkan jalur riser. Perlu surat izin kerja.',
    visits: [
      { kind: 'survey', tech: 'budi.hartono@relasi.test', day: -5, hour: 11, minutes: 60 },
      { kind: 'installation', tech: 'budi.hartono@relasi.test', day: 3, hour: 13, minutes: 180 },
    ],
  },
  {
    name: 'Dian Puspitasari',
    email: 'dian.puspita@warga.test',
    phone: '+6281225550210',
    nik: '3374106302920010',
    village: '33.74.10.1004',
    address: 'Jl. Bulusan Selatan No. 2',
    plan: 'keluarga-100',
    status: 'active',
    submittedDay: -20,
    verified: true,
    covered: true,
    surveyNotes: 'ODP 30 m. Pemasangan standar.',
    visits: [
      { kind: 'survey', tech: ENGINEER, day: -16, hour: 9, minutes: 60 },
      { kind: 'installation', tech: ENGINEER, day: -12, hour: 13, minutes: 120 },
    ],
  },
  {
    name: 'Kevin Wijaya',
    email: 'kevin.wijaya@warga.test',
    phone: '+6281825550211',
    nik: '3174070906860011',
    village: '31.74.07.1001',
    address: 'Jl. Melawai VI No. 18 (ruko)',
    plan: 'bisnis-200',
    status: 'active',
    submittedDay: -60,
    verified: true,
    covered: true,
    surveyNotes: 'Ruko tiga lantai, rak server di lantai 2.',
    visits: [
      { kind: 'survey', tech: 'budi.hartono@relasi.test', day: -55, hour: 10, minutes: 60 },
      { kind: 'installation', tech: 'dewi.anggraini@relasi.test', day: -50, hour: 9, minutes: 180 },
    ],
  },
  {
    name: 'Lukas Hutapea',
    email: 'lukas.hutapea@warga.test',
    phone: '+6281825550212',
    nik: '3174061110900012',
    village: '31.74.06.1002',
    address: 'Jl. Lebak Bulus Raya No. 90',
    plan: 'rumah-20',
    status: 'rejected',
    submittedDay: -15,
    verified: true,
    covered: false,
    surveyNotes: 'Di luar jangkauan ODP; tidak ada jalur kabel.',
    rejectReason: 'Hasil survei: lokasi belum terjangkau jaringan kami. Anda kami masukkan ke daftar tunggu dan akan dikabari saat jaringan tersedia.',
    visits: [{ kind: 'survey', tech: 'dewi.anggraini@relasi.test', day: -11, hour: 10, minutes: 60 }],
  },
  {
    name: 'Nur Aisyah',
    email: 'nur.aisyah@warga.test',
    phone: '+6282225550213',
    nik: '3273024705960013',
    village: '32.73.02.1001',
    address: 'Jl. Cipaganti No. 101',
    plan: 'rumah-50',
    status: 'rejected',
    submittedDay: -9,
    verified: true,
    rejectReason: 'Pendaftaran ganda: pelanggan sudah mengajukan ulang dengan alamat yang benar.',
    visits: [],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

export async function seedIspPublic(db: Db, opts: { passwordHash: string }): Promise<void> {
  await loadAreas(sqlClient);
  const cal = await loadCalendar(db);
  const today = zonedParts(new Date(), cal.timeZone);
  const todayIso = `${today.year}-${pad(today.month)}-${pad(today.day)}`;
  /** The working day `n` working days from today (0 = today, or the next working day if today is off). */
  const workingDay = (n: number): string => {
    let d = new Date(`${todayIso}T00:00:00Z`);
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    const iso = () => d.toISOString().slice(0, 10);
    while (!isWorkingDate(cal, iso())) d = new Date(d.getTime() + step * 86_400_000);
    while (left > 0) {
      d = new Date(d.getTime() + step * 86_400_000);
      if (isWorkingDate(cal, iso())) left--;
    }
    return iso();
  };
  const at = (day: string, hour: number, minute = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    return fromZoned(y, m, d, hour, minute, cal.timeZone);
  };

  await db.transaction(async (tx) => {
    const planIds = new Map<string, string>();
    for (const p of PLANS) {
      const [row] = await tx
        .insert(ispPlans)
        .values({ id: demoPlanId(p.slug), name: p.name, slug: p.slug, downloadMbps: p.down, uploadMbps: p.up, monthlyPriceIdr: p.price, installationFeeIdr: p.fee, description: p.description, sortOrder: p.sort })
        .onConflictDoUpdate({ target: ispPlans.slug, set: { slug: sql`excluded.slug` } }) // keep edits; just return the id
        .returning({ id: ispPlans.id });
      planIds.set(p.slug, row.id);
    }
    for (const [slug, codes] of Object.entries(PLAN_AREAS)) {
      await tx.insert(ispPlanAreas).values(codes.map((areaCode) => ({ planId: planIds.get(slug)!, areaCode }))).onConflictDoNothing();
    }
    const [admin] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'admin@relasi.test')).limit(1);
    await tx
      .insert(coverageAreas)
      .values([
        ...COVERED_DISTRICTS.map((areaCode) => ({ areaCode, planId: null, createdBy: admin?.id ?? null })),
        { areaCode: VILLAGE_COVERAGE.code, planId: planIds.get(VILLAGE_COVERAGE.plan)!, createdBy: admin?.id ?? null },
      ])
      .onConflictDoNothing();
    await tx
      .insert(waitingList)
      .values(
        LEADS.map((l, i) => ({
          areaCode: l.area,
          name: l.name,
          phone: l.phone,
          email: l.email,
          address: l.address,
          planId: l.plan ? planIds.get(l.plan)! : null,
          notifiedAt: l.notified ? at(workingDay(-3), 10) : null,
          createdAt: at(workingDay(-10 - i), 19),
        })),
      )
      .onConflictDoNothing();

    const [already] = await tx.select({ id: ispApplications.id }).from(ispApplications).where(inArray(ispApplications.email, APPLICATIONS.map((a) => a.email))).limit(1);
    if (already) return;
    await seedApplications(tx, { planIds, passwordHash: opts.passwordHash, workingDay, at, timeZone: cal.timeZone });
  });
}

async function seedApplications(
  tx: Tx,
  ctx: { planIds: Map<string, string>; passwordHash: string; workingDay: (n: number) => string; at: (day: string, h: number, m?: number) => Date; timeZone: string },
) {
  const staff = await tx
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.email, ['helpdesk@relasi.test', ENGINEER, 'budi.hartono@relasi.test', 'dewi.anggraini@relasi.test', 'agus.setiawan@relasi.test']));
  const byEmail = new Map(staff.map((s) => [s.email, s]));
  const helpdesk = byEmail.get('helpdesk@relasi.test');
  const plans = await tx.select({ id: ispPlans.id, down: ispPlans.downloadMbps, up: ispPlans.uploadMbps }).from(ispPlans);
  const planSpeed = new Map(plans.map((p) => [p.id, p]));

  for (const a of APPLICATIONS) {
    const planId = ctx.planIds.get(a.plan)!;
    const submittedAt = ctx.at(ctx.workingDay(a.submittedDay), a.submittedDay === 0 ? 8 : 19, 15);
    let userId: string;
    let customerId: string;
    if (a.demoCustomer) {
      const [u] = await tx.select({ id: users.id, customerId: users.customerId }).from(users).where(eq(users.email, a.email)).limit(1);
      if (!u?.customerId) continue;
      userId = u.id;
      customerId = u.customerId;
    } else {
      const [c] = await tx
        .insert(customers)
        .values({ name: a.name, type: 'person', email: a.email, phone: a.phone, address: a.address, city: a.village.startsWith('31.') ? 'Jakarta Selatan' : a.village.startsWith('32.') ? 'Bandung' : 'Semarang', createdAt: submittedAt })
        .returning({ id: customers.id });
      const [u] = await tx
        .insert(users)
        .values({ email: a.email, name: a.name, phone: a.phone, passwordHash: ctx.passwordHash, role: 'customer', customerId: c.id, locale: 'id', emailVerifiedAt: a.verified ? submittedAt : null, createdAt: submittedAt })
        .returning({ id: users.id });
      userId = u.id;
      customerId = c.id;
    }
    const year = zonedParts(submittedAt, ctx.timeZone).year;
    const number = formatNumber('REG', year, await nextNumber(tx, 'REG', year));
    const birth = a.nik.slice(6, 12);
    const dd = Number(birth.slice(0, 2)) % 40;
    const birthDate = `19${birth.slice(4, 6)}-${birth.slice(2, 4)}-${pad(dd)}`;
    const survey = a.visits.find((v) => v.kind === 'survey');
    const install = a.visits.find((v) => v.kind === 'installation');
    const surveyedAt = survey && a.covered !== undefined ? ctx.at(ctx.workingDay(survey.day), survey.hour + 1) : null;
    const activatedAt = a.status === 'active' && install ? ctx.at(ctx.workingDay(install.day), install.hour + Math.ceil(install.minutes / 60)) : null;
    const [app] = await tx
      .insert(ispApplications)
      .values({
        number,
        customerId,
        userId,
        fullName: a.name,
        nik: a.nik,
        birthDate,
        phone: a.phone,
        email: a.email,
        addressLine: a.address,
        areaCode: a.village,
        planId,
        preferredDate: ctx.workingDay(a.submittedDay + 5),
        consentAt: submittedAt,
        status: a.status,
        surveyCovered: a.covered ?? null,
        surveyNotes: a.surveyNotes ?? null,
        surveyedBy: survey && surveyedAt ? (byEmail.get(survey.tech)?.id ?? null) : null,
        surveyedAt,
        rejectReason: a.rejectReason ?? null,
        activatedAt,
        idempotencyKey: crypto.randomUUID(),
        createdAt: submittedAt,
      })
      .returning({ id: ispApplications.id });

    // History, as the workflow would have written it.
    const history: Array<{ action: string; at: Date; actorId: string | null; actorRole: 'customer' | 'helpdesk' | 'engineer' | null; after: object }> = [
      { action: 'isp_application.submit', at: submittedAt, actorId: userId, actorRole: 'customer', after: { number, status: 'submitted', planId } },
    ];
    for (const v of a.visits) {
      const tech = byEmail.get(v.tech);
      if (!tech) continue;
      const day = ctx.workingDay(v.day);
      const startsAt = ctx.at(day, v.hour);
      const endsAt = new Date(startsAt.getTime() + v.minutes * 60_000);
      const past = v.day < 0;
      const cancelled = a.status === 'rejected' && !past;
      await tx.insert(appointments).values({
        resourceId: tech.id,
        startsAt,
        endsAt,
        kind: v.kind,
        status: cancelled ? 'cancelled' : past ? 'done' : 'booked',
        customerId,
        refType: 'isp_application',
        refId: app.id,
        address: a.address,
        createdBy: helpdesk?.id ?? null,
        createdAt: ctx.at(ctx.workingDay(Math.min(v.day, 0) - 2), 11),
      });
      history.push({
        action: v.kind === 'survey' ? 'isp_application.schedule_survey' : 'isp_application.schedule_installation',
        at: ctx.at(ctx.workingDay(Math.min(v.day, 0) - 2), 11),
        actorId: helpdesk?.id ?? null,
        actorRole: 'helpdesk',
        after: { status: v.kind === 'survey' ? 'survey_scheduled' : 'installation_scheduled', technicianId: tech.id, technician: v.tech, startsAt, endsAt },
      });
      if (v.kind === 'survey' && surveyedAt) {
        history.push({ action: 'isp_application.record_survey', at: surveyedAt, actorId: tech.id, actorRole: 'engineer', after: { status: 'surveyed', covered: a.covered, notes: a.surveyNotes } });
      }
    }
    if (a.status === 'rejected') {
      history.push({ action: 'isp_application.reject', at: ctx.at(ctx.workingDay(a.submittedDay + 4 > 0 ? 0 : a.submittedDay + 4), 15), actorId: helpdesk?.id ?? null, actorRole: 'helpdesk', after: { status: 'rejected', reason: a.rejectReason } });
    }
    if (activatedAt) {
      history.push({ action: 'isp_application.activate', at: activatedAt, actorId: byEmail.get(install!.tech)?.id ?? null, actorRole: 'engineer', after: { status: 'active' } });
      const speed = planSpeed.get(planId)!;
      const startDate = activatedAt.toISOString().slice(0, 10);
      const [sub] = await tx
        .insert(subscriptions)
        .values({ customerId, applicationId: app.id, planId, addressLine: a.address, areaCode: a.village, startDate, status: 'active', downloadMbps: speed.down, uploadMbps: speed.up, createdAt: activatedAt })
        .onConflictDoNothing({ target: subscriptions.applicationId })
        .returning({ id: subscriptions.id });
      if (sub) await tx.insert(bandwidthHistory).values({ subscriptionId: sub.id, downloadMbps: speed.down, uploadMbps: speed.up, reason: 'activation', at: activatedAt });
    }
    // The technician names in the history read like the workflow's (name, not e-mail).
    const names = new Map((await tx.select({ email: users.email, name: users.name }).from(users).where(inArray(users.email, a.visits.map((v) => v.tech)))).map((u) => [u.email, u.name]));
    await tx.insert(auditLog).values(
      history
        .sort((x, y) => x.at.getTime() - y.at.getTime())
        .map((h) => ({
          actorId: h.actorId,
          actorRole: h.actorRole,
          action: h.action,
          entityType: 'isp_application',
          entityId: app.id,
          before: null,
          after: 'technician' in h.after ? { ...h.after, technician: names.get(String((h.after as { technician: string }).technician)) ?? '' } : h.after,
          at: h.at,
        })),
    );
  }
}
