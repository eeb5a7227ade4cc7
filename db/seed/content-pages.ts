// The five static pages of the demo company, in Bahasa Indonesia (admins edit them in /staff/pages).
import type { StaticPageSlug } from '@/lib/content/constants';

export const SEED_PAGES: Array<{ slug: StaticPageSlug; title: string; body: string }> = [
  {
    slug: 'cara-membeli',
    title: 'Cara Membeli',
    body: `<p>Belanja perangkat jaringan dan layanan kami mudah dilakukan dari rumah maupun kantor. Ikuti langkah berikut:</p>
<ol>
<li><strong>Cari produk.</strong> Buka halaman <a href="/catalog">Katalog</a>, gunakan kolom pencarian atau pilih kategori seperti Router, CCTV, atau Layanan.</li>
<li><strong>Periksa detail.</strong> Baca spesifikasi, stok, dan ulasan pelanggan lain di halaman produk. Ragu memilih? Kirim pertanyaan lewat formulir konsultasi, tim kami membalas pada jam kerja.</li>
<li><strong>Masuk atau daftar akun.</strong> Akun pelanggan diperlukan untuk memesan, melihat riwayat, dan mendapatkan promo khusus pelanggan.</li>
<li><strong>Pesan.</strong> Masukkan produk ke keranjang, isi alamat pengiriman, lalu periksa ringkasan pesanan (barang, ongkos kirim, dan total).</li>
<li><strong>Bayar dan konfirmasi.</strong> Transfer sesuai nominal yang tertera (termasuk 3 digit kode unik), lalu unggah bukti transfer di halaman pesanan.</li>
</ol>
<h2>Layanan instalasi dan servis</h2>
<p>Untuk layanan seperti instalasi jaringan kantor atau servis laptop, pilih layanan di katalog lalu kirim permintaan. Tim kami akan menghubungi Anda untuk menjadwalkan survei atau kunjungan teknisi.</p>
<blockquote>Pembelian dalam jumlah besar untuk perusahaan, sekolah, atau instansi? Hubungi kami untuk penawaran harga khusus.</blockquote>`,
  },
  {
    slug: 'cara-membayar',
    title: 'Cara Membayar',
    body: `<p>Kami menerima pembayaran melalui <strong>transfer bank</strong> ke rekening resmi perusahaan atas nama <strong>PT Nusantara Layanan Digital</strong>.</p>
<h2>Langkah pembayaran</h2>
<ol>
<li>Setelah pesanan dibuat, Anda menerima email berisi nomor pesanan dan <strong>total yang harus dibayar termasuk 3 digit kode unik</strong> (misalnya Rp 1.250.<u>347</u>). Kode unik membantu kami mencocokkan transfer Anda secara cepat.</li>
<li>Transfer tepat sesuai nominal ke salah satu rekening yang tercantum di email dan halaman pesanan.</li>
<li>Buka halaman pesanan, pilih <em>Konfirmasi pembayaran</em>, lalu isi nama bank, nama pengirim, jumlah, tanggal transfer, dan unggah foto bukti transfer.</li>
<li>Tim kami memeriksa pembayaran pada jam kerja (Senin–Jumat, 08.00–17.00 WIB). Anda akan menerima email ketika pembayaran diterima dan pesanan dikemas.</li>
</ol>
<h2>Batas waktu</h2>
<p>Pesanan yang belum dibayar dalam <strong>3 hari</strong> dibatalkan otomatis dan stok dikembalikan. Jika Anda sudah mengunggah bukti pembayaran, pesanan tidak akan dibatalkan selama bukti sedang diperiksa.</p>
<table>
<thead><tr><th>Status</th><th>Arti</th></tr></thead>
<tbody>
<tr><td>Menunggu pembayaran</td><td>Pesanan dibuat, transfer belum diterima.</td></tr>
<tr><td>Bukti diperiksa</td><td>Bukti transfer sudah diunggah dan sedang dicek.</td></tr>
<tr><td>Lunas</td><td>Pembayaran diterima, pesanan segera dikemas.</td></tr>
</tbody>
</table>
<p>Kami <strong>tidak pernah</strong> meminta kata sandi, PIN, atau kode OTP Anda. Waspadai penipuan yang mengatasnamakan kami.</p>`,
  },
  {
    slug: 'syarat-ketentuan',
    title: 'Syarat dan Ketentuan',
    body: `<p>Dengan menggunakan situs dan layanan PT Nusantara Layanan Digital ("kami"), Anda menyetujui syarat dan ketentuan berikut.</p>
<h2>1. Akun</h2>
<ul>
<li>Anda bertanggung jawab menjaga kerahasiaan kata sandi akun Anda.</li>
<li>Data yang Anda berikan saat pendaftaran harus benar dan terkini.</li>
</ul>
<h2>2. Harga dan pesanan</h2>
<ul>
<li>Harga dalam Rupiah dan dapat berubah sewaktu-waktu; harga yang berlaku adalah harga saat pesanan dibuat.</li>
<li>Kami berhak membatalkan pesanan bila stok habis atau terdapat kesalahan harga, dengan pengembalian dana penuh.</li>
</ul>
<h2>3. Promo dan voucher</h2>
<ul>
<li>Setiap promo memiliki periode, syarat minimal belanja, dan sasaran penerima tersendiri yang tercantum di halaman promo.</li>
<li>Voucher tidak dapat diuangkan dan tidak dapat digabung dengan promo lain, kecuali disebutkan lain.</li>
</ul>
<h2>4. Garansi dan servis</h2>
<p>Produk bergaransi resmi sesuai ketentuan pabrikan. Layanan servis bergaransi 30 hari untuk kerusakan yang sama. Garansi tidak berlaku untuk kerusakan akibat bencana alam, lonjakan listrik, atau pembukaan segel oleh pihak lain.</p>
<h2>5. Layanan internet</h2>
<p>Kecepatan layanan internet adalah kecepatan maksimum dan dapat dipengaruhi kondisi jaringan dan perangkat pelanggan. Gangguan dapat dilaporkan melalui akun pelanggan atau helpdesk kami.</p>
<h2>6. Hukum yang berlaku</h2>
<p>Syarat dan ketentuan ini tunduk pada hukum Republik Indonesia.</p>`,
  },
  {
    slug: 'kebijakan-privasi',
    title: 'Kebijakan Privasi',
    body: `<p>Kami menghormati privasi Anda dan memproses data pribadi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</p>
<h2>Data yang kami kumpulkan</h2>
<ul>
<li>Data identitas dan kontak: nama, email, nomor telepon, alamat.</li>
<li>Data layanan: pesanan, tiket keluhan, jadwal kunjungan teknisi, dan langganan internet.</li>
<li>Untuk pendaftaran layanan internet: Nomor Induk Kependudukan (NIK) untuk verifikasi.</li>
</ul>
<h2>Penggunaan data</h2>
<p>Data digunakan untuk memproses pesanan dan layanan, menangani keluhan, mengirim pemberitahuan layanan, dan — bila Anda tidak menolak — mengirim informasi promo yang relevan.</p>
<h2>Email promo</h2>
<p>Setiap email promo memiliki tautan <strong>berhenti berlangganan</strong>. Setelah berhenti berlangganan, Anda tidak lagi menerima promo, tetapi tetap menerima pemberitahuan layanan seperti status tiket dan pesanan.</p>
<h2>Keamanan</h2>
<p>Kata sandi disimpan dalam bentuk hash, akses data dibatasi sesuai peran staf, dan setiap perubahan penting dicatat dalam log audit.</p>
<h2>Hak Anda</h2>
<p>Anda dapat meminta salinan, perbaikan, atau penghapusan data pribadi Anda dengan menghubungi <a href="mailto:halo@nusantara-layanan.test">halo@nusantara-layanan.test</a>.</p>`,
  },
  {
    slug: 'faq',
    title: 'Tanya Jawab (FAQ)',
    body: `<h2>Pemesanan dan pembayaran</h2>
<h3>Berapa lama pesanan saya dikirim?</h3>
<p>Pesanan yang sudah lunas dikemas dalam 1 hari kerja. Lama pengiriman tergantung kota tujuan dan kurir, umumnya 1–4 hari kerja di Pulau Jawa.</p>
<h3>Mengapa nominal transfer ada kode uniknya?</h3>
<p>Tiga digit terakhir membantu kami mengenali transfer Anda tanpa harus menunggu konfirmasi manual. Transfer sesuai nominal persis.</p>
<h2>Layanan dan servis</h2>
<h3>Bagaimana cara melaporkan gangguan?</h3>
<p>Masuk ke akun Anda dan buat tiket di menu <em>Tiket</em>, atau hubungi helpdesk. Setiap tiket mendapat nomor seperti <strong>TKT-2026-000123</strong> untuk memantau progresnya.</p>
<h3>Apakah teknisi bisa datang ke lokasi?</h3>
<p>Ya. Service point terdekat akan menugaskan teknisi, dan Anda mendapat pemberitahuan ketika teknisi dikonfirmasi dan dalam perjalanan.</p>
<h2>Internet</h2>
<h3>Apakah daerah saya sudah terjangkau?</h3>
<p>Periksa di halaman <a href="/coverage">Cek Jangkauan</a>. Jika belum terjangkau, tinggalkan kontak Anda dan kami kabari saat jaringan tersedia.</p>
<h3>Bisakah saya menambah kecepatan?</h3>
<p>Pelanggan setia berkesempatan mendapat penambahan bandwidth. Ajukan permintaan dari menu langganan di akun Anda.</p>
<h2>Promo</h2>
<h3>Di mana saya melihat promo khusus pelanggan?</h3>
<p>Masuk ke akun Anda lalu buka menu <em>Promo</em>. Di sana tampil promo umum dan promo yang disiapkan khusus untuk Anda.</p>`,
  },
];
