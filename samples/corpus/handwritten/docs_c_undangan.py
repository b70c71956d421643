"""Hand-written invitations, attendance lists, minutes, and certificates / charters."""

from common import doc

DOCS = [
    doc(
        "undangan-bimtek-si-rujak-gowa",
        "undangan_daftar_hadir",
        """
PEMERINTAH KABUPATEN GOWA
DINAS KESEHATAN

Sungguminasa, 12 Agustus 2024
Nomor   : 400.7/ 1520 /Dinkes
Lamp.   : 1 lembar
Perihal : Undangan Bimtek Aplikasi SI-RUJAK

Kepada Yth.
Kepala Puskesmas se-Kabupaten Gowa
di-
   Tempat

Dengan hormat, dalam rangka penerapan SI-RUJAK (Sistem Informasi Rujukan Kehamilan) yang menghubungkan
bidan desa, Puskesmas PONED dan RSUD Syekh Yusuf, bersama ini kami mengundang Bapak/Ibu menugaskan 1 (satu)
bidan koordinator untuk mengikuti Bimbingan Teknis pada:

Hari/Tanggal : Selasa, 20 Agustus 2024
Pukul        : 08.30 Wita s/d selesai
Tempat       : Aula Dinas Kesehatan Kab. Gowa
Acara        : Bimtek penginputan dan monitoring rujukan ibu hamil risiko tinggi

Peserta diharapkan membawa laptop/HP android. Atas perhatiannya diucapkan terima kasih.

Kepala Dinas Kesehatan
\f
DAFTAR HADIR
BIMTEK APLIKASI SI-RUJAK
Selasa, 20 Agustus 2024 - Aula Dinkes Gowa

NO | NAMA                  | JABATAN / INSTANSI             | NO HP        | TANDA TANGAN
1  | Bd. Hasnawati         | Bidan Koord. PKM Bajeng        | 0813xxxx     | 1. ttd
2  | Bd. Sitti Nurbaya     | Bidan Koord. PKM Pallangga     | 0852xxxx     |      2. ttd
3  | Bd. Rahmawati         | Bidan Koord. PKM Bontonompo    | 0821xxxx     | 3. ttd
4  | Bd. Andi Nurhayati    | Bidan Koord. PKM Tinggimoncong | 0812xxxx     |      4. ttd
5  | Bd. Megawati          | Bidan Koord. PKM Bungaya       | 0853xxxx     | 5. ttd
6  | Bd. Suriani           | Bidan Koord. PKM Parangloe     | 0813xxxx     |      6. ttd
7  | Bd. Fatmawati         | Bidan Koord. PKM Tompobulu     | 0823xxxx     | 7. ttd
8  | Bd. Kartini           | PONEK RSUD Syekh Yusuf         | 0811xxxx     |      8. ttd
9  | Ns. Ilham             | Seksi Kesga Dinkes             | 0852xxxx     | 9. ttd
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="SI-RUJAK",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Gowa",
        ind={"bimtek": 1},
    ),
    doc(
        "daftar-hadir-rembug-lumbung-karangrejo",
        "undangan_daftar_hadir",
        """
DAFTAR HADIR
REMBUG WARGA PEMBENTUKAN LUMBUNG PANGAN DESA KARANGREJO
Hari/tgl : Minggu Pon, 3 Maret 2024      Tempat : Balai Desa Karangrejo, Kec. Borobudur

No  Nama                   Alamat/Lembaga                         Ttd
1.  Sugiyanto              Kepala Desa Karangrejo                 ...
2.  Mbah Parjo             Ketua Gapoktan Ngudi Rejeki            ...
3.  Siti Muslimah          Ketua TP PKK Desa                      ...
4.  Wahyu Hidayat          Direktur BUMDes Karang Mulyo           ...
5.  Dr. Endang Sulastri    Dosen Fak. Pertanian UNS (pendamping)  ...
6.  Rizal                  Mahasiswa KKN UNS                      ...
7.  Ngatini                Kelompok Wanita Tani Melati            ...
8.  Suparman               Ketua RW 03                            ...
9.  Darmaji                BPD                                    ...
10. Kasno                  petani                                 ...
11. Paiman                 petani                                 ...
12. Tukiyem                pedagang pasar                         ...

Catatan: disepakati lumbung dikelola BUMDes, iuran gabah 10 kg per KK saat panen.
""",
        urusan="desa",
        jenis="non_digital",
        tahapan="inisiatif",
        inisiator="masyarakat",
        nama="Lumbung Pangan Desa Karangrejo",
        opd="Pemerintah Desa Karangrejo",
        pemda="Kabupaten Magelang",
        ind={"aktor": 2},
    ),
    doc(
        "notulen-fgd-sekolah-tanpa-pr-sidoarjo",
        "undangan_daftar_hadir",
        """
NOTULEN
FGD PERANCANGAN INOVASI "SETARA" (SEKOLAH TANPA PR, BELAJAR BERSAMA KELUARGA)

Hari, tanggal : Kamis, 16 November 2023
Waktu         : 09.00 - 12.15 WIB
Tempat        : Ruang Rapat Dinas Pendidikan Kab. Sidoarjo
Pimpinan rapat: Sekretaris Dinas Pendidikan
Notulis       : Lailatul Fitria

Peserta : Kabid Pembinaan SD, Kabid SMP, 6 kepala sekolah, perwakilan Dewan Pendidikan, 2 orang ketua komite
sekolah, dosen psikologi pendidikan UMSIDA, wartawan Radar Sidoarjo.

Jalannya rapat:
1. Pembukaan oleh Sekdin: banyak keluhan orang tua soal PR yang menumpuk, anak stres, orang tua tidak bisa
   mendampingi karena bekerja.
2. Paparan konsep oleh Kabid SD: PR diganti "kegiatan bersama keluarga" 1x seminggu (memasak, berkebun,
   membaca bersama), dilaporkan lewat foto di grup kelas.
3. Tanggapan:
   - Dosen UMSIDA: perlu instrumen ukur keterlibatan orang tua sebelum-sesudah.
   - Komite SDN Pucang: setuju, tapi guru jangan menambah jam tatap muka.
   - Kepsek SMPN 2: untuk SMP sulit total tanpa PR, usul uji coba dulu di SD.
4. Kesimpulan: uji coba di 10 SD semester genap 2023/2024, Kabid SD menyusun juknis.

Sidoarjo, 16 November 2023
Notulis, ttd
""",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="inisiatif",
        inisiator="opd",
        nama="SETARA",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Sidoarjo",
        ind={"aktor": 2},
    ),
    doc(
        "undangan-mop-keliling-lumajang",
        "undangan_daftar_hadir",
        """
UNDANGAN

Nomor : 005/ 387 /427.57/2024
Kepada Yth. 1. Camat Pasirian  2. Kepala Puskesmas Pasirian  3. PKB/PLKB Kec. Pasirian
            4. Kepala Desa se-Kec. Pasirian

Dalam rangka SOSIALISASI "MOP KELILING" (pelayanan KB pria metode operasi pria dengan tim bergerak yang
datang ke desa), kami mengundang Bapak/Ibu untuk hadir pada:

  hari/tgl : Rabu, 5 Juni 2024
  jam      : 09.00 WIB
  tempat   : Pendopo Kecamatan Pasirian
  acara    : Sosialisasi dan pendaftaran calon akseptor MOP

Mohon Kepala Desa mengajak minimal 3 calon akseptor pria.

Kepala Dinas Pengendalian Penduduk dan KB
""",
        bentuk="pelayanan_publik",
        urusan="kb",
        jenis="non_digital",
        nama="MOP KELILING",
        opd="Dinas Pengendalian Penduduk dan KB",
        pemda="Kabupaten Lumajang",
    ),
    doc(
        "daftar-hadir-rapat-singkat",
        "undangan_daftar_hadir",
        """
DAFTAR HADIR RAPAT
Hari/tgl: Senin 4-3-2024   Tempat: R. rapat lt 2

No  Nama           Jabatan        Tanda Tangan
1   Suharti        Kasubag Umum   ttd
2   Budi S.        Kasi Yanmas    ttd
3   Ernawati       Staf           ttd
4   Rohman         Staf           ttd
5   Dimas          Operator       -
""",
        tags=["short"],
    ),
    doc(
        "undangan-musrenbang-desa-tegalrejo",
        "undangan_daftar_hadir",
        """
PEMERINTAH DESA TEGALREJO
KECAMATAN GONDANG, KABUPATEN SRAGEN

Tegalrejo, 8 Januari 2024
Nomor : 005/ 04 /2024
Hal   : Undangan Musyawarah Perencanaan Pembangunan Desa (Musrenbangdes)

Kepada Yth : Ketua BPD, Ketua RT/RW, Ketua PKK, Ketua Karang Taruna, Ketua Gapoktan, Tokoh Masyarakat, Bidan
             Desa, Kepala SD se-Desa Tegalrejo

Mengharap kehadiran Bapak/Ibu/Sdr pada :
  Hari, tanggal : Sabtu, 13 Januari 2024
  Pukul : 19.30 WIB
  Tempat : Pendopo Balai Desa
  Acara : Musrenbangdes penyusunan RKP Desa Tahun 2025

Mengingat pentingnya acara, dimohon hadir tepat waktu. Atas kehadirannya diucapkan terima kasih.

Kepala Desa Tegalrejo
ttd
SUKARNO
""",
        urusan="desa",
        pemda="Kabupaten Sragen",
        opd="Pemerintah Desa Tegalrejo",
    ),
    doc(
        "undangan-rakor-coe-online-samosir",
        "undangan_daftar_hadir",
        """
DINAS PARIWISATA KABUPATEN SAMOSIR

Pangururan, 2 Februari 2024
Nomor: 556/ 58 /Dispar/2024
Perihal: Rapat Koordinasi Kalender Event Online (KEON) 2024

Kepada Yth. Pengelola destinasi, Ketua PHRI, Ketua ASITA, Pokdarwis se-Kab. Samosir

Sehubungan dengan akan diluncurkannya KEON, aplikasi kalender event wisata Samosir yang bisa diisi langsung
oleh penyelenggara event dan memuat tiket online, kami mengundang Saudara pada:
 Hari/Tgl : Kamis, 8 Februari 2024
 Pukul    : 14.00 WIB
 Tempat   : Aula Dinas Pariwisata
 Acara    : 1. Pengenalan aplikasi KEON; 2. Input event tahun 2024 (Horas Samosir Fiesta, Festival
            Danau Toba, dll); 3. Pembagian akun penyelenggara

Kepala Dinas Pariwisata
""",
        bentuk="pelayanan_publik",
        urusan="pariwisata",
        jenis="digital",
        tahapan="uji_coba",
        nama="KEON",
        opd="Dinas Pariwisata",
        pemda="Kabupaten Samosir",
    ),
    doc(
        "invitation-kickoff-smart-city-semarang",
        "undangan_daftar_hadir",
        """
UNDANGAN / INVITATION

Kepada Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Kota Semarang

Perihal : Kick-off Meeting Implementasi "SEMARANG SMART CITY 2.0 - One Dashboard"

Dear all, dengan hormat kami mengundang Bapak/Ibu dalam kick-off meeting:

Date / Tanggal : Tuesday, 23 April 2024
Time / Pukul   : 09.00 - 12.00 WIB
Venue / Tempat : Command Room Diskominfo, Gedung Moch. Ichsan lt. 5
Agenda         :
  1. Opening remarks - Sekretaris Daerah
  2. Project overview & timeline (Diskominfo + vendor)
  3. Data integration roadmap: API tiap OPD ke One Dashboard
  4. Q&A, next steps

Dress code: batik. Please confirm attendance (RSVP) ke 0812-xxxx-xxxx (Sdri. Nadia) paling lambat 19 April.

Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian
""",
        bentuk="tata_kelola",
        urusan="kominfo",
        jenis="digital",
        tahapan="inisiatif",
        nama="SEMARANG SMART CITY 2.0",
        opd="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        pemda="Kota Semarang",
        tags=["english_mixed"],
    ),
    doc(
        "undangan-daftar-hadir-sleman-csirt",
        "undangan_daftar_hadir",
        """
Nomor  : 005/ 0911
Hal    : Undangan Bimtek Penanganan Insiden Siber

Yth. Admin Website/Aplikasi Perangkat Daerah se-Kab. Sleman

Dalam rangka penguatan SLEMAN-CSIRT (tim tanggap insiden siber Pemkab Sleman) kami mengundang Saudara untuk
mengikuti bimtek pada Rabu, 17 Juli 2024 pukul 08.00 WIB di Ruang Sembada, materi: pelaporan insiden,
backup, hardening server, penggunaan sertifikat elektronik.

Kepala Dinas Kominfo
\f
DAFTAR HADIR BIMTEK SLEMAN-CSIRT, 17 JULI 2024

1. Yudha Pratama  - Disdukcapil     - ttd
2. Anisa R.       - Bapenda         - ttd
3. Wahyu          - RSUD Sleman     - ttd
4. Kurniawan      - DPMPTSP         - ttd
5. Lintang        - Dinas Pendidikan- ttd
6. Fikri          - Disnaker        - ttd
7. Yoga           - BKPP            - ttd
8. Desi           - Inspektorat     - ttd
""",
        bentuk="tata_kelola",
        urusan="persandian",
        jenis="digital",
        nama="SLEMAN-CSIRT",
        opd="Dinas Komunikasi dan Informatika",
        pemda="Kabupaten Sleman",
        ind={"bimtek": 1},
    ),
    doc(
        "daftar-hadir-pemuda-berdaya-pinrang",
        "undangan_daftar_hadir",
        """
DAFTAR HADIR PESERTA
PELATIHAN WIRAUSAHA MUDA "PEMUDA BERDAYA" ANGKATAN III
Dinas Kepemudaan dan Olahraga Kab. Pinrang
Tgl 22-24 Mei 2024, Hotel Grand Kalampa

No. | Nama Peserta        | Asal Kecamatan | Usaha yg dirintis     | Hari 1 | Hari 2 | Hari 3
1   | Muh. Ridwan         | Watang Sawitto | kopi kemasan          |  v     |  v     |  v
2   | Nurul Hikmah        | Paleteang      | kue kering            |  v     |  v     |  v
3   | Andi Fadel          | Suppa          | bengkel motor         |  v     |  -     |  v
4   | Sri Wahyuni         | Mattiro Bulu   | jahit                 |  v     |  v     |  v
5   | Rahmat              | Lanrisang      | ikan asin             |  v     |  v     |  v
6   | Ayu Lestari         | Cempa          | jualan online         |  v     |  v     |  -
...
35  | Irfan               | Lembang        | madu                  |  v     |  v     |  v

Mengetahui, Kabid Kepemudaan
""",
        bentuk="urusan_lainnya",
        urusan="pemuda_olahraga",
        jenis="non_digital",
        nama="PEMUDA BERDAYA",
        opd="Dinas Kepemudaan dan Olahraga",
        pemda="Kabupaten Pinrang",
    ),
    doc(
        "undangan-gemapatas-klaten",
        "undangan_daftar_hadir",
        """
KANTOR PERTANAHAN KABUPATEN KLATEN bersama PEMERINTAH KABUPATEN KLATEN
(Bagian Pemerintahan Setda)

UNDANGAN
Yth. Kepala Desa peserta PTSL 2024 (24 desa)

Dalam rangka Gerakan Masyarakat Pemasangan Tanda Batas (GEMAPATAS) dan persiapan Pendaftaran Tanah
Sistematis Lengkap (PTSL), kami mengundang Saudara beserta 1 orang perangkat (Kasi Pemerintahan) pada:

  Hari/tanggal : Senin, 26 Februari 2024
  Waktu        : 09.00 WIB s.d selesai
  Tempat       : Pendopo Pemkab Klaten
  Acara        : Pencanangan GEMAPATAS serentak, pembagian patok batas, penjelasan berkas PTSL

NB: Desa membawa daftar bidang tanah yang belum bersertipikat.
""",
        bentuk="pelayanan_publik",
        urusan="pertanahan",
        jenis="non_digital",
        nama="GEMAPATAS",
        opd="Bagian Pemerintahan Setda",
        pemda="Kabupaten Klaten",
    ),
    doc(
        "undangan-plts-atap-kantor-bantul",
        "undangan_daftar_hadir",
        """
Bantul, 30 September 2024

Nomor : 600.4/ 2214
Sifat : Segera
Perihal : Undangan Sosialisasi Gerakan "PLTS ATAP KANTOR"

Kepada Yth. Sekretaris/Kasubag Umum OPD di lingkungan Pemkab Bantul

Menindaklanjuti target efisiensi energi, Pemkab Bantul akan memasang PLTS atap di 15 gedung kantor secara
bertahap. Untuk itu kami mengundang Saudara pada:
hari/tanggal Kamis, 3 Oktober 2024 ; pukul 13.00 ; tempat Ruang Rapat Bappeda ; acara: paparan perhitungan
penghematan listrik, skema pemeliharaan, data tagihan listrik 12 bulan terakhir (mohon dibawa).

a.n. Sekretaris Daerah
Asisten Perekonomian dan Pembangunan
""",
        bentuk="tata_kelola",
        urusan="esdm",
        nama="PLTS ATAP KANTOR",
        pemda="Kabupaten Bantul",
        tahapan="inisiatif",
    ),
    doc(
        "daftar-hadir-posbindu-ocr-cilacap",
        "undangan_daftar_hadir",
        """
DAFTAR HADlR
P0SBINDU PTM "SEHAT LANSIA" DESA KARANGKANDRI
Bu1an : Juni 2024      Puskesmas Kesugihan ll

No   Nama           Umur  L/P   TD        GDS    Ttd/Cap jempo1
1    Sarinah        67    P     150/90    142    ~
2    Kartam         71    L     130/80    110    ~
3    Wagirah        64    P     170/100   201    ~
4    Tumiyem        69    P     120/80    98     ~
5    Darsono        73    L     140/90    -      ~
6    Misnem         66    P     160/90    187    ~
7    Rasiyem        62    P     1l0/70    105    ~
8    Sakimin        75    L     180/1OO   -      ~

Kader : 1. Tri Wu1andari  2. Suyatmi        Petugas PKM: Bd. Ika
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        nama="SEHAT LANSIA",
        opd="Puskesmas Kesugihan II",
        pemda="Kabupaten Cilacap",
        tags=["ocr_noise"],
    ),
    doc(
        "undangan-rapat-input-iid-brida-jember",
        "undangan_daftar_hadir",
        """
BADAN RISET DAN INOVASI DAERAH
KABUPATEN JEMBER

Nomor : 070/ 331 /35.09.413/2024
Perihal : Rapat Persiapan Penginputan Indeks Inovasi Daerah 2024

Yth. Admin inovasi perangkat daerah (sesuai lampiran)

Mengundang Saudara pada:
 Hari, tanggal : Jumat, 21 Juni 2024
 Pukul  : 08.00 - selesai
 Tempat : Ruang Rapat BRIDA
 Acara  : 1. Penjelasan perubahan indikator IID 2024; 2. Pembagian akun; 3. Klinik data dukung (SK,
          SOP, video, dll)

Mohon membawa laptop dan data dukung inovasi masing-masing.
Kepala BRIDA
""",
        urusan="litbang",
        opd="Badan Riset dan Inovasi Daerah",
        pemda="Kabupaten Jember",
        tags=["short"],
    ),
    # ---------------------------------------------------------------- sertifikat / piagam
    doc(
        "piagam-top-kipp-si-cepot",
        "sertifikat",
        """
PIAGAM PENGHARGAAN

KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI
REPUBLIK INDONESIA

diberikan kepada
RSUD KOTA BANDUNG
PEMERINTAH KOTA BANDUNG

atas inovasi
"SI CEPOT - Sistem Cepat Obat Tanpa Antre"

sebagai
TOP 45 INOVASI PELAYANAN PUBLIK
KOMPETISI INOVASI PELAYANAN PUBLIK (KIPP) TAHUN 2023

Jakarta, 12 Desember 2023
Menteri PANRB
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        nama="SI CEPOT",
        opd="RSUD Kota Bandung",
        pemda="Kota Bandung",
        tags=["short"],
    ),
    doc(
        "sertifikat-kelas-digital-guru-garut",
        "sertifikat",
        """
SERTIFIKAT
Nomor : 421/ 77-SERT/Disdik/2024

Diberikan kepada:
ENENG SITI HALIMAH, S.Pd.
SDN 2 Tarogong Kidul

Sebagai PESERTA
Pelatihan Pemanfaatan Aplikasi "KELAS DIGITAL GARUT" bagi Guru Sekolah Dasar
yang diselenggarakan oleh Dinas Pendidikan Kabupaten Garut
pada tanggal 4 - 6 Maret 2024, sebanyak 32 JP

Garut, 6 Maret 2024
Kepala Dinas Pendidikan
\f
STRUKTUR PROGRAM
1. Kebijakan pembelajaran digital ..................... 2 JP
2. Membuat kelas dan tugas di aplikasi ................ 8 JP
3. Bank soal & asesmen online ......................... 8 JP
4. Praktik mengajar dengan tablet ..................... 10 JP
5. Evaluasi ........................................... 4 JP
""",
        urusan="pendidikan",
        jenis="digital",
        nama="KELAS DIGITAL GARUT",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Garut",
        ind={"bimtek": 1},
    ),
    doc(
        "sertifikat-calistung-ceria-ende",
        "sertifikat",
        """
SERTIFIKAT

diberikan kepada
Maria Goreti Nona, S.Pd
(Guru Kelas I SDK Onekore 2)

telah mengikuti PELATIHAN METODE CALISTUNG CERIA
untuk guru kelas awal
diselenggarakan Dinas Pendidikan, Kepemudaan dan Olahraga Kab. Ende bersama INOVASI (Inovasi untuk Anak
Sekolah Indonesia)
Ende, 14-16 Agustus 2023 (30 JP)
""",
        urusan="pendidikan",
        jenis="non_digital",
        nama="CALISTUNG CERIA",
        opd="Dinas Pendidikan, Kepemudaan dan Olahraga",
        pemda="Kabupaten Ende",
        ind={"bimtek": 1},
        tags=["short"],
    ),
    doc(
        "piagam-juara-lomba-inovasi-desa-ngawi",
        "sertifikat",
        """
PIAGAM PENGHARGAAN
Nomor : 400.10/ 112 /404.201/2024

BUPATI NGAWI
memberikan penghargaan kepada
PEMERINTAH DESA SUKOREJO, KECAMATAN KEDUNGGALAR

sebagai
JUARA I LOMBA INOVASI DESA TINGKAT KABUPATEN NGAWI TAHUN 2024
dengan inovasi "GETUK" (Gerakan Tukar Sampah jadi Kebutuhan Pokok) yang dikelola BUMDes Sukorejo Makmur

Semoga menjadi motivasi untuk terus berinovasi membangun desa.

Ngawi, 17 Agustus 2024
BUPATI NGAWI
""",
        urusan="desa",
        jenis="non_digital",
        nama="GETUK",
        opd="Pemerintah Desa Sukorejo",
        pemda="Kabupaten Ngawi",
        tags=["short"],
    ),
    doc(
        "surat-pencatatan-ciptaan-sikeren",
        "sertifikat",
        """
REPUBLIK INDONESIA
KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA

SURAT PENCATATAN CIPTAAN

Dalam rangka pelindungan ciptaan di bidang ilmu pengetahuan, seni dan sastra berdasarkan Undang-Undang
Nomor 28 Tahun 2014 tentang Hak Cipta, dengan ini menerangkan:

Nomor dan tanggal permohonan : EC00202412345, 4 Maret 2024
Pencipta
  Nama   : Badan Riset dan Inovasi Daerah Kabupaten Bojonegoro
  Alamat : Jl. P. Mas Tumapel No. 1, Bojonegoro
Pemegang Hak Cipta : Pemerintah Kabupaten Bojonegoro
Jenis Ciptaan : Program Komputer
Judul Ciptaan : SIKEREN (Sistem Informasi Kelitbangan dan Riset Daerah)
Tanggal dan tempat diumumkan untuk pertama kali : 2 Januari 2024, di Bojonegoro
Jangka waktu pelindungan : 50 tahun sejak pertama kali dilakukan Pengumuman
Nomor pencatatan : 000587412

a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA
Direktur Hak Cipta dan Desain Industri
""",
        bentuk="tata_kelola",
        urusan="litbang",
        jenis="digital",
        nama="SIKEREN",
        opd="Badan Riset dan Inovasi Daerah",
        pemda="Kabupaten Bojonegoro",
    ),
    doc(
        "sertifikat-proklim-nglanggeran",
        "sertifikat",
        """
SERTIFIKAT
PROGRAM KAMPUNG IKLIM (PROKLIM)
KATEGORI UTAMA

Kementerian Lingkungan Hidup dan Kehutanan memberikan sertifikat kepada
Kalurahan Nglanggeran, Kapanewon Patuk, Kabupaten Gunungkidul
Daerah Istimewa Yogyakarta

atas upaya adaptasi dan mitigasi perubahan iklim di tingkat lokal: biopori, bank sampah, pemanenan air
hujan (embung), pertanian organik dan energi biogas ternak

Jakarta, Oktober 2023
""",
        bentuk="urusan_lainnya",
        urusan="lingkungan_hidup",
        jenis="non_digital",
        nama="PROKLIM",
        opd="Dinas Lingkungan Hidup",
        pemda="Kabupaten Gunungkidul",
        tags=["short"],
    ),
    doc(
        "sertifikat-iso-sp2d-online-sidoarjo",
        "sertifikat",
        """
CERTIFICATE / SERTIFIKAT
No. ID24/QMS/0781

This is to certify that the Quality Management System of
BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN SIDOARJO
Jl. Sultan Agung No. 43, Sidoarjo

has been assessed and found to conform to the requirements of ISO 9001:2015

Scope: Layanan Penerbitan SP2D Online (e-SP2D) dan Penatausahaan Kas Daerah

Issue date: 15 May 2024     Expiry date: 14 May 2027
Certification body: PT ........ Certification Indonesia (KAN accredited)
""",
        bentuk="tata_kelola",
        urusan="keuangan",
        jenis="digital",
        nama="e-SP2D",
        opd="Badan Pengelolaan Keuangan dan Aset Daerah",
        pemda="Kabupaten Sidoarjo",
        tags=["english_mixed", "short"],
    ),
    doc(
        "sertifikat-umkm-go-online-purwakarta",
        "sertifikat",
        """
SERTIFIKAT
No. 503/112/Diskop/2024

diberikan kepada
DEDE ROSITA
Pemilik "Simping Ibu Dede", Kel. Nagri Kidul

atas partisipasinya sebagai peserta Pelatihan Digital Marketing "UMKM GO ONLINE" Batch 4:
foto produk dengan HP, membuka toko di marketplace, iklan media sosial dan QRIS,
Purwakarta, 10-11 Juli 2024

Kepala Dinas Koperasi, Usaha Kecil dan Menengah
""",
        bentuk="urusan_lainnya",
        urusan="ukm",
        jenis="digital",
        nama="UMKM GO ONLINE",
        opd="Dinas Koperasi, Usaha Kecil dan Menengah",
        pemda="Kabupaten Purwakarta",
        ind={"bimtek": 1},
        tags=["short"],
    ),
    doc(
        "piagam-perpusdes-terbaik-lamongan",
        "sertifikat",
        """
PIAGAM PENGHARGAAN

Diberikan kepada
PERPUSTAKAAN DESA "PELITA ILMU"
DESA BANJARWATI, KECAMATAN PACIRAN

sebagai Juara I Lomba Perpustakaan Desa Tingkat Kabupaten Lamongan Tahun 2024.
Perpustakaan desa ini dikelola pemuda karang taruna, buka setiap sore, menjadi tempat belajar anak-anak
desa dan kelas membaca bagi ibu-ibu PKK, serta meminjamkan buku pertanian dan perikanan kepada warga.

Lamongan, 20 Mei 2024
Kepala Dinas Perpustakaan dan Kearsipan
""",
        bentuk="pelayanan_publik",
        urusan="perpustakaan",
        also=["desa"],
        jenis="non_digital",
        nama="PERPUSTAKAAN DESA PELITA ILMU",
        opd="Dinas Perpustakaan dan Kearsipan",
        pemda="Kabupaten Lamongan",
        inisiator="masyarakat",
        tags=["two_sector", "short"],
    ),
    doc(
        "certificate-appreciation-labuan-bajo",
        "sertifikat",
        """
CERTIFICATE OF APPRECIATION

is proudly presented to
DINAS PARIWISATA, EKONOMI KREATIF DAN KEBUDAYAAN KABUPATEN MANGGARAI BARAT

for the outstanding initiative
"KOMODO GREEN PASS" - cashless & eco-ticketing untuk kunjungan wisata dan pengelolaan sampah di destinasi
Labuan Bajo

in recognition of its contribution to Sustainable Tourism Development,
awarded at the Indonesia Sustainable Tourism Awards (ISTA) 2023

Jakarta, 27 September 2023
Director of Sustainable Tourism Destination
Kementerian Pariwisata dan Ekonomi Kreatif / Baparekraf
""",
        bentuk="pelayanan_publik",
        urusan="pariwisata",
        jenis="digital",
        nama="KOMODO GREEN PASS",
        opd="Dinas Pariwisata, Ekonomi Kreatif dan Kebudayaan",
        pemda="Kabupaten Manggarai Barat",
        tags=["english_mixed", "short"],
    ),
    doc(
        "sertifikat-juara-si-jalan-ocr-tuban",
        "sertifikat",
        """
SERTlFlKAT
JUARA ll
K0MPETlSl lN0VASl DAERAH KABUPATEN TUBAN TAHUN 2023
KATEG0Rl : TATA KEL0LA / PELAYANAN PUBLlK

diberikan kepada :
DlNAS PEKERJAAN UMUM DAN PENATAAN RUANG
atas inovasi
" Sl-JALAN " (Sistem lnformasi Aduan Ja1an Rusak berbasis titik koordinat)

Tuban , 28 N0vember 2023
BUPATl TUBAN
""",
        bentuk="pelayanan_publik",
        urusan="pupr",
        jenis="digital",
        nama="SI-JALAN",
        opd="Dinas Pekerjaan Umum dan Penataan Ruang",
        pemda="Kabupaten Tuban",
        tags=["ocr_noise", "short"],
    ),
    doc(
        "piagam-kampung-bebas-kumuh-kendari",
        "sertifikat",
        """
PIAGAM PENGHARGAAN
WALI KOTA KENDARI

Diberikan kepada:
KELURAHAN PETOAHA, KECAMATAN ABELI

Atas keberhasilan program "KAMPUNG BEBAS KUMUH - BEDAH RUMAH GOTONG ROYONG" yang menuntaskan 64 rumah tidak
layak huni, jalan lingkungan, drainase dan sanitasi komunal melalui swadaya masyarakat, CSR dan dana
kelurahan, sehingga kawasan Petoaha keluar dari kategori permukiman kumuh tahun 2024.

Kendari, 30 Desember 2024
""",
        bentuk="urusan_lainnya",
        urusan="perumahan",
        jenis="non_digital",
        nama="KAMPUNG BEBAS KUMUH",
        opd="Kelurahan Petoaha",
        pemda="Kota Kendari",
        tags=["short"],
    ),
    doc(
        "piagam-unit-kearsipan-terbaik-sleman",
        "sertifikat",
        """
PIAGAM PENGHARGAAN
No. 045/ 019 /DPK/2024

Bupati Sleman memberikan penghargaan kepada
UNIT KEARSIPAN DINAS KESEHATAN KABUPATEN SLEMAN

sebagai UNIT KEARSIPAN TERBAIK I Tahun 2024 dalam penerapan arsip dinamis elektronik melalui aplikasi
SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi), dengan nilai pengawasan kearsipan internal
91,4 (AA - Sangat Memuaskan).

Sleman, 18 Mei 2024
""",
        bentuk="tata_kelola",
        urusan="kearsipan",
        jenis="digital",
        nama="SRIKANDI",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Sleman",
        tags=["short"],
    ),
]
