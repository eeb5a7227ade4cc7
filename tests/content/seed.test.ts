// The demo content (db/seed/content.ts): the five static pages, four promos (two public running, one
// for all customers, one for Semarang), three news articles with pictures, inquiries, reviews on
// catalog items, a sent campaign and one awaiting approval — and a second run adds nothing.
import { rmSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/relasi-contentseed-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/db/client';
import { campaignRecipients, campaigns, catalogItems, inquiries, newsArticles, outbox, promos, reviews, staticPages } from '@/db/schema';
import { seedContent } from '@/db/seed/content';
import { STATIC_PAGE_SLUGS } from '@/lib/content/constants';
import { listActivePublicPromos } from '@/lib/promos/public';
import { listLatestNews } from '@/lib/news/public';
import { customerMatches } from '@/lib/segments/evaluate';
import { createItem } from '../helpers/catalog-factories';
import { createCustomer, createUser } from '../helpers/factories';

afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

const tally = async () => ({
  pages: (await db.select({ n: count() }).from(staticPages))[0].n,
  promos: (await db.select({ n: count() }).from(promos))[0].n,
  news: (await db.select({ n: count() }).from(newsArticles))[0].n,
  inquiries: (await db.select({ n: count() }).from(inquiries))[0].n,
  reviews: (await db.select({ n: count() }).from(reviews))[0].n,
  campaigns: (await db.select({ n: count() }).from(campaigns))[0].n,
  outbox: (await db.select({ n: count() }).from(outbox))[0].n,
});

describe('seedContent', () => {
  it('creates the demo content once', async () => {
    await createUser('admin', { email: 'admin@relasi.test' });
    await createUser('helpdesk', { email: 'helpdesk@relasi.test' });
    await createUser('manager', { email: 'manager@relasi.test' });
    const semarang = await createCustomer({ name: 'CV Lestari Jaya', city: 'Semarang', email: 'lestari@example.test' });
    await createUser('customer', { customerId: semarang.id });
    for (let i = 0; i < 4; i++) await createUser('customer');
    for (let i = 0; i < 3; i++) await createItem({ featured: true });

    await seedContent(db);
    const first = await tally();
    expect(first).toMatchObject({ pages: STATIC_PAGE_SLUGS.length, promos: 4, news: 3, inquiries: 4, campaigns: 2 });
    expect(first.reviews).toBeGreaterThanOrEqual(5);

    // two public promos are running, the newest news come first, ratings follow the approved reviews
    expect((await listActivePublicPromos()).map((p) => p.slug).sort()).toEqual(['diskon-router-wifi-6', 'gratis-instalasi-jaringan-kantor']);
    expect((await listLatestNews(3)).map((n) => n.slug)).toEqual(['jaringan-fiber-baru-semarang', 'tips-wifi-kantor-stabil', 'jadwal-layanan-libur-akhir-tahun']);
    const rated = await db.select({ n: catalogItems.ratingCount }).from(catalogItems).where(eq(catalogItems.featured, true));
    expect(rated.some((r) => r.n > 0)).toBe(true);

    // the Semarang promo's segment matches the Semarang customer; the sent campaign reached them
    const [smg] = await db.select({ segmentId: promos.segmentId }).from(promos).where(eq(promos.slug, 'upgrade-gratis-pelanggan-semarang'));
    const { segments } = await import('@/db/schema');
    const [seg] = await db.select({ criteria: segments.criteria }).from(segments).where(eq(segments.id, smg.segmentId!));
    expect(await customerMatches(semarang.id, seg.criteria)).toBe(true);
    const recipients = await db.select().from(campaignRecipients);
    expect(recipients.map((r) => r.customerId)).toEqual([semarang.id]);
    const statuses = (await db.select({ s: campaigns.status }).from(campaigns)).map((c) => c.s).sort();
    expect(statuses).toEqual(['pending_approval', 'sending']);

    await seedContent(db);
    expect(await tally()).toEqual(first);
  });
});
