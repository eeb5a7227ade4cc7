// Helpdesk master data for the demo: SLA plans, the 2026–2027 national holidays, service points in six
// cities with their engineers, and customers with projects. Idempotent: rows are found by their
// natural key (plan and point name, user and customer e-mail, project name per customer) and only
// missing ones are added; what an admin changed since is left alone. Tickets are seeded elsewhere.
import { eq, inArray } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { customers, projects, servicePoints, slaPlans, staffProfiles, users } from '@/db/schema';
import { insertNationalHolidays } from '@/lib/holidays/national';

const PLANS = [
  // Business time: 1 h / 8 h, 2 h / 16 h, 4 h / 40 h.
  { name: 'Platinum', responseMinutes: 60, resolutionMinutes: 8 * 60, warningPercent: 75, pauseOnPending: true },
  { name: 'Gold', responseMinutes: 2 * 60, resolutionMinutes: 16 * 60, warningPercent: 75, pauseOnPending: true },
  { name: 'Silver', responseMinutes: 4 * 60, resolutionMinutes: 40 * 60, warningPercent: 80, pauseOnPending: true },
] as const;
type PlanName = (typeof PLANS)[number]['name'];

const POINTS = [
  {
    name: 'Service Point Jakarta',
    address: 'Jl. Jenderal Sudirman No. 45, Setiabudi, Jakarta Selatan',
    region: 'DKI Jakarta',
    phone: '+62215550140',
    cities: ['jakarta selatan', 'jakarta pusat', 'jakarta barat', 'jakarta timur', 'jakarta utara', 'depok', 'tangerang', 'tangerang selatan', 'bekasi'],
  },
  {
    name: 'Service Point Bandung',
    address: 'Jl. Asia Afrika No. 88, Sumur Bandung, Bandung',
    region: 'Jawa Barat',
    phone: '+62224230155',
    cities: ['bandung', 'cimahi', 'kabupaten bandung', 'bandung barat', 'sumedang'],
  },
  {
    name: 'Service Point Semarang',
    address: 'Jl. Pandanaran No. 21, Semarang Tengah, Semarang',
    region: 'Jawa Tengah',
    phone: '+62248311020',
    cities: ['semarang', 'kabupaten semarang', 'ungaran', 'kendal', 'salatiga', 'demak'],
  },
  {
    name: 'Service Point Surabaya',
    address: 'Jl. Basuki Rahmat No. 102, Genteng, Surabaya',
    region: 'Jawa Timur',
    phone: '+62315470210',
    cities: ['surabaya', 'sidoarjo', 'gresik', 'mojokerto'],
  },
  {
    name: 'Service Point Medan',
    address: 'Jl. Gatot Subroto No. 17, Medan Petisah, Medan',
    region: 'Sumatera Utara',
    phone: '+62614520330',
    cities: ['medan', 'binjai', 'deli serdang'],
  },
  {
    name: 'Service Point Makassar',
    address: 'Jl. Ahmad Yani No. 9, Ujung Pandang, Makassar',
    region: 'Sulawesi Selatan',
    phone: '+62411320440',
    cities: ['makassar', 'gowa', 'maros'],
  },
] as const;
type PointName = (typeof POINTS)[number]['name'];

const ENGINEERS: Array<{ email: string; name: string; phone: string; point: PointName; available: boolean }> = [
  { email: 'joko.santoso@relasi.test', name: 'Joko Santoso', phone: '+6281300000101', point: 'Service Point Semarang', available: true },
  { email: 'rina.kartika@relasi.test', name: 'Rina Kartika', phone: '+6281300000102', point: 'Service Point Semarang', available: false },
  { email: 'budi.hartono@relasi.test', name: 'Budi Hartono', phone: '+6281300000103', point: 'Service Point Jakarta', available: true },
  { email: 'dewi.anggraini@relasi.test', name: 'Dewi Anggraini', phone: '+6281300000104', point: 'Service Point Jakarta', available: true },
  { email: 'agus.setiawan@relasi.test', name: 'Agus Setiawan', phone: '+6281300000105', point: 'Service Point Bandung', available: true },
  { email: 'fajar.ramadhan@relasi.test', name: 'Fajar Ramadhan', phone: '+6281300000106', point: 'Service Point Surabaya', available: true },
  { email: 'yohanes.sitompul@relasi.test', name: 'Yohanes Sitompul', phone: '+6281300000107', point: 'Service Point Medan', available: true },
  { email: 'andi.pratama@relasi.test', name: 'Andi Pratama', phone: '+6281300000108', point: 'Service Point Makassar', available: false },
];

type ProjectSeed = {
  name: string;
  deliveryBegin?: string;
  deliveryEnd?: string;
  installationBegin?: string;
  installationEnd?: string;
  uatBegin?: string;
  uatEnd?: string;
  billingStart?: string;
  billingDue?: string;
  warrantyMonths?: number;
  contractStart?: string;
  contractMonths?: number;
  plan?: PlanName;
};

type CustomerSeed = {
  email: string;
  name: string;
  type: 'company' | 'person';
  address: string;
  city: string;
  region: string;
  phone: string;
  personInCharge?: string;
  salesperson?: string;
  productsUsed?: string;
  tags?: string[];
  plan: PlanName;
  projects?: ProjectSeed[];
};

const CUSTOMERS: CustomerSeed[] = [
  {
    email: 'it@sinarabadi.test',
    name: 'PT Sinar Abadi Logistik',
    type: 'company',
    address: 'Jl. TB Simatupang Kav. 18, Cilandak',
    city: 'Jakarta Selatan',
    region: 'DKI Jakarta',
    phone: '+62217801234',
    personInCharge: 'Bambang Sutrisno',
    salesperson: 'Rizky Maulana',
    productsUsed: 'Jaringan kantor, server gudang, CCTV',
    tags: ['vip', 'logistik'],
    plan: 'Platinum',
    projects: [
      {
        name: 'Jaringan Kantor Pusat Cilandak',
        deliveryBegin: '2026-01-05',
        deliveryEnd: '2026-01-09',
        installationBegin: '2026-01-12',
        installationEnd: '2026-01-30',
        uatBegin: '2026-02-02',
        uatEnd: '2026-02-06',
        billingStart: '2026-02-09',
        billingDue: '2026-03-09',
        warrantyMonths: 24,
        contractStart: '2026-02-01',
        contractMonths: 36,
      },
      {
        name: 'CCTV Gudang Cakung',
        deliveryBegin: '2025-03-03',
        deliveryEnd: '2025-03-07',
        installationBegin: '2025-03-10',
        installationEnd: '2025-03-21',
        warrantyMonths: 12,
        contractStart: '2025-04-01',
        contractMonths: 24,
        plan: 'Gold',
      },
    ],
  },
  {
    email: 'operasional@bprmitra.test',
    name: 'PT BPR Mitra Usaha',
    type: 'company',
    address: 'Jl. Kebon Sirih No. 61, Menteng',
    city: 'Jakarta Pusat',
    region: 'DKI Jakarta',
    phone: '+62213904455',
    personInCharge: 'Yuliana Hadi',
    salesperson: 'Rizky Maulana',
    productsUsed: 'Mesin antrean, jaringan cabang',
    tags: ['perbankan'],
    plan: 'Platinum',
    projects: [
      {
        name: 'Sistem Antrean 5 Cabang',
        deliveryBegin: '2026-06-01',
        deliveryEnd: '2026-06-05',
        installationBegin: '2026-06-08',
        installationEnd: '2026-06-26',
        uatBegin: '2026-06-29',
        uatEnd: '2026-07-03',
        billingStart: '2026-07-06',
        billingDue: '2026-08-06',
        warrantyMonths: 12,
        contractStart: '2026-07-01',
        contractMonths: 12,
      },
    ],
  },
  {
    email: 'sarpras@rssehatsentosa.test',
    name: 'Rumah Sakit Sehat Sentosa',
    type: 'company',
    address: 'Jl. Dr. Djunjunan No. 140, Sukajadi',
    city: 'Bandung',
    region: 'Jawa Barat',
    phone: '+62222034567',
    personInCharge: 'dr. Hendra Kusuma',
    salesperson: 'Nadia Putri',
    productsUsed: 'Jaringan rawat inap, Wi-Fi pasien, server SIMRS',
    tags: ['kesehatan', 'vip'],
    plan: 'Gold',
    projects: [
      {
        name: 'Wi-Fi Gedung Rawat Inap',
        deliveryBegin: '2025-10-06',
        deliveryEnd: '2025-10-10',
        installationBegin: '2025-10-13',
        installationEnd: '2025-11-07',
        uatBegin: '2025-11-10',
        uatEnd: '2025-11-14',
        billingStart: '2025-11-17',
        billingDue: '2025-12-17',
        warrantyMonths: 18,
        contractStart: '2025-11-01',
        contractMonths: 24,
        plan: 'Platinum',
      },
    ],
  },
  {
    email: 'teknik@tekstilpriangan.test',
    name: 'PT Tekstil Priangan',
    type: 'company',
    address: 'Jl. Raya Dayeuhkolot No. 301',
    city: 'Kabupaten Bandung',
    region: 'Jawa Barat',
    phone: '+62225207788',
    personInCharge: 'Asep Saepudin',
    salesperson: 'Nadia Putri',
    productsUsed: 'Jaringan pabrik',
    tags: ['manufaktur'],
    plan: 'Silver',
    projects: [{ name: 'Jaringan Pabrik Dayeuhkolot', installationBegin: '2024-08-05', installationEnd: '2024-08-30', warrantyMonths: 12 }],
  },
  {
    email: 'admin@majubersama.test',
    name: 'CV Maju Bersama Elektronik',
    type: 'company',
    address: 'Jl. Kapas Krampung No. 44, Tambaksari',
    city: 'Surabaya',
    region: 'Jawa Timur',
    phone: '+62313816622',
    personInCharge: 'Hartono Wijaya',
    salesperson: 'Dimas Saputra',
    productsUsed: 'POS toko, jaringan kantor',
    tags: ['ritel'],
    plan: 'Silver',
  },
  {
    email: 'it@pelabuhannusantara.test',
    name: 'PT Pelabuhan Nusantara Jaya',
    type: 'company',
    address: 'Jl. Perak Timur No. 610, Pabean Cantian',
    city: 'Surabaya',
    region: 'Jawa Timur',
    phone: '+62313293300',
    personInCharge: 'Ir. Slamet Riyadi',
    salesperson: 'Dimas Saputra',
    productsUsed: 'Radio link dermaga, CCTV, server operasional',
    tags: ['vip', 'logistik'],
    plan: 'Gold',
    projects: [
      {
        name: 'Radio Link Dermaga',
        deliveryBegin: '2026-03-02',
        deliveryEnd: '2026-03-13',
        installationBegin: '2026-03-16',
        installationEnd: '2026-04-17',
        uatBegin: '2026-04-20',
        uatEnd: '2026-04-24',
        billingStart: '2026-04-27',
        billingDue: '2026-05-27',
        warrantyMonths: 12,
        contractStart: '2026-05-01',
        contractMonths: 24,
      },
    ],
  },
  {
    email: 'pusatdata@udharma.test',
    name: 'Universitas Dharma Semarang',
    type: 'company',
    address: 'Jl. Prof. Sudarto No. 13, Tembalang',
    city: 'Semarang',
    region: 'Jawa Tengah',
    phone: '+62247460011',
    personInCharge: 'Dr. Wahyu Nugroho',
    salesperson: 'Hendra Wijaya',
    productsUsed: 'Jaringan kampus, laboratorium komputer',
    tags: ['pendidikan'],
    plan: 'Gold',
    projects: [
      {
        name: 'Laboratorium Komputer Fakultas Teknik',
        deliveryBegin: '2026-07-20',
        deliveryEnd: '2026-07-24',
        installationBegin: '2026-07-27',
        installationEnd: '2026-08-14',
        warrantyMonths: 12,
        contractStart: '2026-08-17',
        contractMonths: 12,
      },
    ],
  },
  {
    email: 'tu@sman3smg.test',
    name: 'SMA Negeri 3 Semarang',
    type: 'company',
    address: 'Jl. Pemuda No. 149, Sekayu',
    city: 'Semarang',
    region: 'Jawa Tengah',
    phone: '+62243544291',
    personInCharge: 'Drs. Sugeng Raharjo',
    salesperson: 'Hendra Wijaya',
    productsUsed: 'Internet sekolah',
    tags: ['pendidikan', 'sekolah'],
    plan: 'Silver',
  },
  {
    email: 'gudang@kopinusantara.test',
    name: 'PT Kopi Nusantara Sumatera',
    type: 'company',
    address: 'Jl. Sisingamangaraja No. 220, Medan Amplas',
    city: 'Medan',
    region: 'Sumatera Utara',
    phone: '+62617864400',
    personInCharge: 'Robert Simanjuntak',
    salesperson: 'Putri Siregar',
    productsUsed: 'Jaringan gudang, timbangan digital',
    plan: 'Silver',
    projects: [{ name: 'Jaringan Gudang Amplas', deliveryBegin: '2026-09-07', deliveryEnd: '2026-09-11', warrantyMonths: 6 }],
  },
  {
    email: 'engineering@hoteldanautoba.test',
    name: 'Hotel Danau Toba Indah',
    type: 'company',
    address: 'Jl. Imam Bonjol No. 17, Medan Polonia',
    city: 'Medan',
    region: 'Sumatera Utara',
    phone: '+62614157000',
    personInCharge: 'Maria Tambunan',
    salesperson: 'Putri Siregar',
    productsUsed: 'Wi-Fi tamu, IPTV',
    tags: ['perhotelan'],
    plan: 'Gold',
  },
  {
    email: 'budi.santoso@contoh.test',
    name: 'Budi Santoso',
    type: 'person',
    address: 'Jl. Kemang Raya No. 5, Mampang Prapatan',
    city: 'Jakarta Selatan',
    region: 'DKI Jakarta',
    phone: '+6281211112222',
    productsUsed: 'Internet rumah 50 Mbps',
    plan: 'Silver',
  },
  {
    email: 'siti.aminah@contoh.test',
    name: 'Siti Aminah',
    type: 'person',
    address: 'Jl. Cihampelas No. 210, Coblong',
    city: 'Bandung',
    region: 'Jawa Barat',
    phone: '+6285722223333',
    productsUsed: 'Internet rumah 30 Mbps',
    plan: 'Silver',
  },
  {
    email: 'rudi.hermawan@contoh.test',
    name: 'Rudi Hermawan',
    type: 'person',
    address: 'Jl. Manyar Kertoarjo No. 8, Mulyorejo',
    city: 'Surabaya',
    region: 'Jawa Timur',
    phone: '+6281333334444',
    productsUsed: 'CCTV rumah',
    plan: 'Silver',
  },
  {
    email: 'lina.marlina@contoh.test',
    name: 'Lina Marlina',
    type: 'person',
    address: 'Jl. Setiabudi No. 77, Banyumanik',
    city: 'Semarang',
    region: 'Jawa Tengah',
    phone: '+6281544445555',
    productsUsed: 'Internet rumah 100 Mbps',
    tags: ['vip'],
    plan: 'Gold',
  },
  {
    email: 'teguh.wibowo@contoh.test',
    name: 'Teguh Wibowo',
    type: 'person',
    address: 'Jl. Boulevard Panakkukang No. 3',
    city: 'Makassar',
    region: 'Sulawesi Selatan',
    phone: '+6281155556666',
    productsUsed: 'Internet rumah 30 Mbps',
    plan: 'Silver',
  },
];

const DEMO_CUSTOMER_PROJECTS: ProjectSeed[] = [
  {
    name: 'Instalasi Jaringan Kantor Pemuda',
    deliveryBegin: '2026-02-02',
    deliveryEnd: '2026-02-06',
    installationBegin: '2026-02-09',
    installationEnd: '2026-02-27',
    uatBegin: '2026-03-02',
    uatEnd: '2026-03-06',
    billingStart: '2026-03-09',
    billingDue: '2026-04-09',
    warrantyMonths: 12,
    contractStart: '2026-03-01',
    contractMonths: 24,
  },
  {
    // Out of warranty and out of contract, so the badges show both sides.
    name: 'Server & Backup Gudang Kendal',
    deliveryBegin: '2025-08-04',
    deliveryEnd: '2025-08-08',
    installationBegin: '2025-08-11',
    installationEnd: '2025-08-15',
    uatBegin: '2025-08-18',
    uatEnd: '2025-08-22',
    billingStart: '2025-08-25',
    billingDue: '2025-09-25',
    warrantyMonths: 6,
    contractStart: '2025-09-01',
    contractMonths: 12,
    plan: 'Platinum',
  },
];

async function ensureProjects(tx: Conn, customerId: string, list: ProjectSeed[], planIds: Map<string, string>) {
  if (!list.length) return;
  const existing = await tx.select({ name: projects.name }).from(projects).where(eq(projects.customerId, customerId));
  const have = new Set(existing.map((p) => p.name));
  const missing = list.filter((p) => !have.has(p.name));
  if (!missing.length) return;
  await tx.insert(projects).values(
    missing.map(({ plan, ...p }) => ({
      customerId,
      ...p,
      warrantyMonths: p.warrantyMonths ?? 0,
      contractMonths: p.contractMonths ?? 0,
      slaPlanId: plan ? planIds.get(plan) ?? null : null,
    })),
  );
}

export async function seedHelpdeskMaster(tx: Conn, opts: { passwordHash: string }): Promise<void> {
  // SLA plans
  await tx.insert(slaPlans).values([...PLANS]).onConflictDoNothing({ target: slaPlans.name });
  const planRows = await tx.select({ id: slaPlans.id, name: slaPlans.name }).from(slaPlans).where(inArray(slaPlans.name, PLANS.map((p) => p.name)));
  const planIds = new Map(planRows.map((p) => [p.name, p.id]));

  await insertNationalHolidays(tx);

  // Service points
  await tx
    .insert(servicePoints)
    .values(POINTS.map((p) => ({ ...p, cities: [...p.cities] })))
    .onConflictDoNothing({ target: servicePoints.name });
  const pointRows = await tx.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).where(inArray(servicePoints.name, POINTS.map((p) => p.name)));
  const pointIds = new Map(pointRows.map((p) => [p.name, p.id]));

  // Engineers (new accounts only; an existing address is left as it is)
  const now = new Date();
  await tx
    .insert(users)
    .values(
      ENGINEERS.map((e) => ({
        email: e.email,
        name: e.name,
        phone: e.phone,
        role: 'engineer' as const,
        status: 'active' as const,
        passwordHash: opts.passwordHash,
        emailVerifiedAt: now,
        locale: 'id' as const,
      })),
    )
    .onConflictDoNothing({ target: users.email });

  // Field staff → points: the demo coordinator and engineer are in Semarang, next to the demo customer.
  const placement = new Map<string, { point: PointName; available: boolean }>([
    ['servicepoint@relasi.test', { point: 'Service Point Semarang', available: true }],
    ['engineer@relasi.test', { point: 'Service Point Semarang', available: true }],
    ...ENGINEERS.map((e) => [e.email, { point: e.point, available: e.available }] as const),
  ]);
  const staff = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, [...placement.keys()]));
  const profiles = staff
    .map((u) => ({ u, p: placement.get(u.email)! }))
    .filter(({ p }) => pointIds.has(p.point))
    .map(({ u, p }) => ({ userId: u.id, servicePointId: pointIds.get(p.point)!, available: p.available }));
  if (profiles.length) await tx.insert(staffProfiles).values(profiles).onConflictDoNothing({ target: staffProfiles.userId });

  // Customers with their projects
  for (const c of CUSTOMERS) {
    let [row] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.email, c.email)).limit(1);
    if (!row) {
      [row] = await tx
        .insert(customers)
        .values({
          name: c.name,
          type: c.type,
          address: c.address,
          city: c.city,
          region: c.region,
          phone: c.phone,
          email: c.email,
          personInCharge: c.personInCharge ?? null,
          salesperson: c.salesperson ?? null,
          productsUsed: c.productsUsed ?? null,
          tags: c.tags ?? [],
          slaPlanId: planIds.get(c.plan) ?? null,
        })
        .returning({ id: customers.id });
    }
    await ensureProjects(tx, row.id, c.projects ?? [], planIds);
  }

  // The demo customer company (customer@relasi.test's): Gold, and two projects.
  const [demo] = await tx
    .select({ id: customers.id, slaPlanId: customers.slaPlanId, region: customers.region })
    .from(customers)
    .where(eq(customers.email, 'customer@relasi.test'))
    .limit(1);
  if (demo) {
    if (!demo.slaPlanId || !demo.region) {
      await tx
        .update(customers)
        .set({
          slaPlanId: demo.slaPlanId ?? planIds.get('Gold') ?? null,
          region: demo.region ?? 'Jawa Tengah',
          personInCharge: 'Citra Lestari',
          salesperson: 'Hendra Wijaya',
          productsUsed: 'Jaringan kantor, server gudang',
        })
        .where(eq(customers.id, demo.id));
    }
    await ensureProjects(tx, demo.id, DEMO_CUSTOMER_PROJECTS, planIds);
  }
}
