"""Test documents, part F: news without a single innovation, long reports, initiatives of regional heads."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "publikasi",
        "rakor-iga",
        """
Pemkab Luwu Timur Kebut Pengisian Data Indeks Inovasi Daerah

MALILI, LUWUTIMURNEWS – Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Luwu Timur
mengumpulkan sekretaris dan operator inovasi dari seluruh perangkat daerah di ruang rapat Bapperida,
Senin (2/6/2025). Rapat koordinasi itu membahas tenggat pengisian Indeks Inovasi Daerah pada aplikasi
Kementerian Dalam Negeri yang ditutup akhir Juli.

Kepala Bapperida mengingatkan agar setiap inovasi dilengkapi data dukung yang sah, mulai dari SK,
anggaran hingga video. "Tahun lalu banyak data dukung ditolak karena tidak menyebut nama inovasinya
atau tahunnya tidak sesuai," ujarnya.

Operator juga mendapat pendampingan teknis cara mengunggah dokumen dan mengisi profil inovasi. Pemkab
menargetkan kembali meraih predikat sangat inovatif.

Baca juga: Bupati Minta OPD Tak Asal Lapor Inovasi

(adv)
""",
        pemda="Kabupaten Luwu Timur", tags=["news_no_innovation"],
    ),
    doc(
        "publikasi",
        "lomba-inovasi-87",
        """
87 Inovasi Ikuti Lomba Inovasi Daerah Kota Bitung, Tim Juri Turun ke Lapangan

BITUNG, MANADOPOST.ID – Sebanyak 87 inovasi dari perangkat daerah, kecamatan, kelurahan, sekolah dan
masyarakat mengikuti Lomba Inovasi Daerah Kota Bitung 2024. Tim juri yang terdiri atas akademisi
Universitas Sam Ratulangi, Ombudsman dan Bappelitbangda mulai melakukan verifikasi lapangan, Selasa
(20/8/2024).

Ketua tim juri menjelaskan penilaian meliputi kebaruan, kemanfaatan, keberlanjutan dan kemungkinan
direplikasi. Sepuluh inovasi terbaik akan dipresentasikan di depan Wali Kota pada September dan
diusulkan mengikuti penilaian tingkat nasional.

"Kami mencari yang benar-benar mengubah layanan, bukan sekadar aplikasi baru," katanya.

Penulis: Jerry K.
""",
        pemda="Kota Bitung", tags=["news_no_innovation"],
    ),
    doc(
        "publikasi",
        "innovation-summit",
        """
PRESS RELEASE
Regional Innovation Summit 2025: Kabupaten Kulon Progo Hosts Innovators from 12 Regions

WATES, 14 May 2025 – Kulon Progo Regency hosted the Regional Innovation Summit at Gedung Kaca on
Wednesday, bringing together innovation officers, researchers and startups from 12 regencies and cities
in Central Java and Yogyakarta. Sesi pagi membahas "Scaling up public service innovation", sedangkan
sesi siang berupa coaching clinic penyusunan rancang bangun dan video inovasi.

"Innovation is not a competition trophy; it is about better services," said the Regional Secretary in
his keynote. Peserta juga diajak berbagi pengalaman menghadapi evaluasi Indeks Inovasi Daerah.

Contact: Humas Setda Kulon Progo | humas@kulonprogokab.go.id
""",
        pemda="Kabupaten Kulon Progo", tags=["news_no_innovation", "english_mixed"],
    ),
    doc(
        "publikasi",
        "flash-verifikasi",
        """
JAKARTA, KABARDAERAH – BSKDN Kemendagri memulai verifikasi lapangan calon penerima Innovative Government
Award 2025 pekan ini. Sebanyak 30 pemerintah daerah dengan skor tertinggi akan dikunjungi tim penilai.
""",
        tags=["news_no_innovation"],
    ),
    doc(
        "publikasi",
        "kliping-sosialisasi-iid",
        ocr_noise(
            """
KLIPING KORAN — HARIAN TABALONG POS, Jumat 14 Maret 2025, halaman 5

Sosialisasi Indeks Inovasi Daerah, Camat dan Kepala Sekolah Diminta Aktif

TANJUNG – Bappelitbang Kabupaten Tabalong menggelar sosialisasi Indeks Inovasi Daerah tahun 2025 bagi
camat, kepala puskesmas dan kepala sekolah, Kamis (13/3). Narasumber dari Badan Strategi Kebijakan Dalam
Negeri menjelaskan perubahan indikator dan bobot penilaian, termasuk kewajiban video inovasi berdurasi
paling lama lima menit.

Kepala Bappelitbang berharap jumlah inovasi yang dilaporkan naik, terutama dari kecamatan dan sekolah
yang selama ini jarang melapor. (rif)
""",
            seed=3,
        ),
        pemda="Kabupaten Tabalong", tags=["news_no_innovation", "ocr_noise"],
    ),
    doc(
        "laporan",
        "puskesmas-tobelo-dua-inovasi",
        """
LAPORAN PELAKSANAAN INOVASI
UPTD PUSKESMAS TOBELO, KABUPATEN HALMAHERA UTARA
TAHUN 2024

KATA PENGANTAR
Laporan ini menyajikan pelaksanaan dua inovasi Puskesmas Tobelo, yaitu KELAS IBU SIGAP (Siaga Gizi dan
Persalinan) dan TELEKONSUL DESA, selama tahun 2024, sebagai bahan evaluasi dan pelaporan Indeks Inovasi
Daerah.

BAB I PENDAHULUAN
1.1 Latar Belakang
Wilayah kerja Puskesmas Tobelo meliputi 11 desa daratan dan 4 desa pulau. Pada 2022 masih terjadi 2
kematian ibu dan 9 kematian bayi, sebagian besar karena keterlambatan mengenali tanda bahaya kehamilan
dan keterlambatan rujukan. Ibu hamil di desa pulau jarang mengikuti kelas ibu hamil karena biaya
perahu, sementara bidan desa di pulau sering harus memutuskan sendiri tanpa dapat berkonsultasi dengan
dokter.

1.2 Tujuan
a. Meningkatkan pengetahuan ibu hamil dan keluarganya tentang gizi dan tanda bahaya kehamilan;
b. mempercepat pengambilan keputusan klinis oleh bidan desa melalui konsultasi jarak jauh dengan dokter.

1.3 Dasar
Keputusan Kepala Dinas Kesehatan Kabupaten Halmahera Utara Nomor 440/212/Dinkes/2023 tentang Penetapan
Inovasi KELAS IBU SIGAP dan TELEKONSUL DESA pada UPTD Puskesmas Tobelo.

BAB II GAMBARAN INOVASI
2.1 KELAS IBU SIGAP
KELAS IBU SIGAP adalah kelas ibu hamil yang diselenggarakan bergilir di desa, dihadiri ibu hamil bersama
suami atau ibu mertua. Setiap pertemuan memuat demo masak menu lokal bergizi (ikan, sayur kelor, pisang),
senam hamil, dan latihan mengenali tanda bahaya. Ibu hamil di desa pulau dijemput perahu desa yang biaya
bahan bakarnya dianggarkan dari dana desa.

2.2 TELEKONSUL DESA
Bidan desa mengirim foto, tanda vital dan keluhan pasien melalui grup konsultasi terenkripsi kepada dokter
jaga puskesmas. Dokter menjawab paling lama 15 menit dan memutuskan apakah pasien cukup ditangani di desa
atau harus dirujuk. Rekaman konsultasi dicatat di formulir elektronik untuk audit klinis bulanan.
\f
2.3 Tahapan
- September 2022: curah pendapat staf puskesmas setelah audit maternal perinatal;
- Oktober 2022: pemilihan ide dan penyusunan rencana;
- Desember 2022: uji coba di 4 desa;
- Maret 2023: penerapan di seluruh wilayah kerja setelah SK Kepala Dinas.

2.4 Sumber Daya
Tim inovasi terdiri atas 1 dokter penanggung jawab, 2 dokter jaga, 15 bidan desa, 1 ahli gizi dan 1
pengelola data (20 orang), ditetapkan dengan Surat Tugas Kepala Puskesmas. Anggaran berasal dari BOK
Puskesmas tahun 2023 dan 2024 serta dana desa untuk transportasi.

2.5 Pelatihan
- Pelatihan fasilitator kelas ibu hamil (Februari 2023);
- pelatihan penggunaan formulir konsultasi elektronik (Maret 2023);
- penyegaran tanda bahaya kehamilan dan kegawatdaruratan neonatal (Agustus 2024).
Ketiga pelatihan dilengkapi undangan, daftar hadir dan sertifikat.

BAB III HASIL PELAKSANAAN
3.1 KELAS IBU SIGAP
Pada 2024 diselenggarakan 96 pertemuan dengan 418 ibu hamil peserta (cakupan 78 persen sasaran), naik
dari 46 persen pada 2022. Persentase ibu hamil dengan Lingkar Lengan Atas kurang dari 23,5 cm turun dari
17 persen menjadi 9 persen.

3.2 TELEKONSUL DESA
Sepanjang 2024 tercatat 1.264 konsultasi. Sebanyak 71 persen pasien cukup ditangani di desa, 29 persen
dirujuk dengan persiapan lebih baik. Rata-rata waktu keputusan rujukan turun dari 3 jam menjadi 40 menit.
Tidak ada kematian ibu pada 2023 dan 2024; kematian bayi turun menjadi 4.

3.3 Informasi dan Pengaduan
Jadwal kelas dan nomor konsultasi diumumkan melalui papan informasi di loket puskesmas, siaran radio
komunitas Tobelo FM, dan akun Facebook puskesmas. Pengaduan masyarakat diterima melalui kotak saran dan
nomor pengaduan. Pada 2024 masuk 26 pengaduan, 25 telah diselesaikan (96 persen).

3.4 Monitoring dan Evaluasi
Monitoring internal dilakukan setiap bulan oleh tim mutu puskesmas. Survei Kepuasan Masyarakat pada
November 2024 dengan 120 responden menghasilkan IKM 87,2.

3.5 Sosialisasi dan Video
Kedua inovasi telah diliput media daring lokal dan diunggah ke kanal YouTube Dinas Kesehatan. Video
inovasi berdurasi 4 menit 30 detik memuat latar belakang, proses penjaringan ide, pemilihan ide, manfaat
dan dampak inovasi.
\f
BAB IV KENDALA DAN RENCANA TINDAK LANJUT
1. Sinyal di dua desa pulau tidak stabil; konsultasi dilakukan melalui panggilan telepon biasa.
2. Pergantian bidan desa menuntut pelatihan ulang; puskesmas menjadwalkan orientasi setiap ada bidan baru.
3. Direncanakan replikasi ke Puskesmas Kao dan Puskesmas Galela pada 2025; pembicaraan awal telah
   dilakukan tetapi belum ada kesepakatan tertulis.

BAB V PENUTUP
Kedua inovasi terbukti mempercepat penanganan ibu hamil berisiko dan layak dipertahankan. Puskesmas
mengusulkan agar biaya transportasi perahu kelas ibu dimasukkan ke dalam RKP Desa setiap desa pulau.

Tobelo, 15 Januari 2025
Kepala UPTD Puskesmas Tobelo
""",
        bentuk="pelayanan_publik", urusan="kesehatan", jenis="non_digital", tahapan="penerapan",
        inisiator="opd", nama_inovasi="KELAS IBU SIGAP", opd="UPTD Puskesmas Tobelo",
        pemda="Kabupaten Halmahera Utara",
        indicators={
            "regulasi": 1, "sdm": 2, "pelaksana": 2, "anggaran": 2, "bimtek": 3, "kecepatan_penciptaan": 2,
            "kemanfaatan": 2, "informasi_layanan": 3, "pengaduan": 3, "monev": 2, "sosialisasi": 3,
            "video": 3,
        },
        negated=["replikasi"],
        tags=["two_innovations", "negation"],
    ),
    doc(
        "pedoman",
        "panduan-radio",
        """
BUKU PANDUAN
RAPOR DIGITAL ORANG TUA (RADIO)
Dinas Pendidikan Kabupaten Wonosobo
Edisi 2025 — versi cetak dan versi daring di radio.wonosobokab.go.id/panduan

BAGIAN 1. APA ITU RADIO?
RADIO adalah layanan yang memungkinkan orang tua murid SD dan SMP negeri di Kabupaten Wonosobo melihat
kehadiran, nilai harian, catatan guru dan jadwal kegiatan anaknya melalui ponsel. Selama ini orang tua
baru mengetahui perkembangan anak ketika rapor dibagikan di akhir semester, sehingga masalah belajar
terlambat ditangani.

BAGIAN 2. SIAPA MELAKUKAN APA
- Wali kelas mengisi kehadiran setiap pagi dan nilai harian paling lambat tiga hari setelah penilaian.
- Operator sekolah mendaftarkan akun orang tua dan memperbarui data murid.
- Kepala sekolah memeriksa kelengkapan pengisian setiap Jumat.
- Dinas Pendidikan mengelola server, melatih operator dan menerima laporan gangguan.

BAGIAN 3. CARA ORANG TUA MENDAFTAR
1. Datang ke sekolah membawa Kartu Keluarga, atau minta kode undangan kepada wali kelas.
2. Unduh aplikasi RADIO atau buka laman radio.wonosobokab.go.id.
3. Masukkan NISN anak dan kode undangan, buat kata sandi.
4. Akun aktif setelah disetujui operator sekolah, paling lama 1 hari kerja.
\f
BAGIAN 4. MENU UTAMA
a. Kehadiran: tanda hijau hadir, kuning izin/sakit, merah tanpa keterangan. Orang tua menerima
   notifikasi bila anak tidak hadir tanpa keterangan sebelum pukul 08.00.
b. Nilai harian: ditampilkan per mata pelajaran beserta rata-rata kelas.
c. Catatan guru: pesan singkat dari wali kelas; orang tua dapat membalas.
d. Agenda: jadwal ulangan, kegiatan sekolah dan libur.

BAGIAN 5. PRIVASI DATA
Orang tua hanya dapat melihat data anaknya sendiri. Guru dilarang menyebarkan nilai murid di grup
percakapan. Data disimpan di pusat data pemerintah daerah yang dikelola Dinas Komunikasi dan Informatika.

BAGIAN 6. BANTUAN DAN INFORMASI
Informasi layanan RADIO dapat diperoleh melalui:
- loket informasi di kantor Dinas Pendidikan (Senin–Jumat 08.00–15.00);
- pusat panggilan 0286-xxxxxx dan WhatsApp 0813-xxxx-xxxx;
- akun Instagram dan Facebook @disdikwonosobo;
- asisten virtual pada laman RADIO yang menjawab pertanyaan umum selama 24 jam.
Pengaduan dan saran dapat disampaikan melalui menu "Lapor" pada aplikasi.

BAGIAN 7. PERTANYAAN YANG SERING DIAJUKAN
T: Apakah RADIO berbayar? J: Tidak, layanan gratis.
T: Satu akun untuk beberapa anak? J: Bisa, tambahkan NISN anak lain pada menu Profil.
T: Bagaimana bila ponsel tidak mendukung aplikasi? J: Gunakan laman web melalui peramban.
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="digital", tahapan="penerapan",
        nama_inovasi="RADIO", opd="Dinas Pendidikan", pemda="Kabupaten Wonosobo",
        indicators={"pedoman_teknis": 3, "informasi_layanan": 3, "alat_kerja": 3, "jejaring": 1},
    ),
    doc(
        "surat_tugas",
        "sp-bupati-subsama",
        """
BUPATI SUMBA BARAT DAYA

SURAT PERINTAH
Nomor: BU.440/07/III/2024

Dasar : Arahan Bupati dalam Rapat Kerja 5 Februari 2024 tentang gerakan SUMBA SEHAT BEBAS MALARIA
        (SUBSAMA) yang digagas Bupati sebagai program unggulan daerah.

MEMERINTAHKAN:
Kepada : Tim Pelaksana SUBSAMA sebanyak 36 (tiga puluh enam) orang, terdiri atas pejabat Dinas Kesehatan,
         Dinas Lingkungan Hidup, Dinas PMD, 11 camat dan 16 kepala puskesmas, sebagaimana daftar terlampir.
Untuk  : 1. melaksanakan pembagian kelambu, penyemprotan rumah dan pemeriksaan darah massal di desa
            endemis tinggi;
         2. melaporkan perkembangan kasus setiap bulan kepada Bupati melalui Kepala Dinas Kesehatan.

Tambolaka, 1 Maret 2024
BUPATI SUMBA BARAT DAYA
""",
        bentuk="urusan_lainnya", urusan="kesehatan", jenis="non_digital", tahapan="penerapan",
        inisiator="kepala_daerah", nama_inovasi="SUBSAMA", opd="Dinas Kesehatan",
        pemda="Kabupaten Sumba Barat Daya",
        indicators={"sdm": 3, "pelaksana": 3, "jejaring": 2},
    ),
    doc(
        "proposal",
        "sarusa",
        """
RANCANG BANGUN INOVASI
SATU RUMAH SATU SARJANA (SARUSA)
Pemerintah Kabupaten Pesisir Selatan — Dinas Pendidikan

Inovasi ini merupakan janji kerja Bupati Pesisir Selatan yang dituangkan dalam visi-misi daerah: setiap
keluarga miskin memiliki sedikitnya satu anggota keluarga bergelar sarjana.

Dasar Hukum: Peraturan Bupati Pesisir Selatan Nomor 14 Tahun 2022 tentang Pemberian Beasiswa SARUSA.
Permasalahan: angka partisipasi kasar perguruan tinggi daerah 18 persen, jauh di bawah provinsi.
Isu Strategis: kualitas sumber daya manusia dan pengentasan kemiskinan antar-generasi.
Metode Pembaharuan: beasiswa penuh empat tahun bagi lulusan SMA/SMK dari keluarga miskin, dengan kewajiban
mengabdi dua tahun di nagari asal setelah lulus; kerja sama dengan 5 perguruan tinggi negeri.
Keunggulan: menggabungkan beasiswa dengan ikatan pengabdian di nagari.
Tahapan: gagasan Januari 2022, peraturan terbit Mei 2022, penerimaan angkatan pertama Agustus 2022.
Hasil: 3 angkatan, 612 mahasiswa penerima; 148 telah lulus.
Video inovasi: youtu.be/xxxxSARUSA (3 menit 50 detik) — menampilkan latar belakang, manfaat dan dampak.
""",
        bentuk="urusan_lainnya", urusan="pendidikan", jenis="non_digital", tahapan="penerapan",
        inisiator="kepala_daerah", nama_inovasi="SARUSA", opd="Dinas Pendidikan",
        pemda="Kabupaten Pesisir Selatan",
        indicators={"regulasi": 2, "kecepatan_penciptaan": 2, "kemanfaatan": 3, "video": 2},
    ),
    doc(
        "lainnya",
        "kwitansi-posyandu",
        ocr_noise(
            """
KWITANSI
No. 17/PKM-MLL/VI/2024
Sudah terima dari : Bendahara BOK UPTD Puskesmas Malili
Uang sejumlah     : Rp 1.250.000,- (satu juta dua ratus lima puluh ribu rupiah)
Untuk pembayaran  : sewa tenda dan kursi kegiatan peringatan Hari Keluarga Nasional di halaman puskesmas
Malili, 28 Juni 2024
Yang menerima, Toko Sinar Jaya
""",
            seed=14,
        ),
        urusan="kesehatan", opd="UPTD Puskesmas Malili", pemda="Kabupaten Luwu Timur", tags=["ocr_noise"],
    ),
    doc(
        "lainnya",
        "email-site-visit",
        """
From: Program Officer, Yayasan Kesehatan Nusantara
To: Kepala Dinas Kesehatan Kota Bitung
Subject: Site visit schedule / Jadwal kunjungan lapangan

Dear Bapak/Ibu,
Thank you for hosting our team next month. We propose to visit RSUD Manembo-Nembo on 12 June 2025 to see
how patients register with ANSEH, then meet the hospital director. Mohon konfirmasi apakah tanggal
tersebut sesuai, and whether a letter from our foundation is required.

Best regards,
Dewi Anggraini
""",
        urusan="kesehatan", nama_inovasi="ANSEH", opd="Dinas Kesehatan", pemda="Kota Bitung",
        tags=["english_mixed"],
    ),
    doc(
        "evaluasi",
        "monev-dua-inovasi-desa",
        """
LAPORAN MONITORING DAN EVALUASI INOVASI DESA
KECAMATAN SUWAWA, KABUPATEN BONE BOLANGO — SEMESTER II 2024
Disusun oleh Tim Monev Kecamatan

1. Inovasi yang dimonitor
a. PERPUSDES CERIA (perpustakaan desa dengan kelas membaca anak) — Desa Bube;
b. JAMBAN SEHAT ARISAN (arisan warga untuk membangun jamban) — Desa Tinelo.

2. Hasil
PERPUSDES CERIA: buka 5 hari seminggu, 143 anak anggota aktif; buku bertambah 420 judul dari donasi.
JAMBAN SEHAT ARISAN: 58 jamban terbangun sejak 2023; desa dinyatakan Stop Buang Air Besar Sembarangan.

3. Pengaduan warga
Kedua desa menerima 40 pengaduan melalui kotak saran dan musyawarah dusun; baru 15 yang ditindaklanjuti.

4. Catatan
Kedua desa belum menetapkan Peraturan Desa sebagai dasar inovasi.
""",
        bentuk="urusan_lainnya", urusan="desa", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="PERPUSDES CERIA", opd="Pemerintah Kecamatan Suwawa", pemda="Kabupaten Bone Bolango",
        indicators={"monev": 1, "pengaduan": 1, "kemanfaatan": None},
        negated=["regulasi"], tags=["two_innovations", "negation"],
    ),
    doc(
        "publikasi",
        "video-sarusa-deskripsi",
        """
YouTube · Pemkab Pesisir Selatan Official · 2,4 rb x ditonton · 3 bulan yang lalu

VIDEO INOVASI SARUSA (SATU RUMAH SATU SARJANA) — IGA 2025

Video berdurasi 4:58 ini menceritakan latar belakang lahirnya SARUSA, proses penjaringan ide dari
musrenbang nagari, pemilihan ide oleh tim inovasi daerah, manfaat bagi keluarga penerima beasiswa, dan
dampaknya terhadap angka partisipasi kuliah di Pesisir Selatan.

#SARUSA #PesisirSelatanInovatif #IGA2025
""",
        bentuk="urusan_lainnya", urusan="pendidikan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="SARUSA", pemda="Kabupaten Pesisir Selatan",
        indicators={"video": 3, "sosialisasi": 2},
    ),
    doc(
        "proposal",
        "wali-kota-menyapa",
        """
USULAN INOVASI: WALI KOTA MENYAPA (WAKO SAPA)
Bagian Komunikasi Pimpinan Setda Kota Pariaman

Gagasan ini datang langsung dari Wali Kota Pariaman setelah blusukan pasar: warga ingin menyampaikan
keluhan tanpa birokrasi. WAKO SAPA adalah siaran langsung setiap Jumat pagi di radio dan media sosial
Pemkot, saat warga menelepon atau berkomentar, dan kepala perangkat daerah terkait wajib menjawab di
tempat atau paling lama tujuh hari.

Tahapan: masih berupa rancangan konsep (April 2025); format siaran dan daftar perangkat daerah yang
bertugas belum ditetapkan. Uji coba direncanakan Juli 2025.
""",
        bentuk="pelayanan_publik", urusan="kominfo", jenis="digital", tahapan="inisiatif",
        inisiator="kepala_daerah", nama_inovasi="WAKO SAPA", opd="Bagian Komunikasi Pimpinan Setda",
        pemda="Kota Pariaman",
    ),
    doc(
        "undangan_daftar_hadir",
        "rapat-pokir-dprd",
        """
NOTULEN RAPAT DENGAR PENDAPAT KOMISI II DPRD KABUPATEN KULON PROGO
Hari/Tanggal: Kamis, 6 Maret 2025 | Tempat: Ruang Komisi II | Pukul 10.00 WIB

Agenda: Usulan inovasi PASAR TANI MALAM (PATAMA) yang diajukan anggota Komisi II, Ibu Sri Wahyuni,
berdasarkan aspirasi kelompok tani Kapanewon Nanggulan.
Hadir: Komisi II, Dinas Pertanian dan Pangan, Dinas Perdagangan, Dinas Pariwisata, perwakilan kelompok tani.

Pembahasan: PATAMA adalah pasar malam mingguan di alun-alun tempat petani menjual langsung hasil panen.
Dinas Perdagangan menyampaikan lokasi memungkinkan; Dinas Pertanian siap mendata petani peserta.
Kesimpulan: gagasan diterima untuk dikaji; belum ada anggaran tahun 2025.
""",
        bentuk="urusan_lainnya", urusan="pertanian", urusan_also=["perdagangan"], jenis="non_digital",
        tahapan="inisiatif", inisiator="anggota_dprd", nama_inovasi="PATAMA",
        opd="Dinas Pertanian dan Pangan",
        pemda="Kabupaten Kulon Progo",
        indicators={"jejaring": 2},
        negated=["anggaran"], tags=["two_sector", "negation"],
    ),
]
