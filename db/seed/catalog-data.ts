// The demo catalog of an Indonesian IT / ISP / field-service business: 11 categories (two with
// subcategories) and 64 goods and services with realistic Rupiah prices, specifications and stock.
export type SeedCategory = { slug: string; name: string; parent?: string; description: string; sortOrder: number; color: string; icon: IconKind };
export type IconKind = 'network' | 'router' | 'wifi' | 'switch' | 'cable' | 'cctv' | 'ups' | 'services' | 'laptop' | 'install' | 'contract';

export type SeedItem = {
  sku: string;
  name: string;
  category: string;
  kind: 'good' | 'service';
  price: number;
  compareAt?: number;
  stock?: number;
  duration?: number;
  weight?: number;
  featured?: boolean;
  description: string;
  specs: Array<[string, string]>;
};

export const SEED_CATEGORIES: SeedCategory[] = [
  { slug: 'perangkat-jaringan', name: 'Perangkat Jaringan', description: 'Router, access point, dan switch untuk rumah, kantor, dan jaringan ISP.', sortOrder: 10, color: '#0f766e', icon: 'network' },
  { slug: 'router', name: 'Router', parent: 'perangkat-jaringan', description: 'Router Wi-Fi dan router kantor dari MikroTik, TP-Link, dan Ubiquiti.', sortOrder: 11, color: '#0f766e', icon: 'router' },
  { slug: 'access-point', name: 'Access Point & Wi-Fi', parent: 'perangkat-jaringan', description: 'Access point indoor dan outdoor, mesh Wi-Fi, dan antena sektoral.', sortOrder: 12, color: '#0e7490', icon: 'wifi' },
  { slug: 'switch', name: 'Switch Jaringan', parent: 'perangkat-jaringan', description: 'Switch unmanaged, smart, dan managed, termasuk PoE.', sortOrder: 13, color: '#155e75', icon: 'switch' },
  { slug: 'kabel-aksesoris', name: 'Kabel & Aksesoris', description: 'Kabel UTP, fiber optik, konektor, patch panel, dan rak server.', sortOrder: 20, color: '#1d4ed8', icon: 'cable' },
  { slug: 'cctv-keamanan', name: 'CCTV & Keamanan', description: 'Kamera IP, DVR/NVR, dan paket CCTV untuk rumah dan usaha.', sortOrder: 30, color: '#7c3aed', icon: 'cctv' },
  { slug: 'ups-kelistrikan', name: 'UPS & Kelistrikan', description: 'UPS, stabilizer, dan perlindungan listrik untuk perangkat kerja.', sortOrder: 40, color: '#b45309', icon: 'ups' },
  { slug: 'layanan', name: 'Layanan', description: 'Servis, instalasi, dan kontrak pemeliharaan oleh teknisi bersertifikat.', sortOrder: 50, color: '#be123c', icon: 'services' },
  { slug: 'servis-komputer', name: 'Servis Laptop & Komputer', parent: 'layanan', description: 'Perbaikan laptop, PC, dan printer dengan garansi servis.', sortOrder: 51, color: '#be123c', icon: 'laptop' },
  { slug: 'instalasi-jaringan', name: 'Instalasi Jaringan', parent: 'layanan', description: 'Survei, penarikan kabel, dan konfigurasi jaringan kantor.', sortOrder: 52, color: '#9f1239', icon: 'install' },
  { slug: 'kontrak-pemeliharaan', name: 'Kontrak Pemeliharaan', parent: 'layanan', description: 'Pemeliharaan berkala dengan SLA untuk perusahaan.', sortOrder: 53, color: '#881337', icon: 'contract' },
];

const good = (category: string, sku: string, name: string, price: number, stock: number, weight: number, specs: Array<[string, string]>, description: string, extra: Partial<SeedItem> = {}): SeedItem => ({
  sku,
  name,
  category,
  kind: 'good',
  price,
  stock,
  weight,
  specs,
  description,
  ...extra,
});

const service = (category: string, sku: string, name: string, price: number, duration: number, specs: Array<[string, string]>, description: string, extra: Partial<SeedItem> = {}): SeedItem => ({
  sku,
  name,
  category,
  kind: 'service',
  price,
  duration,
  specs,
  description,
  ...extra,
});

export const SEED_ITEMS: SeedItem[] = [
  // Router
  good('router', 'RTR-MT-HAPAX2', 'Router MikroTik hAP ax² Wi-Fi 6', 1_350_000, 24, 420, [['Standar', 'Wi-Fi 6 (802.11ax) dual band'], ['Port', '5 × Gigabit Ethernet'], ['Sistem', 'RouterOS v7, lisensi level 4'], ['Garansi', '1 tahun distributor resmi']], 'Router kantor kecil dengan Wi-Fi 6 dan RouterOS v7. Cocok untuk load balance dua ISP, hotspot voucher, dan VPN antar cabang.\n\nSudah termasuk adaptor daya dan panduan konfigurasi dasar berbahasa Indonesia.', { featured: true, compareAt: 1_499_000 }),
  good('router', 'RTR-MT-RB4011', 'Router MikroTik RB4011iGS+RM', 3_150_000, 9, 1500, [['Port', '10 × Gigabit, 1 × SFP+ 10G'], ['CPU', 'Quad-core 1,4 GHz'], ['RAM', '1 GB'], ['Pemasangan', 'Rackmount 1U']], 'Router rackmount untuk kantor menengah dan jaringan RT/RW Net dengan ratusan pengguna.'),
  good('router', 'RTR-MT-HEXS', 'Router MikroTik hEX S RB760iGS', 1_050_000, 31, 260, [['Port', '5 × Gigabit, 1 × SFP'], ['PoE out', 'Port 5'], ['Sistem', 'RouterOS v7']], 'Router kabel kecil bertenaga untuk firewall, manajemen bandwidth, dan VPN.'),
  good('router', 'RTR-TPL-AX55', 'Router TP-Link Archer AX55 AX3000', 1_199_000, 18, 700, [['Standar', 'Wi-Fi 6 AX3000'], ['Port', '4 × LAN Gigabit, 1 × WAN Gigabit'], ['Antena', '4 antena eksternal'], ['Fitur', 'OneMesh, HomeShield']], 'Router Wi-Fi 6 untuk rumah dengan banyak perangkat: streaming 4K, rapat daring, dan gim.', { featured: true, compareAt: 1_399_000 }),
  good('router', 'RTR-TPL-C6', 'Router TP-Link Archer C6 AC1200', 429_000, 55, 480, [['Standar', 'Wi-Fi 5 AC1200 dual band'], ['Port', '4 × LAN Gigabit'], ['Mode', 'Router, access point']], 'Router dual band hemat untuk rumah dan kos; mudah diatur lewat aplikasi Tether.'),
  good('router', 'RTR-UBQ-ER-X', 'Router Ubiquiti EdgeRouter X', 899_000, 12, 350, [['Port', '5 × Gigabit'], ['PoE', 'Passive PoE in/out'], ['Sistem', 'EdgeOS']], 'Router kabel ringkas dengan kinerja routing tinggi untuk jaringan kantor.'),
  good('router', 'RTR-HW-4G', 'Modem Router 4G LTE Huawei B311', 799_000, 20, 330, [['Jaringan', '4G LTE Cat 4, 150 Mbps'], ['Wi-Fi', '2,4 GHz, hingga 32 pengguna'], ['Slot', 'SIM standar']], 'Internet cadangan untuk toko dan kantor ketika jalur utama terputus.'),
  good('router', 'RTR-ONT-ZTE', 'ONT Fiber ZTE F670L Dual Band', 650_000, 40, 450, [['Antarmuka', 'GPON, 4 × LAN Gigabit'], ['Wi-Fi', 'Dual band AC1200'], ['Telepon', '1 × POTS']], 'Perangkat ONT untuk pelanggan internet fiber rumah dan bisnis.'),

  // Access point
  good('access-point', 'AP-UBQ-U6LITE', 'Access Point Ubiquiti UniFi U6 Lite', 1_750_000, 16, 300, [['Standar', 'Wi-Fi 6 dual band'], ['Daya', 'PoE 802.3af'], ['Kapasitas', '300+ klien'], ['Pemasangan', 'Plafon atau dinding']], 'Access point plafon untuk kantor dan kafe, dikelola terpusat dengan UniFi Network.', { featured: true }),
  good('access-point', 'AP-UBQ-U6PRO', 'Access Point Ubiquiti UniFi U6 Pro', 3_250_000, 7, 650, [['Standar', 'Wi-Fi 6 4×4 MU-MIMO'], ['Daya', 'PoE+ 802.3at'], ['Kecepatan', 'Hingga 5,3 Gbps']], 'Access point berkapasitas tinggi untuk ruang rapat dan area padat.'),
  good('access-point', 'AP-TPL-EAP225', 'Access Point TP-Link Omada EAP225', 899_000, 28, 350, [['Standar', 'AC1350 dual band'], ['Daya', 'PoE 802.3af'], ['Manajemen', 'Omada SDN']], 'Access point ekonomis untuk sekolah, hotel, dan kantor.'),
  good('access-point', 'AP-TPL-DECO-X20', 'Mesh Wi-Fi TP-Link Deco X20 (isi 3)', 2_899_000, 10, 1400, [['Standar', 'Wi-Fi 6 AX1800'], ['Cakupan', 'Hingga 540 m²'], ['Isi', '3 unit']], 'Wi-Fi mesh untuk rumah bertingkat tanpa titik mati sinyal.', { compareAt: 3_299_000 }),
  good('access-point', 'AP-MT-CAPAC', 'Access Point MikroTik cAP ac', 950_000, 14, 280, [['Standar', 'AC dual band'], ['Port', '2 × Gigabit'], ['Sistem', 'RouterOS']], 'Access point plafon dengan RouterOS, cocok untuk hotspot dan CAPsMAN.'),
  good('access-point', 'AP-UBQ-LBE5AC', 'Antena Outdoor Ubiquiti LiteBeam 5AC Gen2', 1_150_000, 22, 750, [['Frekuensi', '5 GHz'], ['Gain', '23 dBi'], ['Jarak', 'Hingga 15 km point-to-point']], 'Radio outdoor untuk menghubungkan gedung atau pelanggan jarak jauh.'),
  good('access-point', 'AP-MT-SXT', 'Antena MikroTik SXT LTE6 kit', 1_650_000, 5, 900, [['Jaringan', '4G LTE Cat 6'], ['Pemasangan', 'Outdoor, tahan cuaca'], ['Port', '1 × Gigabit PoE in']], 'Penguat sinyal 4G untuk lokasi pedesaan dan proyek lapangan.'),

  // Switch
  good('switch', 'SW-TPL-SG1008D', 'Switch TP-Link TL-SG1008D 8 Port Gigabit', 259_000, 80, 400, [['Port', '8 × Gigabit'], ['Tipe', 'Unmanaged, desktop'], ['Casing', 'Plastik']], 'Switch plug-and-play untuk meja kerja dan ruang rapat.'),
  good('switch', 'SW-TPL-SG1016', 'Switch TP-Link TL-SG1016 16 Port Gigabit', 899_000, 25, 1800, [['Port', '16 × Gigabit'], ['Tipe', 'Unmanaged, rackmount'], ['Casing', 'Logam']], 'Switch rackmount untuk lantai kantor dengan belasan komputer.'),
  good('switch', 'SW-TPL-SG2210P', 'Switch PoE TP-Link SG2210P 8 Port', 1_650_000, 11, 1200, [['Port', '8 × Gigabit PoE+, 2 × SFP'], ['Daya PoE', '61 W'], ['Manajemen', 'Omada SDN']], 'Switch PoE untuk access point dan kamera IP tanpa adaptor terpisah.', { featured: true }),
  good('switch', 'SW-MT-CSS326', 'Switch MikroTik CSS326-24G-2S+RM', 2_250_000, 8, 2100, [['Port', '24 × Gigabit, 2 × SFP+'], ['Sistem', 'SwOS'], ['Pemasangan', 'Rackmount 1U']], 'Switch 24 port dengan uplink 10G untuk server dan distribusi.'),
  good('switch', 'SW-CSC-CBS250', 'Switch Cisco CBS250-24T-4G', 4_900_000, 4, 2600, [['Port', '24 × Gigabit, 4 × SFP'], ['Manajemen', 'Smart managed, VLAN, QoS'], ['Garansi', 'Seumur hidup terbatas']], 'Switch smart managed Cisco untuk jaringan perusahaan yang rapi dan aman.'),
  good('switch', 'SW-DLK-1005A', 'Switch D-Link DES-1005A 5 Port', 99_000, 120, 200, [['Port', '5 × Fast Ethernet'], ['Tipe', 'Unmanaged']], 'Switch kecil untuk menambah port di rumah atau kasir toko.'),

  // Kabel & aksesoris
  good('kabel-aksesoris', 'CBL-UTP-C6-305', 'Kabel UTP Cat6 Belden 305 m', 2_450_000, 15, 11000, [['Kategori', 'Cat6, 23 AWG tembaga murni'], ['Panjang', '305 meter per dus'], ['Jaket', 'PVC abu-abu']], 'Kabel jaringan berkualitas untuk instalasi gedung; lulus uji Fluke.', { featured: true }),
  good('kabel-aksesoris', 'CBL-UTP-C5E-305', 'Kabel UTP Cat5e AMP 305 m', 1_350_000, 20, 9500, [['Kategori', 'Cat5e, 24 AWG'], ['Panjang', '305 meter']], 'Kabel Cat5e untuk jaringan kantor dan CCTV dengan anggaran hemat.'),
  good('kabel-aksesoris', 'CBL-FO-DROP-1C', 'Kabel Fiber Optik Drop Core 1 Core 1 km', 1_100_000, 12, 14000, [['Tipe', 'FTTH drop, G.657A'], ['Panjang', '1.000 meter'], ['Penguat', 'Steel wire']], 'Kabel drop fiber untuk penarikan ke rumah pelanggan ISP.'),
  good('kabel-aksesoris', 'CBL-PATCH-C6-3M', 'Kabel Patch Cord Cat6 3 m', 35_000, 300, 90, [['Kategori', 'Cat6'], ['Panjang', '3 meter'], ['Konektor', 'RJ45 tercetak']], 'Patch cord siap pakai untuk komputer, printer, dan rak.'),
  good('kabel-aksesoris', 'ACC-RJ45-C6-100', 'Konektor RJ45 Cat6 isi 100', 145_000, 90, 250, [['Kategori', 'Cat6'], ['Isi', '100 buah'], ['Pelapis', 'Emas 50 µ']], 'Konektor RJ45 untuk kabel solid Cat6.'),
  good('kabel-aksesoris', 'ACC-CRIMP-PRO', 'Tang Crimping RJ45 Profesional', 189_000, 35, 400, [['Untuk', 'RJ45, RJ11, RJ12'], ['Bahan', 'Baja karbon']], 'Tang crimping dengan mekanisme ratchet untuk hasil rapi dan kuat.'),
  good('kabel-aksesoris', 'ACC-LANTEST', 'LAN Tester Kabel RJ45/RJ11', 85_000, 60, 300, [['Uji', 'Kontinuitas 8 pin'], ['Daya', 'Baterai 9 V']], 'Alat uji kabel jaringan sederhana untuk teknisi.'),
  good('kabel-aksesoris', 'ACC-PATCHPANEL-24', 'Patch Panel Cat6 24 Port', 450_000, 18, 1300, [['Port', '24 × Cat6'], ['Pemasangan', 'Rack 19" 1U']], 'Patch panel untuk terminasi kabel di rak server.'),
  good('kabel-aksesoris', 'ACC-RACK-12U', 'Rak Server Wallmount 12U', 1_850_000, 6, 25000, [['Ukuran', '12U, kedalaman 45 cm'], ['Pintu', 'Kaca tempered berkunci'], ['Kipas', '2 kipas']], 'Rak dinding untuk switch, patch panel, dan NVR di kantor kecil.', { compareAt: 2_100_000 }),
  good('kabel-aksesoris', 'ACC-OTB-12', 'Optical Termination Box 12 Core', 275_000, 25, 900, [['Kapasitas', '12 core'], ['Adaptor', 'SC/UPC']], 'Kotak terminasi fiber untuk ruang server dan pelanggan bisnis.'),

  // CCTV
  good('cctv-keamanan', 'CCTV-HIK-2CD1023', 'Kamera IP Hikvision Bullet 2 MP', 675_000, 30, 500, [['Resolusi', '2 MP (1080p)'], ['Inframerah', 'Hingga 30 m'], ['Daya', 'PoE 12 V'], ['Ketahanan', 'IP67']], 'Kamera outdoor untuk area parkir, pagar, dan gudang.', { featured: true }),
  good('cctv-keamanan', 'CCTV-HIK-2CD1143', 'Kamera IP Hikvision Dome 4 MP', 895_000, 24, 450, [['Resolusi', '4 MP'], ['Lensa', '2,8 mm'], ['Inframerah', 'Hingga 30 m']], 'Kamera dome untuk dalam ruangan: kasir, lobi, dan lorong.'),
  good('cctv-keamanan', 'CCTV-EZVIZ-C6N', 'Kamera Wi-Fi EZVIZ C6N Pan-Tilt', 389_000, 50, 300, [['Resolusi', '1080p'], ['Gerak', 'Pan 340°, tilt 55°'], ['Penyimpanan', 'microSD hingga 256 GB']], 'Kamera rumah dengan pelacakan gerak dan percakapan dua arah.'),
  good('cctv-keamanan', 'CCTV-NVR-8CH', 'NVR Hikvision 8 Channel 4K', 1_450_000, 10, 1100, [['Channel', '8 kamera IP'], ['Resolusi rekam', 'Hingga 8 MP'], ['Slot HDD', '1 × SATA hingga 10 TB']], 'Perekam video jaringan untuk sistem CCTV kantor dan toko.'),
  good('cctv-keamanan', 'CCTV-DVR-4CH', 'DVR Dahua 4 Channel 1080p', 690_000, 15, 800, [['Channel', '4 kamera analog HD'], ['Kompresi', 'H.265+']], 'DVR hemat untuk kamera analog HD yang sudah terpasang.'),
  good('cctv-keamanan', 'CCTV-HDD-2TB', 'Hard Disk Surveillance WD Purple 2 TB', 1_050_000, 20, 450, [['Kapasitas', '2 TB'], ['Tipe', 'Surveillance 24/7']], 'Hard disk khusus rekaman CCTV yang berjalan terus-menerus.'),
  good('cctv-keamanan', 'CCTV-PAKET-4', 'Paket CCTV 4 Kamera 2 MP + Pemasangan', 4_750_000, 8, 6000, [['Isi', '4 kamera, DVR 4 channel, HDD 1 TB, kabel 80 m'], ['Pemasangan', 'Termasuk, area Jabodetabek'], ['Garansi', '1 tahun perangkat dan pemasangan']], 'Paket lengkap siap pakai, dipasang dan diatur hingga bisa dipantau dari ponsel.', { featured: true, compareAt: 5_250_000 }),
  good('cctv-keamanan', 'SEC-ZK-FINGER', 'Mesin Absensi Sidik Jari ZKTeco K40', 1_250_000, 12, 900, [['Kapasitas', '1.000 sidik jari'], ['Koneksi', 'TCP/IP, USB']], 'Mesin absensi dan akses pintu untuk kantor dan pabrik.'),

  // UPS & kelistrikan
  good('ups-kelistrikan', 'UPS-APC-BX650', 'UPS APC Back-UPS BX650LI-MS 650 VA', 925_000, 26, 4800, [['Kapasitas', '650 VA / 325 W'], ['Stopkontak', '4 × universal'], ['Waktu cadangan', '± 10 menit untuk 1 PC']], 'UPS untuk satu komputer kerja dan modem agar tetap menyala saat listrik padam.', { featured: true }),
  good('ups-kelistrikan', 'UPS-APC-SMT1500', 'UPS APC Smart-UPS SMT1500I 1500 VA', 9_800_000, 4, 24000, [['Kapasitas', '1500 VA / 1000 W'], ['Gelombang', 'Sinus murni'], ['Manajemen', 'Port jaringan opsional']], 'UPS line-interactive untuk server, NAS, dan perangkat jaringan inti.'),
  good('ups-kelistrikan', 'UPS-ICA-CP1400', 'UPS ICA CP1400 1400 VA', 1_650_000, 14, 11000, [['Kapasitas', '1400 VA'], ['Buatan', 'Indonesia'], ['Baterai', '2 × 12 V 7 Ah']], 'UPS lokal andal untuk PC kantor dan perangkat kasir.'),
  good('ups-kelistrikan', 'UPS-PROLINK-MINI', 'Mini UPS untuk Router 12 V', 249_000, 70, 350, [['Output', '12 V DC, 2 A'], ['Waktu cadangan', '3–5 jam untuk router']], 'Router dan ONT tetap online saat mati listrik: cocok untuk rumah.'),
  good('ups-kelistrikan', 'PWR-STAB-1000', 'Stabilizer Listrik Matsunaga 1000 VA', 425_000, 22, 5200, [['Kapasitas', '1000 VA'], ['Input', '140–260 V']], 'Menjaga tegangan stabil untuk perangkat elektronik di daerah listrik naik-turun.'),
  good('ups-kelistrikan', 'PWR-SURGE-6', 'Stop Kontak Surge Protector 6 Lubang', 189_000, 65, 500, [['Lubang', '6 universal + 2 USB'], ['Proteksi', 'Surge 1.080 J']], 'Melindungi perangkat dari lonjakan listrik dan sambaran petir tidak langsung.'),
  good('ups-kelistrikan', 'PWR-BATT-12V7', 'Baterai UPS 12 V 7,2 Ah', 245_000, 0, 2300, [['Tegangan', '12 V'], ['Kapasitas', '7,2 Ah'], ['Tipe', 'VRLA / SLA']], 'Baterai pengganti untuk sebagian besar UPS 650–1200 VA. Stok sedang kosong, tanyakan jadwal kedatangan.'),

  // Servis laptop & komputer
  service('servis-komputer', 'SRV-LPT-INSTALL', 'Instal Ulang Windows dan Aplikasi Kantor', 150_000, 120, [['Termasuk', 'Backup data hingga 100 GB, driver, antivirus'], ['Garansi', '7 hari'], ['Lokasi', 'Di service center atau onsite']], 'Instal ulang sistem operasi berlisensi milik pelanggan beserta aplikasi kerja dan driver.', { featured: true }),
  service('servis-komputer', 'SRV-LPT-CLEAN', 'Pembersihan Laptop dan Ganti Pasta Termal', 175_000, 90, [['Termasuk', 'Pembersihan kipas dan heatsink, pasta termal premium'], ['Garansi', '14 hari']], 'Laptop panas atau berisik? Kami bersihkan bagian dalam dan ganti pasta termal.'),
  service('servis-komputer', 'SRV-LPT-SSD', 'Upgrade SSD Laptop (Jasa Pasang dan Migrasi)', 200_000, 120, [['Termasuk', 'Kloning sistem dan data ke SSD baru'], ['Catatan', 'Harga belum termasuk SSD']], 'Laptop lama terasa baru: pindahkan sistem ke SSD tanpa instal ulang.'),
  service('servis-komputer', 'SRV-LPT-SCREEN', 'Ganti Layar Laptop 14 Inci', 1_150_000, 180, [['Termasuk', 'Panel LCD/LED 14" setara original'], ['Garansi', '30 hari']], 'Penggantian layar retak atau bergaris untuk laptop 14 inci umum.'),
  service('servis-komputer', 'SRV-LPT-KEYBOARD', 'Ganti Keyboard Laptop', 350_000, 120, [['Termasuk', 'Keyboard pengganti sesuai tipe'], ['Garansi', '30 hari']], 'Keyboard rusak atau tertumpah air diganti dengan suku cadang yang sesuai.'),
  service('servis-komputer', 'SRV-PC-RECOVER', 'Pemulihan Data Hard Disk / SSD', 750_000, 480, [['Cakupan', 'Kerusakan logis dan file terhapus'], ['Biaya', 'Tidak berhasil, tidak bayar']], 'Pemulihan file penting dari disk yang terformat atau gagal boot.', { compareAt: 900_000 }),
  service('servis-komputer', 'SRV-PRN-SERVICE', 'Servis Printer Inkjet dan Infus', 125_000, 90, [['Termasuk', 'Head cleaning, reset, pengecekan selang infus'], ['Garansi', '7 hari']], 'Printer bergaris atau tidak menarik kertas kembali normal.'),

  // Instalasi jaringan
  service('instalasi-jaringan', 'SRV-NET-SURVEY', 'Survei Lokasi Jaringan dan CCTV', 250_000, 120, [['Hasil', 'Denah titik, daftar material, penawaran harga'], ['Biaya', 'Dipotong dari proyek bila jadi dikerjakan']], 'Teknisi datang mengukur lokasi dan menyusun rencana jaringan atau CCTV.', { featured: true }),
  service('instalasi-jaringan', 'SRV-NET-POINT', 'Instalasi Titik LAN (per titik)', 185_000, 60, [['Termasuk', 'Kabel Cat6 hingga 30 m, faceplate, terminasi, uji kabel'], ['Minimal', '4 titik']], 'Penarikan kabel rapi dengan pipa atau ducting hingga meja kerja.'),
  service('instalasi-jaringan', 'SRV-NET-WIFI', 'Instalasi dan Konfigurasi Wi-Fi Kantor', 1_500_000, 300, [['Termasuk', 'Hingga 4 access point, SSID tamu, pembatasan bandwidth'], ['Catatan', 'Perangkat dibeli terpisah']], 'Wi-Fi kantor yang merata dan aman, dengan jaringan tamu terpisah.'),
  service('instalasi-jaringan', 'SRV-NET-MIKROTIK', 'Konfigurasi Router MikroTik (Load Balance & Hotspot)', 750_000, 180, [['Termasuk', 'Load balance 2 ISP, hotspot voucher, firewall dasar'], ['Metode', 'Onsite atau remote']], 'Konfigurasi profesional untuk kantor, kafe, dan RT/RW Net.'),
  service('instalasi-jaringan', 'SRV-NET-FO-SPLICE', 'Penyambungan Fiber Optik (per core)', 75_000, 30, [['Alat', 'Fusion splicer dan OTDR'], ['Minimal', '4 core']], 'Penyambungan dan pengukuran fiber optik untuk backbone dan pelanggan.'),
  service('instalasi-jaringan', 'SRV-CCTV-INSTALL', 'Jasa Pasang CCTV (per kamera)', 250_000, 90, [['Termasuk', 'Pemasangan, kabel hingga 20 m, setting aplikasi ponsel'], ['Garansi', '3 bulan pemasangan']], 'Pemasangan kamera yang sudah Anda miliki, rapi dan siap dipantau.'),

  // Kontrak pemeliharaan
  service('kontrak-pemeliharaan', 'MNT-IT-BASIC', 'Kontrak Pemeliharaan IT Basic (bulanan)', 1_500_000, 240, [['Kunjungan', '1 kali per bulan'], ['Cakupan', 'Hingga 10 komputer, 1 jaringan'], ['Respons', 'SLA Silver: 4 jam kerja']], 'Pemeliharaan rutin komputer dan jaringan untuk kantor kecil, dengan helpdesk dan tiket online.', { featured: true }),
  service('kontrak-pemeliharaan', 'MNT-IT-PRO', 'Kontrak Pemeliharaan IT Pro (bulanan)', 3_750_000, 480, [['Kunjungan', '2 kali per bulan'], ['Cakupan', 'Hingga 30 komputer, server, CCTV'], ['Respons', 'SLA Gold: 2 jam kerja']], 'Untuk kantor menengah yang butuh teknisi sigap dan laporan bulanan.'),
  service('kontrak-pemeliharaan', 'MNT-IT-ENTERPRISE', 'Kontrak Pemeliharaan Enterprise (bulanan)', 9_500_000, 960, [['Kunjungan', 'Mingguan + on-call'], ['Cakupan', 'Multi-cabang, engineer onsite'], ['Respons', 'SLA Platinum: 1 jam kerja']], 'Dukungan menyeluruh dengan engineer onsite dan service point di kota cabang.'),
  service('kontrak-pemeliharaan', 'MNT-CCTV-YEAR', 'Perawatan CCTV Tahunan (hingga 8 kamera)', 1_800_000, 240, [['Kunjungan', '4 kali setahun'], ['Termasuk', 'Pembersihan lensa, cek rekaman, update firmware']], 'Kamera tetap jernih dan rekaman selalu tersedia saat dibutuhkan.'),
  service('kontrak-pemeliharaan', 'MNT-UPS-YEAR', 'Perawatan UPS dan Kelistrikan Tahunan', 1_200_000, 180, [['Kunjungan', '2 kali setahun'], ['Termasuk', 'Uji baterai, kalibrasi, laporan kondisi']], 'Menghindari UPS gagal saat listrik padam dengan pengecekan berkala.'),
];
