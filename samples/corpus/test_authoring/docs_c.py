"""Test documents, part C: infrastructure, housing, order, social affairs, labour, women and children,
food, land, environment, civil registry, family planning and transport."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "regulasi",
        "perbup-sijali",
        """
BUPATI ENREKANG
PROVINSI SULAWESI SELATAN

PERATURAN BUPATI ENREKANG
NOMOR 31 TAHUN 2023
TENTANG
SISTEM INFORMASI JALAN DAN JEMBATAN LINGKUNGAN (SIJALI)

DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI ENREKANG,

Menimbang : a. bahwa data kondisi jalan dan jembatan lingkungan yang mutakhir diperlukan untuk
               menentukan prioritas pemeliharaan secara adil antarkecamatan;
            b. bahwa Dinas Pekerjaan Umum dan Penataan Ruang telah mengembangkan aplikasi pelaporan
               kerusakan jalan berbasis peta yang melibatkan masyarakat;
            c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu
               menetapkan Peraturan Bupati tentang Sistem Informasi Jalan dan Jembatan Lingkungan;
Mengingat : 1. Undang-Undang Nomor 38 Tahun 2004 tentang Jalan;
            2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
            3. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;

MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG SISTEM INFORMASI JALAN DAN JEMBATAN LINGKUNGAN (SIJALI).

BAB I KETENTUAN UMUM
Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Enrekang.
2. Dinas adalah Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Enrekang.
3. SIJALI adalah aplikasi daring untuk inventarisasi, pelaporan kerusakan dan penentuan prioritas
   penanganan jalan dan jembatan lingkungan.
\f
BAB II PENYELENGGARAAN
Pasal 2
(1) Dinas menyelenggarakan SIJALI.
(2) Masyarakat, pemerintah desa dan kecamatan dapat melaporkan kerusakan melalui SIJALI dengan foto
    berkoordinat.
(3) Laporan diverifikasi Dinas paling lama 5 (lima) hari kerja.
Pasal 3
Hasil verifikasi SIJALI menjadi bahan penyusunan usulan pemeliharaan dalam Rencana Kerja Dinas.

BAB III PENUTUP
Pasal 4
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

Ditetapkan di Enrekang pada tanggal 14 Agustus 2023
BUPATI ENREKANG,
Diundangkan di Enrekang pada tanggal 14 Agustus 2023
BERITA DAERAH KABUPATEN ENREKANG TAHUN 2023 NOMOR 31
""",
        bentuk="pelayanan_publik", urusan="pupr", jenis="digital", tahapan="penerapan",
        nama_inovasi="SIJALI", opd="Dinas Pekerjaan Umum dan Penataan Ruang", pemda="Kabupaten Enrekang",
        indicators={"regulasi": 2},
    ),
    doc(
        "laporan",
        "jembatan-gantung-swakelola",
        """
LAPORAN KEMAJUAN
INOVASI JEMBATAN GANTUNG SWAKELOLA WARGA (JEGAWA)
Bidang Bina Marga, Dinas PUPR Kabupaten Merauke — Tahun 2024

Ringkasan
JEGAWA membangun jembatan gantung pejalan kaki di kampung terpencil dengan desain standar Dinas PUPR dan
tenaga kerja warga kampung. Dinas menyediakan kabel baja, gambar kerja dan pengawas; kampung menyediakan
kayu lokal dan tenaga.

Kemajuan fisik s.d. 30 November 2024:
Lokasi | Bentang | Progres | Penerima Manfaat
Kampung Kaiza | 42 m | 100% | 310 jiwa
Kampung Wanam | 36 m | 100% | 265 jiwa
Kampung Bibikem | 48 m | 72% | 420 jiwa (setelah selesai)

Biaya per meter turun 38 persen dibanding pekerjaan kontraktual tahun 2022. Anggaran bersumber dari APBD
2024 dan dana kampung.

Kendala: pengiriman kabel baja ke Kampung Bibikem tertunda karena cuaca.
""",
        bentuk="urusan_lainnya", urusan="pupr", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="JEGAWA", opd="Dinas PUPR Kabupaten Merauke", pemda="Kabupaten Merauke",
        indicators={"kemanfaatan": 3, "anggaran": 1},
    ),
    doc(
        "proposal",
        "rumah-sehatku",
        """
PROPOSAL INOVASI DAERAH
RUMAH SEHATKU (Rehab Rumah Sehat dengan Gotong Royong Keluarga dan Kampung)
Dinas Perumahan dan Kawasan Permukiman Kabupaten Lombok Timur

I. DASAR HUKUM
1. Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman;
2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
3. Peraturan Daerah Kabupaten Lombok Timur Nomor 5 Tahun 2020 tentang Penanganan Rumah Tidak Layak
   Huni, yang menjadi landasan RUMAH SEHATKU;
4. Keputusan Kepala Dinas Perkim Nomor 050/41/Perkim/2023 tentang Tim Teknis RUMAH SEHATKU.

II. PERMASALAHAN
Pada 2022 tercatat 14.870 rumah tidak layak huni (RTLH). Bantuan stimulan pemerintah hanya cukup untuk
sekitar 600 rumah setahun, sehingga antrean penerima bertahun-tahun. Banyak rumah yang sudah dibantu
kembali rusak karena bahan bangunan yang dipilih tidak tahan gempa dan tidak ada kamar mandi sehat.

III. ISU STRATEGIS
Penanganan RTLH dan sanitasi masuk sasaran RPJMD. Lombok Timur juga rawan gempa, sehingga rumah yang
dibangun ulang harus tahan gempa.

IV. METODE PEMBAHARUAN
Sebelumnya bantuan diberikan berupa uang untuk dibelanjakan penerima tanpa pendampingan. Dengan RUMAH
SEHATKU, bantuan stimulan dari APBD dipadukan dengan:
a. gotong royong warga satu RT yang dijadwalkan oleh kepala dusun;
b. tukang lokal yang dilatih teknik rumah tahan gempa oleh tim teknis dinas;
c. bahan bangunan dibeli kolektif dari toko bangunan mitra dengan harga kesepakatan;
d. sumbangan zakat dan CSR untuk jamban sehat.
Setiap rumah selesai dalam 21 hari dan wajib memiliki jamban dan ventilasi.

V. KEUNGGULAN DAN KEBAHARUAN
Biaya per rumah turun karena tenaga kerja gotong royong; jumlah rumah yang tertangani per tahun
bertambah; kualitas rumah lebih baik karena tukang terlatih; keluarga penerima ikut memiliki proses.
\f
VI. TAHAPAN INOVASI
Maret 2023  : identifikasi masalah bersama kepala desa dan tokoh masyarakat;
April 2023  : penyusunan desain rumah tipe 36 tahan gempa;
Mei 2023    : pelatihan 64 tukang lokal;
Juni 2023   : uji coba di Desa Pringgabaya (25 rumah);
Januari 2024: penerapan di 20 kecamatan.

VII. TUJUAN
Menambah jumlah RTLH yang tertangani setiap tahun dengan kualitas rumah sehat dan tahan gempa.

VIII. MANFAAT
Keluarga miskin memperoleh rumah layak, tukang lokal memperoleh keterampilan, desa memiliki budaya gotong
royong yang terorganisasi.

IX. HASIL
Tahun 2024 sebanyak 1.115 rumah selesai direhabilitasi, hampir dua kali lipat capaian 2022, dengan biaya
rata-rata per rumah turun dari Rp 20 juta menjadi Rp 15,5 juta.
""",
        bentuk="pelayanan_publik", urusan="perumahan", jenis="non_digital", tahapan="penerapan",
        inisiator="opd", nama_inovasi="RUMAH SEHATKU", opd="Dinas Perumahan dan Kawasan Permukiman",
        pemda="Kabupaten Lombok Timur",
        indicators={"regulasi": 1, "kecepatan_penciptaan": 1, "kemanfaatan": 3, "bimtek": 1},
    ),
    doc(
        "perencanaan",
        "renja-perkim-kotaku",
        """
RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025
DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN KOTA PARIAMAN

Tabel 2.3 Rumusan Rencana Program dan Kegiatan

Kode | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Target 2025 | Pagu Indikatif (Rp) | Ket.
1.04.02 | Program Kawasan Permukiman | Luas kawasan kumuh tertangani | 6,2 ha | 2.450.000.000 |
1.04.02.2.02 | Penataan kawasan kumuh dengan luas di bawah 10 ha | Jumlah kawasan tertata | 2 kawasan |
  1.800.000.000 |
1.04.02.2.02.0003 | Peningkatan kualitas kawasan kumuh melalui inovasi KAMPUNG SERASI (Sanitasi dan
  Rumah Sehat Swadaya) | Jumlah rumah dengan sanitasi layak | 140 unit | 650.000.000 | lanjutan 2024
1.04.03 | Program Perumahan dan Kawasan Permukiman Kumuh | Jumlah RTLH tertangani | 75 unit |
  1.125.000.000 |

Catatan: KAMPUNG SERASI juga tercantum pada Renja 2024 (pagu Rp 580.000.000).
""",
        bentuk="urusan_lainnya", urusan="perumahan", tahapan="penerapan", nama_inovasi="KAMPUNG SERASI",
        opd="Dinas Perumahan Rakyat dan Kawasan Permukiman", pemda="Kota Pariaman",
        indicators={"rkpd": 2},
    ),
    doc(
        "sop",
        "damkar-sigap",
        """
STANDAR OPERASIONAL PROSEDUR
PENANGANAN LAPORAN KEBAKARAN MELALUI LAYANAN DAMKAR SIGAP 112
SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KOTA BITUNG

Nomor: 03/SOP/Satpol-Damkar/2024    Disahkan oleh: Kepala Satuan    Tanggal: 2 Januari 2024

No | Uraian Prosedur | Pelaksana | Mutu Baku: Waktu
1 | Menerima panggilan 112 dan mencatat lokasi pada aplikasi command center | Operator 112 | 1 menit
2 | Meneruskan ke pos damkar terdekat melalui radio dan aplikasi | Operator | 1 menit
3 | Regu piket berangkat | Komandan regu | 2 menit
4 | Tiba di lokasi (wilayah kota) | Regu | maks. 15 menit
5 | Pemadaman dan penyelamatan | Regu | sesuai kondisi
6 | Laporan kejadian diunggah ke aplikasi | Komandan regu | 30 menit setelah selesai

Waktu tanggap: 15 menit sejak panggilan diterima.
""",
        bentuk="pelayanan_publik", urusan="trantibum", jenis="digital", tahapan="penerapan",
        nama_inovasi="DAMKAR SIGAP 112", opd="Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
        pemda="Kota Bitung",
        indicators={"kemudahan_proses": 3},
    ),
    doc(
        "publikasi",
        "satpol-ronda-linmas",
        """
Dua Inovasi Satpol PP Banjarbaru Dipamerkan di Expo Pelayanan Publik

BANJARBARU, KALSELNEWS.CO.ID – Satuan Polisi Pamong Praja Kota Banjarbaru membawa dua inovasi ke Expo
Pelayanan Publik Kalimantan Selatan, Sabtu (12/10/2024). Yang pertama, RONDA DIGITAL, yakni aplikasi
pelaporan gangguan ketertiban yang terhubung dengan pos ronda kelurahan. Kedua, LINMAS SIAGA BENCANA,
pelatihan rutin anggota linmas untuk evakuasi banjir.

Kepala Satpol PP Banjarbaru mengatakan RONDA DIGITAL sudah menerima 1.380 laporan warga sejak 2023, dan
rata-rata petugas tiba di lokasi dalam 20 menit. Sementara LINMAS SIAGA BENCANA telah melatih 420 anggota
linmas di 20 kelurahan.

Pengunjung stan dapat mencoba langsung aplikasi RONDA DIGITAL di ponsel mereka.

Baca juga: Banjir Rob, Satpol PP Siagakan Perahu Karet

(ftr/kn)
""",
        bentuk="pelayanan_publik", urusan="trantibum", jenis="digital", tahapan="penerapan",
        nama_inovasi="RONDA DIGITAL", opd="Satuan Polisi Pamong Praja Kota Banjarbaru",
        pemda="Kota Banjarbaru",
        indicators={"sosialisasi": 3, "kemanfaatan": 3},
        tags=["two_innovations"],
    ),
    doc(
        "surat_tugas",
        "kartu-peduli-lansia",
        """
PEMERINTAH KABUPATEN SIGI
DINAS SOSIAL
SURAT TUGAS
Nomor: 400.9/233/Dinsos/2025

Berdasarkan Keputusan Bupati Sigi Nomor 400.9-112 Tahun 2024 tentang Penyelenggaraan KARTU PEDULI
LANSIA, Kepala Dinas Sosial menugaskan:

Nama | NIP | Jabatan
Ni Made Sutarni | 19800412 200604 2 011 | Kabid Rehabilitasi Sosial
Rusdin | 19851103 201001 1 004 | Pekerja Sosial Ahli Muda
Fitriani Lamasitudju | 19900221 201503 2 002 | Penyuluh Sosial
Moh. Arif | — | Pendamping Lansia (TKSK)
Yulianti | — | Pendamping Lansia (TKSK)

untuk melakukan verifikasi lapangan calon penerima KARTU PEDULI LANSIA di Kecamatan Dolo, Dolo Barat dan
Marawola pada 10–21 Februari 2025 dan menyampaikan laporan hasil verifikasi.

Sigi, 5 Februari 2025
Kepala Dinas Sosial
""",
        bentuk="pelayanan_publik", urusan="sosial", tahapan="penerapan", nama_inovasi="KARTU PEDULI LANSIA",
        opd="Dinas Sosial", pemda="Kabupaten Sigi",
        indicators={"sdm": 1, "pelaksana": 2, "regulasi": 2},
    ),
    doc(
        "evaluasi",
        "skm-sapa-disabilitas",
        """
HASIL SURVEI KEPUASAN MASYARAKAT (SKM)
LAYANAN SAPA DISABILITAS — DINAS SOSIAL KABUPATEN KULON PROGO
Periode Januari – Desember 2024

Jumlah responden: 212 penyandang disabilitas dan keluarga
Nilai Indeks Kepuasan Masyarakat (IKM): 88,9 — kategori BAIK (B)

Unsur terendah: waktu penyelesaian pengajuan alat bantu (3,21).
Unsur tertinggi: perilaku petugas yang datang ke rumah (3,74).

SAPA DISABILITAS adalah layanan penjangkauan: petugas mendatangi rumah penyandang disabilitas untuk
asesmen, pengajuan alat bantu, rujukan terapi dan pendaftaran bantuan sosial. Sepanjang 2024 sebanyak
1.062 kunjungan rumah dilakukan.

Tindak lanjut: menyusun jadwal tetap pengadaan alat bantu setiap triwulan.
""",
        bentuk="pelayanan_publik", urusan="sosial", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="SAPA DISABILITAS", opd="Dinas Sosial", pemda="Kabupaten Kulon Progo",
        indicators={"monev": 2, "kemanfaatan": 3},
    ),
    doc(
        "pedoman",
        "manual-sikerja",
        """
MANUAL BOOK / USER GUIDE
SIKERJA — Sistem Informasi Bursa Kerja Daring
Dinas Tenaga Kerja Kota Banjarbaru, versi 2.1 (2024)

1. Introduction
SIKERJA adalah aplikasi web untuk pencari kerja (job seeker), perusahaan (employer) dan petugas
antarkerja. Pencari kerja dapat membuat profil, mengunggah CV dan mencetak kartu AK/1 tanpa datang ke
kantor.

2. Registrasi Pencari Kerja (Job Seeker Sign Up)
a. Buka sikerja.banjarbarukota.go.id lalu klik "Daftar".
b. Isi NIK, nama, email dan nomor HP; sistem memverifikasi NIK ke data kependudukan.
c. Lengkapi pendidikan, pengalaman kerja dan keahlian (skills).
d. Klik "Ajukan Kartu Kuning"; kartu AK/1 elektronik terbit setelah diverifikasi petugas.

3. Posting Lowongan (Job Posting) untuk Perusahaan
a. Login sebagai employer; b. klik "New Vacancy"; c. isi posisi, kualifikasi, gaji dan batas waktu.
d. Lowongan tayang setelah disetujui admin dalam 1x24 jam.

4. Matching dan Notifikasi
Sistem mencocokkan skills pencari kerja dengan lowongan dan mengirim notifikasi email.

5. Troubleshooting / FAQ
Lupa password: gunakan menu "Reset Password". Bantuan: helpdesk WhatsApp 0811-5xxx-xxx.
""",
        bentuk="pelayanan_publik", urusan="tenaga_kerja", jenis="digital", tahapan="penerapan",
        nama_inovasi="SIKERJA", opd="Dinas Tenaga Kerja", pemda="Kota Banjarbaru",
        indicators={"pedoman_teknis": None, "layanan_terintegrasi": 3, "alat_kerja": 3},
        tags=["english_mixed"],
    ),
    doc(
        "undangan_daftar_hadir",
        "bimtek-pelatihan-keliling",
        """
Nomor   : 560/318/Disnakertrans/2024                     Muara Teweh, 2 September 2024
Perihal : Undangan

Kepada Yth. Camat se-Kabupaten Barito Utara

Dalam rangka pelaksanaan inovasi PELATIHAN KERJA KELILING (LAJU KELING) angkatan ketiga tahun 2024,
dimohon kehadiran Saudara atau staf yang ditunjuk pada:
Hari, tanggal : Senin, 9 September 2024
Pukul         : 09.00 WIB
Tempat        : Balai Latihan Kerja Muara Teweh
Acara         : Penyerahan peserta dan pembukaan pelatihan menjahit, las dan servis sepeda motor

Kepala Dinas Tenaga Kerja dan Transmigrasi
""",
        bentuk="pelayanan_publik", urusan="tenaga_kerja", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="LAJU KELING", opd="Dinas Tenaga Kerja dan Transmigrasi", pemda="Kabupaten Barito Utara",
        tags=["short"],
    ),
    doc(
        "regulasi",
        "sk-ramah",
        """
KEPUTUSAN BUPATI SAMBAS
NOMOR 463/DP3AKB/2024
TENTANG
SATUAN TUGAS RUMAH AMAN ANAK (RAMAH) KABUPATEN SAMBAS

BUPATI SAMBAS,
Menimbang : bahwa untuk memberikan perlindungan sementara dan pendampingan bagi anak korban kekerasan
            melalui inovasi Rumah Aman Anak (RAMAH), perlu membentuk Satuan Tugas;
Mengingat : 1. Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas UU Perlindungan Anak;
            2. Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual;
            3. Peraturan Daerah Kabupaten Sambas Nomor 2 Tahun 2021 tentang Penyelenggaraan
               Perlindungan Anak;
MEMUTUSKAN:
Menetapkan :
KESATU : Satuan Tugas RAMAH dengan susunan keanggotaan sebagaimana Lampiran Keputusan ini.
KEDUA  : Satgas bertugas menerima rujukan, menyediakan rumah aman paling lama 14 hari, mendampingi
         pemeriksaan dan pemulihan anak.
KETIGA : Satgas melibatkan unsur perguruan tinggi, organisasi masyarakat, dunia usaha dan media.
Ditetapkan di Sambas, 22 Juli 2024
\f
LAMPIRAN: SUSUNAN SATUAN TUGAS RAMAH
Unsur | Jumlah Orang
DP3AKB (UPTD PPA) | 9
Dinas Sosial | 4
Dinas Kesehatan dan RSUD | 6
Polres Sambas (Unit PPA) | 4
Kejaksaan Negeri | 2
Pengadilan Agama | 2
Kementerian Agama | 2
IAIN Pontianak — Pusat Studi Gender | 3
PKK dan organisasi perempuan | 5
Forum Anak Daerah | 2
Perwakilan dunia usaha (Kadin) | 1
Jurnalis ramah anak | 2
Jumlah | 42
""",
        bentuk="pelayanan_publik", urusan="pppa", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="RAMAH", opd="DP3AKB", pemda="Kabupaten Sambas",
        indicators={"regulasi": 2, "sdm": 3, "pelaksana": 3, "aktor": 3, "jejaring": 2},
    ),
    doc(
        "laporan",
        "sekoper-cinta",
        """
LAPORAN PELAKSANAAN SEKOLAH PEREMPUAN CERDAS INDONESIA TANGGUH (SEKOPER CINTA)
DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN KARANGANYAR 2024

BAB I PENDAHULUAN
Angka perkawinan anak dan kekerasan dalam rumah tangga di beberapa desa masih tinggi. SEKOPER CINTA
memberi kelas bagi ibu dan remaja perempuan tentang kesehatan reproduksi, pengasuhan, hak perempuan dan
ekonomi keluarga, di balai desa setiap dua minggu.

BAB II HASIL KEGIATAN
- Kelas berlangsung di 12 desa dengan 384 peserta lulus;
- 3 fasilitator puskesmas memberi materi kesehatan reproduksi dan gizi ibu hamil;
- 27 peserta memulai usaha rumahan.

BAB III PENUTUP
Tahun 2025 kelas diperluas ke 20 desa.
""",
        bentuk="urusan_lainnya", urusan="pppa", urusan_also=["kesehatan"], jenis="non_digital",
        tahapan="penerapan", nama_inovasi="SEKOPER CINTA",
        opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Karanganyar",
        indicators={"kemanfaatan": 2},
        tags=["two_sector"],
    ),
    doc(
        "anggaran",
        "dpa-lupadi",
        """
RINGKASAN DPA SUB KEGIATAN — TAHUN ANGGARAN 2024
Pemerintah Kabupaten Ngada — Dinas Ketahanan Pangan

Sub Kegiatan: 2.09.02.2.01.0002 Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan
Kebutuhan Daerah dalam rangka Stabilisasi Pasokan dan Harga Pangan
Inovasi: LUPADI (Lumbung Pangan Digital)

Kode Rekening | Uraian | Jumlah (Rp)
5.1.02.01.01.0004 | Belanja Bahan — cadangan beras daerah | 180.000.000
5.1.02.02.01.0013 | Jasa operator aplikasi LUPADI | 36.000.000
5.1.02.02.12.0001 | Sewa server dan domain | 9.600.000
5.1.02.04.01.0001 | Perjalanan dinas pemantauan lumbung | 21.400.000
Total | | 247.000.000

Keterangan: kegiatan yang sama dianggarkan pada DPA 2023 sebesar Rp 198.500.000.
""",
        urusan="pangan", jenis="digital", nama_inovasi="LUPADI", opd="Dinas Ketahanan Pangan",
        pemda="Kabupaten Ngada",
        indicators={"anggaran": 2},
    ),
    doc(
        "publikasi",
        "gerai-pangan-murah",
        """
Diskominfo Halmahera Utara — Berita Daerah

GERAI PANGAN MURAH Keliling Desa, Harga Beras Stabil Jelang Natal

TOBELO — Dinas Ketahanan Pangan Halmahera Utara menggelar GERAI PANGAN MURAH di 8 kecamatan sejak
Senin (9/12/2024). Truk pangan berisi beras, minyak goreng, gula dan telur berkeliling desa dengan harga
di bawah pasar. Kegiatan ini bekerja sama dengan Bulog dan distributor lokal.

Kepala Dinas mengatakan gerai ini dimulai sejak 2023 setiap menjelang hari raya, dan tahun ini melayani
lebih dari 4.000 rumah tangga.

Sumber: halutkab.go.id | Diunggah oleh Admin Diskominfo
""",
        bentuk="pelayanan_publik", urusan="pangan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="GERAI PANGAN MURAH", opd="Dinas Ketahanan Pangan", pemda="Kabupaten Halmahera Utara",
        indicators={"sosialisasi": 2, "kemanfaatan": 3},
    ),
    doc(
        "kerja_sama",
        "nk-sitapem",
        """
NOTA KESEPAKATAN
ANTARA
PEMERINTAH KABUPATEN KULON PROGO
DAN
KANTOR PERTANAHAN KABUPATEN KULON PROGO
TENTANG
PERCEPATAN SERTIPIKASI BARANG MILIK DAERAH BERUPA TANAH MELALUI SITAPEM
NOMOR: 18/NK/2024 — NOMOR: MOU/04-34.01/III/2024

PIHAK PERTAMA : Bupati Kulon Progo
PIHAK KEDUA   : Kepala Kantor Pertanahan Kabupaten Kulon Progo

Pasal 1: Para Pihak sepakat mempercepat sertipikasi 1.450 bidang tanah milik Pemerintah Daerah yang
belum bersertipikat dengan memanfaatkan SITAPEM (Sistem Informasi Tanah Pemda), basis data bidang tanah
daerah yang dikelola Dinas Pertanahan dan Tata Ruang.
Pasal 2: PIHAK PERTAMA menyiapkan data yuridis dan fisik serta biaya pengukuran; PIHAK KEDUA melakukan
pengukuran, pemetaan dan penerbitan sertipikat.
Pasal 3: Nota Kesepakatan berlaku 3 (tiga) tahun.

Ditandatangani di Wates pada 12 Maret 2024.
""",
        bentuk="tata_kelola", urusan="pertanahan", jenis="digital", tahapan="penerapan",
        nama_inovasi="SITAPEM", opd="Dinas Pertanahan dan Tata Ruang", pemda="Kabupaten Kulon Progo",
    ),
    doc(
        "sop",
        "sop-mediasi-sengketa",
        ocr_noise(
            """
STANDAR OPERASIONAL PROSEDUR
MEDIASI SENGKETA TANAH DESA (MEDSATA)
BAGIAN PEMERINTAHAN SEKRETARIAT DAERAH KABUPATEN MUARA ENIM
Nomor SOP: 02/SOP-Pem/2024

No | Kegiatan | Pelaksana | Kelengkapan | Waktu
1 | Menerima pengaduan sengketa dari kepala desa | Staf Bagian Pemerintahan | formulir aduan | 1 hari
2 | Telaah dokumen dan peta bidang | Analis pertanahan | berkas aduan | 3 hari
3 | Undangan mediasi kepada para pihak | Kasubag | surat undangan | 2 hari
4 | Pelaksanaan mediasi di kantor camat | Tim mediasi | berita acara | 1 hari
5 | Penyampaian hasil kepada Bupati | Kabag Pemerintahan | laporan | 2 hari

Jumlah waktu: 9 hari kerja
Disahkan oleh Kepala Bagian Pemerintahan, 15 Mei 2024
""",
            seed=5,
        ),
        bentuk="pelayanan_publik", urusan="pertanahan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="MEDSATA", opd="Bagian Pemerintahan Sekretariat Daerah", pemda="Kabupaten Muara Enim",
        indicators={"kemudahan_proses": 1}, tags=["ocr_noise"],
    ),
    doc(
        "laporan",
        "basket",
        """
LAPORAN TAHUNAN 2024
BANK SAMPAH KELILING (BASKET)
DINAS LINGKUNGAN HIDUP KOTA PARIAMAN

1. Gambaran Umum
BASKET adalah mobil bak terbuka yang berkeliling ke 55 desa/kelurahan sesuai jadwal untuk menimbang dan
membeli sampah anorganik warga. Nasabah tercatat di aplikasi BASKET sehingga saldo dapat dilihat dari
ponsel.

2. Capaian
- Nasabah aktif: 2.311 kepala keluarga;
- sampah anorganik terkumpul: 186 ton (2023: 121 ton);
- nilai tabungan nasabah: Rp 402 juta;
- sampah yang masuk TPA turun 9 persen.

3. Monitoring
Evaluasi internal dilakukan tiap triwulan oleh Bidang Pengelolaan Sampah.

4. Rencana 2025
Menambah satu armada dan menggandeng dua pabrik daur ulang di Padang.
""",
        bentuk="pelayanan_publik", urusan="lingkungan_hidup", jenis="digital", tahapan="penerapan",
        nama_inovasi="BASKET", opd="Dinas Lingkungan Hidup", pemda="Kota Pariaman",
        indicators={"kemanfaatan": 3, "monev": 1},
    ),
    doc(
        "lainnya",
        "nota-dinas-kendaraan",
        """
NOTA DINAS
Kepada : Kepala Bidang Pengelolaan Sampah
Dari   : Sekretaris Dinas Lingkungan Hidup Kota Pariaman
Tanggal: 7 Januari 2025
Perihal: Jadwal uji KIR kendaraan dinas

Bersama ini disampaikan bahwa uji berkala (KIR) seluruh kendaraan angkutan sampah, termasuk mobil BASKET,
dijadwalkan di UPT Pengujian Kendaraan pada 20–22 Januari 2025. Mohon pengemudi membawa STNK dan buku uji.
""",
        urusan="lingkungan_hidup", nama_inovasi="BASKET", opd="Dinas Lingkungan Hidup", pemda="Kota Pariaman",
        tags=["short"],
    ),
    doc(
        "proposal",
        "jebol-disa",
        """
PROFIL INOVASI
JEBOL DISA — Jemput Bola KTP-el bagi Penyandang Disabilitas dan Lansia
Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumba Barat Daya

Latar Belakang
Pada awal 2023 terdapat 2.140 penyandang disabilitas dan lansia di atas 70 tahun yang belum merekam KTP-el.
Mereka tidak dapat datang ke kantor Disdukcapil di Tambolaka karena jarak dan kondisi fisik. Tanpa NIK
yang aktif mereka tidak terdaftar sebagai penerima bantuan sosial dan JKN.

Tujuan
Seluruh penyandang disabilitas dan lansia terekam KTP-el dan memiliki dokumen kependudukan.

Metode
Petugas membawa perangkat perekaman portabel (mobile enrollment) ke rumah warga berdasarkan data yang
dikirim kepala desa dan pendamping PKH. Hasil perekaman dicetak dan diantar kembali dalam 7 hari.

Manfaat dan Hasil
Sampai Oktober 2024, 1.688 orang telah direkam dan 1.540 KTP-el diantar ke rumah. Dinas Sosial
mendaftarkan 612 di antaranya sebagai penerima bantuan.

Ide layanan berasal dari Kepala Bidang Pelayanan Pendaftaran Penduduk, seorang ASN yang sebelumnya
menjadi pendamping disabilitas. SOP layanan jemput bola belum ditetapkan.
""",
        bentuk="pelayanan_publik", urusan="adminduk", urusan_also=["sosial"], jenis="non_digital",
        tahapan="penerapan", inisiator="asn", nama_inovasi="JEBOL DISA",
        opd="Dinas Kependudukan dan Pencatatan Sipil", pemda="Kabupaten Sumba Barat Daya",
        indicators={"kemanfaatan": 3, "alat_kerja": 2, "jejaring": 1},
        negated=["kemudahan_proses"], tags=["two_sector", "negation"],
    ),
    doc(
        "sop",
        "akta-lahir-online",
        """
SOP PENERBITAN AKTA KELAHIRAN ONLINE — "LAHIR LANGSUNG AKTA" (LALU AKTA)
Disdukcapil Kabupaten Gorontalo Utara | No. SOP 470/DKPS/05/2024 | Disahkan Kepala Dinas

Dasar: Permendagri 108 Tahun 2019; Keputusan Kepala Dinas Nomor 470/21/2024 tentang inovasi LALU AKTA.

Langkah | Pelaksana | Waktu
Bidan/RS mengunggah surat keterangan lahir ke aplikasi LALU AKTA | Fasyankes | 10 menit
Verifikasi berkas | Operator Capil | 30 menit
Penandatanganan elektronik | Kepala Dinas | 15 menit
Akta, KK baru dan KIA dikirim ke email/WhatsApp orang tua | Sistem | otomatis

Layanan selesai paling lama 1 (satu) hari kerja.
""",
        bentuk="pelayanan_publik", urusan="adminduk", jenis="digital", tahapan="penerapan",
        nama_inovasi="LALU AKTA", opd="Disdukcapil", pemda="Kabupaten Gorontalo Utara",
        indicators={"kemudahan_proses": 3, "regulasi": 1, "layanan_terintegrasi": None},
    ),
    doc(
        "surat_tugas",
        "teman-kb",
        """
SURAT PERINTAH
Nomor: 800/114/DPPKB/2024

KEPALA DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KABUPATEN PURBALINGGA

Dasar:
1. DPA DPPKB Tahun Anggaran 2024;
2. Pedoman inovasi TEMAN KB (Tenaga Motivator Pria KB).

MEMERINTAHKAN
Kepada : 18 (delapan belas) orang Penyuluh KB dan motivator pria sebagaimana daftar terlampir.
Untuk  : 1. Melakukan kunjungan kelompok bapak-bapak (majelis taklim, kelompok tani, pangkalan ojek)
            untuk konseling metode kontrasepsi pria;
         2. mencatat calon akseptor vasektomi dan merujuk ke RSUD Goeteng Taroenadibrata;
         3. melaporkan hasil setiap akhir bulan.
Waktu  : Maret – November 2024.

Purbalingga, 1 Maret 2024
""",
        bentuk="urusan_lainnya", urusan="kb", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="TEMAN KB",
        opd="Dinas Pengendalian Penduduk dan Keluarga Berencana", pemda="Kabupaten Purbalingga",
        indicators={"sdm": 2, "pelaksana": 2},
    ),
    doc(
        "perencanaan",
        "rkpd-kampung-kb",
        """
RENCANA KERJA PEMERINTAH DAERAH (RKPD) KABUPATEN TABALONG TAHUN 2025
BAB V — Rencana Program dan Kegiatan Prioritas (kutipan)

Urusan: Pengendalian Penduduk dan Keluarga Berencana | Perangkat Daerah: DPPKBP3A

Program | Kegiatan/Sub Kegiatan | Indikator | Target | Lokasi | Pagu (Rp) | Prioritas
Program Pembinaan Keluarga Berencana | Pendayagunaan Kampung KB melalui inovasi RUMAH DATAKU PINTAR |
  Kampung KB dengan Rumah Dataku aktif | 35 kampung | 12 kecamatan | 415.000.000 | PN/Stunting
Program Pemberdayaan dan Peningkatan Keluarga Sejahtera | Pelaksanaan Bina Keluarga Balita |
  Kelompok BKB aktif | 120 kelompok | 12 kecamatan | 210.000.000 | —

Inovasi RUMAH DATAKU PINTAR juga masuk RKPD 2023 dan RKPD 2024.
""",
        bentuk="tata_kelola", urusan="kb", tahapan="penerapan", nama_inovasi="RUMAH DATAKU PINTAR",
        opd="DPPKBP3A", pemda="Kabupaten Tabalong",
        indicators={"rkpd": 3},
    ),
    doc(
        "pedoman",
        "buku-panduan-siparkir",
        """
BUKU PANDUAN
SIPARKIR — Parkir Nontunai Kota Padangsidimpuan
Dinas Perhubungan, 2024 (dibagikan kepada juru parkir dalam bentuk cetak)

Bagian 1. Untuk Juru Parkir
- Gunakan rompi dan kartu identitas resmi Dishub.
- Tunjukkan stiker QRIS SIPARKIR kepada pengguna; tarif mobil Rp 3.000, sepeda motor Rp 2.000.
- Jangan menerima uang tunai di zona nontunai (Jl. Sudirman, Jl. Merdeka, kawasan Pasar Sangkumpal Bonang).
- Setoran harian otomatis masuk ke rekening kas daerah; bagi hasil juru parkir ditransfer tiap Jumat.

Bagian 2. Untuk Pengguna
- Pindai kode QR, periksa nama merchant "SIPARKIR PSP", bayar, tunjukkan bukti kepada juru parkir.
- Keluhan dapat disampaikan melalui Instagram @dishubpsp atau nomor pengaduan 0634-xxxxx.

Bagian 3. Sanksi
Juru parkir yang meminta tunai di zona nontunai diberi teguran tertulis hingga pencabutan izin.
""",
        bentuk="pelayanan_publik", urusan="perhubungan", urusan_also=["keuangan"], jenis="digital",
        tahapan="penerapan", nama_inovasi="SIPARKIR", opd="Dinas Perhubungan", pemda="Kota Padangsidimpuan",
        indicators={"pedoman_teknis": 1, "informasi_layanan": 2},
        tags=["two_sector"],
    ),
    doc(
        "proposal",
        "angkutan-sekolah-gratis",
        """
RANCANG BANGUN INOVASI: BIS SEKOLAH PERINTIS (BISPER)
Dinas Perhubungan Kabupaten Belitung Timur

Dasar hukum: UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan; PP 38/2017 tentang Inovasi Daerah.
Permasalahan: siswa dari desa pesisir menempuh 15-25 km ke sekolah dengan menumpang truk atau ojek;
kecelakaan pelajar terjadi 14 kali pada 2023.
Isu strategis: keselamatan pelajar dan akses pendidikan menengah.
Metode pembaharuan: dua bus sekolah eks hibah dioperasikan pada rute perintis pagi dan siang, jadwal
diumumkan di grup orang tua, sopir dan kernet dari tenaga kontrak Dishub.
Keunggulan: gratis, rute menyesuaikan jam masuk sekolah, bekerja sama dengan Dinas Pendidikan.
Tahapan: gagasan Juli 2024, uji coba rute Gantung–Manggar mulai Januari 2025. Anggaran operasional
belum tersedia di DPA 2025 dan sedang diusulkan dalam perubahan APBD.
""",
        bentuk="pelayanan_publik", urusan="perhubungan", urusan_also=["pendidikan"], jenis="non_digital",
        tahapan="uji_coba", nama_inovasi="BISPER", opd="Dinas Perhubungan", pemda="Kabupaten Belitung Timur",
        indicators={"kecepatan_penciptaan": 2},
        negated=["anggaran"], tags=["two_sector", "negation"],
    ),
]
