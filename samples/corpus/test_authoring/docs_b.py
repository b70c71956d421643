"""Test documents, part B: schools and villages."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "proposal",
        "sekolah-kebun-gizi",
        """
USULAN INOVASI
SEKOLAH KEBUN GIZI
SD Negeri 14 Baraka, Kabupaten Enrekang

A. Latar Belakang
Banyak murid kami datang ke sekolah tanpa sarapan. Di sisi lain halaman belakang sekolah seluas 600 meter
persegi hanya ditumbuhi alang-alang. Ibu Hasnah, guru kelas V, mengajak murid menanam sayur dan memelihara
ikan lele di kolam terpal. Hasil kebun dimasak bersama orang tua murid setiap Jumat sebagai menu sarapan
bergizi, sekaligus menjadi bahan pelajaran IPA dan matematika.

B. Tujuan
1. Menyediakan sarapan bergizi sekali seminggu bagi seluruh murid;
2. menjadikan kebun sebagai laboratorium belajar;
3. menumbuhkan kebiasaan makan sayur dan ikan.

C. Manfaat
Murid belajar langsung dari alam, orang tua terlibat di sekolah, dan sekolah memiliki sumber pangan
sendiri yang dapat dicontoh sekolah lain di Kecamatan Baraka.

D. Hasil yang Diharapkan
Selama uji coba semester genap 2024/2025, 186 murid menerima sarapan setiap Jumat dan kebun telah panen
kangkung, bayam dan lele dua kali.

E. Pembiayaan
Sejauh ini biaya bibit ditanggung swadaya komite sekolah. Pembiayaan dari dana BOSP belum tersedia dan
baru akan dianggarkan dalam RKAS tahun depan.
""",
        bentuk="urusan_lainnya", urusan="pendidikan", urusan_also=["pangan"], jenis="non_digital",
        tahapan="uji_coba", inisiator="asn", nama_inovasi="SEKOLAH KEBUN GIZI", opd="SD Negeri 14 Baraka",
        pemda="Kabupaten Enrekang",
        indicators={"kemanfaatan": 1},
        negated=["anggaran", "rkpd"], tags=["two_sector", "negation"],
    ),
    doc(
        "perencanaan",
        "rkas-geliat",
        """
RENCANA KEGIATAN DAN ANGGARAN SEKOLAH (RKAS)
SMP NEGERI 2 SAWAHLUNTO — TAHUN ANGGARAN 2025
Sumber Dana: BOSP Reguler

No | Kode | Uraian Kegiatan | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp)
1 | 02.02 | Pengembangan perpustakaan: pembelian buku nonteks | 120 | eksemplar | 65.000 | 7.800.000
2 | 03.01 | Gerakan Literasi Pagi (GELIAT): pojok baca kelas | 18 | kelas | 350.000 | 6.300.000
3 | 03.01 | GELIAT: lomba resensi dan jurnal membaca siswa | 1 | paket | 2.500.000 | 2.500.000
4 | 05.03 | Asesmen dan evaluasi pembelajaran | 1 | paket | 9.200.000 | 9.200.000
5 | 07.12 | Pemeliharaan sarana sanitasi | 1 | paket | 4.100.000 | 4.100.000

Jumlah Kegiatan GELIAT: Rp 8.800.000

Mengetahui,
Ketua Komite Sekolah                      Kepala SMP Negeri 2 Sawahlunto
""",
        urusan="pendidikan", nama_inovasi="GELIAT", opd="SMP Negeri 2 Sawahlunto",
        pemda="Kota Sawahlunto",
        indicators={"rkpd": 1, "anggaran": 1},
    ),
    doc(
        "pedoman",
        "juknis-kejar-digital",
        """
PETUNJUK TEKNIS
KELAS JAUH DIGITAL (KEJAR DIGITAL)
DINAS PENDIDIKAN KABUPATEN KAPUAS HULU
Edisi Kedua, 2024

KATA PENGANTAR
Petunjuk teknis ini disusun agar sekolah induk dan kelas jauh di daerah perhuluan dapat melaksanakan
pembelajaran bersama melalui siaran video dan modul luring. Dokumen ini dapat diunduh di laman
disdik.kapuashulukab.go.id/kejar dan diperbarui setiap awal tahun pelajaran.

BAB I UMUM
1. Kelas jauh adalah rombongan belajar di dusun yang berjarak lebih dari 10 km dari sekolah induk.
2. KEJAR DIGITAL menghubungkan kelas jauh dengan guru mata pelajaran di sekolah induk melalui perangkat
   tablet, antena penguat sinyal dan server mini sekolah yang menyimpan video pelajaran.
\f
BAB II PERAN PARA PIHAK
1. Sekolah induk menyusun jadwal siaran dan mengunggah video pelajaran paling lambat hari Jumat.
2. Guru pendamping kelas jauh mengunduh video ke server mini dan memandu diskusi.
3. Dinas Pendidikan menyediakan perangkat dan pelatihan operator.
4. Pemerintah desa menyediakan ruang dan listrik.

BAB III LANGKAH PEMBELAJARAN
1. Guru pendamping menyalakan server mini dan tablet siswa (07.30).
2. Siswa menonton video pelajaran 15–20 menit.
3. Siswa mengerjakan lembar kerja modul luring.
4. Sesi tanya jawab langsung bila sinyal tersedia, atau pesan suara dikirim ke guru induk.
5. Guru pendamping mengisi jurnal harian di aplikasi KEJAR.

BAB IV PELAPORAN
Rekap kehadiran dan nilai dikirim setiap bulan kepada Kepala Sekolah induk dan Bidang Pembinaan SD.
\f
LAMPIRAN: Format Jurnal Harian Kelas Jauh
Tanggal | Mata Pelajaran | Judul Video | Jumlah Siswa Hadir | Catatan
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="digital", tahapan="penerapan",
        nama_inovasi="KEJAR DIGITAL", opd="Dinas Pendidikan Kabupaten Kapuas Hulu",
        pemda="Kabupaten Kapuas Hulu",
        indicators={"pedoman_teknis": 3, "alat_kerja": 3},
    ),
    doc(
        "surat_tugas",
        "paud-keliling",
        """
PEMERINTAH KABUPATEN NGADA
DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA

SURAT PERINTAH TUGAS
Nomor: 800.1.11.1/412/PKO/VII/2024

Dasar : Program Kerja Bidang PAUD dan Pendidikan Nonformal Tahun 2024 tentang layanan PAUD KELILING.

MEMERINTAHKAN:
Kepada :
1. Yosefina Dhiu, S.Pd — Pamong Belajar
2. Maria Goreti Wea, S.Pd — Pamong Belajar
3. Kornelis Bata — Penilik PAUD
4. Theresia Nona — Tenaga Kependidikan
5. Agustinus Lengo — Pengemudi

Untuk : Melaksanakan layanan PAUD KELILING di Kecamatan Riung Barat dan Wolomeze, dengan mobil
        pembelajaran, selama bulan Agustus sampai Oktober 2024, serta melaporkan hasilnya kepada
        Kepala Dinas.

Dikeluarkan di Bajawa
pada tanggal 29 Juli 2024
Kepala Dinas Pendidikan, Kepemudaan dan Olahraga
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="PAUD KELILING", opd="Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Ngada",
        pemda="Kabupaten Ngada",
        indicators={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "publikasi",
        "koding-guru",
        """
PRESS RELEASE / SIARAN PERS
Dinas Pendidikan Kota Banjarbaru

KODING GURU: Teachers Learn to Code, Students Build Apps

BANJARBARU – Lebih dari 90 guru SD dan SMP di Banjarbaru kini aktif di komunitas KODING GURU, sebuah
program coding for teachers yang dimulai Dinas Pendidikan Kota Banjarbaru pada Januari 2024. Setiap
Sabtu, guru mengikuti online class melalui platform belajar milik dinas, dengan mentor dari Universitas
Lambung Mangkurat dan volunteer dari komunitas startup lokal.

"Our goal is simple: every school should have at least one teacher who can teach computational
thinking," kata Kepala Dinas Pendidikan dalam launching batch ketiga, Senin (3/3/2025).

Hasilnya, 27 sekolah sudah membuka ekstrakurikuler coding dan siswa membuat aplikasi sederhana,
misalnya kalkulator zakat dan peta jajanan sehat sekolah. Program ini juga mendapat dukungan CSR dari
sebuah bank daerah untuk pengadaan laptop.

Info lebih lanjut: Instagram @disdikbanjarbaru
#KodingGuru #MerdekaBelajar
""",
        bentuk="urusan_lainnya", urusan="pendidikan", jenis="digital", tahapan="penerapan", inisiator="opd",
        nama_inovasi="KODING GURU", opd="Dinas Pendidikan Kota Banjarbaru", pemda="Kota Banjarbaru",
        indicators={"sosialisasi": 2, "aktor": 2},
        tags=["english_mixed"],
    ),
    doc(
        "sertifikat",
        "rumah-baca-guru",
        """
SERTIFIKAT / CERTIFICATE
No. 421/117/Disdik-PSP/2024

Diberikan kepada / Awarded to:
ARDIANSYAH, S.Pd.
Guru SMP Negeri 1 Padang Sidempuan Batunadua

sebagai peserta Pelatihan Pengelola RUMAH BACA GURU
as participant of the RUMAH BACA GURU Facilitator Training
24 – 26 Juni 2024, 32 JP

Kepala Dinas Pendidikan Kota Padangsidimpuan
""",
        urusan="pendidikan", nama_inovasi="RUMAH BACA GURU", opd="Dinas Pendidikan Kota Padangsidimpuan",
        pemda="Kota Padangsidimpuan",
        indicators={"bimtek": 1}, tags=["short", "english_mixed"],
    ),
    doc(
        "laporan",
        "guru-kunjung",
        """
LAPORAN PELAKSANAAN INOVASI GURU KUNJUNG
Cabang Dinas / UPT Satuan Pendidikan Kecamatan Sukamara
Periode Januari – Juni 2025

I. Pendahuluan
GURU KUNJUNG adalah kunjungan rumah oleh wali kelas kepada murid yang tidak masuk tiga hari
berturut-turut tanpa keterangan. Inovasi ini lahir dari keprihatinan atas angka putus sekolah di
desa-desa perkebunan sawit.

II. Pelaksanaan
Kunjungan dilakukan 412 kali ke rumah 233 murid di 11 SD dan 3 SMP. Setiap kunjungan dicatat pada kartu
kunjungan dan direkap oleh operator sekolah. Alasan ketidakhadiran terbanyak adalah membantu orang tua
memanen (46 persen), sakit (21 persen) dan tidak memiliki seragam atau sepatu (9 persen).

III. Hasil
- 201 murid kembali bersekolah secara teratur;
- 14 murid dirujuk ke program bantuan pakaian seragam Dinas Sosial;
- angka putus sekolah SD di kecamatan turun dari 19 anak (2024) menjadi 6 anak (semester I 2025).

IV. Penutup
Kami mengusulkan agar GURU KUNJUNG ditetapkan dengan Keputusan Kepala Dinas agar dapat diterapkan di
kecamatan lain.
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="GURU KUNJUNG", pemda=None, opd="UPT Satuan Pendidikan Kecamatan Sukamara",
        indicators={"kemanfaatan": 2},
        negated=["regulasi"], tags=["negation"],
    ),
    doc(
        "evaluasi",
        "kajian-beana",
        """
KAJIAN EVALUASI DAMPAK
PROGRAM BEASISWA ANAK NELAYAN (BEANA) KABUPATEN WAKATOBI 2021–2024
Kerja sama Badan Riset dan Inovasi Daerah Kabupaten Wakatobi dengan Fakultas Ekonomi dan Bisnis
Universitas Halu Oleo

RINGKASAN
BEANA memberikan bantuan biaya pendidikan dan asrama bagi anak nelayan tradisional yang melanjutkan ke
SMA/SMK di ibu kota kabupaten. Kajian ini menggunakan data 1.034 penerima dan 980 anak pembanding dari
keluarga nelayan non-penerima, dengan metode difference-in-differences.

TEMUAN UTAMA
1. Angka melanjutkan ke SMA/SMK pada keluarga penerima naik 23 poin persen dibanding pembanding.
2. Angka putus sekolah penerima 3,1 persen, sedangkan pembanding 11,4 persen.
3. 62 persen lulusan penerima bekerja atau kuliah di bidang kelautan dan perikanan, termasuk 41 orang
   yang kini menjadi penyuluh perikanan swadaya.
4. Keterlambatan pencairan pada triwulan pertama masih terjadi setiap tahun.

REKOMENDASI
Mempercepat verifikasi data penerima melalui data kartu nelayan Dinas Kelautan dan Perikanan, serta
menambah kuota bagi anak perempuan.
""",
        bentuk="pelayanan_publik", urusan="pendidikan", urusan_also=["kelautan_perikanan"],
        jenis="non_digital", tahapan="penerapan", nama_inovasi="BEANA", opd="Badan Riset dan Inovasi Daerah",
        pemda="Kabupaten Wakatobi",
        indicators={"monev": 3, "kemanfaatan": 3},
        tags=["two_sector"],
    ),
    doc(
        "anggaran",
        "dpa-likam",
        """
DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
(DPA-SKPD)
Pemerintah Kabupaten Ogan Komering Ilir — Tahun Anggaran 2025

Urusan Pemerintahan : 1.01 Urusan Pemerintahan Bidang Pendidikan
Organisasi          : 1.01.0.00.0.00.01.0000 Dinas Pendidikan
Program             : 1.01.02 Program Pengelolaan Pendidikan
Kegiatan            : 1.01.02.2.02 Pengelolaan Pendidikan Sekolah Dasar
Sub Kegiatan        : 1.01.02.2.02.0009 Pembinaan Minat, Bakat dan Kreativitas Siswa
Keterangan          : Inovasi Literasi Kampung (LIKAM)

Kode Rekening | Uraian | Koefisien | Harga (Rp) | Jumlah (Rp)
5.1.02.01.01.0026 | Belanja Alat/Bahan — Bahan Cetak (modul LIKAM) | 2.400 eks | 12.500 | 30.000.000
5.1.02.02.01.0003 | Honorarium Narasumber | 12 OJ | 900.000 | 10.800.000
5.1.02.04.01.0001 | Belanja Perjalanan Dinas Dalam Daerah | 60 OH | 150.000 | 9.000.000
5.1.02.01.01.0052 | Belanja Makanan dan Minuman Rapat | 300 kotak | 35.000 | 10.500.000
Jumlah (Rp) | | | | 60.300.000

Kayuagung, 2 Januari 2025
Pengguna Anggaran
""",
        urusan="pendidikan", nama_inovasi="LIKAM", opd="Dinas Pendidikan",
        pemda="Kabupaten Ogan Komering Ilir",
        indicators={"anggaran": 1},
    ),
    doc(
        "undangan_daftar_hadir",
        "notulen-sipede",
        """
NOTULEN RAPAT
Pembahasan Penerapan SIPEDE (Sistem Informasi Penerimaan Peserta Didik)
Hari/Tanggal : Rabu, 15 Januari 2025
Pukul        : 09.00 – 12.00 WIB
Tempat       : Ruang Rapat Sekretariat Daerah Kabupaten Purbalingga
Pimpinan     : Asisten Pemerintahan dan Kesra
Peserta      : Dinas Pendidikan dan Kebudayaan, Dinas Kependudukan dan Pencatatan Sipil, Dinas
               Komunikasi dan Informatika, Bagian Organisasi, Kantor Kementerian Agama, perwakilan
               MKKS SMP, dan wartawan mitra Diskominfo.

Pokok Pembahasan:
1. Disdikbud memaparkan alur pendaftaran SIPEDE: pilih jalur, unggah berkas, verifikasi, pengumuman.
2. Disdukcapil menyanggupi akses verifikasi NIK dan alamat kartu keluarga secara langsung (web service)
   sehingga calon peserta didik tidak perlu mengunggah fotokopi KK.
3. Diskominfo menyiapkan server dan pengamanan; uji beban dijadwalkan minggu pertama Mei.
4. Perlu petunjuk teknis tertulis untuk operator sekolah; Disdikbud diminta menyusun.

Kesimpulan:
SIPEDE diterapkan pada PPDB tahun pelajaran 2025/2026 dengan data kependudukan terintegrasi.

Notulis,
Rina Hapsari
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="digital", tahapan="inisiatif",
        nama_inovasi="SIPEDE", opd="Dinas Pendidikan dan Kebudayaan", pemda="Kabupaten Purbalingga",
        indicators={"jejaring": 2},
        negated=["pedoman_teknis", "layanan_terintegrasi"], tags=["negation"],
    ),
    doc(
        "kerja_sama",
        "pks-kejar-paket",
        """
PERJANJIAN KERJA SAMA
ANTARA
DINAS PENDIDIKAN KABUPATEN TOBA
DAN
DINAS PENDIDIKAN KABUPATEN HUMBANG HASUNDUTAN
TENTANG
REPLIKASI INOVASI KEJAR PAKET ONLINE
Nomor: 420/118/Disdik-Toba/2024 — 420/076/Disdik-Humbahas/2024

Pada hari ini Selasa tanggal sepuluh bulan September tahun dua ribu dua puluh empat, kami yang
bertanda tangan di bawah ini:
1. Kepala Dinas Pendidikan Kabupaten Toba, selanjutnya disebut PIHAK PERTAMA;
2. Kepala Dinas Pendidikan Kabupaten Humbang Hasundutan, selanjutnya disebut PIHAK KEDUA.

Pasal 1 — Maksud dan Tujuan
Perjanjian ini dimaksudkan sebagai dasar PIHAK KEDUA mereplikasi inovasi KEJAR PAKET ONLINE, yaitu
layanan pendidikan kesetaraan Paket A, B dan C dengan tutorial daring dan ujian di PKBM.

Pasal 2 — Ruang Lingkup
a. PIHAK PERTAMA menyerahkan kode sumber aplikasi, modul dan petunjuk teknis;
b. PIHAK PERTAMA melatih 20 tutor PIHAK KEDUA;
c. PIHAK KEDUA menyediakan server, tutor dan anggaran operasional.

Pasal 3 — Jangka Waktu
Perjanjian berlaku 2 (dua) tahun sejak ditandatangani.

PIHAK PERTAMA                                  PIHAK KEDUA
""",
        bentuk="pelayanan_publik", urusan="pendidikan", jenis="digital", tahapan="penerapan",
        nama_inovasi="KEJAR PAKET ONLINE", opd="Dinas Pendidikan Kabupaten Toba", pemda="Kabupaten Toba",
        indicators={"replikasi": 1},
    ),
    doc(
        "perencanaan",
        "rkpdes-padar",
        """
RENCANA KERJA PEMERINTAH DESA (RKP DESA) TAHUN 2025
DESA SUKAMAJU, KECAMATAN LAMANDAU, KABUPATEN LAMANDAU

Bidang 3: Pembinaan Kemasyarakatan; Bidang 4: Pemberdayaan Masyarakat

No | Bidang/Sub Bidang | Jenis Kegiatan | Lokasi | Volume | Sasaran | Waktu | Biaya (Rp) | Sumber
1 | Pemberdayaan/Ekonomi | Pengembangan Pasar Desa Daring (PADAR) BUMDes | Dusun I | 1 paket |
  48 pelaku usaha | 6 bulan | 45.000.000 | DD
2 | Pemberdayaan/Pelatihan | Pelatihan pemasaran daring bagi pelaku usaha PADAR | Balai Desa | 2 kali |
  48 orang | 2 hari | 12.000.000 | DD
3 | Pembangunan/Jalan | Rabat beton jalan usaha tani | RT 04 | 350 m | warga | 3 bulan | 98.500.000 | DD
4 | Pembinaan/Ketertiban | Honor linmas | Desa | 12 OB | 6 orang | 12 bulan | 14.400.000 | ADD

Ditetapkan dalam Musyawarah Desa, 18 Oktober 2024
Kepala Desa Sukamaju
""",
        bentuk="urusan_lainnya", urusan="desa", jenis="digital", nama_inovasi="PADAR",
        opd="Pemerintah Desa Sukamaju",
        pemda="Kabupaten Lamandau",
        indicators={"rkpd": 1},
    ),
    doc(
        "kerja_sama",
        "replikasi-sipades",
        """
SURAT PERNYATAAN REPLIKASI INOVASI
Nomor: 140/271/DPMD/2025

Yang bertanda tangan di bawah ini Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Wonosobo
menyatakan bahwa inovasi SIPADES (Sistem Informasi Pelayanan Administrasi Desa) milik Pemerintah
Kabupaten Wonosobo telah direplikasi oleh:

No | Pemerintah Daerah | Dasar | Tahun
1 | Kabupaten Temanggung | Perjanjian Kerja Sama Nomor 140/33/2023 | 2023
2 | Kabupaten Banjarnegara | Nota Kesepakatan Nomor 140/08/2024 | 2024

Replikasi mencakup penggunaan aplikasi layanan surat desa, pelatihan operator desa dan penyerahan
petunjuk teknis.

Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.

Wonosobo, 20 Februari 2025
Kepala Dinas PMD Kabupaten Wonosobo
""",
        bentuk="pelayanan_publik", urusan="desa", jenis="digital", tahapan="penerapan",
        nama_inovasi="SIPADES",
        opd="Dinas Pemberdayaan Masyarakat dan Desa", pemda="Kabupaten Wonosobo",
        indicators={"replikasi": 2},
    ),
    doc(
        "laporan",
        "padu",
        """
LAPORAN TRIWULAN III TAHUN 2024
POSKO ADUAN WARGA DESA (PADU)
Desa Tanjung Harapan, Kabupaten Sambas

PADU adalah posko pengaduan yang dijaga perangkat desa dan relawan di balai desa setiap Senin dan Kamis,
ditambah kotak aduan di tiga dusun dan nomor WhatsApp pengaduan desa. Inovasi ini digagas Kepala Desa
pada awal 2023 setelah banyak keluhan warga tentang bantuan sosial yang tidak tepat sasaran.

Rekapitulasi aduan Juli – September 2024:
Jenis Aduan | Masuk | Selesai | Dalam Proses
Bantuan sosial | 21 | 19 | 2
Jalan dan drainase | 13 | 10 | 3
Administrasi kependudukan | 11 | 11 | 0
Lain-lain | 7 | 5 | 2
Jumlah | 52 | 45 | 7

Persentase penyelesaian: 86,5 persen.
Aduan yang tidak dapat diselesaikan di tingkat desa diteruskan ke kecamatan.

Tanjung Harapan, 4 Oktober 2024
Sekretaris Desa
""",
        bentuk="pelayanan_publik", urusan="desa", jenis="non_digital", tahapan="penerapan",
        inisiator="masyarakat", nama_inovasi="PADU", opd="Pemerintah Desa Tanjung Harapan",
        pemda="Kabupaten Sambas",
        indicators={"pengaduan": 2},
    ),
    doc(
        "anggaran",
        "dpa-desa-digital",
        ocr_noise(
            """
DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)
PEMERINTAH KABUPATEN BANGGAI TAHUN ANGGARAN 2024

Urusan Pemerintahan : 2.13 Pemberdayaan Masyarakat dan Desa
Organisasi          : 2.13.0.00.0.00.01.0000 Dinas Pemberdayaan Masyarakat dan Desa
Program             : 2.13.04 Program Administrasi Pemerintahan Desa
Kegiatan            : 2.13.04.2.01 Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa
Sub Kegiatan        : 2.13.04.2.01.0005 Fasilitasi Penyusunan Profil Desa — Inovasi DESA DIGITAL TERPADU
Lokasi              : 23 kecamatan

Kode Rekening | Uraian | Koefisien | Harga (Rp) | Jumlah (Rp)
5.1.02.02.01.0013 | Belanja Jasa Tenaga Operator Komputer | 12 OB | 3.200.000 | 38.400.000
5.1.02.01.01.0024 | Belanja Alat Tulis Kantor | 1 paket | 4.750.000 | 4.750.000
5.1.02.02.01.0063 | Belanja Langganan Jaringan Internet | 12 bulan | 1.500.000 | 18.000.000
5.1.02.04.01.0001 | Belanja Perjalanan Dinas Dalam Daerah | 46 OH | 300.000 | 13.800.000
Jumlah Anggaran Sub Kegiatan (Rp) | | | | 74.950.000

Luwuk, 3 Januari 2024
Kepala Dinas PMD selaku Pengguna Anggaran
""",
            seed=23,
        ),
        urusan="desa", jenis="digital", nama_inovasi="DESA DIGITAL TERPADU",
        opd="Dinas Pemberdayaan Masyarakat dan Desa", pemda="Kabupaten Banggai",
        indicators={"anggaran": 1}, tags=["ocr_noise"],
    ),
    doc(
        "sop",
        "laksa-desa",
        """
STANDAR OPERASIONAL PROSEDUR
PELAYANAN SURAT KETERANGAN MELALUI LAKSA DESA (Layanan Kilat Surat Desa)
PEMERINTAH DESA WATUMALANG, KECAMATAN WATUMALANG

Nomor SOP  : 01/SOP/Pemdes/2025
Disahkan   : Kepala Desa Watumalang
Tanggal    : 6 Januari 2025

Persyaratan: KTP-el dan Kartu Keluarga pemohon.
Perlengkapan: komputer desa, printer, aplikasi LAKSA DESA, stempel.

No | Aktivitas | Pelaksana | Waktu | Keterangan
1 | Warga mengajukan permohonan lewat formulir daring atau datang ke kantor desa | Pemohon | 5 menit |
2 | Kaur Umum memeriksa data di aplikasi dan mencetak draf surat | Kaur Umum | 10 menit |
3 | Sekretaris Desa memaraf draf | Sekdes | 5 menit |
4 | Kepala Desa menandatangani surat | Kepala Desa | 10 menit | bila kades dinas luar, ditandatangani Sekdes
5 | Surat diserahkan atau dikirim PDF ke WhatsApp pemohon | Kaur Umum | 5 menit |

Total waktu layanan: 35 menit, selesai pada hari yang sama.
""",
        bentuk="pelayanan_publik", urusan="desa", jenis="digital", tahapan="penerapan",
        nama_inovasi="LAKSA DESA", opd="Pemerintah Desa Watumalang", pemda=None,
        indicators={"kemudahan_proses": 3, "alat_kerja": 3},
    ),
    doc(
        "proposal",
        "rumah-data-desa",
        """
PROPOSAL GAGASAN INOVASI
RUMAH DATA DESA
Diajukan oleh: Karang Taruna "Bina Karya" Desa Lolo Hilir, Kecamatan Gunung Kerinci
Kepada: Pemerintah Desa dan Dinas PMD Kabupaten Kerinci

Dasar Hukum
UU Nomor 6 Tahun 2014 tentang Desa; Permendagri Nomor 46 Tahun 2016 tentang Laporan Kepala Desa.

Permasalahan
Data penduduk miskin, lahan pertanian dan penerima bantuan di desa kami dicatat di buku-buku terpisah
oleh kaur yang berbeda. Ketika ada pendataan dari kabupaten, angka yang diberikan sering berbeda dan
bantuan salah sasaran.

Isu Strategis
Satu data desa untuk perencanaan pembangunan dan penyaluran bantuan yang tepat sasaran.

Metode Pembaharuan
Pemuda karang taruna menjadi relawan pendata yang memutakhirkan data setiap tiga bulan dari rumah ke
rumah, menyimpannya dalam satu lembar kerja bersama, dan memajangnya sebagai papan data di balai desa.

Keunggulan dan Kebaharuan
Dikerjakan oleh pemuda desa sendiri tanpa biaya konsultan; data dapat dibaca warga di papan informasi.

Tahapan Inovasi
Gagasan ini baru diajukan pada musyawarah desa Februari 2025. Uji coba direncanakan di Dusun II setelah
ada persetujuan. Peraturan Kepala Desa yang menjadi payung kegiatan masih dalam tahap penyusunan dan
belum ada anggaran yang dialokasikan.
""",
        bentuk="tata_kelola", urusan="desa", jenis="non_digital", tahapan="inisiatif", inisiator="masyarakat",
        nama_inovasi="RUMAH DATA DESA", opd="Pemerintah Desa Lolo Hilir", pemda="Kabupaten Kerinci",
        negated=["regulasi", "anggaran"], tags=["negation"],
    ),
    doc(
        "publikasi",
        "bank-desa-sampah",
        """
Desa Ini Ubah Sampah Jadi Tabungan Emas

PURBALINGGA, MEDIAJATENG.COM – Warga Desa Karangcegak, Kecamatan Kutasari, kini tak lagi membuang
sampah plastik ke sungai. Mereka menyetorkannya ke BUMDes lewat program TABUNG EMAS (Tabungan Sampah
Emas) yang dijalankan pemerintah desa sejak Mei 2023.

Setiap kilogram plastik dihargai dan dicatat di buku tabungan. Saat saldo cukup, warga bisa menukarnya
dengan emas 0,5 gram yang disediakan BUMDes bekerja sama dengan pegadaian setempat.

"Sudah 530 kepala keluarga jadi nasabah," kata Kepala Desa Karangcegak, Slamet Riyadi, Rabu (9/10/2024).
Omzet BUMDes dari penjualan plastik mencapai Rp 7 juta per bulan.

Baca juga: 20 Desa di Purbalingga Masuk Nominasi Desa Mandiri

Penulis: Anggun S | Editor: Hery
""",
        bentuk="urusan_lainnya", urusan="desa", urusan_also=["lingkungan_hidup"], jenis="non_digital",
        tahapan="penerapan", inisiator="masyarakat", nama_inovasi="TABUNG EMAS",
        opd="Pemerintah Desa Karangcegak",
        pemda="Kabupaten Purbalingga",
        indicators={"sosialisasi": 3, "kemanfaatan": 3},
        tags=["two_sector"],
    ),
    doc(
        "regulasi",
        "sk-pides",
        """
KEPUTUSAN KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA
KABUPATEN KARANGANYAR
NOMOR 140/27/2025

TENTANG
PENUNJUKAN PENDAMPING INOVASI DESA (PIDES) TAHUN 2025

KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA,

Menimbang : bahwa untuk mendampingi desa dalam menjalankan inovasi Pendamping Inovasi Desa (PIDES)
            perlu menunjuk pendamping dengan Keputusan Kepala Dinas;
Mengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa;
            2. Peraturan Bupati Karanganyar Nomor 88 Tahun 2021 tentang Kedudukan, Susunan Organisasi,
               Tugas dan Fungsi Dinas PMD;

MEMUTUSKAN:
Menetapkan :
KESATU : Menunjuk Pendamping Inovasi Desa (PIDES) sebagaimana tercantum dalam Lampiran.
KEDUA  : Pendamping bertugas memfasilitasi penyusunan dan pelaksanaan inovasi di desa dampingan.
KETIGA : Keputusan ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Karanganyar, 8 Januari 2025
KEPALA DINAS PMD KABUPATEN KARANGANYAR

LAMPIRAN
No | Nama | Unsur | Desa Dampingan
1 | Wahyu Hidayat | ASN DPMD | Kemuning, Ngargoyoso
2 | Sri Lestari | ASN DPMD | Berjo, Girimulyo
3 | Dwi Prasetyo | Kecamatan Ngargoyoso | Jatirejo
4 | Agus Santoso | Tenaga Ahli P3MD | Tawangmangu, Plumbon
5 | Endang Rahayu | Tenaga Ahli P3MD | Gondosuli
6 | Fajar Nugroho | Pendamping Lokal Desa | Kalisoro
7 | Ratna Dewi | Pendamping Lokal Desa | Blumbang
""",
        bentuk="tata_kelola", urusan="desa", jenis="non_digital", tahapan="penerapan", nama_inovasi="PIDES",
        opd="Dinas Pemberdayaan Masyarakat dan Desa", pemda="Kabupaten Karanganyar",
        indicators={"regulasi": 1, "sdm": 1, "pelaksana": 2},
    ),
    doc(
        "evaluasi",
        "monev-siskeudes-pintar",
        """
LAPORAN MONITORING DAN EVALUASI INTERNAL
INOVASI SISKEUDES PINTAR
Inspektorat dan Dinas PMD Kabupaten Pesisir Selatan — Semester I 2025

Tujuan monev: memastikan 182 desa menyusun laporan realisasi APBDes tepat waktu melalui SISKEUDES PINTAR,
yaitu pendampingan operator desa secara daring dan klinik keuangan desa di kecamatan.

Metode: pemeriksaan dokumen di aplikasi, kunjungan ke 36 desa sampel, wawancara operator.

Temuan:
- 171 desa (94 persen) menyampaikan laporan semester tepat waktu, naik dari 118 desa tahun lalu;
- 22 operator desa baru belum mengikuti pelatihan;
- rekomendasi pemeriksaan tahun lalu telah ditindaklanjuti 81 persen.

Tindak lanjut: pelatihan operator baru pada Agustus 2025; klinik keuangan dibuka setiap Selasa.
""",
        bentuk="tata_kelola", urusan="desa", urusan_also=["keuangan"], jenis="digital", tahapan="penerapan",
        nama_inovasi="SISKEUDES PINTAR", opd="Dinas PMD", pemda="Kabupaten Pesisir Selatan",
        indicators={"monev": 1, "kemanfaatan": None, "jejaring": 1},
        tags=["two_sector"],
    ),
    doc(
        "publikasi",
        "bursa-inovasi-desa",
        """
Bursa Inovasi Desa 2024 Digelar, Kades Diminta Tak Sekadar Ikut Lomba

SIGI, SULTENGPOS.COM – Ratusan kepala desa dan pendamping memadati Gedung Serbaguna Bora dalam Bursa
Inovasi Desa Kabupaten Sigi, Kamis (21/11/2024). Acara tahunan ini mempertemukan desa-desa yang ingin
belajar dari praktik baik desa lain dan menyusun kartu komitmen replikasi.

Sekretaris Daerah Sigi dalam sambutannya meminta kepala desa tidak sekadar mengejar piala. "Inovasi
itu yang mengubah layanan di kantor desa dan hidup warga, bukan yang hanya ada di proposal," katanya.

Tahun ini panitia mencatat 118 kartu komitmen dari 96 desa. Kegiatan dibiayai dana desa dan APBD
melalui Dinas PMD. Nama-nama desa pemenang kategori akan diumumkan pekan depan.

Baca juga: Dana Desa Sigi Tahap III Cair Bulan Ini

(rdn)
""",
        pemda="Kabupaten Sigi", tags=["news_no_innovation"],
    ),
    doc(
        "sertifikat",
        "desa-inovatif-lumbung",
        """
PIAGAM
DESA INOVATIF KABUPATEN HALMAHERA UTARA 2024

Diberikan kepada Pemerintah Desa Kupa-Kupa
atas inovasi LUMBUNG PANGAN DESA
Peringkat I Kategori Ketahanan Pangan Desa

Tobelo, 17 Agustus 2024
Bupati Halmahera Utara
""",
        urusan="desa", urusan_also=["pangan"], nama_inovasi="LUMBUNG PANGAN DESA",
        opd="Pemerintah Desa Kupa-Kupa", pemda="Kabupaten Halmahera Utara",
        tags=["short", "two_sector"],
    ),
]
