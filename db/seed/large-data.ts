// Word pools for the large-scale seed (db/seed/large.ts): Indonesian names, businesses, ticket texts.
// Combined at random in SQL, so 100,000 customers and 1,000,000 tickets read like a real helpdesk
// without being a handful of strings repeated.

export const FIRST_NAMES = [
  'Agus', 'Andi', 'Bambang', 'Budi', 'Citra', 'Dedi', 'Dewi', 'Dian', 'Eka', 'Eko', 'Fajar', 'Fitri',
  'Gita', 'Hadi', 'Hendra', 'Indah', 'Irfan', 'Joko', 'Kartika', 'Lestari', 'Lina', 'Made', 'Maya',
  'Nanda', 'Nur', 'Putri', 'Rahmat', 'Rina', 'Rizky', 'Sari', 'Siti', 'Slamet', 'Sri', 'Taufik',
  'Teguh', 'Wahyu', 'Wulan', 'Yanti', 'Yogi', 'Yusuf', 'Ayu', 'Bayu', 'Ketut', 'Nyoman', 'Ratna',
];

export const LAST_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Setiawan', 'Nugroho', 'Lestari',
  'Rahayu', 'Susanto', 'Hartono', 'Gunawan', 'Wibowo', 'Purnomo', 'Sitompul', 'Siregar', 'Nasution',
  'Harahap', 'Simanjuntak', 'Tanjung', 'Lubis', 'Rahman', 'Syahputra', 'Permana', 'Halim', 'Tan',
  'Utomo', 'Firmansyah', 'Anggraini', 'Maharani', 'Prasetyo', 'Ramadhan', 'Kurniawan', 'Sulistyo',
  'Daulay', 'Pangaribuan', 'Manurung', 'Pakpahan', 'Rangkuti',
];

/** Legal form or kind of business, with the share of companies that use it. */
export const COMPANY_PREFIXES = [
  'PT', 'PT', 'PT', 'PT', 'CV', 'CV', 'CV', 'UD', 'Toko', 'Toko', 'Koperasi', 'Klinik', 'Apotek',
  'Hotel', 'Rumah Makan', 'Sekolah', 'Yayasan', 'Bengkel', 'Kantor Notaris', 'Rumah Sakit',
];

export const COMPANY_WORDS = [
  'Maju', 'Jaya', 'Sentosa', 'Abadi', 'Makmur', 'Sejahtera', 'Sinar', 'Mitra', 'Karya', 'Bumi',
  'Nusantara', 'Indah', 'Mandiri', 'Berkah', 'Cahaya', 'Surya', 'Prima', 'Utama', 'Gemilang', 'Harapan',
  'Sukses', 'Mulia', 'Lancar', 'Bersama', 'Persada', 'Perkasa', 'Anugerah', 'Cemerlang', 'Sakti',
  'Samudra', 'Global', 'Tunas', 'Bintang', 'Raya', 'Kencana', 'Lestari', 'Pelangi', 'Dharma', 'Agung',
  'Baru', 'Teknik', 'Digital', 'Logistik', 'Niaga', 'Sarana', 'Medika', 'Pangan', 'Grafika',
];

export const STREETS = [
  'Jl. Sudirman', 'Jl. Gatot Subroto', 'Jl. Ahmad Yani', 'Jl. Diponegoro', 'Jl. Pemuda', 'Jl. Pahlawan',
  'Jl. Merdeka', 'Jl. Gajah Mada', 'Jl. Hayam Wuruk', 'Jl. Imam Bonjol', 'Jl. Veteran', 'Jl. Kartini',
  'Jl. Pandanaran', 'Jl. Asia Afrika', 'Jl. Basuki Rahmat', 'Jl. Sisingamangaraja', 'Jl. Urip Sumoharjo',
  'Jl. Teuku Umar', 'Jl. Cendrawasih', 'Jl. Melati', 'Jl. Mawar', 'Jl. Anggrek', 'Jl. Kenanga',
  'Jl. Raya Bogor', 'Jl. Pramuka', 'Jl. Siliwangi', 'Jl. Slamet Riyadi', 'Jl. Cut Nyak Dien',
];

export const PRODUCTS = [
  'Internet kantor', 'Jaringan LAN', 'CCTV', 'Server', 'Printer jaringan', 'Wi-Fi', 'PABX', 'Komputer kasir',
  'Backup NAS', 'Access control', 'Laptop karyawan', 'Firewall',
];

/** Ticket summaries by category (the order of TICKET_CATEGORIES: incident, request, complaint, installation). */
export const SUMMARIES: Record<'incident' | 'request' | 'complaint' | 'installation', string[]> = {
  incident: [
    'Internet kantor mati total sejak pagi', 'Wi-Fi lantai 2 sering terputus', 'Printer jaringan tidak terdeteksi',
    'Server file tidak bisa diakses', 'CCTV gudang tidak merekam', 'Komputer kasir tidak mau menyala',
    'Email kantor tidak bisa kirim', 'Koneksi VPN cabang putus-putus', 'Switch ruang server berbunyi dan panas',
    'Backup harian gagal', 'Telepon PABX tidak ada nada sambung', 'Aplikasi akuntansi error saat login',
    'Access point ruang rapat mati', 'Kamera CCTV pintu depan buram', 'Jaringan lambat sekali di jam kerja',
    'UPS ruang server berbunyi terus', 'Mesin absensi tidak sinkron', 'Layar monitor kasir bergaris',
  ],
  request: [
    'Permintaan tambah titik jaringan di ruang baru', 'Pasang printer baru di bagian keuangan',
    'Pindah lokasi access point', 'Tambah akun email karyawan baru', 'Perpanjangan lisensi antivirus',
    'Setting ulang router setelah ganti provider', 'Permintaan pemeliharaan rutin bulanan',
    'Upgrade RAM komputer desain', 'Buat VLAN terpisah untuk tamu', 'Tambah kamera CCTV di parkiran',
    'Konfigurasi backup ke cloud', 'Permintaan laporan pemakaian bandwidth',
  ],
  complaint: [
    'Teknisi datang terlambat dari jadwal', 'Masalah yang sama terulang lagi', 'Tagihan tidak sesuai pemakaian',
    'Kecepatan internet tidak sesuai paket', 'Belum ada kabar sejak laporan kemarin', 'Hasil perbaikan belum tuntas',
    'Kabel bekas pemasangan tidak dirapikan', 'Helpdesk sulit dihubungi',
  ],
  installation: [
    'Instalasi jaringan kantor cabang baru', 'Pemasangan CCTV 8 kamera', 'Instalasi server dan rak baru',
    'Pemasangan internet dedicated', 'Instalasi Wi-Fi mesh gedung 3 lantai', 'Pemasangan access control pintu',
    'Instalasi komputer kasir 4 unit', 'Penarikan kabel fiber antar gedung',
  ],
};

export const DETAILS = [
  'Mohon segera dicek karena mengganggu operasional kantor. Kami sudah mencoba restart perangkat namun belum berhasil.',
  'Kendala mulai terjadi setelah listrik padam kemarin sore. Lampu indikator perangkat berkedip oranye.',
  'Beberapa karyawan melaporkan hal yang sama. Mohon kirim teknisi pada jam kerja, kontak di lokasi bagian umum.',
  'Sudah dicoba sesuai panduan dari helpdesk lewat telepon tetapi masalah muncul lagi setelah satu jam.',
  'Mohon dijadwalkan kunjungan minggu ini. Akses gedung melalui pos satpam, bawa kartu identitas.',
  'Kami butuh perbaikan sebelum akhir bulan karena ada audit. Foto kondisi perangkat bisa kami kirim bila perlu.',
  'Masalah hanya terjadi pada jam sibuk, pagi pukul 09.00–11.00. Di luar jam itu normal.',
  'Perangkat masih dalam masa garansi menurut kontrak. Mohon dicek apakah perlu penggantian unit.',
];

export const RESOLUTIONS = [
  'Konektor RJ45 diganti dan kabel dirapikan; koneksi stabil setelah diuji 30 menit.',
  'Firmware perangkat diperbarui dan konfigurasi disimpan ulang; pengguna sudah konfirmasi normal.',
  'Adaptor daya rusak diganti dengan unit cadangan; perangkat menyala normal.',
  'Driver dipasang ulang dengan akun administrator; printer sudah bisa digunakan dari semua PC.',
  'Channel Wi-Fi dipindah ke yang lebih sepi dan daya pancar disesuaikan; sinyal stabil.',
  'Jadwal backup diperbaiki dan backup manual berhasil; notifikasi email diaktifkan.',
  'Kabel fiber yang tertekuk diganti; redaman kembali normal dan layanan pulih.',
  'Akun dan hak akses dibuat sesuai permintaan; pengguna sudah bisa login.',
  'Instalasi selesai dan diuji bersama PIC pelanggan; dokumentasi diserahkan.',
  'Harddisk yang bermasalah diganti dan data dipulihkan dari backup terakhir.',
  'Masalah di sisi provider; eskalasi ke provider selesai dan koneksi normal kembali.',
  'Pengaturan ulang VLAN dan DHCP; semua perangkat mendapat alamat IP kembali.',
];

export const PEND_REASONS = [
  'Menunggu suku cadang dari distributor.',
  'Menunggu pelanggan menyiapkan akses ruang server.',
  'Menunggu jadwal ulang dari PIC pelanggan.',
  'Menunggu persetujuan penawaran penggantian perangkat.',
];

export const RATING_COMMENTS = [
  'Teknisi cepat dan ramah.', 'Masalah selesai dalam sekali kunjungan.', 'Penjelasannya jelas, terima kasih.',
  'Agak lama menunggu jadwal kunjungan.', 'Terima kasih, sudah normal kembali.', 'Pelayanan baik.',
  'Perlu datang dua kali sampai selesai.', 'Sangat membantu.',
];

/** Cities outside every demo service point's coverage: helpdesk picks a point by hand for these. */
export const UNCOVERED_CITIES = [
  { city: 'Yogyakarta', region: 'DI Yogyakarta' },
  { city: 'Denpasar', region: 'Bali' },
  { city: 'Palembang', region: 'Sumatera Selatan' },
  { city: 'Balikpapan', region: 'Kalimantan Timur' },
  { city: 'Pekanbaru', region: 'Riau' },
];

/** "jakarta selatan" → "Jakarta Selatan" (service points keep their covered cities in lower case). */
export const titleCase = (s: string) => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
