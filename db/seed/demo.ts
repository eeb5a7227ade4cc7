// Demo data for a fresh installation: a company profile, one account per role, news and a customer.
// Idempotent: running it again resets the demo accounts' passwords and leaves other data alone.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { customers, helpdeskNews, notifications, settings, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedHelpdeskMaster } from './helpdesk-master';
import { seedHelpdeskTickets } from './helpdesk-tickets';
import { seedIspPublic } from './isp-public';
import { seedIspOps } from './isp-ops';
import { seedCatalog } from './catalog';
import { seedContent } from './content';
import { DEFAULT_SETTINGS, type AppSettings } from '@/lib/settings/schemas';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

const DEMO_SETTINGS: AppSettings = {
  ...DEFAULT_SETTINGS,
  company: {
    ...DEFAULT_SETTINGS.company,
    name: 'PT Nusantara Layanan Digital',
    tagline: 'Layanan IT, internet, dan dukungan lapangan di seluruh Indonesia',
    about:
      'Kami melayani perusahaan dan rumah tangga dengan instalasi jaringan, layanan internet, dan dukungan engineer di lokasi. Helpdesk kami siap menerima laporan setiap hari kerja, dan service point kami tersebar di berbagai kota.',
    vision: 'Menjadi mitra teknologi yang paling dipercaya pelanggan di Indonesia, cepat tanggap dan dekat dengan pelanggan.',
    address: 'Jl. Jenderal Sudirman No. 45, Setiabudi',
    city: 'Jakarta Selatan',
    phone: '+62215550123',
    whatsapp: '+6281100002026',
    email: 'halo@nusantara-layanan.test',
    mapUrl: 'https://maps.google.com/?q=-6.2146,106.8185',
    instagram: 'https://instagram.com/nusantaralayanan',
    facebook: 'https://facebook.com/nusantaralayanan',
    youtube: '',
    tiktok: '',
  },
};

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from users`);
  return Number(row.n) === 0;
}

export async function isDemoDatabase(db: Db): Promise<boolean> {
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, 'demo')).limit(1);
  return !!row;
}

export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(DEMO_SETTINGS)) {
      await tx.insert(settings).values({ key, value }).onConflictDoNothing();
    }
    await tx.insert(settings).values({ key: 'demo', value: { seededAt: new Date().toISOString() } }).onConflictDoNothing();

    let [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.email, 'customer@relasi.test')).limit(1);
    if (!customer) {
      [customer] = await tx
        .insert(customers)
        .values({
          name: 'CV Lestari Jaya',
          type: 'company',
          address: 'Jl. Pemuda No. 12',
          city: 'Semarang',
          phone: '+62247600123',
          email: 'customer@relasi.test',
          notes: 'Pelanggan demo',
        })
        .returning({ id: customers.id });
    }

    const now = new Date();
    for (const a of DEMO_ACCOUNTS) {
      const values = {
        email: a.email,
        name: a.name,
        role: a.role,
        phone: a.phone,
        passwordHash,
        status: 'active' as const,
        emailVerifiedAt: now,
        customerId: a.role === 'customer' ? customer.id : null,
        locale: 'id' as const,
      };
      const [user] = await tx
        .insert(users)
        .values(values)
        .onConflictDoUpdate({ target: users.email, set: { passwordHash, status: 'active', role: a.role, sessionVersion: sql`${users.sessionVersion} + 1` } })
        .returning({ id: users.id, inserted: sql<boolean>`xmax = 0` });
      if (user.inserted) {
        await tx.insert(notifications).values({ userId: user.id, kind: 'welcome', params: { name: a.name } });
      }
    }

    const [{ n }] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from helpdesk_news`);
    if (Number(n) === 0) {
      const day = 24 * 60 * 60 * 1000;
      await tx.insert(helpdeskNews).values([
        {
          title: 'Pemeliharaan server email Sabtu malam',
          body: 'Layanan email pelanggan akan dipelihara pada Sabtu pukul 22.00–24.00 WIB. Mohon informasikan kepada pelanggan yang menelepon.',
          publishAt: new Date(now.getTime() - day),
          expiresAt: new Date(now.getTime() + 6 * day),
          audience: 'all',
        },
        {
          title: 'Target SLA bulan ini',
          body: 'Kepatuhan SLA bulan lalu 94%. Target bulan ini 97%: konfirmasi tiket baru dalam 1 jam kerja.',
          publishAt: new Date(now.getTime() - 2 * day),
          expiresAt: new Date(now.getTime() + 20 * day),
          audience: 'staff',
        },
        {
          title: 'Pengumuman lama (kedaluwarsa)',
          body: 'Contoh berita yang sudah kedaluwarsa dan tidak tampil di dasbor.',
          publishAt: new Date(now.getTime() - 30 * day),
          expiresAt: new Date(now.getTime() - 10 * day),
          audience: 'all',
        },
      ]);
    }

    await seedHelpdeskMaster(tx, { passwordHash });
  });
  // After the commit: the tickets refer to the master data above.
  await seedHelpdeskTickets(db);
  // All of Indonesia's areas (a few seconds), then plans, coverage, leads and applications.
  await seedIspPublic(db, { passwordHash });
  // Subscribers of varied tenure, upgrade rules and upgrades, complaints and this week's visits.
  await seedIspOps(db);
  // 11 categories and 64 goods and services, each with a generated picture (a few seconds).
  await seedCatalog(db);
  // Static pages, promos with banners, news, inquiries, reviews (on catalog items) and campaigns.
  await seedContent(db);
}
