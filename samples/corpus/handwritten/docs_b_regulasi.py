# ruff: noqa: E501
"""Hand-written regulations (SK, Perbup/Perwali, Perda, Kepgub) and assignment letters (surat tugas/perintah)."""

from common import doc

DOCS = [
    doc(
        "sk-kadinkes-gercep-stunting",
        "regulasi",
        """
PEMERINTAH KABUPATEN PASAMAN BARAT
DINAS KESEHATAN
Jl. Soekarno Hatta Simpang Empat Telp (0753) 65xxx

KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN PASAMAN BARAT
NOMOR : 440/ 212 /DINKES-PB/2023

TENTANG
TIM PELAKSANA INOVASI GERCEP STUNTING
(GERAKAN CEPAT CEGAH STUNTING)

KEPALA DINAS KESEHATAN KABUPATEN PASAMAN BARAT,

Menimbang : a. bahwa angka stunting di Kab. Pasaman Barat masih tinggi sehingga perlu gerakan cepat
               melalui kunjungan rumah ibu hamil KEK dan baduta;
            b. bahwa untuk itu perlu menetapkan Tim Pelaksana dengan Keputusan Kepala Dinas;
Mengingat : 1. UU No. 17 Tahun 2023 tentang Kesehatan;
            2. Perpres No. 72 Tahun 2021;

MEMUTUSKAN
Menetapkan :
KESATU  : Membentuk Tim Pelaksana Inovasi GERCEP STUNTING dengan susunan sebagaimana tercantum dalam
          Lampiran keputusan ini.
KEDUA   : Tim bertugas melakukan kunjungan rumah, pendampingan gizi dan pelaporan tiap bulan.
KETIGA  : Keputusan ini mulai berlaku sejak tanggal ditetapkan.

Ditetapkan di Simpang Empat
pada tanggal 6 Maret 2023
KEPALA DINAS KESEHATAN,
ttd
dr. YUSNIDAR
\f
LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN NOMOR 440/212/DINKES-PB/2023

NO  NAMA                         UNSUR                          KEDUDUKAN
1   dr. Yusnidar                 Dinas Kesehatan                Penanggung jawab
2   Ns. Efri Yanti, S.Kep        Dinas Kesehatan                Ketua
3   Rahmi, SKM                   Dinas Kesehatan (gizi)         Sekretaris
4   Dedi Syaputra, S.Sos         DPMD                           Anggota
5   Yulia Fitri, S.ST            DP2KBP3A                       Anggota
6   Ir. Hendra Gunawan           Bappeda                        Anggota
7   Bd. Sri Mulyani              Puskesmas Simpang Empat        Anggota
8   Bd. Nurlela                  Puskesmas Sungai Aur           Anggota
9   Bd. Fitriani                 Puskesmas Kinali               Anggota
10  Bd. Desi Ratnasari           Puskesmas Ujung Gading         Anggota
11  Hasnah, AMG                  Puskesmas Air Bangis           Anggota
12  Ratna Dewi, AMG              Puskesmas Talu                 Anggota
13  Syafrizal                    Dinas Kesehatan (data)         Anggota
14  Melda Susanti, S.Kom         Dinas Kesehatan (data)         Anggota
""",
        urusan="kesehatan",
        jenis="non_digital",
        nama="GERCEP STUNTING",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Pasaman Barat",
        ind={"regulasi": 1, "sdm": 2, "pelaksana": 2, "jejaring": 2},
    ),
    doc(
        "perbup-satu-desa-satu-paud-pacitan",
        "regulasi",
        """
BUPATI PACITAN
PROVINSI JAWA TIMUR

PERATURAN BUPATI PACITAN
NOMOR 27 TAHUN 2023

TENTANG
GERAKAN SATU DESA SATU PAUD BERKUALITAS

DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI PACITAN,

Menimbang : bahwa untuk meningkatkan angka partisipasi PAUD di desa-desa yang belum memiliki lembaga PAUD
terakreditasi, perlu menetapkan Peraturan Bupati tentang Gerakan Satu Desa Satu PAUD Berkualitas;

Mengingat : 1. Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional;
            2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG GERAKAN SATU DESA SATU PAUD BERKUALITAS.

BAB I KETENTUAN UMUM
Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Pacitan.
2. Gerakan Satu Desa Satu PAUD Berkualitas yang selanjutnya disebut SADESA PAUD adalah upaya bersama
   Pemerintah Daerah dan Pemerintah Desa agar setiap desa memiliki paling sedikit satu PAUD yang memenuhi
   standar nasional...
\f
Pasal 6
(1) Pemerintah Desa dapat mengalokasikan Dana Desa untuk insentif pendidik PAUD dan sarana bermain.
(2) Dinas Pendidikan melakukan pembinaan dan pendampingan akreditasi.

Pasal 9
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

Ditetapkan di Pacitan
pada tanggal 11 Juli 2023
BUPATI PACITAN,
ttd
""",
        urusan="pendidikan",
        jenis="non_digital",
        nama="SADESA PAUD",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Pacitan",
        ind={"regulasi": 2},
    ),
    doc(
        "perda-lumbung-desa-mandiri-boyolali",
        "regulasi",
        """
PERATURAN DAERAH KABUPATEN BOYOLALI
NOMOR 4 TAHUN 2022
TENTANG
PENYELENGGARAAN DESA MANDIRI PANGAN

DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI BOYOLALI,

Menimbang: a. bahwa pangan merupakan kebutuhan dasar ...; b. bahwa desa memiliki potensi cadangan pangan
yang perlu dikelola melalui Lumbung Desa Mandiri;

Dengan Persetujuan Bersama
DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN BOYOLALI
dan
BUPATI BOYOLALI

MEMUTUSKAN:
Menetapkan: PERATURAN DAERAH TENTANG PENYELENGGARAAN DESA MANDIRI PANGAN.

Pasal 12
(1) Setiap desa mandiri pangan membentuk Lumbung Desa Mandiri yang dikelola oleh BUMDes atau kelompok
    masyarakat.
(2) Lumbung Desa Mandiri menyimpan cadangan pangan desa paling sedikit 2 (dua) ton beras atau setara gabah.
(3) Pemerintah Desa menganggarkan pengadaan cadangan pangan dalam APBDes.
""",
        urusan="desa",
        also=["pangan"],
        jenis="non_digital",
        nama="Lumbung Desa Mandiri",
        opd="Dinas Ketahanan Pangan",
        pemda="Kabupaten Boyolali",
        ind={"regulasi": 3},
        tags=["two_sector"],
    ),
    doc(
        "kepbup-penetapan-inovasi-sumedang",
        "regulasi",
        """
KEPUTUSAN BUPATI SUMEDANG
NOMOR : 188.45/Kep.311-BAPPPPEDA/2023
TENTANG
PENETAPAN INOVASI DAERAH KABUPATEN SUMEDANG TAHUN 2023

BUPATI SUMEDANG,
Menimbang : bahwa sesuai hasil penilaian Tim Inovasi Daerah, perlu menetapkan inovasi daerah yang telah
            memenuhi kriteria sebagai inovasi daerah Kabupaten Sumedang;
Mengingat : PP 38 Tahun 2017; Permendagri 104 Tahun 2018;

MEMUTUSKAN:
KESATU : Menetapkan inovasi daerah sebagaimana tercantum dalam Lampiran.
KEDUA  : Perangkat daerah pengampu wajib melaporkan penerapan inovasi melalui aplikasi indeks inovasi.
\f
LAMPIRAN KEPUTUSAN BUPATI SUMEDANG NOMOR 188.45/Kep.311-BAPPPPEDA/2023

No | Nama Inovasi                     | Perangkat Daerah Pengampu     | Tahapan
1  | SIMPATI (Sistem Manajemen        | BKPSDM                        | Penerapan
   |  Kinerja Pegawai Terintegrasi)   |                               |
2  | TAHU GO DIGITAL                  | Dinas Koperasi UKM Perdagangan| Penerapan
   |                                  | dan Perindustrian             |
3  | POS GIZI MANDIRI                 | Dinas Kesehatan               | Uji coba
4  | SI-ATAP (Rutilahu Tepat Sasaran) | Dinas Perkim                  | Penerapan
...
""",
        tahapan=None,
        inisiator=None,
        nama="SIMPATI",
        pemda="Kabupaten Sumedang",
        ind={"regulasi": 2},
        tags=["two_innovations"],
    ),
    doc(
        "kep-camat-paten-keliling-rappocini",
        "regulasi",
        """
PEMERINTAH KOTA MAKASSAR
KECAMATAN RAPPOCINI

KEPUTUSAN CAMAT RAPPOCINI
NOMOR : 15/KEP/KEC-RPC/I/2024

TENTANG
PETUGAS PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN) KELILING

CAMAT RAPPOCINI,
Menimbang : bahwa untuk mendekatkan pelayanan administrasi kepada warga lorong, perlu menunjuk petugas
            PATEN Keliling;
Mengingat : Permendagri Nomor 4 Tahun 2010 tentang Pedoman PATEN;

MEMUTUSKAN
Menetapkan
KESATU : Menunjuk petugas PATEN Keliling sebagai berikut:
  1. Andi Muh. Rizal, S.STP - Koordinator
  2. Hasniah, S.Sos - Petugas layanan surat keterangan
  3. Muh. Arfah - Petugas layanan IMB/PBG rekomendasi
  4. Nurul Aulia, A.Md - Operator
  5. Syamsuddin - Pengemudi
  6. Rahmawati - Petugas kelurahan Gunung Sari
  7. Irwan - Petugas kelurahan Karunrung
KEDUA : PATEN Keliling melayani setiap Rabu dan Sabtu di lorong-lorong secara bergiliran.
KETIGA : Biaya dibebankan pada DPA Kecamatan Rappocini.

Ditetapkan di Makassar, 8 Januari 2024
CAMAT RAPPOCINI
""",
        bentuk="pelayanan_publik",
        urusan="fungsi_lain",
        jenis="non_digital",
        nama="PATEN KELILING",
        opd="Kecamatan Rappocini",
        pemda="Kota Makassar",
        ind={"regulasi": 1, "sdm": 1, "pelaksana": 2},
    ),
    doc(
        "sk-kabkpsdm-simpeg-mobile-bantaeng",
        "regulasi",
        """
KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA
KABUPATEN BANTAENG
NOMOR: 800/ 09 /BKPSDM/2024
TENTANG
PENGELOLA APLIKASI SIMPEG MOBILE

Menimbang: bahwa dalam rangka pelayanan administrasi kepegawaian secara elektronik (cuti, kenaikan pangkat,
KGB) melalui aplikasi SIMPEG MOBILE perlu menunjuk pengelola aplikasi;

MEMUTUSKAN:
KESATU: Menunjuk pengelola aplikasi:
  a. Admin sistem : Rudi Hartono, S.Kom
  b. Verifikator cuti : Nur Asia, S.E.
  c. Verifikator kenaikan pangkat : Andi Baso, S.H.
  d. Verifikator KGB : Muliati
  e. Helpdesk : Sukmawati, A.Md
KEDUA: Pengelola menyelesaikan usulan paling lama 3 hari kerja.
KETIGA: Berlaku sejak ditetapkan.

Bantaeng, 2 Januari 2024
Kepala BKPSDM
""",
        bentuk="tata_kelola",
        urusan="kepegawaian",
        jenis="digital",
        nama="SIMPEG MOBILE",
        opd="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        pemda="Kabupaten Bantaeng",
        ind={"regulasi": 1, "sdm": 1, "pelaksana": 2},
    ),
    doc(
        "perwali-e-parkir-palembang",
        "regulasi",
        """
WALI KOTA PALEMBANG
PROVINSI SUMATERA SELATAN

PERATURAN WALl KOTA PALEMBANG
NOMOR 41 TAHUN 2023

TENTANG

PENYELENGGARAAN PARKlR ELEKTRONlK (E-PARKIR)
Dl TEPl JALAN UMUM

DENGAN RAHMAT TUHAN YANG MAHA ESA
WALl KOTA PALEMBANG,

Menimbang : a. bahwa untuk meningkatkan pendapatan asli daerah dari retribusi parkir dan
                mencegah kebocoran, perlu penerapan pembayaran parkir secara non tunai ;
Mengingat  : 1. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Ja1an ;
             2. Peraturan Daerah Kota Pa1embang Nomor 3 Tahun 2019 ...

Pasal 3
(1) Pembayaran retribusi parkir di tepi ja1an umum pada ruas yang ditetapkan dilakukan me1alui mesin
    parkir e1ektronik dan/atau QRlS.
(2) Juru parkir wajib menggunakan perangkat yang disediakan Dinas Perhubungan.
                                                               - 2 -
""",
        bentuk="tata_kelola",
        urusan="perhubungan",
        jenis="digital",
        nama="E-PARKIR",
        opd="Dinas Perhubungan",
        pemda="Kota Palembang",
        ind={"regulasi": 2},
        tags=["ocr_noise"],
    ),
    doc(
        "sk-kadispmd-desa-digital-cianjur",
        "regulasi",
        """
KEPUTUSAN KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN CIANJUR
NOMOR : 141/Kep.36-DPMD/2024
TENTANG
PENETAPAN DESA PERCONTOHAN PROGRAM DESA DIGITAL CIANJUR (DEDI CIANJUR)

KESATU  : Menetapkan desa percontohan DEDI CIANJUR tahun 2024 yaitu:
          1. Desa Sukamanah  2. Desa Cibodas  3. Desa Sindangjaya  4. Desa Mekarsari
          5. Desa Cikancana  6. Desa Ciherang  7. Desa Sukamulya  8. Desa Gekbrong
          9. Desa Batulawang  10. Desa Cipanas
KEDUA   : Desa percontohan menerapkan layanan surat-menyurat desa secara online, website desa dan
          pembayaran PBB melalui agen desa.
KETIGA  : Dinas melakukan pembinaan dan evaluasi setiap triwulan.

Ditetapkan di Cianjur
Kepala Dinas,
""",
        bentuk="pelayanan_publik",
        urusan="desa",
        jenis="digital",
        nama="DEDI CIANJUR",
        opd="Dinas Pemberdayaan Masyarakat dan Desa",
        pemda="Kabupaten Cianjur",
        ind={"regulasi": 1},
    ),
    doc(
        "sk-kadinsos-dtks-mandiri-surabaya",
        "regulasi",
        """
KEPUTUSAN KEPALA DINAS SOSIAL KOTA SURABAYA
NOMOR 400.9/1187/436.7.8/2024
TENTANG TIM VERIFIKASI DAN VALIDASI "DTKS MANDIRI"

Menimbang : bahwa warga dapat mengusulkan diri atau memperbarui data kesejahteraan sosial melalui aplikasi
DTKS Mandiri, sehingga usulan tersebut perlu diverifikasi lapangan oleh tim;

MEMUTUSKAN
KESATU : Membentuk Tim Verifikasi dan Validasi DTKS Mandiri terdiri atas 1 orang ketua, 1 orang sekretaris
dan 20 orang verifikator lapangan (Pendamping Sosial/TKSK) sebagaimana Lampiran.
KEDUA  : Tim wajib menyelesaikan verifikasi paling lambat 14 hari sejak usulan masuk.
KETIGA : Segala biaya dibebankan pada DPA Dinas Sosial T.A. 2024.

Surabaya, 15 Februari 2024
Kepala Dinas Sosial
""",
        bentuk="pelayanan_publik",
        urusan="sosial",
        jenis="digital",
        nama="DTKS MANDIRI",
        opd="Dinas Sosial",
        pemda="Kota Surabaya",
        ind={"regulasi": 1, "sdm": 2, "pelaksana": 2},
    ),
    doc(
        "perwali-katana-bima",
        "regulasi",
        """
PERATURAN WALI KOTA BIMA
NOMOR 19 TAHUN 2022
TENTANG
KELURAHAN TANGGUH BENCANA (KATANA)

Menimbang : bahwa Kota Bima rawan banjir bandang sebagaimana kejadian Desember 2016, sehingga perlu
membangun ketangguhan di tingkat kelurahan;

BAB II
Pasal 4
(1) Setiap kelurahan rawan bencana membentuk Forum KATANA yang terdiri dari unsur kelurahan, tokoh
    masyarakat, pemuda, relawan dan dunia usaha.
(2) Forum KATANA menyusun peta risiko, jalur evakuasi dan rencana kontinjensi kelurahan.
Pasal 5
Badan Penanggulangan Bencana Daerah melaksanakan pelatihan dan simulasi paling sedikit 1 kali setahun.

Ditetapkan di Raba-Bima
""",
        bentuk="urusan_lainnya",
        urusan="trantibum",
        jenis="non_digital",
        nama="KATANA",
        opd="Badan Penanggulangan Bencana Daerah",
        pemda="Kota Bima",
        ind={"regulasi": 2},
    ),
    doc(
        "sk-kabappeda-emusrenbang-kubu-raya",
        "regulasi",
        """
KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH
KABUPATEN KUBU RAYA
NOMOR 050/ 44 /BAPPEDA/2024
TENTANG TIM PENGELOLA APLIKASI E-MUSRENBANG

KESATU : Membentuk Tim Pengelola e-Musrenbang dengan tugas:
 a. mengelola akun operator desa dan kecamatan;
 b. memverifikasi usulan yang diinput desa agar sesuai nomenklatur SIPD;
 c. menyusun rekap usulan untuk forum perangkat daerah.
KEDUA : Susunan tim:
 Pengarah : Kepala Bappeda
 Ketua : Kabid Perencanaan, Pengendalian dan Evaluasi
 Anggota : 1. Hendri, S.T. 2. Yuliana, S.E. 3. Agus Salim, S.Kom 4. Rina Marlina 5. Deni Saputra
KETIGA : Berlaku sejak ditetapkan.
""",
        bentuk="tata_kelola",
        urusan="perencanaan",
        jenis="digital",
        nama="E-MUSRENBANG",
        opd="Badan Perencanaan Pembangunan Daerah",
        pemda="Kabupaten Kubu Raya",
        ind={"regulasi": 1, "sdm": 1, "pelaksana": 2},
    ),
    doc(
        "sk-kadiskop-klinik-umkm-lamongan",
        "regulasi",
        """
KEPUTUSAN KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN LAMONGAN
Nomor : 188/ 21 /413.115/2023
tentang
Penyelenggaraan Klinik UMKM "KLIK UMKM"

Kepala Dinas Koperasi dan Usaha Mikro,

Menimbang : a. bahwa pelaku usaha mikro membutuhkan konsultasi perizinan (NIB, PIRT, halal), kemasan dan
               pemasaran; b. bahwa perlu ditetapkan penyelenggaraan Klinik UMKM;

MEMUTUSKAN
KESATU  : Menyelenggarakan KLIK UMKM di Gedung PLUT Lamongan setiap hari Senin-Jumat 08.00-15.00.
KEDUA   : Layanan meliputi konsultasi, pendampingan NIB, sertifikasi halal gratis, foto produk.
KETIGA  : Konsultan PLUT dan pegawai dinas sebagai pelaksana.
""",
        bentuk="pelayanan_publik",
        urusan="ukm",
        jenis="non_digital",
        nama="KLIK UMKM",
        opd="Dinas Koperasi dan Usaha Mikro",
        pemda="Kabupaten Lamongan",
        ind={"regulasi": 1},
    ),
    doc(
        "kepgub-sesiab-sulteng",
        "regulasi",
        """
KEPUTUSAN GUBERNUR SULAWESI TENGAH
NOMOR 420/ 318 /DISDIK-G.ST/2023
TENTANG
PENETAPAN SEKOLAH SIAGA BENCANA (SESIAB) PADA SMA/SMK NEGERI DI SULAWESI TENGAH

GUBERNUR SULAWESI TENGAH,
Menimbang : bahwa pengalaman gempa, tsunami dan likuefaksi 28 September 2018 menunjukkan pentingnya
kesiapsiagaan warga sekolah;

MEMUTUSKAN:
KESATU : Menetapkan 36 SMA/SMK Negeri sebagaimana Lampiran sebagai Sekolah Siaga Bencana (SESIAB).
KEDUA  : SESIAB wajib memiliki jalur evakuasi, titik kumpul, tim siaga sekolah dan melaksanakan simulasi
         evakuasi 2 kali setahun bersama BPBD Provinsi.
KETIGA : Dinas Pendidikan dan BPBD melakukan pembinaan.

Ditetapkan di Palu
GUBERNUR SULAWESI TENGAH,
""",
        urusan="pendidikan",
        also=["trantibum"],
        jenis="non_digital",
        nama="SESIAB",
        opd="Dinas Pendidikan",
        pemda="Provinsi Sulawesi Tengah",
        ind={"regulasi": 2},
        tags=["two_sector"],
    ),
    doc(
        "draft-kepbup-puspaga-keliling-sragen",
        "regulasi",
        """
DRAFT / RANCANGAN - BELUM DITANDATANGANI

KEPUTUSAN BUPATI SRAGEN
NOMOR ..... TAHUN 2025
TENTANG
PENETAPAN INOVASI PUSPAGA KELILING (PUSAT PEMBELAJARAN KELUARGA KELILING)

Menimbang : bahwa konseling pengasuhan bagi keluarga di desa perlu didekatkan melalui PUSPAGA Keliling;

MEMUTUSKAN
KESATU : Menetapkan PUSPAGA Keliling sebagai inovasi daerah Kabupaten Sragen.
KEDUA  : Dinas Pemberdayaan Perempuan dan Perlindungan Anak melaksanakan ...

(catatan bag. hukum: rancangan masih dalam harmonisasi, mohon dilengkapi konsiderans dan lampiran jadwal
kunjungan sebelum diajukan ke Bupati)
""",
        urusan="pppa",
        jenis="non_digital",
        nama="PUSPAGA KELILING",
        opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Sragen",
        neg=["regulasi"],
        tags=["negation", "short"],
    ),
    # ---------------------------------------------------------------- surat tugas / perintah
    doc(
        "sprint-puskesmas-terapung-kotabaru",
        "surat_tugas",
        """
PEMERINTAH KABUPATEN KOTABARU
DINAS KESEHATAN
UPTD PUSKESMAS SUNGAI DURIAN

SURAT PERINTAH TUGAS
Nomor : 094/ 051 /PKM-SD/III/2024

Dasar : 1. DPA Puskesmas Sungai Durian sub kegiatan pelayanan kesehatan bergerak T.A. 2024
        2. Jadwal pelayanan Puskesmas Terapung bulan Maret 2024

MEMERINTAHKAN
Kepada :
1. dr. Fadli Rahman           - Dokter
2. Bd. Aisyah, A.Md.Keb       - Bidan
3. Norhayati, A.Md.Kep        - Perawat
4. Siti Rahmah, A.Md.Farm     - Petugas farmasi
5. Juliansyah                 - Petugas lab sederhana
6. Iwan                       - Motoris perahu
7. Saiful                     - ABK

Untuk : Melaksanakan pelayanan PUSKESMAS TERAPUNG ke desa-desa pesisir Pulau Laut Barat (Tanjung Lalak,
Teluk Aru, Tanjung Kunyit) tanggal 11 s.d. 14 Maret 2024, dan melaporkan hasilnya kepada Kepala Puskesmas.

Sungai Durian, 8 Maret 2024
Kepala UPTD Puskesmas,
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PUSKESMAS TERAPUNG",
        opd="UPTD Puskesmas Sungai Durian",
        pemda="Kabupaten Kotabaru",
        ind={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "st-duta-literasi-digital-tasik",
        "surat_tugas",
        """
PEMERINTAH KABUPATEN TASIKMALAYA
DINAS PENDIDIKAN

SURAT TUGAS
No. 800/ 1456 /Disdik/2024

Kepala Dinas Pendidikan Kab. Tasikmalaya menugaskan guru-guru yang namanya tercantum di bawah ini sebagai
DUTA LITERASI DIGITAL tingkat kecamatan:

1. Asep Saepudin, S.Pd (SDN 1 Singaparna)      13. Lilis Suryani, S.Pd (SDN Cikatomas)
2. Euis Nurhasanah, S.Pd (SDN 2 Manonjaya)     14. Dadan Hamdani, S.Pd (SMPN 1 Sukaraja)
3. Yayan Ruhiyat, S.Pd.I (SDN Ciawi)           15. Rina Rosita, S.Pd (SMPN 2 Cibalong)
4. Nenden Sri, S.Pd (SMPN 1 Salawu)            16. Ujang Komarudin, S.Pd (SDN Pancatengah)
5. Iwan Ridwan, S.Pd (SDN Karangnunggal)       17. Teti Rohaeti, S.Pd (SDN Cipatujah)
6. Ai Siti Maryam, S.Pd (SDN Bojonggambir)     18. Jajang Nurjaman, S.Pd (SMPN 3 Taraju)
7. Deden Sutisna, S.Pd (SMPN 1 Leuwisari)      19. Neneng Hasanah, S.Pd (SDN Sodonghilir)
8. Yeni Marlina, S.Pd (SDN Sariwangi)          20. Cecep Supriatna, S.Pd (SDN Parungponteng)
9. Hendi Suhendi, S.Pd (SDN Jamanis)           21. Eti Herawati, S.Pd (SMPN 1 Bantarkalong)
10. Popon Rohmah, S.Pd (SDN Cigalontang)       22. Rudi Setiawan, S.Pd (SDN Culamega)
11. Agus Rahmat, S.Pd (SMPN 2 Rajapolah)       23. Siti Nurjanah, S.Pd (SDN Bantarkalong)
12. Wawan Gunawan, S.Pd (SDN Puspahiang)       24. Dede Kurniawan, S.Pd (SMPN 1 Cineam)

untuk mendampingi guru di gugusnya memanfaatkan platform Merdeka Mengajar dan akun belajar.id, selama
tahun pelajaran 2024/2025.

Singaparna, 15 Juli 2024
Kepala Dinas Pendidikan
""",
        urusan="pendidikan",
        jenis="digital",
        nama="DUTA LITERASI DIGITAL",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Tasikmalaya",
        ind={"sdm": 2, "pelaksana": 2},
    ),
    doc(
        "sprint-bupati-mpp-badung",
        "surat_tugas",
        """
BUPATI BADUNG

SURAT PERINTAH
Nomor : 800/ 0172 /Org/2024

Dasar : Peraturan Bupati Badung Nomor 8 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik

MEMERINTAHKAN:
Kepada : Nama-nama sebagaimana daftar di bawah ini

No Nama                          Instansi                                    Tugas
1  I Made Sutama, S.H.           DPMPTSP                                     Koordinator MPP
2  Ni Luh Putu Ariani, S.E.      DPMPTSP                                     Sekretariat
3  I Ketut Widana                Disdukcapil                                 Petugas gerai
4  Ni Made Sri Wahyuni           Disdukcapil                                 Petugas gerai
5  I Wayan Gede Astawa           Bapenda                                     Petugas gerai PBB/BPHTB
6  Ni Kadek Ayu Lestari          Bapenda                                     Petugas gerai
7  I Nyoman Suarjana             Dinas Kesehatan                             Gerai izin tenaga kesehatan
8  Kadek Dwi Pranata             Dinas Perhubungan                           Gerai uji KIR
9  Ni Wayan Kartini              Bagian Organisasi Setda                     Pemantau mutu layanan
10 I Putu Eka Saputra            Diskominfo                                  Admin antrian online
11 Gusti Ayu Made Rai            DPMPTSP                                     Helpdesk
12 I Gede Wirawan                DPMPTSP                                     Helpdesk

Untuk : Melaksanakan tugas pelayanan pada Mal Pelayanan Publik Kabupaten Badung di Mangupraja Mandala
        terhitung sejak 1 Februari 2024 sampai dengan 31 Desember 2024.

Dikeluarkan di Mangupura
BUPATI BADUNG,
""",
        bentuk="pelayanan_publik",
        urusan="penanaman_modal",
        nama="Mal Pelayanan Publik",
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        pemda="Kabupaten Badung",
        ind={"sdm": 2, "pelaksana": 3, "jejaring": 3},
    ),
    doc(
        "st-camat-fasilitator-sipades-blora",
        "surat_tugas",
        """
PEMERINTAH KABUPATEN BLORA
KECAMATAN NGAWEN

SURAT TUGAS
Nomor : 090/ 87 /2024

Yang bertanda tangan di bawah ini Camat Ngawen menugaskan kepada:
1. Sutrisno, S.Sos - Kasi Pemerintahan
2. Dwi Lestari - Staf Kasi PMD
3. Anang Prasetyo - Pendamping Lokal Desa
4. Yuni Astuti, A.Md - Operator kecamatan
5. Bambang S. - staf

Untuk : melakukan pendampingan kepada operator 29 desa dalam penginputan data aset dan penatausahaan
barang milik desa pada aplikasi SIPADES, mulai 5 s/d 23 Agustus 2024 sesuai jadwal terlampir.

Demikian surat tugas ini untuk dilaksanakan dengan penuh tanggung jawab.
Ngawen, 1 Agustus 2024
CAMAT NGAWEN
""",
        bentuk="tata_kelola",
        urusan="desa",
        jenis="digital",
        nama="SIPADES",
        opd="Kecamatan Ngawen",
        pemda="Kabupaten Blora",
        ind={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "st-kusuka-jemput-bola-indramayu",
        "surat_tugas",
        """
DINAS PERIKANAN DAN KELAUTAN KABUPATEN INDRAMAYU
SURAT TUGAS
Nomor: 523/ 733 /Diskanla

Menugaskan:
1. Casmadi, S.Pi (Penyuluh Perikanan Kec. Karangsong)
2. Warsini, A.Md (Penyuluh Kec. Eretan)
3. Tarmidi (Petugas pendataan)
4. Ahmad Fauzi (Petugas pendataan)

Untuk melaksanakan KUSUKA JEMPUT BOLA (pendaftaran Kartu Pelaku Usaha Kelautan dan Perikanan langsung di
TPI dan dermaga) pada 3-7 Juni 2024, membawa laptop, printer kartu dan formulir.

Indramayu, 31 Mei 2024
Kepala Dinas
""",
        bentuk="pelayanan_publik",
        urusan="kelautan_perikanan",
        jenis="non_digital",
        nama="KUSUKA JEMPUT BOLA",
        opd="Dinas Perikanan dan Kelautan",
        pemda="Kabupaten Indramayu",
        ind={"sdm": 1, "pelaksana": 2},
        tags=["short"],
    ),
    doc(
        "sprint-satpol-patroli-sigap-denpasar",
        "surat_tugas",
        """
PEMERlNTAH KOTA DENPASAR
SATUAN POLISl PAMONG PRAJA
SURAT PERlNTAH
Nomor : 800/ 311 /SatpoIPP/2024

Dasar : a. Perwali Denpasar tentang Penyelenggaraan Ketertiban Umum;
        b. Program PATROLl SlGAP (Siaga Gangguan Ketertiban) respons cepat laporan warga.

MEMERlNTAHKAN
Kepada : 1. I Made Ardana        - Danru I
         2. Ketut Sudira          - Anggota
         3. Wayan Sukerta         - Anggota
         4. Komang Adi Putra      - Anggota
         5. Gede Mahendra         - Danru II
         6. Putu Arya Wiguna      - Anggota
         7. Nyoman Sadra          - Anggota
         8. Kadek Suryawan        - Anggota
         9. Made Dwi Antara       - Danru III
        10. Ketut Budiarta        - Anggota
        11. I Wayan Merta         - Anggota
Untuk  : me1aksanakan patroli dan respons laporan warga 1x24 jam secara bergiliran tiga regu, bulan Apri1
         2024.
Denpasar, 28 Maret 2024
Kepala Satuan Po1isi Pamong Praja
""",
        bentuk="pelayanan_publik",
        urusan="trantibum",
        jenis="non_digital",
        nama="PATROLI SIGAP",
        opd="Satuan Polisi Pamong Praja",
        pemda="Kota Denpasar",
        ind={"sdm": 2, "pelaksana": 2},
        tags=["ocr_noise"],
    ),
    doc(
        "st-operator-command-center-banyuwangi",
        "surat_tugas",
        """
DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN KAB. BANYUWANGI

SURAT TUGAS Nomor 094/ 1189 /429.114/2024

Kepala Dinas Kominfo dan Persandian menugaskan:
- Rizky Pratama, S.Kom : shift pagi, supervisor
- Dewi Anggraini : shift pagi
- Fajar Nugroho : shift siang, supervisor
- Ayu Rahmawati : shift siang
- Bayu Setiawan : shift malam, supervisor
- Eko Wahyudi : shift malam
- Intan Permatasari : admin media sosial
- Hendra : teknisi jaringan

sebagai operator BANYUWANGI COMMAND CENTER (pemantauan CCTV, aduan warga via WA 0811-xxxx, dan
integrasi data layanan darurat) periode Juli-Desember 2024.
""",
        bentuk="pelayanan_publik",
        urusan="kominfo",
        jenis="digital",
        nama="BANYUWANGI COMMAND CENTER",
        opd="Dinas Komunikasi, Informatika dan Persandian",
        pemda="Kabupaten Banyuwangi",
        ind={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "st-bpsdm-bimtek-asn-cerdas",
        "surat_tugas",
        """
PEMERINTAH PROVINSI JAWA TENGAH
BADAN PENGEMBANGAN SUMBER DAYA MANUSIA DAERAH

SURAT TUGAS
Nomor : 000.1.2/ 0552 /2024

Menindaklanjuti undangan Lembaga Administrasi Negara tentang Bimbingan Teknis Pengelolaan Learning
Management System, Kepala BPSDMD Provinsi Jawa Tengah menugaskan:
1. Arif Budiman, S.Kom, M.T. - Admin LMS ASN CERDAS
2. Wulan Sari, S.Pd - Widyaiswara, pengembang konten e-learning
3. Tri Handayani, S.E. - Pengelola data peserta
4. Galih Wicaksono - Teknisi

untuk mengikuti Bimtek dimaksud pada 20-22 Mei 2024 di Jakarta, agar pengelolaan e-learning ASN CERDAS
semakin baik. Biaya perjalanan dibebankan pada DPA BPSDMD T.A. 2024.

Semarang, 14 Mei 2024
Kepala Badan
""",
        bentuk="tata_kelola",
        urusan="diklat",
        jenis="digital",
        nama="ASN CERDAS",
        opd="Badan Pengembangan Sumber Daya Manusia Daerah",
        pemda="Provinsi Jawa Tengah",
        ind={"bimtek": 1},
    ),
    doc(
        "sprint-sanggar-budaya-keliling-gianyar",
        "surat_tugas",
        """
SURAT PERINTAH TUGAS
Nomor: 430/ 226 /Disbud
Kepala Dinas Kebudayaan Kabupaten Gianyar

MEMERINTAHKAN:
Kepada : 1. I Wayan Sudiarta, S.Sn (Pamong budaya, penanggung jawab)
         2. Ni Ketut Sriasih (pelatih tari)
         3. I Made Suyasa (pelatih gamelan)
         4. I Nyoman Widana (pelatih tabuh)
         5. Ni Putu Suardani (penulis lontar/aksara Bali)
         6. I Ketut Darma (sopir)
Untuk : Melaksanakan program SANGGAR BUDAYA KELILING, melatih tari, tabuh dan aksara Bali bagi anak-anak di
        banjar-banjar Kec. Payangan dan Tegallalang setiap Minggu selama Juni-Agustus 2024.
""",
        bentuk="urusan_lainnya",
        urusan="kebudayaan",
        jenis="non_digital",
        nama="SANGGAR BUDAYA KELILING",
        opd="Dinas Kebudayaan",
        pemda="Kabupaten Gianyar",
        ind={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "st-kelas-bumil-malam-singkil",
        "surat_tugas",
        """
SURAT TUGAS No. 440/067/PKM-SGL/2024
Kepala Puskesmas Singkil menugaskan Bd. Rosnani dan Bd. Cut Nurul untuk melaksanakan Kelas Ibu Hamil
Malam (KELAMBU) bagi ibu hamil yang bekerja siang hari, setiap Kamis pukul 19.30-21.00 di Polindes Pulo
Sarok, bulan Juli 2024.
Singkil, 1 Juli 2024
Kepala Puskesmas
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        nama="KELAMBU",
        opd="Puskesmas Singkil",
        pemda="Kabupaten Aceh Singkil",
        ind={"sdm": 1, "pelaksana": 2},
        tags=["short"],
    ),
    doc(
        "st-agen-statistik-desa-sinjai",
        "surat_tugas",
        """
DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN
KABUPATEN SINJAI

SURAT TUGAS
nomor : 500.12/ 402 /DKISP/2024

Dasar: Nota Kesepakatan Pemkab Sinjai dengan BPS Kab. Sinjai tentang Satu Data Desa.

Menugaskan 12 orang Agen Statistik Desa berikut:
1) Muh. Akbar (Desa Aska)       2) Nurhidayah (Desa Bonto Salama)   3) Ridwan (Desa Tompobulu)
4) Sitti Aminah (Desa Lembang)  5) Hamka (Desa Saotanre)            6) Rosmini (Desa Kalobba)
7) Arifin (Desa Bijinangka)     8) Rahmatia (Desa Sanjai)           9) Syamsul (Desa Bulu Kamase)
10) Fitriani (Desa Pattongko)   11) Jamal (Desa Gunung Perak)       12) Haslinda (Desa Saukang)

Untuk: memutakhirkan data profil desa (penduduk, sarana, potensi) pada aplikasi SIDAKEP dan mengikuti
pembinaan dari BPS, Agustus-Oktober 2024.
""",
        bentuk="tata_kelola",
        urusan="statistik",
        also=["desa"],
        jenis="digital",
        nama="SIDAKEP",
        opd="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        pemda="Kabupaten Sinjai",
        ind={"sdm": 2, "pelaksana": 2},
        tags=["two_sector"],
    ),
    doc(
        "st-tera-ulang-keliling-jepara",
        "surat_tugas",
        """
PEMERINTAH KABUPATEN JEPARA
DINAS KOPERASI, UKM, TENAGA KERJA DAN TRANSMIGRASI - UPT METROLOGI LEGAL
(catatan: urusan perdagangan/metrologi)

SURAT TUGAS
Nomor: 510/ 96 /UPT-ML/2024

Kepala UPT Metrologi Legal menugaskan:
1. Slamet Riyadi, S.T. - Penera Ahli
2. Sri Handayani - Penera Terampil
3. Muh. Kholil - Penera Terampil
4. Nur Said - Pengamat Tera
5. Joko - Pengemudi
6. Ahmad Rofiq - Pencatat

Untuk melaksanakan TERA ULANG KELILING timbangan pedagang di Pasar Pecangaan, Pasar Mayong dan Pasar
Bangsri tanggal 15-17 Oktober 2024 (pedagang tidak perlu datang ke kantor UPT).
""",
        bentuk="pelayanan_publik",
        urusan="perdagangan",
        jenis="non_digital",
        nama="TERA ULANG KELILING",
        opd="UPT Metrologi Legal",
        pemda="Kabupaten Jepara",
        ind={"sdm": 1, "pelaksana": 2},
    ),
]
