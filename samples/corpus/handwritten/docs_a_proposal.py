# ruff: noqa: E501
"""Hand-written proposals / innovation profiles and cooperation documents (MoU, PKS, replication)."""

from common import doc

DOCS = [
    doc(
        "posyandu-pintar-lotim",
        "proposal",
        """
PROFIL INOVASI DAERAH
KABUPATEN LOMBOK TIMUR TAHUN 2024

Nama Inovasi      : POSYANDU PINTAR (Pencatatan Tumbuh Kembang Anak secara Real time)
Perangkat Daerah  : Dinas Kesehatan Kab. Lombok Timur
Tahapan           : Penerapan
Inisiator         : Perangkat Daerah (Bidang Kesehatan Masyarakat)

RANCANG BANGUN

1. Dasar Hukum
   a. UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
   b. PP Nomor 38 Tahun 2017 tentang Inovasi Daerah;
   c. Perpres Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting.

2. Permasalahan
Selama ini hasil penimbangan di posyandu dicatat kader di buku register dan KMS. Buku KMS sering hilang atau
basah, data baru sampai di Puskesmas sesudah tanggal 10 bulan berikutnya sehingga balita yang BB-nya tidak
naik (2T) terlambat ditangani. Orang tua juga jarang tahu apakah anaknya masuk garis kuning.

3. Isu Strategis
Prevalensi stunting Lotim masih di atas rata2 provinsi. Percepatan penurunan stunting jadi prioritas
Bupati dan nasional.

4. Metode Pembaharuan
Kader menginput hasil timbang dan ukur lewat aplikasi android (bisa offline, sinkron saat ada sinyal).
Grafik pertumbuhan otomatis keluar, dan orang tua menerima pesan WhatsApp berisi hasil timbang serta
anjuran gizi. Bidan desa dapat notifikasi kalau ada balita 2T atau BB/U kurang.

5. Keunggulan dan Kebaharuan
- data langsung masuk ke dashboard Puskesmas, tidak menunggu rekap bulanan
- orang tua ikut memantau, tidak hanya kader
- tetap jalan di desa yang sinyalnya putus-putus

6. Tahapan Inovasi
   Januari 2022   : identifikasi masalah bersama pengelola gizi 35 Puskesmas
   Februari 2022  : perancangan aplikasi oleh tim IT Dinkes
   Maret 2022     : uji coba di 4 desa wilayah Puskesmas Masbagik
   April 2022     : penerapan di seluruh posyandu

TUJUAN : mempercepat deteksi dini gangguan pertumbuhan balita.
MANFAAT : kader tidak lagi menyalin ulang, orang tua tahu kondisi anaknya.
HASIL : sampai Desember 2023 sudah 1.126 kader aktif memakai aplikasi dan 18.430 balita tercatat.
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="POSYANDU PINTAR",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Lombok Timur",
        ind={"kecepatan_penciptaan": 3, "kemanfaatan": 3},
    ),
    doc(
        "samba-sumbawa",
        "proposal",
        """
PROPOSAL INOVASI
"SAMBA" (SAbtu MemBAca)
SD Negeri 3 Moyo Hilir - Kabupaten Sumbawa

Diusulkan oleh : Nurhayati, S.Pd (Guru Kelas IV)
Bentuk Inovasi : Inovasi Pelayanan Publik
Jenis : Non Digital
Tahap : Uji coba (semester genap 2023/2024)

I. LATAR BELAKANG
Hasil asesmen nasional sekolah kami menunjukan kemampuan literasi siswa masih dibawah kompetensi minimum.
Banyak anak kelas 4 belum lancar membaca pemahaman. Di rumah hampir tidak ada buku bacaan, orang tua
kebanyakan bertani dan melaut.

II. TUJUAN
Menumbuhkan kebiasaan membaca melalui kegiatan membaca bersama setiap hari Sabtu jam pertama (07.30-08.30),
anak memilih buku sendiri dari "pohon buku" di halaman sekolah dan menceritakan kembali ke teman sekelompok.

III. MANFAAT
- siswa terbiasa membaca dan bercerita
- orang tua diundang membaca bersama tiap Sabtu terakhir dalam bulan
- buku sumbangan alumni terpakai

IV. HASIL YANG SUDAH DICAPAI
Sejak Januari 2024 diikuti 142 siswa kelas I sampai VI. Jumlah anak yang bisa menceritakan ulang isi bacaan
naik dari 38 anak menjadi 71 anak (pengamatan wali kelas).

Moyo Hilir, 2 Mei 2024
Pengusul,
Nurhayati, S.Pd
NIP. 19840312 200902 2 004
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="uji_coba",
        inisiator="asn",
        nama="SAMBA",
        opd="SD Negeri 3 Moyo Hilir",
        pemda="Kabupaten Sumbawa",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "sidesa-mantap-banyumas",
        "proposal",
        """
USULAN INOVASI DAERAH TAHUN 2025
Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas

Nama inovasi : SIDESA MANTAP (Sistem Informasi Desa Mandiri Pelaporan)
Tahapan : Inisiatif

A. Permasalahan
Laporan realisasi Dana Desa dan ADD dari 301 desa masih dikirim dalam bentuk hardcopy dan flashdisk ke
kecamatan, lalu diteruskan ke dinas. Sering terlambat, format berbeda2, dan sulit direkap untuk
pemantauan. Pendamping desa harus menginput ulang ke excel.

B. Isu Strategis
Tata kelola keuangan desa yang akuntabel; penyaluran dana desa tahap berikutnya tertahan bila laporan
terlambat.

C. Metode Pembaharuan
Operator desa mengunggah laporan realisasi, SPJ dan foto fisik kegiatan ke aplikasi berbasis web. Kecamatan
memverifikasi secara online, dinas melihat rekap seluruh desa dalam satu dashboard.

D. Keunggulan
Satu pintu pelaporan, status verifikasi bisa dilihat desa, arsip tersimpan.

E. Tahapan yang direncanakan
- Triwulan I 2025 : penyusunan rancangan aplikasi
- Triwulan II 2025 : uji coba di 2 kecamatan (Cilongok dan Ajibarang)
- Triwulan IV 2025 : penerapan seluruh kecamatan

Catatan: inovasi ini BELUM memiliki SK penetapan, direncanakan ditetapkan dengan Keputusan Kepala Dinas
setelah uji coba. Anggaran pengembangan aplikasi juga belum tersedia dan akan diusulkan dalam APBD
Perubahan 2025.
""",
        bentuk="tata_kelola",
        urusan="desa",
        jenis="digital",
        tahapan="inisiatif",
        inisiator="opd",
        nama="SIDESA MANTAP",
        opd="Dinas Pemberdayaan Masyarakat dan Desa",
        pemda="Kabupaten Banyumas",
        neg=["regulasi", "anggaran"],
        tags=["negation"],
    ),
    doc(
        "klinik-tani-keliling-bone",
        "proposal",
        """
PEMERINTAH KABUPATEN BONE
DINAS TANAMAN PANGAN, HORTIKULTURA DAN PERKEBUNAN

PROFIL INOVASI : KLINIK TANI KELILING

Inisiator : Bupati Bone (gagasan disampaikan saat panen raya di Kec. Tellu Siattinge, Juni 2021)

Dasar hukum
- UU 23/2014, PP 38/2017
- Permentan tentang penyuluhan pertanian

Permasalahan
Petani padi di kecamatan pinggiran jauh dari BPP, serangan wereng dan tikus sering terlambat dilaporkan.
Penyuluh kurang, 1 orang pegang 3-4 desa.

Isu strategis : Bone lumbung padi Sulsel, produktivitas harus dijaga.

Metode pembaharuan
Satu unit mobil klinik (berisi mikroskop lapang, alat uji tanah, contoh pestisida nabati) bersama 2 penyuluh
dan 1 petugas POPT turun ke desa sesuai jadwal gilir. Petani bawa sampel tanaman yg sakit, langsung
didiagnosa dan diberi resep pengendalian.

Keunggulan : layanan datang ke sawah, gratis, ada rekam kunjungan per kelompok tani.

Tahapan
Juni 2021 ide Bupati - Agustus 2021 penyusunan jadwal dan pengadaan peralatan - Oktober 2021 uji coba di 3
kecamatan - Januari 2022 penerapan di 27 kecamatan.

Tujuan : mendekatkan layanan penyuluhan dan proteksi tanaman.
Hasil : s.d. Desember 2023 melayani 2.310 petani dari 412 kelompok tani.
""",
        bentuk="urusan_lainnya",
        urusan="pertanian",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="kepala_daerah",
        nama="KLINIK TANI KELILING",
        opd="Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
        pemda="Kabupaten Bone",
        ind={"kecepatan_penciptaan": 2, "kemanfaatan": 3},
    ),
    doc(
        "si-ikan-pangandaran",
        "proposal",
        """
Form Pengajuan Inovasi - Kab. Pangandaran

1) Nama Inovasi: SI-IKAN (Sistem Informasi Harga Ikan)
2) Pengusul: Deden Suherman, S.Pi - Penyuluh Perikanan, Dinas Kelautan, Perikanan dan Ketahanan Pangan
3) Bentuk: Inovasi daerah lainnya sesuai urusan pemerintahan
4) Tahapan: uji coba sejak Agustus 2024 di TPI Cikidang dan TPI Batukaras

5) Permasalahan
Nelayan kecil menjual hasil tangkapan ke bakul tanpa tahu harga di TPI lain. Harga layur dan tongkol bisa
beda Rp 5.000-8.000/kg antar TPI di hari yang sama.

6) Metode
Petugas TPI mengirim harga lelang harian lewat WhatsApp ke nomor bot, otomatis tampil di laman web dan
dibalas ke nelayan yang mengetik nama ikan. Contoh: ketik "LAYUR" -> muncul harga 4 TPI hari ini.

7) Keunggulan: murah (pakai WA yang sudah dimiliki nelayan), data harga tersimpan utk analisis musim.

8) Hasil sementara: 186 nelayan terdaftar di bot selama 3 bulan uji coba.
""",
        bentuk="urusan_lainnya",
        urusan="kelautan_perikanan",
        jenis="digital",
        tahapan="uji_coba",
        inisiator="asn",
        nama="SI-IKAN",
        opd="Dinas Kelautan, Perikanan dan Ketahanan Pangan",
        pemda="Kabupaten Pangandaran",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "jebol-taput",
        "proposal",
        """
PROFIL SINGKAT INOVASI

JEBOL - Jemput Bola Perekaman KTP-el Lansia dan Penyandang Disabilitas
Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapanuli Utara

Latar belakang: Banyak warga lansia dan disabilitas di desa-desa pegunungan belum rekam KTP-el karena
harus ke kantor dinas di Tarutung, jarak sampai 60 km. Akibatnya mereka tidak terdaftar BPJS PBI dan bansos.

Cara kerja: Tim membawa 2 set alat perekaman portable, mendatangi rumah warga berdasarkan daftar dari kepala
desa/gereja. KTP-el dicetak di kantor dan diantar kembali lewat kantor camat.

Mulai diterapkan Maret 2022 dan berjalan rutin tiap minggu.

Hasil: 2.744 lansia dan penyandang disabilitas sudah direkam, 2.390 KTP-el sudah diterima.
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="JEBOL",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kabupaten Tapanuli Utara",
        ind={"kemanfaatan": 3},
    ),
    doc(
        "perpus-ngider-gunungkidul",
        "proposal",
        """
RANCANG BANGUN INOVASI "PERPUS NGIDER"
Dinas Perpustakaan dan Kearsipan Kab. Gunungkidul

Dasar Hukum :
UU No 43 Th 2007 ttg Perpustakaan; PP 38/2017 ttg Inovasi Daerah; Perbup Gunungkidul ttg Gerakan Literasi.

Permasalahan :
Perpustakaan daerah ada di Wonosari, sedangkan anak2 SD di padukuhan pesisir selatan (Tepus, Tanjungsari,
Girisubo) tidak punya akses bacaan. Mobil perpustakaan keliling cuma satu dan tidak bisa masuk jalan kampung
yang sempit dan menanjak.

Isu Strategis : Indeks literasi masyarakat + angka rata-rata lama sekolah.

Metode pembaharuan : Pustakawan naik sepeda motor dengan boks buku (kapasitas 150 eksemplar) "ngider"
(berkeliling) ke sekolah dasar dan pos ronda di padukuhan terpencil, jadwal tetap tiap Selasa dan Kamis.
Anak bisa pinjam 2 buku, dikembalikan minggu berikutnya. Guru SD ikut mengatur jam kunjung di sekolah.

Keunggulan : menjangkau jalan sempit, biaya operasional kecil.

Tahapan : ide dari pustakawan Sdr. Heru Wibowo (Februari 2023), uji coba April 2023, diterapkan Juli 2023.

Hasil : tahun 2023 tercatat 3.215 kali peminjaman oleh siswa dari 24 SD.
""",
        bentuk="pelayanan_publik",
        urusan="perpustakaan",
        also=["pendidikan"],
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="asn",
        nama="PERPUS NGIDER",
        opd="Dinas Perpustakaan dan Kearsipan",
        pemda="Kabupaten Gunungkidul",
        ind={"kecepatan_penciptaan": 2, "kemanfaatan": 3},
        tags=["two_sector"],
    ),
    doc(
        "basadi-malang",
        "proposal",
        """
BASADI (Bank Sampah Digital) - Kota Malang

Profil inovasi untuk pengisian Indeks Inovasi Daerah 2024

Siapa yang menggagas: Komunitas "Malang Resik" bersama pengurus bank sampah unit di Kel. Purwantoro.
Difasilitasi Dinas Lingkungan Hidup.

Permasalahan
Pencatatan tabungan sampah nasabah di buku tulis, sering salah hitung, nasabah tidak tahu saldo. Harga
pengepul berubah2 dan tidak diinformasikan.

Pembaharuan
Aplikasi sederhana berbasis web: petugas timbang, input jenis & berat, saldo nasabah langsung terupdate dan
bisa dicek lewat HP. Saldo bisa ditukar token listrik atau bayar iuran sampah.

Tahapan: dimulai 2022 di 1 bank sampah unit, tahun 2023 sudah dipakai 46 bank sampah unit.

Manfaat
- mengurangi sampah anorganik yang masuk TPA Supit Urang
- nasabah dapat tambahan penghasilan

Hasil: 5.870 nasabah aktif, sampah terkelola 312 ton selama 2023.
""",
        bentuk="urusan_lainnya",
        urusan="lingkungan_hidup",
        jenis="digital",
        tahapan="penerapan",
        inisiator="masyarakat",
        nama="BASADI",
        opd="Dinas Lingkungan Hidup",
        pemda="Kota Malang",
        ind={"kemanfaatan": 3},
    ),
    doc(
        "rumah-data-kampung-kb-kulonprogo",
        "proposal",
        """
USULAN INOVASI
RUMAH DATA KAMPUNG KB "GUYUB"
Dinas Pengendalian Penduduk dan KB, Pemberdayaan Perempuan dan Perlindungan Anak Kab. Kulon Progo

Bentuk Inovasi : Tata Kelola Pemerintahan Daerah
Jenis : Non Digital
Tahapan : Inisiatif (akan diujicobakan 2025)

Latar Belakang
Data keluarga hasil pendataan keluarga belum dimanfaatkan di tingkat kampung. Kader KB tidak punya tempat
menyimpan dan menampilkan data, sehingga perencanaan kegiatan Kampung KB asal-asalan.

Gagasan
Menyediakan satu ruang di balai padukuhan sebagai "rumah data": papan peta keluarga (PUS, ibu hamil, baduta,
lansia), buku register, dan rapat kader bulanan memakai data itu untuk menentukan sasaran kegiatan.

Rencana lokasi: 12 Kampung KB di 12 kapanewon.
""",
        bentuk="tata_kelola",
        urusan="kb",
        jenis="non_digital",
        tahapan="inisiatif",
        inisiator="opd",
        nama="RUMAH DATA KAMPUNG KB GUYUB",
        opd="Dinas Pengendalian Penduduk dan KB, Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Kulon Progo",
    ),
    doc(
        "siangkot-bogor",
        "proposal",
        """
INNOVATION PROFILE / PROFIL INOVASI
SiAngkot - Smart Angkot Tracking System
Dinas Perhubungan Kota Bogor

Background
Penumpang angkot di Kota Bogor tidak tahu kapan angkot lewat; angkot ngetem lama di titik tertentu dan bikin
macet. Ridership terus turun sejak ojol.

Idea / Metode Pembaharuan
Setiap angkot trayek pilot dipasang GPS tracker. Posisi real-time ditampilkan di mobile app dan di
display halte. Dispatcher di control room Dishub memantau headway via dashboard; driver yang ngetem lebih
dari 5 menit dapat warning.

Pilot project: trayek 03 dan 07 (total 64 unit), go-live 1 Oktober 2024, evaluasi tiap bulan.

Key features
- ETA (estimated time of arrival) per halte
- rating driver oleh user
- data headway untuk re-routing

Current status: uji coba. Feedback dari user sejauh ini positif, tapi ada issue battery tracker di 9 unit.
""",
        bentuk="pelayanan_publik",
        urusan="perhubungan",
        jenis="digital",
        tahapan="uji_coba",
        inisiator="opd",
        nama="SiAngkot",
        opd="Dinas Perhubungan",
        pemda="Kota Bogor",
        tags=["english_mixed"],
    ),
    doc(
        "ambulans-desa-gratis-wonogiri",
        "proposal",
        """
PROFIL INOVASI : AMBULANS DESA GRATIS (AMDES)
Kecamatan Baturetno, Kabupaten Wonogiri

Inisiator : Karang Taruna Desa Glesungrejo bersama warga (paguyuban perantau)

Latar Belakang
Warga yang sakit mendadak atau ibu mau melahirkan sering kesulitan ke Puskesmas/RSUD malam hari, harus
carter mobil tetangga dengan biaya Rp 300-500 ribu.

Tujuan
Menyediakan ambulans siaga 24 jam gratis bagi warga, terutama ibu hamil, lansia dan korban kecelakaan.

Pelaksanaan
Mobil bekas hasil iuran perantau dimodifikasi jadi ambulans, sopir relawan bergiliran, BBM dari dana desa
pos kesehatan dan bantuan Puskesmas. Nomor siaga ditempel di tiap RT. Bidan desa yang memutuskan pasien
dirujuk ke Puskesmas atau langsung RSUD.

Hasil
Sejak 2021 sudah 612 kali mengantar pasien, termasuk 148 ibu bersalin.
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        also=["desa"],
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="masyarakat",
        nama="AMBULANS DESA GRATIS",
        opd=None,
        pemda="Kabupaten Wonogiri",
        ind={"kemanfaatan": 3},
        tags=["two_sector"],
    ),
    doc(
        "bea-nelayan-dprd-bengkulu",
        "proposal",
        """
USULAN INOVASI DAERAH
Diajukan oleh: H. Sahril, S.E. - Anggota DPRD Kab. Bengkulu Utara, Komisi IV

Nama : BEA-NELAYAN (Beasiswa Anak Nelayan)

Pokok pikiran hasil reses di Kec. Ketahun dan Lais: banyak anak nelayan putus sekolah setelah SMP karena
orang tua tidak mampu dan musim paceklik ikan bisa 4 bulan.

Usulan:
1. beasiswa Rp 1,2 juta/tahun untuk siswa SMA/SMK anak nelayan kecil (kapal < 5 GT);
2. data calon penerima dari Dinas Perikanan (kartu KUSUKA) dicocokkan dengan Dinas Pendidikan;
3. penerima wajib ikut kelas keterampilan pengolahan hasil laut saat libur.

Inovasi ini masih berupa usulan, diharapkan dapat dibahas bersama TAPD untuk tahun anggaran mendatang.
Sasaran awal 250 siswa.
""",
        urusan="pendidikan",
        also=["kelautan_perikanan"],
        tahapan="inisiatif",
        inisiator="anggota_dprd",
        nama="BEA-NELAYAN",
        pemda="Kabupaten Bengkulu Utara",
        tags=["two_sector"],
    ),
    doc(
        "bkk-online-karawang",
        "proposal",
        """
PROFIL INOVASI DAERAH

Nama Inovasi : BKK ONLINE (Bursa Kerja Khusus Online)
Urusan : Tenaga Kerja
OPD : Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang
Waktu uji coba : Maret 2023 / Waktu penerapan : Juli 2023

Permasalahan : Lulusan SMK di Karawang banyak tapi info lowongan dari kawasan industri (KIIC, Suryacipta) tidak
sampai; terjadi calo tenaga kerja dan pungutan.

Metode : Perusahaan memasang lowongan di portal, BKK sekolah memverifikasi alumni, pelamar melamar online
dan dapat jadwal tes via email/WA. Disnaker memantau penempatan.

Keunggulan : gratis, transparan, memutus calo.

Hasil : 2023 tercatat 14.205 pencari kerja terdaftar, 3.118 orang ditempatkan di 96 perusahaan.
""",
        bentuk="pelayanan_publik",
        urusan="tenaga_kerja",
        jenis="digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="BKK ONLINE",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Karawang",
        ind={"kemanfaatan": 3},
    ),
    # ---------------------------------------------------------------- kerja sama
    doc(
        "pks-replikasi-posyandu-pintar",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN LOMBOK TIMUR
DENGAN
PEMERINTAH KABUPATEN SUMBAWA BARAT
TENTANG
REPLIKASI INOVASI POSYANDU PINTAR

Nomor : 445/118/Dikes/2024
Nomor : 440/071/Dinkes-KSB/2024

Pada hari ini Senin tanggal dua puluh dua bulan Juli tahun dua ribu dua puluh empat, yang bertanda tangan
di bawah ini:
1. dr. H. Lalu Ahmad Suhaili, Kepala Dinas Kesehatan Kabupaten Lombok Timur, selanjutnya disebut PIHAK PERTAMA;
2. dr. Sri Wahyuni, M.Kes, Kepala Dinas Kesehatan Kabupaten Sumbawa Barat, selanjutnya disebut PIHAK KEDUA.

Pasal 1 - Maksud dan Tujuan
Kerja sama ini dimaksudkan untuk mereplikasi inovasi POSYANDU PINTAR (aplikasi pencatatan tumbuh kembang
balita) milik PIHAK PERTAMA di wilayah PIHAK KEDUA.

Pasal 2 - Ruang Lingkup
a. PIHAK PERTAMA menyerahkan kode sumber aplikasi dan panduan penggunaan;
b. PIHAK PERTAMA melatih admin dan kader PIHAK KEDUA;
c. PIHAK KEDUA menyediakan server dan biaya operasional sendiri.

Pasal 3 - Jangka Waktu : 2 (dua) tahun sejak ditandatangani.
\f
Pasal 4 - Pembiayaan
Biaya yang timbul dibebankan pada anggaran masing-masing pihak.

Demikian perjanjian ini dibuat rangkap dua bermaterai cukup.

PIHAK PERTAMA,                          PIHAK KEDUA,
ttd                                     ttd
dr. H. Lalu Ahmad Suhaili               dr. Sri Wahyuni, M.Kes
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="POSYANDU PINTAR",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Lombok Timur",
        ind={"replikasi": 1},
    ),
    doc(
        "pks-guru-melek-digital-sleman",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
Nomor : 070/2215/2023 - Dinas Pendidikan Kab. Sleman
Nomor : 118/UN34/KS/2023 - LPPM Universitas Negeri Yogyakarta
Nomor : 045/CSR-TLK/DIY/2023 - PT Telkom Indonesia Witel Yogyakarta

tentang
PELATIHAN GURU MELEK DIGITAL (GMD) BAGI GURU SD DAN SMP

PARA PIHAK:
PIHAK KESATU : Dinas Pendidikan Kabupaten Sleman
PIHAK KEDUA : LPPM Universitas Negeri Yogyakarta
PIHAK KETIGA : PT Telkom Indonesia (Persero) Tbk Witel Yogyakarta

Pasal 2 Ruang Lingkup
(1) PIHAK KESATU menetapkan peserta, menyediakan tempat di 17 gugus sekolah.
(2) PIHAK KEDUA menyusun modul dan menyediakan narasumber (dosen).
(3) PIHAK KETIGA menyediakan akses internet dan 40 unit laptop pinjam pakai melalui program CSR.

Pasal 5 Jangka waktu 1 Agustus 2023 s/d 31 Juli 2025.

Sleman, 1 Agustus 2023
""",
        urusan="pendidikan",
        jenis="digital",
        nama="GURU MELEK DIGITAL",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Sleman",
        ind={"aktor": 1},
    ),
    doc(
        "pks-pasar-desa-digital-klaten",
        "kerja_sama",
        """
PERJANJIAN KERJASAMA
ANTARA PEMERINTAH DESA PONGGOK
DENGAN BUMDES TIRTA MANDIRI
DAN PT BANK RAKYAT INDONESIA (PERSERO) TBK UNIT POLANHARJO

Tentang: Pengelolaan Pasar Desa Digital "PADI" dan Pembayaran Non Tunai

Pasal 1
PIHAK PERTAMA (Pemdes) menyerahkan pengelolaan los pasar desa kepada PIHAK KEDUA (BUMDes).
PIHAK KETIGA menyediakan agen BRILink, QRIS bagi 85 pedagang UMKM desa dan pelatihan pencatatan keuangan.

Pasal 2
Pedagang membayar retribusi los lewat QRIS; BUMDes menyetor bagi hasil ke kas desa tiap bulan.
Pedagang dapat mendaftarkan produknya di etalase online PADI untuk pesan antar.

Pasal 3 Jangka waktu 3 tahun.

Ponggok, 12 Januari 2024
Kepala Desa Ponggok / Direktur BUMDes / Kepala Unit BRI
""",
        bentuk="urusan_lainnya",
        urusan="desa",
        also=["ukm"],
        jenis="digital",
        nama="PADI",
        opd="Pemerintah Desa Ponggok",
        pemda="Kabupaten Klaten",
        tags=["two_sector"],
    ),
    doc(
        "mou-plts-desa-terang-sumba-timur",
        "kerja_sama",
        """
NOTA KESEPAKATAN
ANTARA
PEMERINTAH KABUPATEN SUMBA TlMUR
DAN
PT PLN (PERSERO) UNIT INDUK WlLAYAH NUSA TENGGARA TlMUR

NOMOR : 671/ 27 /EK/lI/2024
NOMOR : 0034.MOU/DlS.01.02/UlW-NTT/2024

TENTANG
PROGRAM PLTS DESA TERANG
(Pembangkit Listrik Tenaga Surya Komunal untuk Desa Belum Berlistrik)

Pada hari ini Rabu tanggal dua puluh satu bu1an Februari tahun dua ribu dua puluh empat, bertempat di
Waingapu, kami yang bertanda tangan di bawah ini :
I. Drs. Khristofel Praing, M.Si, Bupati Sumba Timur, se1anjutnya disebut PIHAK PERTAMA
II. Agustinus Jatmiko, General Manager PT PLN (Persero) UIW NTT, selanjutnya disebut PlHAK KEDUA

PASAL 1
Para pihak sepakat bekerja sama da1am penyediaan listrik bagi 14 desa di wilayah Kec. Kahaungu Eti,
Matawai La Pawu dan Karera me1alui PLTS komunal ...

PASAL 2
PlHAK PERTAMA menyediakan lahan dan data ca1on pelanggan ; PIHAK KEDUA membangun, mengoperasikan dan
memelihara PLTS.

   -2-
""",
        urusan="esdm",
        nama="PLTS DESA TERANG",
        opd=None,
        pemda="Kabupaten Sumba Timur",
        tags=["ocr_noise"],
    ),
    doc(
        "pks-paket-wisata-osing-banyuwangi",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
Nomor: 556/412/429.108/2023
Nomor: 017/ASITA-BWI/VIII/2023

Antara Dinas Kebudayaan dan Pariwisata Kabupaten Banyuwangi (PIHAK PERTAMA) dengan DPC Association of the
Indonesian Tours and Travel Agencies (ASITA) Banyuwangi (PIHAK KEDUA)

tentang Pemasaran Paket Wisata Desa Adat Osing "KEMIREN LIVING MUSEUM"

Pasal 1
(1) PIHAK PERTAMA menyiapkan kalender event, pelatihan pemandu lokal, dan promosi di kanal resmi Pemkab.
(2) PIHAK KEDUA memasukkan paket live-in Kemiren dalam katalog anggota dan membawa minimal 50 grup per tahun.

Pasal 2
Harga paket disepakati bersama Pokdarwis Kemiren; 10% pendapatan paket untuk kas pelestarian adat.

Banyuwangi, 8 Agustus 2023
""",
        bentuk="urusan_lainnya",
        urusan="pariwisata",
        nama="KEMIREN LIVING MUSEUM",
        opd="Dinas Kebudayaan dan Pariwisata",
        pemda="Kabupaten Banyuwangi",
    ),
    doc(
        "pernyataan-replikasi-jebol",
        "kerja_sama",
        """
SURAT PERNYATAAN REPLIKASI
Nomor : 470/88/Dukcapil-PS/2024

Yang bertanda tangan dibawah ini Kepala Dinas Dukcapil Kab. Pesisir Selatan menyatakan bahwa kami telah
mereplikasi inovasi JEBOL (Jemput Bola Perekaman KTP-el Lansia dan Disabilitas) dari Dinas Dukcapil
Kabupaten Tapanuli Utara, dan menerapkannya sejak Mei 2024.

Painan, 3 Juni 2024
Kepala Dinas,
ttd
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="non_digital",
        nama="JEBOL",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kabupaten Tapanuli Utara",
        ind={"replikasi": 1},
        tags=["short"],
    ),
    doc(
        "pks-pojok-baca-digital-padang",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
DINAS KEARSIPAN DAN PERPUSTAKAAN KOTA PADANG
DENGAN
SMP NEGERI 12 PADANG

tentang Penyelenggaraan "POJOK BACA DIGITAL"

Nomor : 041/PKS/DKP/IV/2024

PIHAK PERTAMA: Kepala Dinas Kearsipan dan Perpustakaan Kota Padang
PIHAK KEDUA : Kepala SMP Negeri 12 Padang

Pasal 1. PIHAK PERTAMA memberikan akses koleksi e-book perpustakaan daerah (aplikasi iPadang) kepada seluruh
siswa dan guru PIHAK KEDUA, serta 2 unit tablet kiosk baca.
Pasal 2. PIHAK KEDUA menyediakan ruang, jaringan wifi dan guru pendamping literasi.
Pasal 3. Pelaporan jumlah pengunjung dan pinjaman e-book tiap triwulan.
Pasal 4. Berlaku 2 (dua) tahun.
""",
        bentuk="pelayanan_publik",
        urusan="perpustakaan",
        also=["pendidikan"],
        jenis="digital",
        nama="POJOK BACA DIGITAL",
        opd="Dinas Kearsipan dan Perpustakaan",
        pemda="Kota Padang",
        tags=["two_sector"],
    ),
    doc(
        "mou-klinik-investasi-kendal",
        "kerja_sama",
        """
KESEPAKATAN BERSAMA
antara
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN KENDAL
dengan
PT BANK PEMBANGUNAN DAERAH JAWA TENGAH CABANG KENDAL
dan
KAWASAN INDUSTRI KENDAL (KIK)

tentang
KLINIK INVESTASI TERPADU

1. Para pihak membuka gerai Klinik Investasi di Mal Pelayanan Publik Kendal setiap hari kerja.
2. DPMPTSP menyediakan petugas pendamping perizinan berusaha berbasis risiko (OSS RBA).
3. Bank Jateng melayani konsultasi pembiayaan dan pembukaan rekening usaha.
4. KIK menyediakan informasi lahan dan tenant.
5. Evaluasi bersama setiap 6 bulan.

Kendal, 14 Maret 2024
""",
        bentuk="pelayanan_publik",
        urusan="penanaman_modal",
        nama="Klinik Investasi Terpadu",
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        pemda="Kabupaten Kendal",
    ),
    doc(
        "pks-madu-hutan-jambi",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
ANTARA
KESATUAN PENGELOLAAN HUTAN PRODUKSI (KPHP) UNIT XI MERANGIN - DINAS KEHUTANAN PROVINSI JAMBI
DENGAN
KELOMPOK TANI HUTAN (KTH) SIALANG JAYA
TENTANG
PEMANFAATAN HASIL HUTAN BUKAN KAYU MADU SIALANG

Para pihak sepakat:
- KTH melakukan panen madu sialang secara lestari (tidak menebang pohon sialang, panen malam hari,
  sisakan sepertiga sarang);
- KPHP memberikan pendampingan, alat panen higienis, dan membantu pemasaran melalui gerai hasil hutan;
- Penjualan dicatat dan dilaporkan tiap 3 bulan.

Berlaku 5 tahun sejak ditandatangani, Bangko 2 Oktober 2023.
""",
        bentuk="urusan_lainnya",
        urusan="kehutanan",
        jenis="non_digital",
        nama="Madu Sialang Lestari",
        opd="Dinas Kehutanan",
        pemda="Provinsi Jambi",
    ),
    doc(
        "pks-ktm-tobadak-mateng",
        "kerja_sama",
        """
KESEPAKATAN BERSAMA
PEMERINTAH KABUPATEN MAMUJU TENGAH (DAERAH TUJUAN)
DAN
PEMERINTAH KABUPATEN SRAGEN (DAERAH ASAL)
TENTANG KERJA SAMA ANTAR DAERAH DI BIDANG TRANSMIGRASI

Ruang lingkup:
a. penyiapan dan penempatan 50 KK transmigran asal Sragen di SP 4 Kawasan Tobadak;
b. pelatihan calon transmigran bidang kelapa sawit dan jagung sebelum berangkat;
c. "Kakak Asuh Transmigran": setiap KK baru didampingi 1 KK transmigran lama selama 1 tahun pertama.

Masing-masing pihak menanggung biaya sesuai kewenangan.
Tobadak, 20 November 2023
""",
        bentuk="urusan_lainnya",
        urusan="transmigrasi",
        jenis="non_digital",
        nama="Kakak Asuh Transmigran",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Mamuju Tengah",
        tags=["short"],
    ),
    doc(
        "nk-satu-data-kupang",
        "kerja_sama",
        """
NOTA KESEPAKATAN
ANTARA
PEMERINTAH KOTA KUPANG
DENGAN
BADAN PUSAT STATISTIK KOTA KUPANG
TENTANG
PENYELENGGARAAN SATU DATA KOTA KUPANG

Nomor : 050/ 019 /Kominfo/2024
Nomor : B-112/53710/HM.310/2024

PASAL 1 - TUJUAN
Mewujudkan data sektoral yang akurat, mutakhir, terpadu melalui portal satudata.kupangkota.go.id.

PASAL 2 - RUANG LINGKUP
1. pembinaan statistik sektoral kepada produsen data perangkat daerah;
2. penyusunan metadata dan standar data;
3. rekomendasi kegiatan statistik sektoral;
4. peningkatan kapasitas walidata dan produsen data.

PASAL 3 - PELAKSANAAN
Dinas Komunikasi dan Informatika sebagai walidata, BPS sebagai pembina data.
""",
        bentuk="tata_kelola",
        urusan="statistik",
        jenis="digital",
        nama="SATU DATA KOTA KUPANG",
        opd="Dinas Komunikasi dan Informatika",
        pemda="Kota Kupang",
    ),
    doc(
        "pks-lumbung-pangan-grobogan",
        "kerja_sama",
        """
PERJANJIAN KERJA SAMA
Dinas Ketahanan Pangan Kab. Grobogan - Perum BULOG Kantor Cabang Purwodadi - Gapoktan Sido Makmur

Hal : LUMBUNG PANGAN MASYARAKAT "LUPAKAT"

1. Gapoktan mengelola lumbung gabah desa kapasitas 50 ton, menyimpan cadangan pangan saat panen raya.
2. BULOG menyerap gabah kelebihan stok dengan harga pembelian pemerintah dan menyalurkan beras SPHP saat
   paceklik.
3. Dinas membina administrasi lumbung, memberi bantuan dryer dan timbangan digital.
4. Laporan stok lumbung dikirim tiap tanggal 5.

Purwodadi, 15 Mei 2024
""",
        bentuk="urusan_lainnya",
        urusan="pangan",
        jenis="non_digital",
        nama="LUPAKAT",
        opd="Dinas Ketahanan Pangan",
        pemda="Kabupaten Grobogan",
        tags=["short"],
    ),
    doc(
        "replikasi-dua-daerah-siangkot",
        "kerja_sama",
        """
Dinas Perhubungan Kota Bogor
Jl. Raya Pajajaran No. ... Bogor

Nomor : 551/1420-Dishub
Perihal : Keterangan Replikasi Inovasi

Dengan hormat,
Menindaklanjuti surat BSKDN tentang data dukung replikasi, dengan ini kami sampaikan bahwa inovasi SiAngkot
telah direplikasi oleh:
1. Dinas Perhubungan Kota Sukabumi, berdasarkan PKS Nomor 551/77/Dishub tanggal 3 Maret 2025;
2. Dinas Perhubungan Kabupaten Bogor, berdasarkan PKS Nomor 552/301/Dishub tanggal 19 Mei 2025.
Salinan PKS terlampir.

Demikian untuk dipergunakan sebagaimana mestinya.
Kepala Dinas Perhubungan
""",
        bentuk="pelayanan_publik",
        urusan="perhubungan",
        jenis="digital",
        nama="SiAngkot",
        opd="Dinas Perhubungan",
        pemda="Kota Bogor",
        ind={"replikasi": 2},
        tags=["short"],
    ),
]
