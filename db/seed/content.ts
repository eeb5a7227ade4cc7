// Demo content for module 3 (issue #5): the five static pages, 4 promos (2 public running, 1 for all
// customers, 1 for customers in Semarang — the demo customer is one), 3 news articles with covers,
// inquiries (open, answered, closed), reviews (approved and pending) on catalog items, and two
// campaigns: one approved and sent to a small segment, one waiting for a manager.
// Runs after the catalog seed (reviews need items). Idempotent: rows are found by slug / e-mail /
// presence and left alone once they exist. Pictures are drawn here as SVG and go through the same
// pipeline as staff uploads, so nothing is downloaded.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { campaigns, catalogItems, inquiries, inquiryReplies, media, newsArticles, promos, reviews, segments, staticPages, users } from '@/db/schema';
import { sendCampaign } from '@/lib/campaigns/send';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { encodeVariants } from '@/lib/media/pipeline';
import { recomputeItemRating } from '@/lib/reviews/service';
import { sanitizeRichText } from '@/lib/sanitize/html';
import { countSegment } from '@/lib/segments/evaluate';
import { SEED_PAGES } from './content-pages';

const DAY = 24 * 3600 * 1000;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A 1280 × 640 banner: gradient, soft shapes, a kicker and a two-line title. */
function bannerSvg(kicker: string, title: string, from: string, to: string): string {
  const words = title.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > 26 && line) {
      lines.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  lines.push(line);
  const text = lines
    .slice(0, 3)
    .map((l, i) => `<text x="90" y="${300 + i * 84}" font-size="72" font-weight="800">${esc(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="640" viewBox="0 0 1280 640">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="1280" height="640" fill="url(#g)"/>
  <circle cx="1100" cy="120" r="260" fill="#ffffff" fill-opacity="0.10"/>
  <circle cx="1180" cy="560" r="180" fill="#ffffff" fill-opacity="0.08"/>
  <g fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
    <text x="90" y="170" font-size="34" font-weight="700" letter-spacing="4" fill-opacity="0.85">${esc(kicker.toUpperCase())}</text>
    ${text}
  </g>
</svg>`;
}

async function picture(db: Db, svg: string, alt: string): Promise<string> {
  const img = await encodeVariants(Buffer.from(svg), { quality: 74, effort: 2 });
  await db.insert(media).values({ id: img.id, variants: img.variants, width: img.width, height: img.height, alt });
  return img.id;
}

async function seedPages(db: Db, adminId: string | null) {
  for (const p of SEED_PAGES) {
    await db.insert(staticPages).values({ slug: p.slug, title: p.title, body: sanitizeRichText(p.body), updatedBy: adminId }).onConflictDoNothing();
  }
}

async function ensureSegment(db: Db, name: string, criteria: Array<{ key: string; value: unknown }>, by: string | null) {
  const [found] = await db.select({ id: segments.id }).from(segments).where(eq(segments.name, name)).limit(1);
  if (found) return found.id;
  const [row] = await db.insert(segments).values({ name, criteria, createdBy: by }).returning({ id: segments.id });
  return row.id;
}

type PromoSeed = {
  slug: string;
  title: string;
  kicker: string;
  colors: [string, string];
  body: string;
  terms: string;
  startDays: number;
  endDays: number;
  voucherCode?: string;
  discountType?: 'percent' | 'amount';
  discountValue?: number;
  minSpendIdr?: number;
  audience: 'public' | 'all_customers' | 'segment';
  segment?: 'semarang';
};

const PROMOS: PromoSeed[] = [
  {
    slug: 'gratis-instalasi-jaringan-kantor',
    title: 'Gratis Biaya Instalasi Jaringan Kantor',
    kicker: 'Promo bulan ini',
    colors: ['#0f766e', '#134e4a'],
    body: `<p>Pindah kantor atau menambah ruangan? Nikmati <strong>gratis biaya instalasi</strong> untuk pemasangan jaringan kabel dan Wi-Fi kantor hingga 20 titik.</p>
<ul><li>Survei lokasi gratis oleh teknisi kami</li><li>Penarikan kabel UTP Cat6 dan pemasangan access point</li><li>Konfigurasi router, VLAN tamu, dan dokumentasi jaringan</li></ul>
<p>Cukup beli perangkat jaringan dari katalog kami, lalu ajukan jadwal survei.</p>`,
    terms: 'Berlaku untuk pembelian perangkat minimal Rp 5.000.000.\nMaksimal 20 titik jaringan per lokasi.\nBerlaku di kota yang memiliki service point kami.',
    startDays: -10,
    endDays: 40,
    voucherCode: 'KANTORBARU',
    discountType: 'amount',
    discountValue: 1_500_000,
    minSpendIdr: 5_000_000,
    audience: 'public',
  },
  {
    slug: 'diskon-router-wifi-6',
    title: 'Diskon 15% Router Wi-Fi 6',
    kicker: 'Wi-Fi lebih kencang',
    colors: ['#1d4ed8', '#0f172a'],
    body: `<p>Upgrade Wi-Fi rumah dan kantor Anda ke <strong>Wi-Fi 6</strong>: lebih cepat, lebih stabil, dan sanggup melayani lebih banyak perangkat sekaligus.</p>
<p>Gunakan kode voucher saat memesan router atau access point Wi-Fi 6 pilihan di katalog kami.</p>`,
    terms: 'Diskon 15% untuk router dan access point Wi-Fi 6.\nMinimal belanja Rp 750.000.\nSelama persediaan masih ada.',
    startDays: -3,
    endDays: 25,
    voucherCode: 'WIFI6HEMAT',
    discountType: 'percent',
    discountValue: 15,
    minSpendIdr: 750_000,
    audience: 'public',
  },
  {
    slug: 'cashback-pelanggan-setia',
    title: 'Cashback Rp 100.000 untuk Pelanggan Setia',
    kicker: 'Khusus pelanggan',
    colors: ['#be123c', '#4c0519'],
    body: `<p>Terima kasih telah menjadi pelanggan kami. Dapatkan <strong>potongan Rp 100.000</strong> untuk servis laptop, kontrak pemeliharaan, atau pembelian perangkat berikutnya.</p>`,
    terms: 'Minimal transaksi Rp 500.000.\nSatu kali pemakaian per pelanggan.',
    startDays: -1,
    endDays: 30,
    voucherCode: 'SETIA100',
    discountType: 'amount',
    discountValue: 100_000,
    minSpendIdr: 500_000,
    audience: 'all_customers',
  },
  {
    slug: 'upgrade-gratis-pelanggan-semarang',
    title: 'Upgrade Bandwidth Gratis untuk Pelanggan Semarang',
    kicker: 'Semarang',
    colors: ['#7c3aed', '#2e1065'],
    body: `<p>Service point Semarang kini punya jalur fiber baru. Untuk merayakannya, pelanggan di <strong>Kota Semarang</strong> mendapat <strong>upgrade kecepatan gratis 3 bulan</strong> dan pemeriksaan jaringan kantor tanpa biaya.</p>
<p>Ajukan lewat menu langganan di akun Anda, atau balas email promo ini.</p>`,
    terms: 'Khusus pelanggan dengan alamat di Kota Semarang.\nUpgrade berlaku 3 bulan sejak disetujui.',
    startDays: -2,
    endDays: 45,
    voucherCode: 'SMGFIBER',
    audience: 'segment',
    segment: 'semarang',
  },
];

const ARTICLES = [
  {
    slug: 'jaringan-fiber-baru-semarang',
    title: 'Jaringan Fiber Baru Menjangkau Semarang Timur',
    excerpt: 'Pelanggan di Pedurungan dan Tembalang kini bisa menikmati internet fiber hingga 300 Mbps.',
    kicker: 'Kabar jaringan',
    colors: ['#0f766e', '#042f2e'] as [string, string],
    days: -2,
    body: `<p>Mulai bulan ini, jaringan fiber optik kami menjangkau kecamatan <strong>Pedurungan</strong> dan <strong>Tembalang</strong> di Semarang. Perluasan ini menambah lebih dari 4.000 rumah dan 300 usaha yang dapat berlangganan.</p>
<h2>Apa yang berubah bagi pelanggan?</h2>
<ul><li>Paket hingga 300 Mbps tersedia di area baru.</li><li>Waktu pemasangan rata-rata 3 hari kerja setelah survei.</li><li>Teknisi service point Semarang siaga pada jam kerja.</li></ul>
<p>Cek apakah alamat Anda sudah terjangkau di halaman <a href="/coverage">Cek Jangkauan</a>.</p>`,
  },
  {
    slug: 'tips-wifi-kantor-stabil',
    title: '5 Tips Agar Wi-Fi Kantor Tetap Stabil',
    excerpt: 'Dari penempatan access point hingga pemisahan jaringan tamu, lima langkah sederhana dari teknisi kami.',
    kicker: 'Tips',
    colors: ['#1d4ed8', '#172554'] as [string, string],
    days: -9,
    body: `<p>Wi-Fi kantor yang lambat sering kali bukan soal kecepatan internet, melainkan tata letak dan pengaturan. Berikut saran teknisi kami:</p>
<ol><li><strong>Letakkan access point di tengah ruangan</strong>, di ketinggian, jauh dari dinding beton dan lemari besi.</li>
<li><strong>Gunakan kabel untuk perangkat tetap</strong> seperti PC, printer, dan mesin kasir.</li>
<li><strong>Pisahkan jaringan tamu</strong> agar tamu tidak mengganggu sistem kantor.</li>
<li><strong>Perbarui firmware</strong> router dan access point setiap beberapa bulan.</li>
<li><strong>Pantau pemakaian</strong> untuk menemukan perangkat yang menghabiskan bandwidth.</li></ol>
<blockquote>Butuh bantuan? Tim kami bisa melakukan survei Wi-Fi di kantor Anda.</blockquote>`,
  },
  {
    slug: 'jadwal-layanan-libur-akhir-tahun',
    title: 'Jadwal Layanan Helpdesk Selama Libur Akhir Tahun',
    excerpt: 'Helpdesk tetap melayani laporan gangguan; kunjungan teknisi mengikuti jadwal piket.',
    kicker: 'Pengumuman',
    colors: ['#b45309', '#451a03'] as [string, string],
    days: -20,
    body: `<p>Selama libur Natal dan Tahun Baru, kantor kami tutup pada tanggal merah dan cuti bersama. Namun:</p>
<ul><li>Laporan gangguan tetap dapat dibuat melalui akun pelanggan kapan saja.</li><li>Helpdesk piket melayani gangguan besar pukul 08.00–20.00 WIB.</li><li>Kunjungan teknisi dijadwalkan sesuai tim piket service point.</li></ul>
<p>Terima kasih atas pengertian Anda, dan selamat berlibur.</p>`,
  },
];

const INQUIRIES = [
  { name: 'Agus Salim', email: 'agus.salim@contoh.test', phone: '+6281233334444', topic: 'product', status: 'open' as const, days: 0, message: 'Selamat siang, saya butuh 6 kamera CCTV untuk toko dua lantai. Apakah ada paket lengkap dengan pemasangan di Bekasi? Mohon info harga.' },
  { name: 'Ratna Dewi', email: 'ratna.dewi@contoh.test', phone: null, topic: 'service', status: 'open' as const, days: 1, message: 'Laptop kantor saya sering mati sendiri saat dipakai lama. Apakah bisa diservis di tempat atau harus dibawa ke service point?' },
  {
    name: 'Bambang Wicaksono',
    email: 'bambang.w@contoh.test',
    phone: '+6285677778888',
    topic: 'partnership',
    status: 'answered' as const,
    days: 4,
    message: 'Kami pengelola perumahan di Ungaran dan tertarik bekerja sama untuk penyediaan internet bagi 120 rumah. Siapa yang bisa kami hubungi?',
    reply: 'Terima kasih, Pak Bambang. Tim kemitraan kami akan menghubungi Bapak minggu ini untuk menjadwalkan survei lokasi. Mohon siapkan denah perumahan bila ada.',
  },
  {
    name: 'Lina Marlina',
    email: 'lina.marlina@contoh.test',
    phone: null,
    topic: 'order',
    status: 'closed' as const,
    days: 12,
    message: 'Apakah pembayaran bisa dilakukan dua kali (DP dan pelunasan) untuk pembelian perangkat kantor?',
    reply: 'Untuk pembelian di atas Rp 10.000.000 oleh perusahaan, kami dapat membuat penawaran dengan DP 50%. Silakan kirim daftar barang ke email kami.',
  },
];

const REVIEWS = [
  { rating: 5, status: 'approved' as const, body: 'Barang original, pengiriman cepat, dan teknisinya membantu konfigurasi lewat telepon. Mantap!' },
  { rating: 4, status: 'approved' as const, body: 'Sinyal jauh lebih stabil dibanding router lama. Kurang satu bintang karena manualnya berbahasa Inggris.' },
  { rating: 5, status: 'approved' as const, body: 'Dipakai di kantor 25 orang, tidak ada keluhan putus-putus lagi.' },
  { rating: 3, status: 'pending' as const, body: 'Produk bagus, tapi kemasan agak penyok saat sampai. Semoga bisa diperbaiki.' },
  { rating: 2, status: 'pending' as const, body: 'Pemasangan molor sehari dari jadwal, tapi hasilnya rapi.' },
];

export async function seedContent(db: Db): Promise<void> {
  const staff = new Map(
    (await db.select({ id: users.id, email: users.email, role: users.role, name: users.name }).from(users).where(inArray(users.email, ['admin@relasi.test', 'helpdesk@relasi.test', 'manager@relasi.test']))).map((u) => [u.email, u]),
  );
  const admin = staff.get('admin@relasi.test')?.id ?? null;
  const helpdesk = staff.get('helpdesk@relasi.test') ?? null;
  const manager = staff.get('manager@relasi.test') ?? null;
  const now = Date.now();

  await seedPages(db, admin);

  // Segments
  const semarang = await ensureSegment(db, 'Pelanggan Kota Semarang', [{ key: 'city', value: ['Semarang'] }], helpdesk?.id ?? null);
  await ensureSegment(
    db,
    'Perusahaan aktif 90 hari terakhir',
    [
      { key: 'customer_type', value: ['company'] },
      { key: 'active_within_days', value: 90 },
    ],
    helpdesk?.id ?? null,
  );
  await ensureSegment(db, 'Pelanggan dengan tiket terbuka', [{ key: 'has_open_ticket', value: true }], helpdesk?.id ?? null);

  // Promos (banner drawn once, when the promo is first created)
  const promoIds = new Map<string, string>();
  for (const p of PROMOS) {
    const [found] = await db.select({ id: promos.id }).from(promos).where(eq(promos.slug, p.slug)).limit(1);
    if (found) {
      promoIds.set(p.slug, found.id);
      continue;
    }
    const bannerMediaId = await picture(db, bannerSvg(p.kicker, p.title, p.colors[0], p.colors[1]), p.title);
    const [row] = await db
      .insert(promos)
      .values({
        slug: p.slug,
        title: p.title,
        bannerMediaId,
        body: sanitizeRichText(p.body),
        terms: p.terms,
        startsAt: new Date(now + p.startDays * DAY),
        endsAt: new Date(now + p.endDays * DAY),
        voucherCode: p.voucherCode ?? null,
        discountType: p.discountType ?? null,
        discountValue: p.discountValue ?? null,
        minSpendIdr: p.minSpendIdr ?? null,
        audience: p.audience,
        segmentId: p.segment === 'semarang' ? semarang : null,
        status: 'published',
        createdBy: helpdesk?.id ?? null,
      })
      .returning({ id: promos.id });
    promoIds.set(p.slug, row.id);
  }

  // News
  for (const a of ARTICLES) {
    const [found] = await db.select({ id: newsArticles.id }).from(newsArticles).where(eq(newsArticles.slug, a.slug)).limit(1);
    if (found) continue;
    const coverMediaId = await picture(db, bannerSvg(a.kicker, a.title, a.colors[0], a.colors[1]), a.title);
    await db.insert(newsArticles).values({
      slug: a.slug,
      title: a.title,
      excerpt: a.excerpt,
      body: sanitizeRichText(a.body),
      coverMediaId,
      status: 'published',
      publishedAt: new Date(now + a.days * DAY),
      authorId: admin,
    });
  }

  // Inquiries (only on a first run: they have no natural key)
  const [{ n: inquiryCount }] = await db.select({ n: count() }).from(inquiries);
  if (inquiryCount === 0) {
    for (const q of INQUIRIES) {
      const createdAt = new Date(now - q.days * DAY - 3 * 3600 * 1000);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(inquiries)
          .values({ name: q.name, email: q.email, phone: q.phone, topic: q.topic, message: q.message, status: q.status, createdAt, updatedAt: createdAt })
          .returning({ id: inquiries.id });
        if (q.reply && helpdesk) {
          const [reply] = await tx
            .insert(inquiryReplies)
            .values({ inquiryId: row.id, authorId: helpdesk.id, body: q.reply, createdAt: new Date(createdAt.getTime() + 5 * 3600 * 1000) })
            .returning({ id: inquiryReplies.id });
          const outboxId = await enqueueMessage(tx, {
            to: q.email,
            template: 'inquiry-reply',
            locale: 'id',
            data: { name: q.name, topic: q.topic, question: q.message, answer: q.reply, staffName: helpdesk.name },
            dedupeKey: `inquiry-reply:${reply.id}`,
          });
          await tx.update(inquiryReplies).set({ outboxId }).where(eq(inquiryReplies.id, reply.id));
        }
      });
    }
  }

  // Reviews by subscriber contacts on featured catalog items (after the catalog seed)
  const [{ n: reviewCount }] = await db.select({ n: count() }).from(reviews);
  if (reviewCount === 0) {
    const items = await db.select({ id: catalogItems.id }).from(catalogItems).where(and(eq(catalogItems.active, true), eq(catalogItems.featured, true))).orderBy(asc(catalogItems.sku)).limit(2);
    const authors = await db
      .select({ id: users.id, customerId: users.customerId })
      .from(users)
      .where(and(eq(users.role, 'customer'), eq(users.status, 'active')))
      .orderBy(asc(users.email))
      .limit(REVIEWS.length);
    for (const [i, item] of items.entries()) {
      await db.transaction(async (tx) => {
        for (const [j, r] of REVIEWS.entries()) {
          const a = authors[(j + i) % authors.length];
          if (!a?.customerId || (i === 1 && j > 2)) continue;
          await tx
            .insert(reviews)
            .values({ itemId: item.id, customerId: a.customerId, userId: a.id, rating: r.rating, body: r.body, status: r.status, moderatedBy: r.status === 'approved' ? (helpdesk?.id ?? null) : null, moderatedAt: r.status === 'approved' ? new Date(now - (j + 1) * DAY) : null, createdAt: new Date(now - (j + 2) * DAY) })
            .onConflictDoNothing();
        }
        await recomputeItemRating(tx, item.id);
      });
    }
  }

  // Campaigns: one approved and sent to the Semarang segment, one waiting for a manager.
  const [{ n: campaignCount }] = await db.select({ n: count() }).from(campaigns);
  if (campaignCount === 0 && helpdesk && manager) {
    const criteria = [{ key: 'city', value: ['Semarang'] }];
    const audienceCount = await countSegment(criteria);
    const [sent] = await db
      .insert(campaigns)
      .values({
        promoId: promoIds.get('upgrade-gratis-pelanggan-semarang')!,
        channel: 'email',
        status: 'approved',
        segmentId: semarang,
        criteriaSnapshot: { audience: 'segment', segmentName: 'Pelanggan Kota Semarang', criteria },
        audienceCount,
        requestedBy: helpdesk.id,
        approvedBy: manager.id,
        approvedAt: new Date(now - DAY),
        createdAt: new Date(now - 2 * DAY),
      })
      .returning({ id: campaigns.id });
    // Recipients and outbox rows now; the worker delivers them and marks the campaign done.
    await sendCampaign(sent.id);
    await db.insert(campaigns).values({
      promoId: promoIds.get('cashback-pelanggan-setia')!,
      channel: 'email',
      status: 'pending_approval',
      requestedBy: helpdesk.id,
      createdAt: new Date(now - 3600 * 1000),
    });
  }
}
