// Demo tickets: 40 tickets over the last six weeks across the seeded customers, in every status, with
// comments, SLA warnings and breaches, a declined dispatch, a pause, a reopened ticket and ratings.
//
// The ticket timeline is read from audit_log, whose `at` is the database clock and cannot be edited
// afterwards (C27), so the history is written here with its own instants instead of replaying the
// services at seed time. Every step is checked against the workflow table (TRANSITIONS) and the SLA
// fields use the same clock functions as the services (computeInstants, businessMinutesBetween,
// slaStateAt), so the rows are what the services would have written at those instants; the SLA job
// finds nothing to do right after seeding. No e-mails are queued for this history.
//
// Idempotent: does nothing when any ticket exists, or when the helpdesk master data is missing.
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Conn, Db } from '@/db/client';
import { auditLog, customers, notifications, projects, ratingTokens, servicePoints, slaEvents, slaPlans, staffProfiles, ticketComments, ticketRatings, tickets, users } from '@/db/schema';
import { diff } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/auth/roles';
import { fromZoned, zonedParts } from '@/lib/format/date';
import { addBusinessMinutes, businessMinutesBetween, isWorkingDate, type BusinessCalendar } from '@/lib/sla/calendar';
import { loadCalendar } from '@/lib/sla/calendar-loader';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';
import type { SlaEventKind, TicketCategory, TicketPriority, TicketStatus } from '@/lib/tickets/constants';
import { nextTicketNumber } from '@/lib/tickets/numbering';
import { TRANSITIONS, type TicketMove } from '@/lib/tickets/transitions';

const PEOPLE = {
  admin: 'admin@relasi.test',
  helpdesk: 'helpdesk@relasi.test',
  sp: 'servicepoint@relasi.test',
  eng: 'engineer@relasi.test',
  customer: 'customer@relasi.test',
  joko: 'joko.santoso@relasi.test',
  rina: 'rina.kartika@relasi.test',
  budi: 'budi.hartono@relasi.test',
  dewi: 'dewi.anggraini@relasi.test',
  agus: 'agus.setiawan@relasi.test',
  fajar: 'fajar.ramadhan@relasi.test',
  yohanes: 'yohanes.sitompul@relasi.test',
  andi: 'andi.pratama@relasi.test',
} as const;
type Who = keyof typeof PEOPLE;

/** `wd` working days before today at a local time, or `ago` minutes before now. */
type When = { wd: number; at: string } | { ago: number };

type Scenario = {
  customer: string; // customers.email
  project?: string;
  /** The demo customer's contact opened it herself; otherwise helpdesk took the call. */
  byContact?: boolean;
  reporter?: { name: string; phone?: string; email?: string };
  category: TicketCategory;
  priority: TicketPriority;
  summary: string;
  detail: string;
  open: When;
  to: TicketStatus;
  engineer?: Who;
  /** Business minutes before a move (defaults in GAP). */
  gaps?: Partial<Record<TicketMove, number>>;
  declined?: { by: Who; reason: string };
  pause?: { reason: string };
  reopen?: { by: Who; reason: string };
  resolution?: string;
  resolvedBy?: Who;
  comments?: Array<{ by: Who; after: number; body: string; internal?: boolean }>;
  rating?: { score: number; comment?: string };
};

const GAP: Record<TicketMove, number> = {
  assign: 15,
  accept: 30,
  dispatch: 30,
  confirm: 20,
  decline: 45,
  start: 90,
  pend: 60,
  resume: 600,
  resolve: 120,
  close: 480,
  document: 960,
  reopen: 600,
};

const DEMO = 'customer@relasi.test';

const SCENARIOS: Scenario[] = [
  // ——— CV Lestari Jaya (the demo customer, Semarang): eight tickets in most states ———
  {
    customer: DEMO,
    byContact: true,
    category: 'incident',
    priority: 'normal',
    summary: 'Wi-Fi ruang rapat lantai 2 sering terputus',
    detail: 'Sejak kemarin sore Wi-Fi di ruang rapat lantai 2 putus setiap 10–15 menit. Laptop tamu juga mengalami hal yang sama. Ruangan lain normal.',
    open: { ago: 35 },
    to: 'new',
  },
  {
    customer: DEMO,
    byContact: true,
    category: 'incident',
    priority: 'high',
    summary: 'Printer jaringan bagian keuangan tidak terdeteksi',
    detail: 'Printer Epson di bagian keuangan tidak muncul di daftar printer sejak pergantian router. Staf keuangan harus mencetak lewat PC bagian umum.',
    open: { wd: 3, at: '09:20' },
    to: 'pending',
    engineer: 'eng',
    pause: { reason: 'Menunggu pelanggan menyiapkan akun administrator untuk PC bagian keuangan.' },
    comments: [
      { by: 'eng', after: 200, body: 'Driver printer perlu dipasang ulang dengan hak administrator. Mohon disiapkan akun admin lokal.' },
      { by: 'customer', after: 260, body: 'Baik, kami tunggu IT pusat mengirimkan kata sandinya.' },
    ],
  },
  {
    customer: DEMO,
    project: 'Server & Backup Gudang Kendal',
    category: 'incident',
    priority: 'critical',
    summary: 'Backup harian server gudang Kendal gagal',
    detail: 'Laporan backup pukul 02.00 menunjukkan status gagal tiga malam berturut-turut. Pesan galat: "destination not reachable".',
    reporter: { name: 'Citra Lestari', phone: '+6281200000006', email: DEMO },
    open: { wd: 6, at: '08:10' },
    to: 'in_progress',
    engineer: 'eng',
    resolution: 'Kredensial NAS tujuan backup diperbarui, backup manual berhasil.',
    reopen: { by: 'customer', reason: 'Backup semalam gagal lagi dengan pesan yang sama.' },
    comments: [{ by: 'eng', after: 900, body: 'Kemungkinan disk NAS hampir penuh; sedang dicek bersama tim gudang.', internal: true }],
  },
  {
    customer: DEMO,
    byContact: true,
    category: 'request',
    priority: 'normal',
    summary: 'Akses VPN dari rumah tidak bisa tersambung',
    detail: 'Dua staf penjualan tidak bisa tersambung ke VPN kantor dari rumah. Aplikasi menampilkan "authentication failed" walau kata sandi benar.',
    open: { wd: 2, at: '10:05' },
    to: 'resolved',
    engineer: 'eng',
    gaps: { start: 30, resolve: 60 },
    resolution: 'Akun VPN kedua staf kedaluwarsa; masa berlaku diperpanjang dan sudah diuji dari jaringan luar.',
  },
  {
    customer: DEMO,
    project: 'Instalasi Jaringan Kantor Pemuda',
    byContact: true,
    category: 'request',
    priority: 'low',
    summary: 'Penambahan 4 titik LAN di ruang staf',
    detail: 'Mohon dipasang empat titik LAN tambahan di ruang staf lantai 1 untuk meja baru, termasuk patch ke switch.',
    open: { wd: 12, at: '13:30' },
    to: 'closed',
    engineer: 'eng',
    gaps: { start: 600, resolve: 300 },
    resolution: 'Empat titik LAN terpasang dan diuji, label port diperbarui.',
    rating: { score: 5, comment: 'Rapi dan cepat, terima kasih Pak Eko.' },
  },
  {
    customer: DEMO,
    project: 'Instalasi Jaringan Kantor Pemuda',
    category: 'incident',
    priority: 'high',
    summary: 'Switch lantai 1 mati setelah pemadaman listrik',
    detail: 'Setelah pemadaman PLN pagi ini, switch di rak lantai 1 tidak menyala. Seluruh PC lantai 1 tidak terhubung.',
    reporter: { name: 'Andri (staf umum)', phone: '+6281390001122' },
    open: { wd: 27, at: '08:45' },
    to: 'documented',
    engineer: 'eng',
    resolution: 'Adaptor daya switch rusak, diganti unit garansi. Disarankan memasang UPS untuk rak lantai 1.',
    rating: { score: 4, comment: 'Sudah normal, semoga UPS segera dipasang.' },
  },
  {
    customer: DEMO,
    byContact: true,
    category: 'incident',
    priority: 'high',
    summary: 'UPS server ruang IT berbunyi terus',
    detail: 'UPS APC di ruang server berbunyi sejak pagi dan lampu baterai berkedip merah. Server masih menyala.',
    open: { ago: 190 },
    to: 'dispatched',
    engineer: 'eng',
    gaps: { assign: 10, accept: 20, dispatch: 15 },
  },
  {
    customer: DEMO,
    project: 'Instalasi Jaringan Kantor Pemuda',
    category: 'installation',
    priority: 'normal',
    summary: 'Pemasangan access point tambahan di gudang',
    detail: 'Gudang belakang belum terjangkau Wi-Fi. Mohon survei dan pemasangan satu access point outdoor.',
    reporter: { name: 'Citra Lestari', phone: '+6281200000006', email: DEMO },
    open: { wd: 1, at: '14:10' },
    to: 'confirmed',
    engineer: 'eng',
    comments: [{ by: 'sp', after: 120, body: 'Pak Eko dijadwalkan datang besok pukul 10.00, mohon akses ke gudang disiapkan.' }],
  },

  // ——— Semarang: the demo coordinator's queue ———
  {
    customer: 'pusatdata@udharma.test',
    project: 'Laboratorium Komputer Fakultas Teknik',
    category: 'incident',
    priority: 'normal',
    summary: 'Koneksi internet lab komputer lambat',
    detail: 'Kecepatan unduh di lab komputer Fakultas Teknik hanya sekitar 2 Mbps sejak pagi, padahal biasanya di atas 50 Mbps.',
    reporter: { name: 'Dr. Wahyu Nugroho', phone: '+6281225550190', email: 'pusatdata@udharma.test' },
    open: { ago: 65 },
    to: 'assigned',
  },
  {
    customer: 'tu@sman3smg.test',
    category: 'incident',
    priority: 'critical',
    summary: 'Internet sekolah mati total sejak pagi',
    detail: 'Semua ruang kelas dan ruang guru tidak bisa mengakses internet. Ujian daring kelas XII dijadwalkan pukul 10.00.',
    reporter: { name: 'Drs. Sugeng Raharjo', phone: '+6281325557788' },
    open: { wd: 1, at: '07:40' },
    to: 'assigned',
  },
  {
    customer: 'lina.marlina@contoh.test',
    category: 'incident',
    priority: 'normal',
    summary: 'Router rumah sering restart sendiri',
    detail: 'Router restart sendiri beberapa kali sehari, terutama malam hari. Lampu power sempat berkedip oranye.',
    reporter: { name: 'Lina Marlina', phone: '+6281544445555', email: 'lina.marlina@contoh.test' },
    open: { ago: 240 },
    to: 'accepted',
    gaps: { assign: 20, accept: 40 },
  },
  {
    customer: 'pusatdata@udharma.test',
    project: 'Laboratorium Komputer Fakultas Teknik',
    category: 'incident',
    priority: 'high',
    summary: 'Dua PC lab tidak mendapat alamat IP',
    detail: 'PC nomor 14 dan 22 di lab Fakultas Teknik tidak mendapat alamat IP (169.254.x.x). Kabel sudah dicoba ditukar.',
    reporter: { name: 'Laboran Fakultas Teknik', phone: '+6281225550191' },
    open: { wd: 3, at: '13:00' },
    to: 'accepted',
  },
  {
    customer: 'tu@sman3smg.test',
    category: 'incident',
    priority: 'normal',
    summary: 'Access point perpustakaan rusak',
    detail: 'Access point di perpustakaan mati total, lampu indikator tidak menyala meskipun kabel PoE sudah diganti.',
    reporter: { name: 'Bu Ratna (pustakawan)', phone: '+6281325551234' },
    open: { wd: 1, at: '09:30' },
    to: 'in_progress',
    engineer: 'eng',
    gaps: { start: 240 },
    comments: [{ by: 'eng', after: 400, body: 'Unit AP diganti sementara dengan unit cadangan, unit rusak dibawa untuk klaim garansi.', internal: true }],
  },
  {
    customer: 'pusatdata@udharma.test',
    category: 'incident',
    priority: 'critical',
    summary: 'Kabel fiber antar gedung putus tergali proyek',
    detail: 'Kabel fiber optik antara gedung rektorat dan gedung kuliah B putus tergali alat berat proyek drainase. Gedung B tanpa jaringan.',
    reporter: { name: 'Dr. Wahyu Nugroho', phone: '+6281225550190', email: 'pusatdata@udharma.test' },
    open: { ago: 300 },
    to: 'dispatched',
    engineer: 'joko',
    gaps: { assign: 10, accept: 15, dispatch: 10, decline: 20 },
    declined: { by: 'rina', reason: 'Sedang cuti sampai Jumat, mohon dialihkan ke engineer lain.' },
  },
  {
    customer: 'lina.marlina@contoh.test',
    category: 'complaint',
    priority: 'normal',
    summary: 'Kecepatan internet tidak sesuai paket',
    detail: 'Paket 100 Mbps tetapi hasil speedtest hanya 20–30 Mbps di semua perangkat, baik Wi-Fi maupun kabel.',
    reporter: { name: 'Lina Marlina', phone: '+6281544445555', email: 'lina.marlina@contoh.test' },
    open: { wd: 4, at: '11:15' },
    to: 'resolved',
    engineer: 'joko',
    resolution: 'Profil kecepatan di OLT masih paket lama; diperbarui ke 100 Mbps dan speedtest menunjukkan 94 Mbps.',
  },
  {
    customer: 'pusatdata@udharma.test',
    category: 'incident',
    priority: 'low',
    summary: 'Proyektor ruang sidang tidak menerima sinyal HDMI',
    detail: 'Proyektor di ruang sidang senat menampilkan "no signal" dari semua laptop. Kabel HDMI sudah diganti.',
    reporter: { name: 'Staf Rektorat', phone: '+6281225550192' },
    open: { wd: 18, at: '10:00' },
    to: 'closed',
    engineer: 'joko',
    resolution: 'Extender HDMI di plafon rusak, diganti dengan unit baru.',
    rating: { score: 3, comment: 'Selesai, tapi teknisi baru datang hari berikutnya.' },
  },

  // ——— Jakarta ———
  {
    customer: 'it@sinarabadi.test',
    project: 'CCTV Gudang Cakung',
    category: 'incident',
    priority: 'high',
    summary: 'CCTV gudang Cakung kamera 3 blank',
    detail: 'Kamera 3 (pintu bongkar muat) menampilkan layar hitam di NVR sejak pukul 06.00. Kamera lain normal.',
    reporter: { name: 'Bambang Sutrisno', phone: '+6281210003344', email: 'it@sinarabadi.test' },
    open: { ago: 10 },
    to: 'new',
  },
  {
    customer: 'budi.santoso@contoh.test',
    category: 'incident',
    priority: 'normal',
    summary: 'Internet rumah putus sejak semalam',
    detail: 'Lampu LOS pada modem menyala merah sejak pukul 22.00 semalam. Sudah dicoba restart modem.',
    reporter: { name: 'Budi Santoso', phone: '+6281211112222', email: 'budi.santoso@contoh.test' },
    open: { ago: 130 },
    to: 'new',
  },
  {
    customer: 'operasional@bprmitra.test',
    project: 'Sistem Antrean 5 Cabang',
    category: 'incident',
    priority: 'critical',
    summary: 'Mesin antrean cabang Menteng error saat cetak nomor',
    detail: 'Mesin antrean di cabang Menteng menampilkan "printer error" setiap kali nasabah menekan tombol. Nasabah dilayani manual.',
    reporter: { name: 'Yuliana Hadi', phone: '+6281290004455', email: 'operasional@bprmitra.test' },
    open: { ago: 200 },
    to: 'assigned',
    gaps: { assign: 20 },
  },
  {
    customer: 'it@sinarabadi.test',
    project: 'Jaringan Kantor Pusat Cilandak',
    category: 'incident',
    priority: 'critical',
    summary: 'Switch core kantor pusat restart berulang',
    detail: 'Switch core di kantor pusat restart sendiri tiga kali sejak pagi. Setiap restart seluruh lantai terputus sekitar 5 menit.',
    reporter: { name: 'Bambang Sutrisno', phone: '+6281210003344', email: 'it@sinarabadi.test' },
    open: { ago: 150 },
    to: 'dispatched',
    engineer: 'dewi',
    gaps: { assign: 10, accept: 15, dispatch: 20 },
  },
  {
    customer: 'operasional@bprmitra.test',
    category: 'request',
    priority: 'normal',
    summary: 'Pemindahan rak server ke ruang baru',
    detail: 'Kantor pusat pindah ruang server ke lantai 3. Mohon pendampingan pemindahan rak dan penataan ulang kabel pada hari Sabtu.',
    reporter: { name: 'Yuliana Hadi', phone: '+6281290004455', email: 'operasional@bprmitra.test' },
    open: { wd: 2, at: '15:00' },
    to: 'confirmed',
    engineer: 'budi',
  },
  {
    customer: 'it@sinarabadi.test',
    category: 'incident',
    priority: 'normal',
    summary: 'Wi-Fi tamu lobi tidak bisa login portal',
    detail: 'Halaman login Wi-Fi tamu di lobi tidak muncul; tamu hanya melihat "tidak ada koneksi internet".',
    reporter: { name: 'Resepsionis Sinar Abadi', phone: '+6281210003355' },
    open: { wd: 5, at: '10:40' },
    to: 'in_progress',
    engineer: 'budi',
    gaps: { start: 1200 },
  },
  {
    customer: 'budi.santoso@contoh.test',
    category: 'incident',
    priority: 'normal',
    summary: 'Modem perlu diganti karena adaptor terbakar',
    detail: 'Adaptor modem berbau gosong dan modem tidak menyala. Mohon penggantian perangkat.',
    reporter: { name: 'Budi Santoso', phone: '+6281211112222', email: 'budi.santoso@contoh.test' },
    open: { wd: 2, at: '08:30' },
    to: 'pending',
    engineer: 'dewi',
    pause: { reason: 'Pelanggan sedang ke luar kota; kunjungan menunggu konfirmasi jadwal dari pelanggan.' },
  },
  {
    customer: 'operasional@bprmitra.test',
    category: 'incident',
    priority: 'high',
    summary: 'Printer slip teller macet',
    detail: 'Printer slip di loket teller 2 kantor pusat macet setiap mencetak lebih dari dua lembar.',
    reporter: { name: 'Supervisor Teller', phone: '+6281290004466' },
    open: { wd: 3, at: '09:00' },
    to: 'resolved',
    engineer: 'budi',
    resolvedBy: 'budi',
    resolution: 'Roller penarik kertas aus, diganti. Uji cetak 20 slip berturut-turut berhasil.',
  },
  {
    customer: 'it@sinarabadi.test',
    category: 'request',
    priority: 'low',
    summary: 'Email kantor tidak bisa kirim lampiran besar',
    detail: 'Pengiriman email dengan lampiran di atas 10 MB selalu gagal. Mohon batas ukuran dinaikkan ke 25 MB.',
    reporter: { name: 'Bambang Sutrisno', phone: '+6281210003344', email: 'it@sinarabadi.test' },
    open: { wd: 15, at: '14:20' },
    to: 'closed',
    engineer: 'dewi',
    resolution: 'Batas ukuran pesan di server surel dinaikkan ke 25 MB dan sudah diuji.',
    rating: { score: 4 },
  },
  {
    customer: 'it@sinarabadi.test',
    project: 'Jaringan Kantor Pusat Cilandak',
    category: 'installation',
    priority: 'normal',
    summary: 'Instalasi 20 titik jaringan lantai 5',
    detail: 'Lantai 5 akan ditempati divisi baru. Mohon instalasi 20 titik jaringan dan satu access point.',
    reporter: { name: 'Bambang Sutrisno', phone: '+6281210003344', email: 'it@sinarabadi.test' },
    open: { wd: 29, at: '09:00' },
    to: 'documented',
    engineer: 'budi',
    gaps: { start: 1500, resolve: 1800 },
    resolution: '20 titik jaringan dan satu access point terpasang, hasil uji kabel terlampir di berita acara.',
    rating: { score: 5, comment: 'Pekerjaan rapi dan sesuai jadwal.' },
    comments: [{ by: 'helpdesk', after: 60, body: 'Surat tugas untuk Pak Budi sudah dicetak.', internal: true }],
  },
  {
    customer: 'operasional@bprmitra.test',
    project: 'Sistem Antrean 5 Cabang',
    category: 'incident',
    priority: 'high',
    summary: 'Sistem antrean cabang Kemang tidak sinkron',
    detail: 'Nomor antrean di layar cabang Kemang tidak sama dengan nomor tiket yang tercetak.',
    reporter: { name: 'Kepala Cabang Kemang', phone: '+6281290004477' },
    open: { wd: 24, at: '11:00' },
    to: 'documented',
    engineer: 'dewi',
    resolution: 'Jam di PC server antrean tidak sinkron; NTP diaktifkan dan layanan antrean dijalankan ulang.',
  },

  // ——— Bandung ———
  {
    customer: 'siti.aminah@contoh.test',
    category: 'complaint',
    priority: 'normal',
    summary: 'Tagihan internet bulan ini dobel',
    detail: 'Tagihan bulan ini tertulis dua kali untuk periode yang sama. Mohon dicek dan dikoreksi.',
    reporter: { name: 'Siti Aminah', phone: '+6285722223333', email: 'siti.aminah@contoh.test' },
    open: { wd: 1, at: '13:45' },
    to: 'new',
  },
  {
    customer: 'sarpras@rssehatsentosa.test',
    project: 'Wi-Fi Gedung Rawat Inap',
    category: 'incident',
    priority: 'high',
    summary: 'Sinyal Wi-Fi ruang rawat inap lantai 3 lemah',
    detail: 'Perawat melaporkan tablet rekam medis sering terputus di sayap timur lantai 3.',
    reporter: { name: 'dr. Hendra Kusuma', phone: '+6281220001122', email: 'sarpras@rssehatsentosa.test' },
    open: { wd: 4, at: '08:15' },
    to: 'in_progress',
    engineer: 'agus',
    gaps: { accept: 200, dispatch: 240, start: 900 },
    comments: [
      { by: 'agus', after: 1300, body: 'Survei sinyal selesai; perlu tambahan satu access point di lorong timur.' },
      { by: 'helpdesk', after: 1400, body: 'Tiket ini sudah melewati SLA, mohon prioritas.', internal: true },
    ],
  },
  {
    customer: 'teknik@tekstilpriangan.test',
    project: 'Jaringan Pabrik Dayeuhkolot',
    category: 'incident',
    priority: 'normal',
    summary: 'Jaringan mesin tenun tidak terhubung ke server produksi',
    detail: 'Enam mesin tenun di hall B tidak mengirim data ke server produksi sejak pagi.',
    reporter: { name: 'Asep Saepudin', phone: '+6282120003344', email: 'teknik@tekstilpriangan.test' },
    open: { wd: 2, at: '07:50' },
    to: 'resolved',
    engineer: 'agus',
    resolution: 'Switch di hall B terkena debu dan kepanasan; dibersihkan, kipas diganti, koneksi kembali normal.',
  },
  {
    customer: 'sarpras@rssehatsentosa.test',
    category: 'incident',
    priority: 'critical',
    summary: 'Server SIMRS lambat saat jam sibuk',
    detail: 'Aplikasi SIMRS sangat lambat setiap pukul 08.00–10.00, antrean pendaftaran menumpuk.',
    reporter: { name: 'dr. Hendra Kusuma', phone: '+6281220001122', email: 'sarpras@rssehatsentosa.test' },
    open: { wd: 20, at: '08:30' },
    to: 'closed',
    engineer: 'agus',
    gaps: { resolve: 2400 },
    resolution: 'RAM server ditambah dan indeks basis data SIMRS dibangun ulang; waktu muat turun dari 12 detik ke 2 detik.',
    rating: { score: 2, comment: 'Penanganan terlalu lama, antrean pasien menumpuk dua hari.' },
  },

  // ——— Surabaya ———
  {
    customer: 'it@pelabuhannusantara.test',
    project: 'Radio Link Dermaga',
    category: 'incident',
    priority: 'high',
    summary: 'Radio link dermaga 2 putus-putus',
    detail: 'Link radio ke dermaga 2 putus beberapa detik setiap 5–10 menit. Aplikasi bongkar muat sering gagal sinkron.',
    reporter: { name: 'Ir. Slamet Riyadi', phone: '+6281330002211', email: 'it@pelabuhannusantara.test' },
    open: { wd: 2, at: '09:10' },
    to: 'accepted',
  },
  {
    customer: 'admin@majubersama.test',
    category: 'incident',
    priority: 'normal',
    summary: 'POS kasir 2 tidak bisa cetak struk',
    detail: 'Printer struk di kasir 2 tidak merespons. Kasir 2 tidak bisa dipakai.',
    reporter: { name: 'Hartono Wijaya', phone: '+6281330004455', email: 'admin@majubersama.test' },
    open: { wd: 5, at: '10:30' },
    to: 'pending',
    engineer: 'fajar',
    pause: { reason: 'Menunggu printer pengganti dari distributor yang dipesan pelanggan.' },
    comments: [{ by: 'fajar', after: 400, body: 'Printer struk rusak pada mainboard, perlu unit baru. Pelanggan memesan sendiri ke distributor.' }],
  },
  {
    customer: 'rudi.hermawan@contoh.test',
    category: 'installation',
    priority: 'normal',
    summary: 'Pemasangan CCTV rumah 4 kamera',
    detail: 'Pemasangan 4 kamera CCTV (depan, samping, belakang, garasi) dan perekam NVR.',
    reporter: { name: 'Rudi Hermawan', phone: '+6281333334444', email: 'rudi.hermawan@contoh.test' },
    open: { wd: 14, at: '13:00' },
    to: 'closed',
    engineer: 'fajar',
    gaps: { start: 900, resolve: 300 },
    resolution: 'Empat kamera dan NVR terpasang, aplikasi pemantauan sudah dipasang di ponsel pelanggan.',
    rating: { score: 5, comment: 'Teknisi ramah dan menjelaskan cara pakai aplikasinya.' },
  },
  {
    customer: 'it@pelabuhannusantara.test',
    category: 'incident',
    priority: 'high',
    summary: 'CCTV dermaga timur mati',
    detail: 'Tiga kamera di dermaga timur offline sejak hujan deras semalam.',
    reporter: { name: 'Ir. Slamet Riyadi', phone: '+6281330002211', email: 'it@pelabuhannusantara.test' },
    open: { wd: 22, at: '07:30' },
    to: 'documented',
    engineer: 'fajar',
    resolution: 'Konektor kabel di kotak sambungan kemasukan air; konektor diganti dan kotak diberi seal baru.',
    rating: { score: 4 },
  },

  // ——— Medan ———
  {
    customer: 'engineering@hoteldanautoba.test',
    category: 'incident',
    priority: 'high',
    summary: 'IPTV kamar lantai 7 tidak ada siaran',
    detail: 'Seluruh kamar di lantai 7 hanya menampilkan "no signal" pada IPTV. Lantai lain normal.',
    reporter: { name: 'Maria Tambunan', phone: '+6281260001234', email: 'engineering@hoteldanautoba.test' },
    open: { wd: 1, at: '16:00' },
    to: 'dispatched',
    engineer: 'yohanes',
  },
  {
    customer: 'gudang@kopinusantara.test',
    project: 'Jaringan Gudang Amplas',
    category: 'incident',
    priority: 'normal',
    summary: 'Timbangan digital tidak mengirim data ke server gudang',
    detail: 'Data timbangan karung kopi tidak masuk ke aplikasi gudang sejak kemarin.',
    reporter: { name: 'Robert Simanjuntak', phone: '+6281260005566', email: 'gudang@kopinusantara.test' },
    open: { wd: 3, at: '14:00' },
    to: 'resolved',
    engineer: 'yohanes',
    resolution: 'Alamat IP timbangan bentrok dengan printer baru; timbangan diberi IP statis.',
  },
  {
    customer: 'engineering@hoteldanautoba.test',
    category: 'incident',
    priority: 'critical',
    summary: 'Wi-Fi tamu ballroom putus saat acara',
    detail: 'Wi-Fi di ballroom putus saat acara pernikahan berlangsung, sekitar 300 tamu terdampak.',
    reporter: { name: 'Maria Tambunan', phone: '+6281260001234', email: 'engineering@hoteldanautoba.test' },
    open: { wd: 25, at: '15:30' },
    to: 'documented',
    engineer: 'yohanes',
    resolution: 'Batas klien per access point dinaikkan dan dua access point tambahan dipasang untuk acara besar.',
    rating: { score: 3, comment: 'Masalah selesai, tapi sempat mengganggu acara.' },
  },

  // ——— Makassar ———
  {
    customer: 'teguh.wibowo@contoh.test',
    category: 'incident',
    priority: 'low',
    summary: 'Internet rumah lambat pada malam hari',
    detail: 'Setiap pukul 19.00–23.00 kecepatan turun drastis, video sering buffering.',
    reporter: { name: 'Teguh Wibowo', phone: '+6281155556666', email: 'teguh.wibowo@contoh.test' },
    open: { wd: 16, at: '09:45' },
    to: 'closed',
    engineer: 'andi',
    resolution: 'Kanal Wi-Fi dipindah dari kanal padat, router dipasang di posisi lebih tinggi.',
    rating: { score: 4, comment: 'Sekarang lancar.' },
  },
  {
    customer: 'teguh.wibowo@contoh.test',
    category: 'request',
    priority: 'low',
    summary: 'Permintaan pindah alamat layanan',
    detail: 'Saya akan pindah rumah ke Jl. Hertasning No. 21 bulan depan. Mohon layanan internet dipindahkan.',
    reporter: { name: 'Teguh Wibowo', phone: '+6281155556666', email: 'teguh.wibowo@contoh.test' },
    open: { wd: 1, at: '11:20' },
    to: 'new',
  },
];

type Ticket = typeof tickets.$inferInsert;
type Person = { id: string; role: Role; name: string };
type Audit = { actor: Person; action: string; at: Date; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
type Plan = typeof slaPlans.$inferSelect;

type Context = {
  now: Date;
  cal: BusinessCalendar;
  people: Record<Who, Person>;
  customers: Map<string, { id: string; city: string | null; slaPlanId: string | null }>;
  projects: Map<string, { id: string; slaPlanId: string | null }>; // `${customerId}:${name}`
  points: Array<{ id: string; name: string; cities: string[] }>;
  plans: Map<string, Plan>;
  firstPlan: Plan | null;
};

/** The local date `n` working days before today, at hh:mm in the business zone. */
function workingDaysAgo(ctx: Context, n: number, hhmm: string): Date {
  const today = zonedParts(ctx.now, ctx.cal.timeZone);
  let d = new Date(Date.UTC(today.year, today.month - 1, today.day));
  let left = n;
  while (left > 0) {
    d = new Date(d.getTime() - 86_400_000);
    if (isWorkingDate(ctx.cal, d.toISOString().slice(0, 10))) left--;
  }
  const [h, m] = hhmm.split(':').map(Number);
  return fromZoned(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h, m, ctx.cal.timeZone);
}

function when(ctx: Context, w: When): Date {
  return 'ago' in w ? new Date(ctx.now.getTime() - w.ago * 60_000) : workingDaysAgo(ctx, w.wd, w.at);
}

type Step = { move: TicketMove; by: Who; data?: { servicePointId?: string; engineer?: Who; reason?: string; resolution?: string } };

/** The usual path to the scenario's status, each step by the role that makes it. */
function stepsOf(sc: Scenario, pointId: string, coordinator: Who): Step[] {
  const eng = sc.engineer ?? 'eng';
  if (sc.to === 'new') return [];
  const s: Step[] = [{ move: 'assign', by: 'helpdesk', data: { servicePointId: pointId } }];
  if (sc.to === 'assigned') return s;
  s.push({ move: 'accept', by: coordinator });
  if (sc.to === 'accepted') return s;
  if (sc.declined) s.push({ move: 'dispatch', by: coordinator, data: { engineer: sc.declined.by } }, { move: 'decline', by: sc.declined.by, data: { reason: sc.declined.reason } });
  s.push({ move: 'dispatch', by: coordinator, data: { engineer: eng } });
  if (sc.to === 'dispatched') return s;
  s.push({ move: 'confirm', by: eng });
  if (sc.to === 'confirmed') return s;
  s.push({ move: 'start', by: eng });
  if (sc.to === 'pending' && !sc.pause) throw new Error(`demo ticket "${sc.summary}": pending needs a reason`);
  if (sc.pause) {
    s.push({ move: 'pend', by: eng, data: { reason: sc.pause.reason } });
    if (sc.to === 'pending') return s;
    s.push({ move: 'resume', by: eng });
  }
  if (sc.to === 'in_progress' && !sc.reopen) return s;
  s.push({ move: 'resolve', by: sc.resolvedBy ?? eng, data: { resolution: sc.resolution ?? 'Masalah sudah ditangani dan diuji bersama pelanggan.' } });
  if (sc.reopen) {
    s.push({ move: 'reopen', by: sc.reopen.by, data: { reason: sc.reopen.reason } });
    return s;
  }
  if (sc.to === 'resolved') return s;
  s.push({ move: 'close', by: 'helpdesk' });
  if (sc.to === 'closed') return s;
  s.push({ move: 'document', by: 'helpdesk' });
  return s;
}

type Simulated = {
  row: Ticket & { id: string; createdAt: Date };
  audits: Audit[];
  comments: Array<{ author: Person; body: string; internal: boolean; at: Date }>;
  events: Array<{ kind: SlaEventKind; dueAt: Date }>;
  notes: Array<{ userId: string; event: string; at: Date; staff: boolean; reason?: string }>;
  resolves: Date[];
};

/** Replays the scenario the way lib/tickets/service/{create,move}.ts would have, at the scenario's instants. */
function simulate(ctx: Context, sc: Scenario, number: string): Simulated {
  const customer = ctx.customers.get(sc.customer)!;
  const project = sc.project ? ctx.projects.get(`${customer.id}:${sc.project}`) ?? null : null;
  const plan = (project?.slaPlanId && ctx.plans.get(project.slaPlanId)) || (customer.slaPlanId && ctx.plans.get(customer.slaPlanId)) || ctx.firstPlan;
  const city = (customer.city ?? '').toLowerCase();
  const point = ctx.points.find((p) => p.cities.includes(city)) ?? ctx.points[0];
  const coordinator: Who = point.name === 'Service Point Semarang' ? 'sp' : 'admin';
  const openedAt = when(ctx, sc.open);
  const creator = sc.byContact ? ctx.people.customer : ctx.people.helpdesk;
  const contact = sc.customer === DEMO ? ctx.people.customer : null;
  const reporter = sc.byContact ? { name: ctx.people.customer.name, phone: '+6281200000006', email: DEMO } : (sc.reporter ?? { name: 'Pelapor' });

  const t: Simulated['row'] = {
    id: randomUUID(),
    number,
    customerId: customer.id,
    projectId: project?.id ?? null,
    slaPlanId: plan?.id ?? null,
    reporterName: reporter.name,
    reporterPhone: reporter.phone ?? null,
    reporterEmail: reporter.email ?? null,
    category: sc.category,
    priority: sc.priority,
    summary: sc.summary,
    detail: sc.detail,
    status: 'new',
    createdBy: creator.id,
    slaResponseMinutes: plan?.responseMinutes ?? null,
    slaResolutionMinutes: plan?.resolutionMinutes ?? null,
    slaWarningPercent: plan?.warningPercent ?? null,
    slaPauseOnPending: plan?.pauseOnPending ?? true,
    pausedMinutes: 0,
    reopenCount: 0,
    version: 1,
    slaState: 'ok',
    idempotencyKey: randomUUID(),
    createdAt: openedAt,
    updatedAt: openedAt,
  };
  if (plan) {
    const i = computeInstants(openedAt, plan, 0, ctx.cal);
    Object.assign(t, i, { slaWarnAt: i.responseWarnAt, slaDueAt: i.responseDueAt });
  }
  const out: Simulated = { row: t, audits: [], comments: [], events: [], notes: [], resolves: [] };
  out.audits.push({ actor: creator, action: 'ticket.create', at: openedAt, before: null, after: { number, status: 'new', customerId: customer.id, category: sc.category, priority: sc.priority, summary: sc.summary } });

  // `reason` for the moves whose notification text quotes it (pending, declined, reopened).
  const notify = (event: string, at: Date, actor: Person, groups: Array<'helpdesk' | 'point' | 'engineer' | 'customer'>, reason?: string) => {
    for (const g of groups) {
      const u =
        g === 'helpdesk' ? ctx.people.helpdesk : g === 'point' ? (coordinator === 'sp' ? ctx.people.sp : null) : g === 'engineer' ? (t.assigneeId ? Object.values(ctx.people).find((p) => p.id === t.assigneeId) ?? null : null) : contact;
      if (u && u.id !== actor.id) out.notes.push({ userId: u.id, event, at, staff: g !== 'customer', ...(reason ? { reason } : {}) });
    }
  };
  notify('created', openedAt, creator, ['helpdesk']);

  const steps = stepsOf(sc, point.id, coordinator);
  let at = openedAt;
  steps.forEach((step, idx) => {
    const rule = TRANSITIONS[step.move];
    const actor = ctx.people[step.by];
    if (!rule.roles.includes(actor.role) || !rule.from.includes(t.status!) || (actor.role === 'customer' && t.status !== 'resolved')) {
      throw new Error(`demo ticket "${sc.summary}": ${actor.role} cannot ${step.move} from ${t.status}`);
    }
    // Every step strictly after the last and before now, whatever time of day the seed runs.
    const left = steps.length - idx;
    const latest = ctx.now.getTime() - left * 60_000;
    let next = addBusinessMinutes(at, sc.gaps?.[step.move] ?? GAP[step.move], ctx.cal).getTime();
    if (next > latest) next = at.getTime() + Math.max(1000, Math.floor((latest - at.getTime()) / 2));
    at = new Date(next);
    const before = { status: t.status, servicePointId: t.servicePointId ?? null, assigneeId: t.assigneeId ?? null };
    switch (step.move) {
      case 'assign':
        Object.assign(t, { servicePointId: step.data!.servicePointId, assignedBy: actor.id, assignedAt: at, assigneeId: null });
        break;
      case 'accept':
        Object.assign(t, { acceptedBy: actor.id, acceptedAt: at });
        break;
      case 'dispatch':
        Object.assign(t, { assigneeId: ctx.people[step.data!.engineer!].id, dispatchedBy: actor.id, dispatchedAt: at, declineReason: null });
        break;
      case 'confirm':
        Object.assign(t, { confirmedBy: actor.id, confirmedAt: at });
        break;
      case 'decline':
        Object.assign(t, { declineReason: step.data!.reason, assigneeId: null, confirmedAt: null, confirmedBy: null });
        break;
      case 'start':
        t.startedAt = t.startedAt ?? at;
        break;
      case 'pend':
        Object.assign(t, { pendingBy: actor.id, pendingAt: at, pendingReason: step.data!.reason });
        break;
      case 'resolve':
        Object.assign(t, { resolution: step.data!.resolution, resolvedBy: actor.id, resolvedAt: at });
        out.resolves.push(at);
        break;
      case 'close':
        Object.assign(t, { closedBy: actor.id, closedAt: at });
        break;
      case 'document':
        Object.assign(t, { documentedBy: actor.id, documentedAt: at });
        break;
      case 'reopen':
        Object.assign(t, { reopenCount: (t.reopenCount ?? 0) + 1, resolvedAt: null, resolvedBy: null, closedAt: null, closedBy: null, documentedAt: null, documentedBy: null });
        break;
    }
    // The SLA bookkeeping of moveTicket's slaPatch.
    if (plan) {
      const to = rule.to;
      if (t.pausedSince && to !== 'pending') {
        t.pausedMinutes = (t.pausedMinutes ?? 0) + businessMinutesBetween(t.pausedSince, at, ctx.cal);
        t.pausedSince = null;
        const i = computeInstants(openedAt, plan, t.pausedMinutes, ctx.cal);
        t.resolutionWarnAt = i.resolutionWarnAt;
        t.resolutionDueAt = i.resolutionDueAt;
      }
      if (to === 'pending' && t.slaPauseOnPending && !t.pausedSince) t.pausedSince = at;
      if (!t.respondedAt && to === 'accepted') t.respondedAt = at;
      if (to === 'resolved' || to === 'closed' || to === 'documented') {
        t.slaWarnAt = null;
        t.slaDueAt = null;
        if (to === 'resolved') t.slaState = slaStateAt(at, t.resolutionWarnAt!, t.resolutionDueAt!);
      } else if (t.respondedAt) {
        t.slaWarnAt = t.resolutionWarnAt;
        t.slaDueAt = t.resolutionDueAt;
        t.slaState = slaStateAt(at, t.resolutionWarnAt!, t.resolutionDueAt!, t.pausedSince);
      }
    }
    t.status = rule.to;
    t.version = (t.version ?? 1) + 1;
    t.updatedAt = at;
    const reason = step.data?.reason;
    out.audits.push({
      actor,
      action: `ticket.${step.move}`,
      at,
      before,
      after: { status: t.status, servicePointId: t.servicePointId ?? null, assigneeId: t.assigneeId ?? null, ...(reason ? { reason } : {}), ...(step.move === 'resolve' ? { resolution: step.data!.resolution } : {}) },
    });
    const audience: Record<TicketMove, Array<'helpdesk' | 'point' | 'engineer' | 'customer'>> = {
      assign: ['point'],
      accept: ['customer'],
      dispatch: ['engineer'],
      confirm: ['point', 'customer'],
      decline: ['point'],
      start: ['customer'],
      pend: ['customer', 'helpdesk'],
      resume: ['engineer'],
      resolve: ['helpdesk', 'customer'],
      close: ['customer'],
      document: [],
      reopen: ['engineer', 'point', 'helpdesk'],
    };
    const event = { assign: 'assigned', accept: 'accepted', dispatch: 'dispatched', confirm: 'confirmed', decline: 'declined', start: 'started', pend: 'pending', resume: 'resumed', resolve: 'resolved', close: 'closed', document: 'documented', reopen: 'reopened' }[step.move];
    notify(event, at, actor, audience[step.move], step.data?.reason);
  });

  // A running clock is read now (what the SLA job would have stored by now); a paused one at its pause.
  const open = !['resolved', 'closed', 'documented'].includes(t.status!);
  if (plan && open) t.slaState = slaStateAt(ctx.now, t.slaWarnAt ?? null, t.slaDueAt ?? null, t.pausedSince ?? null);

  // The alerts the SLA job sent while each clock ran (a response clock runs until accepted).
  if (plan) {
    const responseEnd = t.respondedAt ?? (open ? ctx.now : null);
    if (responseEnd) {
      if (t.responseWarnAt! <= responseEnd) out.events.push({ kind: 'response_warning', dueAt: t.responseWarnAt! });
      if (t.responseDueAt! <= responseEnd) out.events.push({ kind: 'response_breach', dueAt: t.responseDueAt! });
    }
    if (t.respondedAt) {
      const end = open ? (t.pausedSince ?? ctx.now) : (out.resolves[0] ?? ctx.now);
      if (t.resolutionWarnAt! <= end) out.events.push({ kind: 'resolution_warning', dueAt: t.resolutionWarnAt! });
      if (t.resolutionDueAt! <= end) out.events.push({ kind: 'resolution_breach', dueAt: t.resolutionDueAt! });
    }
  }

  for (const c of sc.comments ?? []) {
    const author = ctx.people[c.by];
    let cAt = addBusinessMinutes(openedAt, c.after, ctx.cal);
    if (cAt.getTime() > ctx.now.getTime() - 30_000) cAt = new Date(openedAt.getTime() + (ctx.now.getTime() - openedAt.getTime()) / 3);
    const internal = author.role === 'customer' ? false : !!c.internal;
    out.comments.push({ author, body: c.body, internal, at: cAt });
    if (!internal) notify(author.role === 'customer' ? 'customer_commented' : 'staff_commented', cAt, author, author.role === 'customer' ? ['helpdesk', 'point', 'engineer'] : ['customer']);
  }
  return out;
}

async function loadContext(conn: Conn, now: Date): Promise<Context | null> {
  const people = await conn.select({ id: users.id, role: users.role, name: users.name, email: users.email }).from(users).where(inArray(users.email, Object.values(PEOPLE)));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  if (Object.values(PEOPLE).some((e) => !byEmail.has(e))) return null;
  const points = await conn.select({ id: servicePoints.id, name: servicePoints.name, cities: servicePoints.cities }).from(servicePoints);
  const onPoint = await conn.select({ userId: staffProfiles.userId }).from(staffProfiles);
  if (!points.some((p) => p.name === 'Service Point Semarang') || !onPoint.some((p) => p.userId === byEmail.get(PEOPLE.eng)!.id)) return null;
  const custRows = await conn.select({ id: customers.id, email: customers.email, city: customers.city, slaPlanId: customers.slaPlanId }).from(customers).where(inArray(customers.email, [...new Set(SCENARIOS.map((s) => s.customer))]));
  if (custRows.length < new Set(SCENARIOS.map((s) => s.customer)).size) return null;
  const projRows = await conn.select({ id: projects.id, customerId: projects.customerId, name: projects.name, slaPlanId: projects.slaPlanId }).from(projects);
  const planRows = await conn.select().from(slaPlans).orderBy(slaPlans.createdAt);
  return {
    now,
    cal: await loadCalendar(conn, new Date(now.getTime() - 400 * 86_400_000)),
    people: Object.fromEntries(Object.entries(PEOPLE).map(([k, e]) => [k, byEmail.get(e)!])) as unknown as Record<Who, Person>,
    customers: new Map(custRows.map((c) => [c.email!, c])),
    projects: new Map(projRows.map((p) => [`${p.customerId}:${p.name}`, p])),
    points,
    plans: new Map(planRows.map((p) => [p.id, p])),
    firstPlan: planRows.find((p) => p.active) ?? null,
  };
}

/** Seeds the demo tickets once; returns how many were written (0 when skipped). */
export async function seedHelpdeskTickets(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    // One seeder at a time; a second run (or a database with tickets) changes nothing.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('relasi:seed:helpdesk-tickets'))`);
    const [{ n }] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from tickets`);
    if (Number(n) > 0) return 0;
    const ctx = await loadContext(tx, now);
    if (!ctx) return 0;

    // Numbers in opening order, per business year, from the same gap-free counter openTicket uses.
    const ordered = SCENARIOS.map((sc) => ({ sc, openedAt: when(ctx, sc.open) })).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    const sims: Simulated[] = [];
    for (const { sc, openedAt } of ordered) {
      const number = await nextTicketNumber(tx, zonedParts(openedAt, ctx.cal.timeZone).year);
      sims.push(simulate(ctx, sc, number));
    }

    await tx.insert(tickets).values(sims.map((s) => s.row));
    const audits = sims.flatMap((s) => s.audits.map((a) => ({ ...a, ticketId: s.row.id })));
    const comments = sims.flatMap((s) => s.comments.map((c) => ({ id: randomUUID(), ticketId: s.row.id, authorId: c.author.id, body: c.body, internal: c.internal, createdAt: c.at })));
    if (comments.length) await tx.insert(ticketComments).values(comments);
    for (const c of comments) {
      const author = Object.values(ctx.people).find((p) => p.id === c.authorId)!;
      audits.push({ actor: author, action: c.internal ? 'ticket.comment_internal' : 'ticket.comment', at: c.createdAt, before: null, after: { commentId: c.id }, ticketId: c.ticketId });
    }
    audits.sort((a, b) => a.at.getTime() - b.at.getTime());
    await tx.insert(auditLog).values(
      audits.map((a) => {
        const d = diff(a.before, a.after);
        return { actorId: a.actor.id, actorRole: a.actor.role, action: a.action, entityType: 'ticket', entityId: a.ticketId, before: d.before as object | null, after: d.after as object | null, at: a.at };
      }),
    );

    const events = sims.flatMap((s) => s.events.map((e) => ({ ticketId: s.row.id, kind: e.kind, dueAt: e.dueAt, createdAt: e.dueAt })));
    if (events.length) await tx.insert(slaEvents).values(events);

    // Rating links as moveTicket issues them on resolve (only the hash is kept), and the ratings given.
    const tokens: Array<typeof ratingTokens.$inferInsert> = [];
    const ratings: Array<typeof ticketRatings.$inferInsert> = [];
    sims.forEach((s, i) => {
      const sc = ordered[i].sc;
      s.resolves.forEach((at, k) => {
        const last = k === s.resolves.length - 1;
        const ratedAt = sc.rating && last ? new Date(Math.min(at.getTime() + 3 * 3_600_000, now.getTime() - 60_000)) : null;
        tokens.push({
          ticketId: s.row.id,
          tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
          expiresAt: new Date(at.getTime() + 14 * 86_400_000),
          usedAt: last ? ratedAt : (s.resolves[k + 1] ?? at),
          createdAt: at,
        });
        if (ratedAt) {
          ratings.push({ ticketId: s.row.id, customerId: s.row.customerId, rating: sc.rating!.score, comment: sc.rating!.comment ?? null, engineerId: s.row.assigneeId ?? null, servicePointId: s.row.servicePointId ?? null, createdAt: ratedAt });
        }
      });
    });
    if (tokens.length) await tx.insert(ratingTokens).values(tokens);
    if (ratings.length) await tx.insert(ticketRatings).values(ratings);

    // In-app notifications of the last week for the demo accounts (older ones already read).
    const weekAgo = now.getTime() - 7 * 86_400_000;
    const notes = sims.flatMap((s) =>
      s.notes
        .filter((n) => n.at.getTime() >= weekAgo)
        .map((n) => ({
          userId: n.userId,
          kind: `ticket.${n.event}`,
          params: { number: s.row.number, summary: s.row.summary.slice(0, 120), ...(n.reason ? { reason: n.reason.slice(0, 200) } : {}) },
          link: n.staff ? `/staff/tickets/${s.row.id}` : `/account/tickets/${s.row.id}`,
          readAt: n.at.getTime() < now.getTime() - 2 * 86_400_000 ? new Date(n.at.getTime() + 3_600_000) : null,
          createdAt: n.at,
        })),
    );
    if (notes.length) await tx.insert(notifications).values(notes);
    return sims.length;
  });
}
