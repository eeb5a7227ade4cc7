// Used by scripts/bench-public.mjs (run with tsx and the server-only hook):
//   prepare <n>          starts the database like `npm start` does (RELASI_DATA_DIR, RELASI_PG_PORT;
//                        migrations, the demo seed on an empty database), runs `load <n>`, stops it again
//   load <n>             (DATABASE_URL set) makes the catalog hold n generated items besides the demo's:
//                        goods and services in every leaf category with realistic Indonesian names (type,
//                        brand, series, model, feature, purpose — so trigram search has work), prices,
//                        stock, specs, three years of creation dates, 1 % featured, 3 % inactive, each with
//                        one of the demo pictures of its category. Batched multi-row inserts in one
//                        transaction (about 10 s for 50,000); idempotent (items are found by their
//                        BENCH- SKU).
//   search <runs> <q>…   (DATABASE_URL set) times the public search for each q — searchCatalog in
//                        lib/catalog/public.ts, the code the search page runs — and prints the EXPLAIN
//                        ANALYZE of its listing statement as the app sends it.
// Each prints one line `@@json {…}`. Modules that read the environment are imported only once the
// database is known (prepare sets DATABASE_URL).
import type postgres from 'postgres';
import { SEED_CATEGORIES } from '@/db/seed/catalog-data';
import { slugify } from '@/lib/catalog/slug';
import type * as PublicCatalog from '@/lib/catalog/public';
import type * as CatalogSchemas from '@/lib/catalog/schemas';

/** Filled below, once the database is known. */
const rt = {} as { sql: postgres.Sql; catalog: typeof PublicCatalog; schemas: typeof CatalogSchemas };

type Line = {
  kind: 'good' | 'service';
  types: string[];
  brands: string[];
  series: string[];
  features: string[];
  purposes: string[];
  price: [number, number];
  weight?: [number, number];
  duration?: [number, number];
  specs: Array<[string, string[]]>;
};

const CITIES = ['Jakarta Selatan', 'Jakarta Barat', 'Bandung', 'Surabaya', 'Semarang', 'Medan', 'Makassar', 'Denpasar', 'Yogyakarta', 'Palembang', 'Balikpapan', 'Malang', 'Bekasi', 'Tangerang', 'Bogor', 'Pekanbaru'];
const WARRANTY = ['Garansi resmi 1 tahun', 'Garansi distributor 2 tahun', 'Garansi toko 6 bulan', 'Garansi seumur hidup terbatas'];

/** Product lines per leaf category of the demo catalog (slugs from db/seed/catalog-data.ts). */
const LINES: Record<string, Line> = {
  router: {
    kind: 'good',
    types: ['Router', 'Router Wi-Fi', 'Modem Router 4G', 'ONT Fiber', 'Router Kantor', 'Router Load Balance', 'Router VPN'],
    brands: ['MikroTik', 'TP-Link', 'Ubiquiti', 'Huawei', 'ZTE', 'Tenda', 'Ruijie', 'Cisco', 'Totolink', 'Mercusys', 'Asus', 'Netgear'],
    series: ['hAP', 'RB', 'hEX', 'Archer', 'EdgeRouter', 'Deco', 'Reyee', 'RT', 'EX', 'AX', 'Nova', 'Orbi'],
    features: ['Dual Band', 'Wi-Fi 6', 'AX1800', 'AC1200', 'AX3000', 'Gigabit', 'Mesh', 'Rackmount', 'Cat 6 LTE', 'Hemat Daya'],
    purposes: ['untuk Rumah', 'untuk Kantor Kecil', 'untuk Kos', 'untuk Toko', 'untuk Sekolah', 'untuk Warnet', 'Paket Hemat'],
    price: [250_000, 6_500_000],
    weight: [250, 1800],
    specs: [['Port', ['4 × LAN Gigabit', '5 × Gigabit', '8 × Gigabit, 1 × SFP', '2 × LAN Fast Ethernet']], ['Standar', ['Wi-Fi 6 (802.11ax)', 'Wi-Fi 5 (802.11ac)', 'Wi-Fi 4 (802.11n)']], ['Antena', ['2 antena eksternal', '4 antena eksternal', 'Antena internal']]],
  },
  'access-point': {
    kind: 'good',
    types: ['Access Point', 'Access Point Outdoor', 'Antena Sektoral', 'Radio Point-to-Point', 'Mesh Wi-Fi', 'Penguat Sinyal Wi-Fi', 'Antena Grid'],
    brands: ['Ubiquiti', 'TP-Link', 'MikroTik', 'Ruijie', 'Cambium', 'Grandstream', 'Aruba', 'Tenda', 'Mimosa'],
    series: ['UniFi U6', 'Omada EAP', 'cAP', 'LiteBeam', 'NanoStation', 'PowerBeam', 'Reyee RAP', 'ePMP', 'GWN', 'Instant On'],
    features: ['Dual Band', 'Wi-Fi 6', 'PoE', '5 GHz', '23 dBi', 'Tahan Cuaca', 'Plafon', 'Long Range', 'MU-MIMO'],
    purposes: ['untuk Hotel', 'untuk Kafe', 'untuk Gudang', 'untuk Kampus', 'untuk RT/RW Net', 'untuk Kantor', 'untuk Rumah Bertingkat'],
    price: [350_000, 7_500_000],
    weight: [200, 2500],
    specs: [['Frekuensi', ['2,4 GHz', '5 GHz', '2,4 dan 5 GHz']], ['Daya', ['PoE 802.3af', 'PoE+ 802.3at', 'Passive PoE 24 V', 'Adaptor 12 V']], ['Jangkauan', ['Hingga 30 m', 'Hingga 150 m²', 'Hingga 15 km point-to-point']]],
  },
  switch: {
    kind: 'good',
    types: ['Switch', 'Switch PoE', 'Switch Managed', 'Switch Gigabit', 'Switch Hub', 'Switch Industri'],
    brands: ['TP-Link', 'D-Link', 'Cisco', 'MikroTik', 'Ruijie', 'HPE Aruba', 'Netgear', 'Tenda', 'Ubiquiti'],
    series: ['TL-SG', 'DES', 'DGS', 'CBS', 'CRS', 'CSS', 'RG-ES', 'GS', 'TEG', 'USW'],
    features: ['8 Port', '16 Port', '24 Port', '48 Port', '5 Port', 'SFP+', 'Rackmount', 'Desktop', 'VLAN', 'Layer 3'],
    purposes: ['untuk Kantor', 'untuk CCTV', 'untuk Server', 'untuk Lab Komputer', 'untuk Kasir', 'untuk Pabrik'],
    price: [90_000, 9_000_000],
    weight: [150, 4500],
    specs: [['Port', ['5 × Fast Ethernet', '8 × Gigabit', '24 × Gigabit, 4 × SFP', '48 × Gigabit, 4 × SFP+']], ['Tipe', ['Unmanaged', 'Smart managed', 'Managed L2+', 'Managed L3']], ['Casing', ['Plastik', 'Logam', 'Logam rackmount 1U']]],
  },
  'kabel-aksesoris': {
    kind: 'good',
    types: ['Kabel UTP', 'Kabel Fiber Optik', 'Konektor RJ45', 'Patch Cord', 'Patch Panel', 'Rak Server', 'Tang Crimping', 'Kabel Drop Core', 'Splitter Fiber', 'Keystone Jack', 'Kabel Power'],
    brands: ['Belden', 'AMP', 'Panduit', 'Commscope', 'Vention', 'Ugreen', 'Krisbow', 'Indorack', 'Fiberhome', 'Furukawa'],
    series: ['Cat5e', 'Cat6', 'Cat6A', 'Single Mode', 'Multi Mode', 'SC-UPC', 'LC-LC', '1U', '2U', 'Wallmount'],
    features: ['305 m', '100 m', '50 m', '3 m', '1 m', 'Isi 100', 'Outdoor', 'Biru', 'Abu-abu', 'Tembaga Murni'],
    purposes: ['untuk Instalasi Gedung', 'untuk FTTH', 'untuk Rak Server', 'untuk CCTV', 'Paket Teknisi', 'Eceran'],
    price: [15_000, 4_500_000],
    weight: [50, 12000],
    specs: [['Panjang', ['1 meter', '3 meter', '50 meter', '305 meter per dus']], ['Bahan', ['Tembaga murni', 'CCA', 'Serat kaca', 'Baja dingin']], ['Warna', ['Biru', 'Abu-abu', 'Hitam', 'Kuning']]],
  },
  'cctv-keamanan': {
    kind: 'good',
    types: ['Kamera CCTV', 'Kamera IP', 'Kamera Dome', 'Kamera Bullet', 'DVR', 'NVR', 'Paket CCTV', 'Kamera Wi-Fi', 'Video Doorbell', 'Harddisk CCTV'],
    brands: ['Hikvision', 'Dahua', 'Ezviz', 'Imou', 'Uniview', 'Hilook', 'SPC', 'Xiaomi', 'Seagate SkyHawk', 'WD Purple'],
    series: ['DS-2CD', 'IPC-HFW', 'C6N', 'Ranger', 'IPC2122', 'THC-B', 'XVR', 'Bullet 2C', 'Cruiser', 'ColorVu'],
    features: ['2 MP', '4 MP', '5 MP', '8 MP 4K', 'Full Color', 'Night Vision', 'Audio Dua Arah', 'Tahan Air IP67', '4 Kamera', '8 Kamera'],
    purposes: ['untuk Rumah', 'untuk Toko', 'untuk Gudang', 'untuk Parkiran', 'untuk Kantor', 'untuk Perumahan'],
    price: [180_000, 12_000_000],
    weight: [200, 5000],
    specs: [['Resolusi', ['1080p', '2K', '4K']], ['Lensa', ['2,8 mm', '3,6 mm', '4 mm', '2,8–12 mm varifokal']], ['Penyimpanan', ['MicroSD hingga 256 GB', 'Harddisk 1 TB', 'Harddisk 2 TB', 'Cloud']]],
  },
  'ups-kelistrikan': {
    kind: 'good',
    types: ['UPS', 'Stabilizer', 'Baterai UPS', 'Inverter', 'Stop Kontak', 'Panel Surya Mini', 'Arrester Petir', 'PDU Rak'],
    brands: ['APC', 'ICA', 'Prolink', 'Vektor', 'Matsunaga', 'Eaton', 'Panasonic', 'Yuasa', 'Broco', 'Schneider'],
    series: ['Back-UPS', 'Smart-UPS', 'CE', 'SN', 'Pro', 'PRO700', 'Line Interactive', 'Online', 'VRLA', 'Easy'],
    features: ['650 VA', '1200 VA', '2000 VA', '3 kVA', '500 W', '1000 W', '12 V 7 Ah', '8 Lubang', 'Sine Wave', 'Rackmount'],
    purposes: ['untuk Komputer', 'untuk Server', 'untuk Kasir', 'untuk Router', 'untuk Kantor', 'untuk Rumah'],
    price: [60_000, 15_000_000],
    weight: [300, 25000],
    specs: [['Kapasitas', ['650 VA / 360 W', '1200 VA / 600 W', '2000 VA / 1200 W', '3000 VA / 2700 W']], ['Cadangan', ['5–10 menit', '15 menit', '30 menit']], ['Keluaran', ['Simulated sine wave', 'Pure sine wave', 'Sine wave']]],
  },
  'servis-komputer': {
    kind: 'service',
    types: ['Servis Laptop', 'Servis Komputer', 'Servis Printer', 'Ganti Layar Laptop', 'Ganti Keyboard Laptop', 'Upgrade SSD', 'Pembersihan Laptop', 'Instal Ulang Windows', 'Pemulihan Data'],
    brands: ['Asus', 'Acer', 'Lenovo', 'HP', 'Dell', 'Toshiba', 'MSI', 'Epson', 'Canon', 'Brother'],
    series: ['VivoBook', 'Aspire', 'ThinkPad', 'IdeaPad', 'Pavilion', 'Inspiron', 'Latitude', 'L3110', 'Pixma', 'Modern'],
    features: ['Ekspres', 'Satu Hari', 'Bergaransi', 'Datang ke Lokasi', 'Antar Jemput', 'Termasuk Suku Cadang'],
    purposes: CITIES.map((c) => `di ${c}`),
    price: [75_000, 2_500_000],
    duration: [30, 480],
    specs: [['Garansi servis', ['7 hari', '30 hari', '90 hari']], ['Lokasi', ['Di bengkel', 'Di tempat pelanggan', 'Antar jemput']], ['Pembayaran', ['Setelah selesai', 'Uang muka 50 %']]],
  },
  'instalasi-jaringan': {
    kind: 'service',
    types: ['Instalasi Jaringan', 'Instalasi CCTV', 'Penarikan Kabel UTP', 'Instalasi Fiber Optik', 'Instalasi Access Point', 'Konfigurasi MikroTik', 'Survei Jaringan', 'Instalasi Hotspot', 'Terminasi Fiber'],
    brands: ['Kantor', 'Rumah', 'Gedung', 'Pabrik', 'Sekolah', 'Hotel', 'Ruko', 'Gudang', 'Rumah Sakit', 'Kampus'],
    series: ['4 Titik', '8 Titik', '16 Titik', '24 Titik', '1 Lantai', '2 Lantai', '3 Lantai', '100 m', '500 m', '1 km'],
    features: ['Termasuk Material', 'Jasa Saja', 'Bergaransi', 'Dengan Sertifikasi', 'Malam Hari', 'Akhir Pekan'],
    purposes: CITIES.map((c) => `di ${c}`),
    price: [250_000, 25_000_000],
    duration: [60, 2880],
    specs: [['Teknisi', ['1 orang', '2 orang', 'Tim 4 orang']], ['Garansi pekerjaan', ['30 hari', '90 hari', '1 tahun']], ['Laporan', ['Foto dan denah', 'Hasil uji kabel', 'Dokumen as-built']]],
  },
  'kontrak-pemeliharaan': {
    kind: 'service',
    types: ['Kontrak Pemeliharaan', 'Pemeliharaan Jaringan', 'Pemeliharaan CCTV', 'Pemeliharaan Server', 'Dukungan IT Bulanan', 'Pemeliharaan UPS', 'Helpdesk Jarak Jauh'],
    brands: ['Kantor', 'Toko', 'Klinik', 'Sekolah', 'Hotel', 'Pabrik', 'Bank', 'Koperasi', 'Restoran', 'Apotek'],
    series: ['Bulanan', 'Triwulan', 'Tahunan', 'Paket Dasar', 'Paket Standar', 'Paket Premium', 'SLA 4 Jam', 'SLA 24 Jam'],
    features: ['10 Perangkat', '25 Perangkat', '50 Perangkat', '100 Perangkat', '5 Kamera', '20 Kamera', '1 Server', '3 Server'],
    purposes: CITIES.map((c) => `di ${c}`),
    price: [500_000, 40_000_000],
    duration: [120, 960],
    specs: [['Kunjungan', ['1 × sebulan', '2 × sebulan', 'Setiap minggu']], ['Waktu respons', ['4 jam', '8 jam', '24 jam']], ['Laporan', ['Bulanan', 'Triwulan']]],
  },
};

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same catalog. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BENCH_SKU = 'BENCH-';

async function load(n: number) {
  const started = Date.now();
  const [{ have }] = await rt.sql<{ have: number }[]>`select count(*)::int as have from catalog_items where sku like ${`${BENCH_SKU}%`}`;
  const cats = await rt.sql<{ id: string; slug: string }[]>`select id, slug from catalog_categories where slug in ${rt.sql(Object.keys(LINES))}`;
  const catId = new Map(cats.map((c) => [c.slug, c.id]));
  const slugs = Object.keys(LINES).filter((s) => catId.has(s));
  if (!slugs.length) throw new Error('the demo categories are missing (run the demo seed first)');
  // The demo's pictures per category, reused by the generated items of that category.
  const pics = await rt.sql<{ category_id: string; media_id: string }[]>`
    select distinct on (ci.media_id) i.category_id, ci.media_id from catalog_images ci join catalog_items i on i.id = ci.item_id
     where i.sku not like ${`${BENCH_SKU}%`} order by ci.media_id`;
  const picsOf = new Map<string, string[]>();
  for (const p of pics) picsOf.set(p.category_id, [...(picsOf.get(p.category_id) ?? []), p.media_id]);
  const color = new Map(SEED_CATEGORIES.map((c) => [c.slug, c.name]));

  const random = rng(20261125);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const between = ([lo, hi]: [number, number], step = 1) => Math.round((lo + random() * (hi - lo)) / step) * step;
  const now = Date.now();
  const threeYears = 3 * 365 * 86_400_000;
  // Weights: more goods than services, like a shop that also services what it sells.
  const weighted = slugs.flatMap((s) => Array.from({ length: LINES[s].kind === 'good' ? 3 : 1 }, () => s));

  let added = 0;
  const batch = 2000;
  await rt.sql.begin(async (tx) => {
    for (let from = have + 1; from <= n; from += batch) {
      const rows = [];
      const images: Array<{ sku: string; media: string }> = [];
      for (let i = from; i < Math.min(from + batch, n + 1); i++) {
        const slug = pick(weighted);
        const line = LINES[slug];
        const model = line.kind === 'good' ? `${pick(line.series)} ${pick(['', 'X', 'S', 'Pro ', 'Lite ', 'Plus '])}${Math.floor(random() * 900) + 100}`.replace(/\s+/g, ' ').trim() : pick(line.series);
        const parts = [pick(line.types), pick(line.brands), model, random() < 0.7 ? pick(line.features) : '', random() < 0.5 ? pick(line.purposes) : ''];
        const name = parts.filter(Boolean).join(' ');
        const price = between(line.price, 1000);
        const compareAt = random() < 0.12 ? Math.round((price * (1.1 + random() * 0.3)) / 1000) * 1000 : null;
        const specs = line.specs.map(([key, values]) => ({ key, value: pick(values) }));
        if (line.kind === 'good') specs.push({ key: 'Garansi', value: pick(WARRANTY) });
        const sku = `${BENCH_SKU}${String(i).padStart(6, '0')}`;
        rows.push({
          kind: line.kind,
          category_id: catId.get(slug)!,
          name,
          slug: `${slugify(name, 100)}-${i.toString(36)}`,
          sku,
          price_idr: price,
          compare_at_price_idr: compareAt,
          description: `${name}. ${line.kind === 'good' ? `Produk ${color.get(slug) ?? slug} ${parts[1]} dengan ${specs[0].key.toLowerCase()} ${specs[0].value}` : `Layanan ${color.get(slug) ?? slug} oleh teknisi bersertifikat, ${specs[0].key.toLowerCase()} ${specs[0].value}`}, stok dan jadwal dapat ditanyakan melalui WhatsApp.\n\nHarga sudah termasuk PPN. Pengiriman ke seluruh Indonesia atau ambil di toko.`,
          specs: JSON.stringify(specs),
          stock: line.kind === 'good' ? (random() < 0.1 ? 0 : Math.floor(random() * 200)) : null,
          duration_minutes: line.kind === 'service' ? between(line.duration!, 30) : null,
          weight_grams: line.kind === 'good' ? between(line.weight!, 10) : null,
          active: random() >= 0.03,
          featured: random() < 0.01,
          created_at: new Date(now - Math.floor(random() * threeYears)).toISOString(),
        });
        const own = picsOf.get(catId.get(slug)!);
        if (own?.length) images.push({ sku, media: pick(own) });
      }
      const ids = await tx<{ id: string; sku: string; name: string }[]>`
        insert into catalog_items ${tx(rows.map((r) => ({ ...r, updated_at: r.created_at })))}
        on conflict do nothing returning id, sku, name`;
      const idOf = new Map(ids.map((r) => [r.sku, r]));
      const imgRows = images.filter((m) => idOf.has(m.sku)).map((m) => ({ item_id: idOf.get(m.sku)!.id, media_id: m.media, alt: idOf.get(m.sku)!.name, sort_order: 0 }));
      if (imgRows.length) await tx`insert into catalog_images ${tx(imgRows)}`;
      added += ids.length;
    }
  });
  await rt.sql`vacuum analyze catalog_items`;
  await rt.sql`vacuum analyze catalog_images`;
  const [{ total, active }] = await rt.sql<{ total: number; active: number }[]>`
    select count(*)::int as total, (count(*) filter (where active))::int as active from catalog_items`;
  // A product page to measure: an active, in-stock generated good with a picture, a few specs and neighbours.
  const [product] = await rt.sql<{ slug: string; name: string }[]>`
    select i.slug, i.name from catalog_items i
     where i.sku like ${`${BENCH_SKU}%`} and i.active and i.kind = 'good' and i.stock > 0 and i.compare_at_price_idr is null
       and exists (select 1 from catalog_images ci where ci.item_id = i.id)
     order by i.sku limit 1`;
  // The generated items on the first page of /catalog (the default order), so the bench can tell the
  // page it measures shows this database.
  const first = await rt.sql<{ name: string }[]>`
    select name from (
      select i.name, i.sku from catalog_items i join catalog_categories c on c.id = i.category_id and c.active
       where i.active order by i.featured desc, i.created_at desc, i.id limit 24) f
     where sku like ${`${BENCH_SKU}%`}`;
  return { added, had: have, total, active, product, firstListed: first.map((f) => f.name), ms: Date.now() - started };
}

/**
 * The public search as the search page runs it (searchCatalog in lib/catalog/public.ts with the
 * parsed URL parameters, over the category tree the page has cached — read once here), timed
 * `runs` times after a warm-up, then the EXPLAIN ANALYZE of the statement that reads the page of ids
 * with its capped count, captured from what the app itself sends (postgres.js debug hook).
 */
async function search(q: string, runs: number) {
  const params = rt.schemas.listingSchema.parse({ q });
  const tree = await rt.catalog.loadCategoryTree();
  const searchCatalog = (p: typeof params) => rt.catalog.searchCatalogIn(tree, p);
  const timings: number[] = [];
  let result = await searchCatalog(params);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await searchCatalog(params);
    timings.push(performance.now() - t0);
  }
  const captured: Array<{ text: string; params: unknown[] }> = [];
  const options = (rt.sql as unknown as { options: { debug?: unknown } }).options;
  const before = options.debug;
  // Copied: postgres.js serializes the parameter array in place after this hook.
  options.debug = (_conn: number, text: string, p: unknown[]) => captured.push({ text, params: [...p] });
  await searchCatalog(params);
  options.debug = before;
  const fuzzy = captured.some((c) => c.text.includes('pg_trgm.word_similarity_threshold'));
  const statements = captured.filter((c) => /from "catalog_items"/i.test(c.text) && /\blimit\b/i.test(c.text) && !/^\s*select array\[/i.test(c.text));
  const plans: Array<{ statement: string; ms: number; lines: string[] }> = [];
  for (const c of statements) {
    const lines = await rt.sql.begin(async (tx) => {
      if (fuzzy) await tx`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`;
      const rows = await tx.unsafe(`explain (analyze, buffers) ${c.text}`, c.params as never[]);
      return rows.map((r) => String(r['QUERY PLAN']));
    });
    plans.push({ statement: 'page of ids with the capped count', ms: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? NaN), lines });
  }
  return {
    q, tokens: rt.catalog.searchTokens(q), fuzzy, statements: captured.filter((c) => !/^(begin|commit)/i.test(c.text.trim())).length,
    total: result.total, totalCapped: result.totalCapped, first: result.items.slice(0, 3).map((i) => i.name), timings, plans,
  };
}

const [cmd, ...args] = process.argv.slice(2);
let stopDatabase = async () => {};
if (cmd === 'prepare') {
  const { prepareDatabase } = await import('./prepare');
  stopDatabase = (await prepareDatabase({ seed: 'if-empty' })).stop;
}
// Loading uses a client of its own (the seed above closed the app's pool); the search goes through
// the app's client, whose statements it captures.
const { default: postgresClient } = await import('postgres');
const { closeDb, sqlClient } = cmd === 'search' ? await import('@/db/client') : { closeDb: async () => {}, sqlClient: null };
rt.sql = sqlClient ?? postgresClient(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
try {
  let out: unknown;
  if (cmd === 'load' || cmd === 'prepare') out = await load(Number(args[0] ?? 50_000));
  else if (cmd === 'search') {
    rt.catalog = await import('@/lib/catalog/public');
    rt.schemas = await import('@/lib/catalog/schemas');
    const runs = Number(args[0] ?? 30);
    out = [];
    for (const q of args.slice(1)) (out as unknown[]).push(await search(q, runs));
  } else throw new Error(`unknown command ${cmd} (prepare <n> | load <n> | search <runs> <q>…)`);
  console.log(`@@json ${JSON.stringify(out)}`);
} finally {
  if (sqlClient) await closeDb();
  else await rt.sql.end({ timeout: 5 });
  await stopDatabase();
}
