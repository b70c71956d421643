"""Test documents, part E: forestry, energy, trade, industry, transmigration and the supporting functions."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "surat_tugas",
        "patra",
        """
PEMERINTAH PROVINSI KALIMANTAN BARAT
DINAS LINGKUNGAN HIDUP DAN KEHUTANAN
UPTD KESATUAN PENGELOLAAN HUTAN WILAYAH KAPUAS HULU

SURAT PERINTAH TUGAS
Nomor: 522/087/KPH-KH/2025

Dasar: Keputusan Kepala Dinas LHK Provinsi Kalimantan Barat Nomor 522/1140/DLHK-C/2024 tentang Patroli
Hutan Adat Terpadu (PATRA).

MEMERINTAHKAN:
Kepada: 4 orang Polisi Kehutanan, 2 penyuluh kehutanan, 6 anggota Masyarakat Peduli Api dan
        2 tetua adat Dusun Sungai Utik (daftar nama terlampir), seluruhnya 14 orang.
Untuk : melaksanakan patroli terpadu di kawasan hutan adat Sungai Utik dan hutan lindung sekitarnya
        selama 6 hari, 17–22 Maret 2025, mencatat titik koordinat gangguan hutan pada aplikasi SMART
        Patrol, dan melaporkan hasilnya.

Putussibau, 14 Maret 2025
Kepala UPTD KPH Wilayah Kapuas Hulu
""",
        bentuk="urusan_lainnya", urusan="kehutanan", jenis="digital", tahapan="penerapan",
        nama_inovasi="PATRA",
        opd="UPTD KPH Wilayah Kapuas Hulu", pemda="Provinsi Kalimantan Barat",
        indicators={"sdm": 2, "pelaksana": 2, "regulasi": 1},
    ),
    doc(
        "evaluasi",
        "monev-bigo",
        """
LAPORAN MONITORING DAN EVALUASI
BIBIT GRATIS ONLINE (BIGO) — PERSEMAIAN PERMANEN DINAS KEHUTANAN PROVINSI NUSA TENGGARA TIMUR
Triwulan IV 2024

Cara kerja: masyarakat, sekolah dan kelompok tani memesan bibit lewat formulir daring BIGO, lalu
mengambilnya di persemaian atau menerima kiriman melalui KPH.

Hasil pemantauan:
- permohonan masuk: 412; disetujui 389;
- bibit tersalur: 186.400 batang (mahoni, jati, kemiri, cendana, mangga);
- uji petik tumbuh di 30 lokasi: daya hidup rata-rata 71 persen.

Evaluasi oleh tim internal Bidang Rehabilitasi Hutan menemukan sebagian pemohon tidak menanam tepat waktu
karena bibit dikirim di luar musim hujan. Rekomendasi: pengiriman dipusatkan November–Januari.
""",
        bentuk="pelayanan_publik", urusan="kehutanan", jenis="digital", tahapan="penerapan",
        nama_inovasi="BIGO",
        opd="Dinas Kehutanan", pemda="Provinsi Nusa Tenggara Timur",
        indicators={"monev": 1, "kemanfaatan": 2},
    ),
    doc(
        "perencanaan",
        "rkpd-destar",
        """
RANCANGAN AKHIR RKPD PROVINSI NUSA TENGGARA TIMUR TAHUN 2025
Urusan Energi dan Sumber Daya Mineral — Dinas ESDM

Program Pengelolaan Energi Terbarukan
Sub Kegiatan | Indikator Keluaran | Lokasi | Target 2025 | Pagu (Rp) | Keterangan
Pembangunan PLTS komunal inovasi DESA TERANG (DESTAR) | Unit PLTS terbangun | Sumba Timur,
  Sabu Raijua, Alor | 6 unit | 5.400.000.000 | lanjutan RKPD 2024 (4 unit)
Pemeliharaan PLTS terpasang | Unit terpelihara | 14 kab. | 38 unit | 1.150.000.000 |
Pelatihan teknisi desa DESTAR | Teknisi terlatih | 6 desa | 12 orang | 180.000.000 |
""",
        bentuk="urusan_lainnya", urusan="esdm", urusan_also=["desa"], tahapan="penerapan",
        nama_inovasi="DESTAR",
        opd="Dinas Energi dan Sumber Daya Mineral", pemda="Provinsi Nusa Tenggara Timur",
        indicators={"rkpd": 2},
        tags=["two_sector"],
    ),
    doc(
        "kerja_sama",
        "replikasi-sehen",
        """
SURAT KETERANGAN REPLIKASI
Nomor: 671/042/ESDM/2025

Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Sulawesi Tengah menerangkan bahwa inovasi
SEKOLAH HEMAT ENERGI (SEHEN) — audit energi sederhana oleh siswa dan pemasangan lampu hemat energi di
sekolah — telah direplikasi oleh:
1. Pemerintah Kabupaten Sigi (2023), berdasarkan Perjanjian Kerja Sama Nomor 671/11/2023;
2. Pemerintah Kabupaten Donggala (2024);
3. Pemerintah Kota Palu (2024);
4. Pemerintah Kabupaten Poso (2025, tahap penjajakan, belum ada perjanjian).

Palu, 6 Januari 2025
""",
        bentuk="urusan_lainnya", urusan="esdm", urusan_also=["pendidikan"], jenis="non_digital",
        tahapan="penerapan", nama_inovasi="SEHEN", opd="Dinas Energi dan Sumber Daya Mineral",
        pemda="Provinsi Sulawesi Tengah",
        indicators={"replikasi": 3},
        tags=["two_sector"],
    ),
    doc(
        "anggaran",
        "dpa-pantai",
        ocr_noise(
            """
DOKUMEN PELAKSANAAN ANGGARAN (DPA) TAHUN ANGGARAN 2023
Dinas Perindustrian dan Perdagangan Kabupaten Ogan Komering Ilir

Sub Kegiatan 3.30.03.2.01.0001 Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan
Inovasi: PASAR RAKYAT NONTUNAI (PANTAI)

Kode Rekening | Uraian | Volume | Jumlah (Rp)
5.1.02.01.01.0026 | Cetak stiker QRIS pedagang | 900 lembar | 4.500.000
5.1.02.02.01.0003 | Honor pendamping pedagang | 10 OB | 25.000.000
5.1.02.01.01.0052 | Konsumsi sosialisasi | 400 kotak | 12.000.000
Jumlah | | | 41.500.000
""",
            seed=9,
        ),
        urusan="perdagangan", jenis="digital", nama_inovasi="PANTAI",
        opd="Dinas Perindustrian dan Perdagangan", pemda="Kabupaten Ogan Komering Ilir",
        indicators={"anggaran": 1}, tags=["ocr_noise"],
    ),
    doc(
        "publikasi",
        "pantai-tera",
        """
KAYUAGUNG, SUMSELDAILY – Dua terobosan Dinas Perindustrian dan Perdagangan OKI mulai terasa di pasar.
Di Pasar Kayuagung, 640 pedagang kini menerima pembayaran QRIS lewat program PASAR RAKYAT NONTUNAI
(PANTAI). Sementara itu, mobil TERA KELILING mendatangi pasar-pasar kecamatan untuk menera ulang
timbangan pedagang tanpa pedagang harus datang ke kantor UPTD Metrologi.

"Konsumen lebih tenang karena timbangan sudah dicek," ujar Kepala Disperindag, Kamis (5/9/2024).
Sepanjang tahun ini TERA KELILING telah memeriksa 2.115 alat ukur.

Baca juga: Harga Cabai di OKI Turun Jelang Panen Raya
""",
        bentuk="pelayanan_publik", urusan="perdagangan", jenis="digital", tahapan="penerapan",
        nama_inovasi="PASAR RAKYAT NONTUNAI", opd="Dinas Perindustrian dan Perdagangan",
        pemda="Kabupaten Ogan Komering Ilir",
        indicators={"sosialisasi": 3, "kemanfaatan": 3},
        tags=["two_innovations"],
    ),
    doc(
        "sertifikat",
        "rumkem",
        """
PIAGAM PENGHARGAAN
Gubernur Kalimantan Selatan memberikan penghargaan kepada
DINAS PERINDUSTRIAN KABUPATEN TABALONG
atas inovasi RUMAH KEMASAN IKM (RUMKEM)
sebagai Terbaik I Kategori Pembinaan Industri Kecil dan Menengah
Banjarbaru, 28 Oktober 2024
""",
        urusan="perindustrian", nama_inovasi="RUMKEM", opd="Dinas Perindustrian", pemda="Kabupaten Tabalong",
    ),
    doc(
        "undangan_daftar_hadir",
        "rakor-rumkem",
        """
Tanjung, 11 Maret 2025
Nomor : 530/066/Disperin/2025
Hal   : Undangan Rapat Koordinasi RUMKEM 2025

Yth. 1. Kepala Dinas Koperasi dan UKM; 2. Kepala Dinas Kesehatan (PIRT); 3. Kepala DPMPTSP;
     4. Ketua Dekranasda; 5. Perwakilan Politeknik Negeri Tabalong; 6. Pimpinan Bank Kalsel Cabang Tanjung

Mengharap kehadiran Bapak/Ibu pada rapat koordinasi Rumah Kemasan IKM (RUMKEM):
Hari/Tanggal: Rabu, 19 Maret 2025 | Pukul: 09.30 WITA | Tempat: Ruang Rapat Disperin
Acara: evaluasi layanan desain kemasan 2024 dan rencana sertifikasi halal serta PIRT terpadu 2025.

Kepala Dinas Perindustrian
""",
        bentuk="pelayanan_publik", urusan="perindustrian", tahapan="penerapan", nama_inovasi="RUMKEM",
        opd="Dinas Perindustrian", pemda="Kabupaten Tabalong",
        indicators={"jejaring": 2, "aktor": 2},
    ),
    doc(
        "proposal",
        "sikat-trans",
        """
PROFIL INOVASI: SIKAT TRANS (Sistem Informasi Kawasan Transmigrasi)
Dinas Transmigrasi dan Tenaga Kerja Kabupaten Mamuju Tengah

Dasar Hukum
UU Nomor 29 Tahun 2009 tentang Perubahan atas UU Ketransmigrasian; PP 38/2017 tentang Inovasi Daerah.

Permasalahan
Data lahan usaha, sertifikat dan komoditas di 7 kawasan transmigrasi masih tersimpan dalam arsip kertas
peninggalan UPT. Banyak transmigran belum menerima sertifikat lahan usaha II dan tidak tahu status
berkasnya.

Isu Strategis
Kepastian hak atas tanah transmigran dan pengembangan kawasan sebagai pusat pertumbuhan.

Metode Pembaharuan
Seluruh arsip bidang lahan dipindai dan dipetakan; transmigran dapat memeriksa status sertifikat dan
mengajukan pengaduan lewat laman sikattrans.mamujutengahkab.go.id atau melalui kepala desa.

Keunggulan dan Kebaharuan
Pertama kali data transmigrasi kabupaten tersedia daring dan dapat diperiksa sendiri oleh warga.

Tahapan Inovasi
Penggalian ide Juni 2024; digitalisasi arsip Juli–Oktober 2024; uji coba di Kawasan Tobadak sejak
November 2024. Sampai Maret 2025 sudah 1.930 bidang terdata.
""",
        bentuk="pelayanan_publik", urusan="transmigrasi", urusan_also=["pertanahan"], jenis="digital",
        tahapan="uji_coba", inisiator="opd", nama_inovasi="SIKAT TRANS",
        opd="Dinas Transmigrasi dan Tenaga Kerja", pemda="Kabupaten Mamuju Tengah",
        indicators={"kecepatan_penciptaan": 2, "kemanfaatan": None},
        tags=["two_sector"],
    ),
    doc(
        "lainnya",
        "pengantar-data-trans",
        """
Nomor   : 590/118/Distransnaker/2025
Lampiran: 1 (satu) berkas
Perihal : Penyampaian data calon transmigran 2025

Yth. Direktur Jenderal Pembangunan dan Pengembangan Kawasan Transmigrasi
di Jakarta

Bersama ini kami sampaikan data 35 kepala keluarga calon transmigran penempatan tahun 2025 dari
Kabupaten Mamuju Tengah untuk diproses lebih lanjut. Atas perhatiannya kami ucapkan terima kasih.

Kepala Dinas Transmigrasi dan Tenaga Kerja
""",
        urusan="transmigrasi", opd="Dinas Transmigrasi dan Tenaga Kerja", pemda="Kabupaten Mamuju Tengah",
    ),
    doc(
        "regulasi",
        "perbup-suara-warga",
        """
PERATURAN BUPATI BONE BOLANGO
NOMOR 9 TAHUN 2024
TENTANG
PENYELENGGARAAN MUSYAWARAH PERENCANAAN PEMBANGUNAN ELEKTRONIK SUARA WARGA

Pasal 1
E-Musrenbang SUARA WARGA adalah aplikasi daring tempat warga, desa, kecamatan dan perangkat daerah
mengusulkan, memverifikasi dan memprioritaskan usulan pembangunan.
Pasal 2
(1) Usulan warga dapat diajukan setiap Januari melalui aplikasi atau melalui operator desa.
(2) Bappeda menyajikan status setiap usulan secara terbuka sampai penetapan RKPD.
Pasal 3
Perangkat daerah wajib menanggapi usulan yang ditujukan kepadanya paling lambat 14 hari.
Pasal 4
Peraturan Bupati ini berlaku sejak diundangkan.

Ditetapkan di Suwawa pada tanggal 19 Februari 2024
BUPATI BONE BOLANGO
""",
        bentuk="tata_kelola", urusan="perencanaan", jenis="digital", tahapan="penerapan",
        nama_inovasi="SUARA WARGA", opd="Bappeda", pemda="Kabupaten Bone Bolango",
        indicators={"regulasi": 2},
    ),
    doc(
        "undangan_daftar_hadir",
        "musrenbang-kec",
        """
UNDANGAN MUSRENBANG KECAMATAN TILONGKABILA TAHUN 2025
Hari/Tanggal: Selasa, 11 Februari 2025 | Pukul: 08.30 WITA | Tempat: Aula Kantor Camat
Acara: pembahasan usulan desa yang masuk melalui E-Musrenbang SUARA WARGA

NOTULEN SINGKAT
- Usulan masuk aplikasi dari 14 desa: 213 usulan; lolos verifikasi: 167.
- Tiga usulan jalan tani digabung karena lokasinya bersebelahan.
- Operator Desa Bongopini belum dapat login; Bappeda akan mengatur ulang akun.
- 25 usulan prioritas diteruskan ke forum perangkat daerah.

DAFTAR HADIR: Camat, Sekcam, 14 kepala desa, 14 operator desa, Bappeda (2 orang), tokoh perempuan,
perwakilan karang taruna.
""",
        bentuk="tata_kelola", urusan="perencanaan", jenis="digital", tahapan="penerapan",
        nama_inovasi="SUARA WARGA", opd="Bappeda", pemda="Kabupaten Bone Bolango",
    ),
    doc(
        "evaluasi",
        "skm-padi-online",
        """
LAPORAN HASIL SURVEI KEPUASAN WAJIB PAJAK
LAYANAN PADI ONLINE (PAJAK DAERAH ONLINE) — BADAN PENDAPATAN DAERAH KOTA TIDORE KEPULAUAN 2024

Responden 260 wajib pajak hotel, restoran, PBB-P2 dan BPHTB. IKM: 81,7 (Baik).

Sebelum PADI ONLINE, wajib pajak harus datang ke loket Bapenda untuk memperoleh SSPD dan membayar di
bank. Kini SSPD terbit di aplikasi dan dapat dibayar melalui QRIS, kanal bank daerah atau minimarket.
Penerimaan PBB-P2 naik dari Rp 3,1 miliar (2022) menjadi Rp 4,4 miliar (2024).

Saran responden: notifikasi jatuh tempo melalui WhatsApp.
""",
        bentuk="pelayanan_publik", urusan="keuangan", jenis="digital", tahapan="penerapan",
        nama_inovasi="PADI ONLINE", opd="Badan Pendapatan Daerah", pemda="Kota Tidore Kepulauan",
        indicators={"monev": 2, "kemanfaatan": None},
    ),
    doc(
        "sertifikat",
        "award-siapkeu",
        """
CERTIFICATE OF APPRECIATION
PIAGAM PENGHARGAAN

presented to / diberikan kepada
BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN LUWU TIMUR
for the innovation SIAPKEU (Sistem Informasi Aset dan Keuangan)
Top 5 Digital Public Finance Innovation 2024

Makassar, 14 November 2024
""",
        urusan="keuangan", jenis="digital", nama_inovasi="SIAPKEU",
        opd="Badan Pengelolaan Keuangan dan Aset Daerah", pemda="Kabupaten Luwu Timur",
        tags=["english_mixed"],
    ),
    doc(
        "regulasi",
        "sk-absen-geo",
        """
KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LAMANDAU
NOMOR 800/45/BKPSDM/2024
TENTANG PENERAPAN PRESENSI ELEKTRONIK BERBASIS LOKASI (ABSEN GEO)

Menimbang : bahwa presensi manual dengan buku dan mesin sidik jari tidak dapat menjangkau ASN yang bertugas
            di lapangan dan sekolah terpencil;
Mengingat : Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS;
MEMUTUSKAN
KESATU : Menerapkan ABSEN GEO bagi seluruh ASN di lingkungan Pemerintah Kabupaten Lamandau mulai
         1 Juli 2024.
KEDUA  : Rekap ABSEN GEO menjadi dasar perhitungan tambahan penghasilan pegawai.
KETIGA : Keputusan ini berlaku sejak ditetapkan.
Ditetapkan di Nanga Bulik, 20 Juni 2024
""",
        bentuk="tata_kelola", urusan="kepegawaian", jenis="digital", tahapan="penerapan",
        nama_inovasi="ABSEN GEO",
        opd="BKPSDM", pemda="Kabupaten Lamandau",
        indicators={"regulasi": 1},
    ),
    doc(
        "lainnya",
        "pengumuman-absen",
        """
PENGUMUMAN
Sehubungan dengan pemeliharaan server, aplikasi ABSEN GEO tidak dapat diakses pada Sabtu, 8 Maret 2025
pukul 20.00–24.00 WIB. Presensi hari kerja tidak terpengaruh.
BKPSDM Kabupaten Lamandau
""",
        urusan="kepegawaian", jenis="digital", nama_inovasi="ABSEN GEO", opd="BKPSDM",
        pemda="Kabupaten Lamandau",
    ),
    doc(
        "sertifikat",
        "corpu-belajar",
        """
SERTIFIKAT
Nomor: 893/BPSDM-GTLO/1127/2024
Diberikan kepada SITI HADIJAH DJAFAR, S.E.
telah mengikuti Pelatihan Kepemimpinan Pengawas pola CORPU BELAJAR (Corporate University
Pemerintah Provinsi Gorontalo) secara blended learning, 15 Juli – 30 Agustus 2024 (164 JP)
Kepala BPSDM Provinsi Gorontalo
""",
        urusan="diklat", jenis="digital", nama_inovasi="CORPU BELAJAR", opd="BPSDM",
        pemda="Provinsi Gorontalo",
    ),
    doc(
        "kerja_sama",
        "pks-corpu",
        """
PERJANJIAN KERJA SAMA
ANTARA BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI GORONTALO DAN UNIVERSITAS NEGERI GORONTALO
TENTANG PENYELENGGARAAN MICROLEARNING CORPU BELAJAR
Nomor: 000.3/BPSDM/44/2024 — B/1021/UN47/KS/2024

Pasal 1. Para pihak bekerja sama menyusun 40 modul microlearning untuk ASN Pemerintah Provinsi Gorontalo
pada platform CORPU BELAJAR.
Pasal 2. PIHAK KEDUA menyediakan dosen penyusun dan pengulas materi; PIHAK PERTAMA menyediakan platform,
produksi video dan sertifikasi.
Pasal 3. Hak cipta modul dimiliki bersama.
Pasal 4. Jangka waktu 3 tahun.
Gorontalo, 2 April 2024
""",
        bentuk="tata_kelola", urusan="diklat", jenis="digital", tahapan="penerapan",
        nama_inovasi="CORPU BELAJAR",
        opd="BPSDM", pemda="Provinsi Gorontalo",
    ),
    doc(
        "laporan",
        "klinik-inovasi",
        """
LAPORAN KINERJA KLINIK INOVASI DAERAH TAHUN 2024
BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KABUPATEN SIDENRENG RAPPANG

BAB I PENDAHULUAN
KLINIK INOVASI adalah layanan konsultasi bagi perangkat daerah, sekolah, puskesmas dan desa yang ingin
menyusun atau memperbaiki inovasi, mulai dari rumusan masalah, rancang bangun, data dukung sampai video.

BAB II CAPAIAN
- Sesi konsultasi: 146 (tatap muka 98, daring 48);
- inovasi yang didampingi: 121 dari 37 perangkat daerah dan 22 desa;
- inovasi yang dilaporkan ke aplikasi nasional naik dari 64 (2023) menjadi 152 (2024);
- klinik dibuka sejak Maret 2023 berdasarkan Keputusan Kepala Bapperida Nomor 050/17/2023.

BAB III EVALUASI
Peserta menilai layanan melalui survei singkat; 92 persen menyatakan puas. Kendala: jumlah analis
kebijakan hanya 4 orang.
""",
        bentuk="tata_kelola", urusan="litbang", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="KLINIK INOVASI", opd="Bapperida", pemda="Kabupaten Sidenreng Rappang",
        indicators={"kemanfaatan": None, "regulasi": 1, "monev": 2},
    ),
    doc(
        "perencanaan",
        "renja-rurida",
        """
RENCANA KERJA BAPPERIDA KABUPATEN SIDENRENG RAPPANG 2025
Program Penelitian dan Pengembangan Daerah

Kegiatan | Sub Kegiatan | Keluaran | Target | Pagu (Rp)
Penelitian dan pengembangan pemerintahan | RUMAH RISET DAERAH (RURIDA): hibah riset mahasiswa tugas akhir
  tentang masalah daerah | Judul riset didanai | 20 judul | 300.000.000
Pengembangan inovasi dan teknologi | Fasilitasi HKI inovasi daerah | Inovasi terdaftar HKI | 10 | 75.000.000
""",
        bentuk="tata_kelola", urusan="litbang", nama_inovasi="RURIDA", opd="Bapperida",
        pemda="Kabupaten Sidenreng Rappang",
        indicators={"rkpd": 1},
    ),
    doc(
        "lainnya",
        "rekomendasi-jdih",
        """
Sinjai Utara, 12 Mei 2025
Nomor : 180/214/Hukum
Hal   : Rekomendasi narasumber

Yth. Kepala Bagian Hukum Setda Kabupaten Bantaeng

Menanggapi permintaan Saudara, kami merekomendasikan Sdr. Andi Nurfadillah, S.H., M.H., Analis Hukum Ahli
Muda, sebagai narasumber kegiatan studi tiru JDIH KELILING, layanan konsultasi dan penyuluhan produk hukum
daerah yang dibawa ke kantor desa menggunakan mobil perpustakaan hukum. Yang bersangkutan adalah
koordinator JDIH KELILING sejak 2022.

Kepala Bagian Hukum Setda Kabupaten Sinjai
""",
        bentuk="pelayanan_publik", urusan="fungsi_lain", jenis="non_digital", nama_inovasi="JDIH KELILING",
        opd="Bagian Hukum Sekretariat Daerah", pemda="Kabupaten Sinjai",
    ),
    doc(
        "anggaran",
        "dpa-jdih",
        """
DPA SEKRETARIAT DAERAH KABUPATEN SINJAI — TAHUN ANGGARAN 2025
Unit: Bagian Hukum
Sub Kegiatan 4.01.01.2.07.0003 Fasilitasi Penyuluhan Hukum — JDIH KELILING

Kode Rekening | Uraian | Jumlah (Rp)
5.1.02.02.01.0003 | Honorarium penyuluh hukum | 18.000.000
5.1.02.01.01.0029 | Bahan bakar mobil JDIH | 9.600.000
5.1.02.01.01.0026 | Cetak leaflet produk hukum | 6.000.000
Jumlah | | 33.600.000

Anggaran yang sama telah tersedia pada DPA 2023 (Rp 24.000.000) dan DPA 2024 (Rp 30.100.000).
""",
        urusan="fungsi_lain", nama_inovasi="JDIH KELILING", opd="Bagian Hukum Sekretariat Daerah",
        pemda="Kabupaten Sinjai",
        indicators={"anggaran": 3},
    ),
    doc(
        "regulasi",
        "perwali-sehat-jiwa",
        """
PERATURAN WALI KOTA BANJARBARU
NOMOR 22 TAHUN 2024
TENTANG LAYANAN KESEHATAN JIWA BERBASIS MASYARAKAT "SEHAT JIWA"

Menimbang: bahwa kasus gangguan jiwa yang ditelantarkan atau dipasung memerlukan layanan yang menjangkau
keluarga di rumah;
MEMUTUSKAN
Pasal 1. SEHAT JIWA adalah layanan deteksi dini, kunjungan rumah dan pendampingan minum obat oleh
puskesmas bersama kader kesehatan jiwa kelurahan.
Pasal 2. Puskesmas menetapkan paling sedikit 2 kader kesehatan jiwa di setiap kelurahan.
Pasal 3. Dinas Sosial membantu rehabilitasi sosial dan Satpol PP membantu penjangkauan orang terlantar.
Pasal 4. Peraturan Wali Kota ini berlaku sejak diundangkan.
Ditetapkan di Banjarbaru, 30 April 2024
""",
        bentuk="pelayanan_publik", urusan="kesehatan", urusan_also=["sosial"], jenis="non_digital",
        tahapan="penerapan", nama_inovasi="SEHAT JIWA", opd="Dinas Kesehatan", pemda="Kota Banjarbaru",
        indicators={"regulasi": 2, "jejaring": 2},
        tags=["two_sector"],
    ),
    doc(
        "kerja_sama",
        "pks-replikasi-anseh",
        """
PERJANJIAN KERJA SAMA
ANTARA RSUD MANEMBO-NEMBO KOTA BITUNG DAN RSUD WALANDA MARAMIS KABUPATEN MINAHASA UTARA
TENTANG REPLIKASI APLIKASI ANTREAN SEHAT (ANSEH)

PIHAK PERTAMA memberikan hak pakai kode sumber ANSEH, melatih 6 petugas pendaftaran PIHAK KEDUA dan
mendampingi penerapan selama 3 bulan. PIHAK KEDUA menyediakan server, jaringan dan anjungan mandiri.
Ditandatangani di Bitung, 9 Oktober 2024.
""",
        bentuk="pelayanan_publik", urusan="kesehatan", jenis="digital", tahapan="penerapan",
        nama_inovasi="ANSEH", opd="RSUD Manembo-Nembo", pemda="Kota Bitung",
        indicators={"replikasi": 1},
    ),
]
