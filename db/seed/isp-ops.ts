// Demo data of the ISP operations (after db/seed/isp-public.ts): subscribers of varied tenure (some
// past 12 and 24 months, one reaching 12 months today), two bandwidth-upgrade rules ("Pelanggan setia
// 12 bulan: +10 Mbps selama 3 bulan" applied by customer support, and an automatic 24-month one),
// running and ended upgrades with their history, upgrade requests (two open), complaints as helpdesk
// tickets linked to subscriptions (new, dispatched, in progress, resolved and closed with ratings), and
// complaint visits in the technicians' calendars this week — two of them today for engineer@relasi.test.
//
// Rows are written with their own instants (audit_log's `at` cannot be edited afterwards), the way the
// services would have written them; no e-mails are queued for this history. Idempotent: nothing
// happens when the 12-month rule exists already or the ISP and helpdesk master data are missing.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  appointments,
  areas,
  auditLog,
  bandwidthHistory,
  bandwidthUpgrades,
  customers,
  ispPlans,
  servicePoints,
  slaPlans,
  subscriptions,
  ticketRatings,
  tickets,
  upgradeRequests,
  upgradeRules,
  users,
} from '@/db/schema';
import { fromZoned, zonedParts } from '@/lib/format/date';
import { addMonths } from '@/lib/isp/subscriptions/tenure';
import { addBusinessMinutes, isWorkingDate } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';
import type { TicketStatus } from '@/lib/tickets/constants';
import { nextTicketNumber } from '@/lib/tickets/numbering';

export const LOYAL_12_RULE = 'Pelanggan setia 12 bulan: +10 Mbps selama 3 bulan';
const LOYAL_24_RULE = 'Pelanggan setia 24 bulan: +20 Mbps selama 2 bulan (otomatis)';

type Region = 'smg' | 'bdg' | 'jkt';
/** Covered districts of isp-public.ts the subscribers live in (their first villages, by code). */
const DISTRICTS: Record<Region, string[]> = { smg: ['33.74.10', '33.74.01', '33.74.07', '33.74.11'], bdg: ['32.73.02', '32.73.13'], jkt: ['31.74.02', '31.74.07'] };
const STREETS: Record<Region, string[]> = {
  smg: ['Jl. Banjarsari Raya', 'Jl. Ngesrep Timur V', 'Jl. Pandanaran', 'Jl. Kedungmundu Raya', 'Perum Graha Estetika', 'Jl. Tlogosari Raya'],
  bdg: ['Jl. Dipatiukur', 'Jl. Cihampelas', 'Jl. Sukajadi', 'Komplek Setrasari Mall'],
  jkt: ['Jl. Karet Pedurenan', 'Jl. Senopati', 'Jl. Wolter Monginsidi', 'Apartemen Casablanca'],
};

type Sub = { name: string; phone: string; region: Region; plan: 'rumah-20' | 'rumah-50' | 'keluarga-100' | 'bisnis-200'; months: number; status?: 'suspended' | 'terminated'; reason?: string };
/** `months` = tenure today; 12 exactly means the anniversary is today. */
const SUBSCRIBERS: Sub[] = [
  { name: 'Agung Prabowo', phone: '+6281325550301', region: 'smg', plan: 'rumah-50', months: 40 },
  { name: 'Ratna Dewi', phone: '+6281325550302', region: 'smg', plan: 'rumah-20', months: 26 },
  { name: 'Hadi Susanto', phone: '+6281325550303', region: 'smg', plan: 'keluarga-100', months: 24 },
  { name: 'Siti Marlina', phone: '+6281325550304', region: 'smg', plan: 'rumah-50', months: 18 },
  { name: 'Teguh Santoso', phone: '+6281325550305', region: 'smg', plan: 'rumah-20', months: 14 },
  { name: 'Yuliana Putri', phone: '+6281325550306', region: 'smg', plan: 'rumah-50', months: 12 },
  { name: 'Bayu Nugraha', phone: '+6281325550307', region: 'smg', plan: 'rumah-20', months: 11 },
  { name: 'Lina Marlina', phone: '+6281325550308', region: 'smg', plan: 'keluarga-100', months: 7 },
  { name: 'Wahyu Hidayat', phone: '+6281325550309', region: 'smg', plan: 'rumah-50', months: 3 },
  { name: 'Endang Sulistyowati', phone: '+6281325550310', region: 'smg', plan: 'rumah-20', months: 30, status: 'suspended', reason: 'Permintaan pelanggan: rumah direnovasi sampai bulan depan.' },
  { name: 'Galih Pratama', phone: '+6281325550311', region: 'smg', plan: 'rumah-50', months: 20, status: 'terminated', reason: 'Pindah ke luar kota (Balikpapan).' },
  { name: 'Dedi Mulyadi', phone: '+6282125550312', region: 'bdg', plan: 'keluarga-100', months: 36 },
  { name: 'Rina Anggraeni', phone: '+6282125550313', region: 'bdg', plan: 'rumah-50', months: 25 },
  { name: 'Ujang Sopandi', phone: '+6282125550314', region: 'bdg', plan: 'rumah-20', months: 15 },
  { name: 'Euis Komariah', phone: '+6282125550315', region: 'bdg', plan: 'rumah-50', months: 13 },
  { name: 'Cecep Supriatna', phone: '+6282125550316', region: 'bdg', plan: 'rumah-20', months: 9 },
  { name: 'Nining Kurniasih', phone: '+6282125550317', region: 'bdg', plan: 'keluarga-100', months: 5 },
  { name: 'Andreas Gunawan', phone: '+6281825550318', region: 'jkt', plan: 'bisnis-200', months: 44 },
  { name: 'Maria Ulfa', phone: '+6281825550319', region: 'jkt', plan: 'keluarga-100', months: 28 },
  { name: 'Rudi Hartanto', phone: '+6281825550320', region: 'jkt', plan: 'rumah-50', months: 23 },
  { name: 'Diana Sari', phone: '+6281825550321', region: 'jkt', plan: 'bisnis-200', months: 16 },
  { name: 'Fransiska Wulandari', phone: '+6281825550322', region: 'jkt', plan: 'rumah-50', months: 12 },
  { name: 'Irfan Hakim', phone: '+6281825550323', region: 'jkt', plan: 'rumah-20', months: 8 },
  { name: 'Oktaviani Lubis', phone: '+6281825550324', region: 'jkt', plan: 'keluarga-100', months: 2, status: 'suspended', reason: 'Perangkat ONT rusak, menunggu penggantian.' },
];

/** Upgrades from the 12-month rule: running (started `ago` days back) or ended (started 5 months back). */
const RUNNING_12 = ['Agung Prabowo', 'Siti Marlina', 'Dedi Mulyadi'];
const ENDED_12 = ['Hadi Susanto', 'Maria Ulfa', 'Euis Komariah'];
const OPEN_REQUESTS: Array<{ name: string; note: string | null }> = [
  { name: 'Teguh Santoso', note: 'Anak-anak sekolah daring, sering patah-patah sore hari.' },
  { name: 'Fransiska Wulandari', note: null },
];

type Complaint = {
  who: string; // subscriber name, or 'demo' for the demo customer
  summary: string;
  detail: string;
  status: TicketStatus;
  /** Days before now it was opened (fractional = hours). */
  openedDaysAgo: number;
  point?: 'Service Point Semarang' | 'Service Point Jakarta' | 'Service Point Bandung';
  engineer?: string;
  resolution?: string;
  rating?: { score: number; comment?: string };
  /** A complaint visit in the engineer's calendar: working days from today (0 = today) at a local hour. */
  visit?: { day: number; hour: number; status?: 'booked' | 'done' };
};

const ENGINEER = 'engineer@relasi.test';
const COMPLAINTS: Complaint[] = [
  {
    who: 'demo',
    summary: 'Internet kantor putus total',
    detail: 'Sejak pukul 08.00 lampu LOS pada modem menyala merah dan semua komputer tidak bisa terhubung.',
    status: 'closed',
    openedDaysAgo: 45,
    point: 'Service Point Semarang',
    engineer: ENGINEER,
    resolution: 'Kabel drop putus tertabrak truk; kabel diganti dan redaman diukur normal (-19 dBm).',
    rating: { score: 5, comment: 'Teknisi datang cepat dan menjelaskan penyebabnya dengan jelas.' },
    visit: { day: -31, hour: 10, status: 'done' },
  },
  { who: 'demo', summary: 'Kecepatan turun di jam sibuk', detail: 'Setiap pukul 19.00–22.00 kecepatan hanya sekitar 5 Mbps padahal paket 50 Mbps.', status: 'new', openedDaysAgo: 0.02 },
  {
    who: 'Ratna Dewi',
    summary: 'Wi-Fi sering putus-sambung',
    detail: 'Koneksi Wi-Fi terputus beberapa kali setiap jam, terutama di kamar belakang.',
    status: 'dispatched',
    openedDaysAgo: 0.15,
    point: 'Service Point Semarang',
    engineer: ENGINEER,
    visit: { day: 0, hour: 9 },
  },
  {
    who: 'Bayu Nugraha',
    summary: 'Modem mati dan tidak mau menyala',
    detail: 'Adaptor modem sudah dicoba di stopkontak lain, tetap tidak ada lampu sama sekali.',
    status: 'dispatched',
    openedDaysAgo: 0.1,
    point: 'Service Point Semarang',
    engineer: ENGINEER,
    visit: { day: 0, hour: 13 },
  },
  {
    who: 'Rudi Hartanto',
    summary: 'Ping tinggi saat rapat video',
    detail: 'Ping ke server kantor 300–500 ms sejak kemarin, rapat video terputus-putus.',
    status: 'in_progress',
    openedDaysAgo: 0.2,
    point: 'Service Point Jakarta',
    engineer: 'budi.hartono@relasi.test',
    visit: { day: 1, hour: 10 },
  },
  {
    who: 'Ujang Sopandi',
    summary: 'Kabel fiber di depan rumah terkelupas',
    detail: 'Kabel yang menempel di tiang depan rumah terkelupas dan menjuntai setelah hujan angin.',
    status: 'dispatched',
    openedDaysAgo: 0.08,
    point: 'Service Point Bandung',
    engineer: 'agus.setiawan@relasi.test',
    visit: { day: 2, hour: 14 },
  },
  {
    who: 'Dedi Mulyadi',
    summary: 'Internet lambat setelah hujan',
    detail: 'Setiap selesai hujan deras kecepatan turun dan beberapa situs tidak bisa dibuka.',
    status: 'resolved',
    openedDaysAgo: 20,
    point: 'Service Point Bandung',
    engineer: 'agus.setiawan@relasi.test',
    resolution: 'Konektor di ODP basah dan berkarat; konektor diganti dan ODP ditutup rapat.',
    rating: { score: 4, comment: 'Sudah normal, tapi menunggu teknisi agak lama.' },
    visit: { day: -13, hour: 14, status: 'done' },
  },
  {
    who: 'Andreas Gunawan',
    summary: 'IP publik kantor tidak bisa diakses',
    detail: 'Server CCTV di kantor tidak bisa diakses dari luar sejak pagi, padahal tidak ada perubahan konfigurasi.',
    status: 'closed',
    openedDaysAgo: 9,
    point: 'Service Point Jakarta',
    engineer: 'dewi.anggraini@relasi.test',
    resolution: 'Rute IP publik pelanggan ikut terhapus saat pemeliharaan router inti; rute dipulihkan.',
    rating: { score: 3 },
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

export async function seedIspOps(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('relasi:seed:isp-ops'))`);
    const [done] = await tx.select({ id: upgradeRules.id }).from(upgradeRules).where(eq(upgradeRules.name, LOYAL_12_RULE)).limit(1);
    if (done) return 0;
    const plans = await tx.select({ id: ispPlans.id, slug: ispPlans.slug, down: ispPlans.downloadMbps, up: ispPlans.uploadMbps }).from(ispPlans);
    const plan = new Map(plans.map((p) => [p.slug, p]));
    if (!['rumah-20', 'rumah-50', 'keluarga-100', 'bisnis-200'].every((s) => plan.has(s))) return 0;
    const staffEmails = ['helpdesk@relasi.test', 'servicepoint@relasi.test', ENGINEER, 'budi.hartono@relasi.test', 'dewi.anggraini@relasi.test', 'agus.setiawan@relasi.test', 'customer@relasi.test'];
    const people = new Map(
      (await tx.select({ id: users.id, email: users.email, role: users.role, customerId: users.customerId }).from(users).where(inArray(users.email, staffEmails))).map((u) => [u.email, u]),
    );
    if (staffEmails.some((e) => !people.has(e))) return 0;
    const helpdesk = people.get('helpdesk@relasi.test')!;
    const demo = people.get('customer@relasi.test')!;
    const points = new Map((await tx.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints)).map((p) => [p.name, p.id]));
    const [slaPlan] = await tx.select().from(slaPlans).where(eq(slaPlans.active, true)).orderBy(asc(slaPlans.createdAt)).limit(1);

    const cal = await loadCalendar(tx, new Date(now.getTime() - 400 * DAY));
    const p = zonedParts(now, cal.timeZone);
    const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    const at = (day: string, hour: number, minute = 0) => {
      const [y, m, d] = day.split('-').map(Number);
      return fromZoned(y, m, d, hour, minute, cal.timeZone);
    };
    /** `n` working days from today (0 = today, even on a day off: the demo wants visits today). */
    const workingDay = (n: number): string => {
      let d = new Date(`${today}T00:00:00Z`);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        d = new Date(d.getTime() + step * DAY);
        if (isWorkingDate(cal, d.toISOString().slice(0, 10))) left--;
      }
      return d.toISOString().slice(0, 10);
    };

    // Villages: the first ones of each covered district, by code.
    const villages: Record<Region, string[]> = { smg: [], bdg: [], jkt: [] };
    for (const [region, districts] of Object.entries(DISTRICTS) as Array<[Region, string[]]>) {
      const rows = await tx.select({ code: areas.code }).from(areas).where(and(inArray(areas.parentCode, districts), eq(areas.level, 'village'))).orderBy(asc(areas.code));
      villages[region] = rows.map((r) => r.code);
    }
    if (Object.values(villages).some((v) => !v.length)) return 0;

    // 1. Subscribers (person customers) and their subscriptions, activation history included.
    type Seeded = { id: string; customerId: string; planId: string; down: number; up: number; startDate: string; region: Region; address: string; status: string };
    const byName = new Map<string, Seeded>();
    const all = [...SUBSCRIBERS.map((s, i) => ({ ...s, i }))];
    for (const s of all) {
      const v = villages[s.region][s.i % villages[s.region].length];
      const address = `${STREETS[s.region][s.i % STREETS[s.region].length]} No. ${(s.i * 7) % 90 + 3}`;
      const startDate = addMonths(today, -s.months);
      const activatedAt = at(startDate, 15);
      const email = `${s.name.toLowerCase().replace(/[^a-z]+/g, '.')}@pelanggan.test`;
      const [c] = await tx
        .insert(customers)
        .values({ name: s.name, type: 'person', email, phone: s.phone, address, city: s.region === 'smg' ? 'Semarang' : s.region === 'bdg' ? 'Bandung' : 'Jakarta Selatan', createdAt: activatedAt })
        .returning({ id: customers.id });
      const pl = plan.get(s.plan)!;
      const [sub] = await tx
        .insert(subscriptions)
        .values({
          customerId: c.id,
          planId: pl.id,
          addressLine: address,
          areaCode: v,
          startDate,
          status: s.status ?? 'active',
          statusReason: s.reason ?? null,
          downloadMbps: pl.down,
          uploadMbps: pl.up,
          createdAt: activatedAt,
        })
        .returning({ id: subscriptions.id });
      await tx.insert(bandwidthHistory).values({ subscriptionId: sub.id, downloadMbps: pl.down, uploadMbps: pl.up, reason: 'activation', at: activatedAt });
      await tx.insert(auditLog).values({
        actorId: helpdesk.id,
        actorRole: 'helpdesk',
        action: 'subscription.create',
        entityType: 'subscription',
        entityId: sub.id,
        after: { customerId: c.id, planId: pl.id, startDate, status: 'active', downloadMbps: pl.down, uploadMbps: pl.up },
        at: activatedAt,
      });
      if (s.status) {
        const changedAt = at(workingDay(-3), 11);
        await tx.insert(auditLog).values({
          actorId: helpdesk.id,
          actorRole: 'helpdesk',
          action: 'subscription.status',
          entityType: 'subscription',
          entityId: sub.id,
          before: { status: 'active', statusReason: null },
          after: { status: s.status, statusReason: s.reason },
          at: changedAt,
        });
      }
      byName.set(s.name, { id: sub.id, customerId: c.id, planId: pl.id, down: pl.down, up: pl.up, startDate, region: s.region, address, status: s.status ?? 'active' });
    }

    // The demo customer's office line: 26 months, Rumah 50, in Semarang.
    {
      const pl = plan.get('rumah-50')!;
      const startDate = addMonths(today, -26);
      const activatedAt = at(startDate, 10);
      const address = 'Jl. Pemuda No. 12, Sekayu (kantor CV Lestari Jaya)';
      const [sub] = await tx
        .insert(subscriptions)
        .values({ customerId: demo.customerId!, planId: pl.id, addressLine: address, areaCode: villages.smg[1] ?? villages.smg[0], startDate, status: 'active', downloadMbps: pl.down, uploadMbps: pl.up, createdAt: activatedAt })
        .returning({ id: subscriptions.id });
      await tx.insert(bandwidthHistory).values({ subscriptionId: sub.id, downloadMbps: pl.down, uploadMbps: pl.up, reason: 'activation', at: activatedAt });
      byName.set('demo', { id: sub.id, customerId: demo.customerId!, planId: pl.id, down: pl.down, up: pl.up, startDate, region: 'smg', address, status: 'active' });
    }

    // 2. The two rules: the 12-month one is applied by customer support, the 24-month one by the worker.
    const [rule12] = await tx
      .insert(upgradeRules)
      .values({ name: LOYAL_12_RULE, minTenureMonths: 12, extraMbps: 10, durationMonths: 3, offerStart: addMonths(today, -6), offerEnd: addMonths(today, 6), automatic: false, active: true, createdBy: helpdesk.id, createdAt: at(addMonths(today, -6), 9) })
      .returning();
    await tx.insert(upgradeRules).values({
      name: LOYAL_24_RULE,
      minTenureMonths: 24,
      planIds: [plan.get('rumah-20')!.id, plan.get('rumah-50')!.id],
      extraMbps: 20,
      durationMonths: 2,
      offerStart: addMonths(today, -1),
      offerEnd: addMonths(today, 11),
      automatic: true,
      active: true,
      createdBy: helpdesk.id,
      createdAt: at(addMonths(today, -1), 9),
    });

    // 3. Upgrades: running ones (the demo customer's among them), ended ones, one approved request.
    async function upgrade(s: Seeded, o: { ruleId: string | null; extra: number; startsAt: Date; months: number; ended: boolean }) {
      const endsAt = at(addMonths(zonedDate(o.startsAt), o.months), zonedParts(o.startsAt, cal.timeZone).hour, zonedParts(o.startsAt, cal.timeZone).minute);
      const id = randomUUID();
      await tx.insert(bandwidthUpgrades).values({
        id,
        subscriptionId: s.id,
        ruleId: o.ruleId,
        extraMbps: o.extra,
        startsAt: o.startsAt,
        endsAt,
        status: o.ended ? 'reverted' : 'active',
        appliedBy: helpdesk.id,
        revertedAt: o.ended ? new Date(endsAt.getTime() + 60_000) : null,
        createdAt: o.startsAt,
      });
      await tx.insert(bandwidthHistory).values({ subscriptionId: s.id, downloadMbps: s.down + o.extra, uploadMbps: s.up, reason: 'upgrade', upgradeId: id, changedBy: helpdesk.id, at: o.startsAt });
      await tx.insert(auditLog).values({
        actorId: helpdesk.id,
        actorRole: 'helpdesk',
        action: 'upgrade.apply',
        entityType: 'subscription',
        entityId: s.id,
        before: { downloadMbps: s.down },
        after: { downloadMbps: s.down + o.extra, upgradeId: id, ruleId: o.ruleId, extraMbps: o.extra, endsAt },
        at: o.startsAt,
      });
      if (o.ended) {
        const revertedAt = new Date(endsAt.getTime() + 60_000);
        await tx.insert(bandwidthHistory).values({ subscriptionId: s.id, downloadMbps: s.down, uploadMbps: s.up, reason: 'upgrade-ended', upgradeId: id, at: revertedAt });
        await tx.insert(auditLog).values({ actorId: null, actorRole: null, action: 'upgrade.revert', entityType: 'subscription', entityId: s.id, before: { downloadMbps: s.down + o.extra }, after: { downloadMbps: s.down, upgradeId: id }, at: revertedAt });
      } else {
        await tx.update(subscriptions).set({ downloadMbps: s.down + o.extra }).where(eq(subscriptions.id, s.id));
      }
      return id;
    }
    const zonedDate = (d: Date) => {
      const z = zonedParts(d, cal.timeZone);
      return `${z.year}-${pad(z.month)}-${pad(z.day)}`;
    };
    await upgrade(byName.get('demo')!, { ruleId: rule12.id, extra: 10, startsAt: at(workingDay(-15), 10, 30), months: 3, ended: false });
    for (const [i, name] of RUNNING_12.entries()) await upgrade(byName.get(name)!, { ruleId: rule12.id, extra: 10, startsAt: at(workingDay(-4 - i * 9), 9 + i, 15), months: 3, ended: false });
    for (const [i, name] of ENDED_12.entries()) await upgrade(byName.get(name)!, { ruleId: rule12.id, extra: 10, startsAt: at(addMonths(today, -5), 10 + i), months: 3, ended: true });
    {
      // A request approved last week: a manual upgrade (no rule).
      const s = byName.get('Rina Anggraeni')!;
      const requestedAt = at(workingDay(-7), 20);
      const approvedAt = at(workingDay(-6), 10);
      const upgradeId = await upgrade(s, { ruleId: null, extra: 20, startsAt: approvedAt, months: 1, ended: false });
      const [req] = await tx
        .insert(upgradeRequests)
        .values({ subscriptionId: s.id, customerId: s.customerId, note: 'Mulai bulan ini bekerja dari rumah, butuh unggah lebih cepat.', status: 'approved', handledBy: helpdesk.id, handledAt: approvedAt, createdAt: requestedAt })
        .returning({ id: upgradeRequests.id });
      await tx.insert(auditLog).values({ actorId: helpdesk.id, actorRole: 'helpdesk', action: 'upgradeRequest.approve', entityType: 'upgrade_request', entityId: req.id, before: { status: 'open' }, after: { status: 'approved', upgradeId }, at: approvedAt });
    }
    for (const [i, r] of OPEN_REQUESTS.entries()) {
      const s = byName.get(r.name)!;
      await tx.insert(upgradeRequests).values({ subscriptionId: s.id, customerId: s.customerId, note: r.note, status: 'open', createdAt: at(workingDay(-1 - i), 19, 40) });
    }
    {
      const s = byName.get('Irfan Hakim')!;
      await tx.insert(upgradeRequests).values({ subscriptionId: s.id, customerId: s.customerId, note: 'Minta naik kecepatan sementara.', status: 'rejected', handledBy: helpdesk.id, handledAt: at(workingDay(-9), 11), createdAt: at(workingDay(-10), 18) });
    }

    // 4. Complaints: helpdesk tickets of category complaint, linked to the subscription, with the
    //    who/when of each step, SLA instants from the default plan, ratings and complaint visits.
    for (const c of [...COMPLAINTS].sort((a, b) => b.openedDaysAgo - a.openedDaysAgo)) {
      const s = byName.get(c.who)!;
      const openedAt = new Date(now.getTime() - c.openedDaysAgo * DAY);
      const number = await nextTicketNumber(tx, zonedParts(openedAt, cal.timeZone).year);
      const eng = c.engineer ? people.get(c.engineer) : undefined;
      const reporter = c.who === 'demo' ? { name: 'Citra Lestari', email: 'customer@relasi.test', phone: '+6281200000006' } : { name: c.who, email: null, phone: SUBSCRIBERS.find((x) => x.name === c.who)!.phone };
      const instants = slaPlan ? computeInstants(openedAt, slaPlan, 0, cal) : null;
      // Each step a little later than the one before (business minutes), never in the future.
      const step = (n: number) => {
        const t = addBusinessMinutes(openedAt, n, cal);
        return t > now ? new Date(openedAt.getTime() + ((now.getTime() - openedAt.getTime()) * n) / 400) : t;
      };
      const reached = (s2: TicketStatus) => ORDER.indexOf(c.status) >= ORDER.indexOf(s2);
      const assignedAt = reached('assigned') ? step(10) : null;
      const acceptedAt = reached('accepted') ? step(25) : null;
      const dispatchedAt = reached('dispatched') ? step(40) : null;
      const startedAt = reached('in_progress') ? step(90) : null;
      const resolvedAt = reached('resolved') ? step(c.status === 'closed' && c.rating?.score === 3 ? 900 : 300) : null;
      const closedAt = reached('closed') ? step(1200) : null;
      const point = c.point ? points.get(c.point) ?? null : null;
      const sp = people.get('servicepoint@relasi.test')!;
      const running = !resolvedAt;
      const warnAt = instants && running ? (acceptedAt ? instants.resolutionWarnAt : instants.responseWarnAt) : null;
      const dueAt = instants && running ? (acceptedAt ? instants.resolutionDueAt : instants.responseDueAt) : null;
      const state = resolvedAt && instants ? slaStateAt(resolvedAt, instants.resolutionWarnAt, instants.resolutionDueAt) : slaStateAt(now, warnAt, dueAt);
      const id = randomUUID();
      await tx.insert(tickets).values({
        id,
        number,
        customerId: s.customerId,
        subscriptionId: s.id,
        slaPlanId: slaPlan?.id ?? null,
        reporterName: reporter.name,
        reporterPhone: reporter.phone,
        reporterEmail: reporter.email,
        category: 'complaint',
        priority: 'normal',
        summary: c.summary,
        detail: c.detail,
        status: c.status,
        servicePointId: assignedAt ? point : null,
        assigneeId: dispatchedAt ? (eng?.id ?? null) : null,
        createdBy: c.who === 'demo' ? demo.id : helpdesk.id,
        assignedBy: assignedAt ? helpdesk.id : null,
        assignedAt,
        acceptedBy: acceptedAt ? sp.id : null,
        acceptedAt,
        dispatchedBy: dispatchedAt ? sp.id : null,
        dispatchedAt,
        confirmedBy: startedAt ? (eng?.id ?? null) : null,
        confirmedAt: startedAt ? step(60) : null,
        startedAt,
        resolution: c.resolution ?? null,
        resolvedBy: resolvedAt ? (eng?.id ?? null) : null,
        resolvedAt,
        closedBy: closedAt ? helpdesk.id : null,
        closedAt,
        slaResponseMinutes: slaPlan?.responseMinutes ?? null,
        slaResolutionMinutes: slaPlan?.resolutionMinutes ?? null,
        slaWarningPercent: slaPlan?.warningPercent ?? null,
        slaPauseOnPending: slaPlan?.pauseOnPending ?? true,
        respondedAt: acceptedAt,
        ...(instants ?? {}),
        slaWarnAt: warnAt,
        slaDueAt: dueAt,
        slaState: state,
        idempotencyKey: randomUUID(),
        createdAt: openedAt,
        updatedAt: closedAt ?? resolvedAt ?? startedAt ?? dispatchedAt ?? acceptedAt ?? assignedAt ?? openedAt,
      });
      const timeline: Array<{ action: string; at: Date; actorId: string; actorRole: 'customer' | 'helpdesk' | 'service_point' | 'engineer'; after: object }> = [
        { action: 'ticket.create', at: openedAt, actorId: c.who === 'demo' ? demo.id : helpdesk.id, actorRole: c.who === 'demo' ? 'customer' : 'helpdesk', after: { number, status: 'new', customerId: s.customerId, category: 'complaint', priority: 'normal', summary: c.summary } },
      ];
      if (assignedAt) timeline.push({ action: 'ticket.assign', at: assignedAt, actorId: helpdesk.id, actorRole: 'helpdesk', after: { status: 'assigned', servicePointId: point } });
      if (acceptedAt) timeline.push({ action: 'ticket.accept', at: acceptedAt, actorId: sp.id, actorRole: 'service_point', after: { status: 'accepted' } });
      if (dispatchedAt && eng) timeline.push({ action: 'ticket.dispatch', at: dispatchedAt, actorId: sp.id, actorRole: 'service_point', after: { status: 'dispatched', assigneeId: eng.id } });
      if (startedAt && eng) {
        timeline.push({ action: 'ticket.confirm', at: step(60), actorId: eng.id, actorRole: 'engineer', after: { status: 'confirmed' } });
        timeline.push({ action: 'ticket.start', at: startedAt, actorId: eng.id, actorRole: 'engineer', after: { status: 'in_progress' } });
      }
      if (resolvedAt && eng) timeline.push({ action: 'ticket.resolve', at: resolvedAt, actorId: eng.id, actorRole: 'engineer', after: { status: 'resolved', resolution: c.resolution } });
      if (closedAt) timeline.push({ action: 'ticket.close', at: closedAt, actorId: helpdesk.id, actorRole: 'helpdesk', after: { status: 'closed' } });
      await tx.insert(auditLog).values(timeline.map((t) => ({ actorId: t.actorId, actorRole: t.actorRole, action: t.action, entityType: 'ticket', entityId: id, before: null, after: t.after, at: t.at })));
      if (c.rating && resolvedAt) {
        await tx.insert(ticketRatings).values({ ticketId: id, customerId: s.customerId, rating: c.rating.score, comment: c.rating.comment ?? null, engineerId: eng?.id ?? null, servicePointId: point, createdAt: new Date(Math.min(resolvedAt.getTime() + 4 * 3_600_000, now.getTime() - 60_000)) });
      }
      if (c.visit && eng) {
        const day = c.visit.day === 0 ? today : workingDay(c.visit.day);
        const startsAt = at(day, c.visit.hour);
        const visitId = randomUUID();
        // ON CONFLICT DO NOTHING also covers the exclusion constraint: a clash with a seeded survey is skipped.
        const inserted = await tx
          .insert(appointments)
          .values({
            id: visitId,
            resourceId: eng.id,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 60 * 60_000),
            kind: 'complaint',
            status: c.visit.status ?? 'booked',
            customerId: s.customerId,
            refType: 'ticket',
            refId: id,
            address: s.address,
            notes: c.visit.day >= 0 ? 'Bawa ONT dan adaptor cadangan.' : null,
            createdBy: helpdesk.id,
            createdAt: dispatchedAt ?? openedAt,
          })
          .onConflictDoNothing()
          .returning({ id: appointments.id });
        if (inserted.length) {
          await tx.insert(auditLog).values({
            actorId: helpdesk.id,
            actorRole: 'helpdesk',
            action: 'appointment.book',
            entityType: 'appointment',
            entityId: visitId,
            after: { resourceId: eng.id, startsAt, kind: 'complaint', refType: 'ticket', refId: id },
            at: dispatchedAt ?? openedAt,
          });
        }
      }
    }
    return byName.size;
  });
}

const ORDER: TicketStatus[] = ['new', 'assigned', 'accepted', 'dispatched', 'confirmed', 'in_progress', 'pending', 'resolved', 'closed', 'documented'];

