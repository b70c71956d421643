# ruff: noqa: E501
"""Hand-written budget extracts (DPA, RKA, APBDes, BOK) and planning documents (RKPD, Renja, RKP Desa, RKAS, RUK)."""

from common import doc

DOCS = [
    doc(
        "dpa-dinkes-sibumil-kebumen",
        "anggaran",
        """
PEMERINTAH KABUPATEN KEBUMEN
DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH                                   DPA-SKPD 2.2
Tahun Anggaran 2024

Urusan Pemerintahan : 1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR
Bidang Urusan       : 1.02 - URUSAN PEMERINTAHAN BIDANG KESEHATAN
Program             : 1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
Kegiatan            : 1.02.02.2.02 - Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah
Sub Kegiatan        : 1.02.02.2.02.0001 - Pengelolaan Pelayanan Kesehatan Ibu Hamil
Organisasi          : 1.02.0.00.0.00.01.0000 Dinas Kesehatan
Lokasi              : 26 Kecamatan

Kode Rekening        Uraian                                        Koef.      Harga        Jumlah (Rp)
5.1.02.01.01.0052    Belanja Makanan dan Minuman Rapat             450 kotak  25.000       11.250.000
5.1.02.02.01.0003    Honorarium Narasumber                         6 OJ       900.000      5.400.000
>> 5.1.02.01.01.0024 Belanja Alat/Bahan Kegiatan Kantor - Cetak    2.600 lbr  4.500        11.700.000
                     Kartu Pantau SIBUMIL (Siaga Ibu Hamil)
>> 5.1.02.04.01.0001 Belanja Perjalanan Dinas - Pendampingan       520 OK     150.000      78.000.000
                     bumil risti oleh bidan SIBUMIL
5.1.02.01.01.0026    Belanja Bahan Cetak                           1 paket    3.500.000    3.500.000
                                                                              JUMLAH       109.850.000

(baris bertanda >> = dukungan anggaran inovasi SIBUMIL)
""",
        urusan="kesehatan",
        nama="SIBUMIL",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Kebumen",
        ind={"anggaran": 1},
    ),
    doc(
        "rka-disdik-gemar-bima",
        "anggaran",
        """
RENCANA KERJA DAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
RKA - SKPD 2.2.1
Kabupaten Bima  -  Tahun Anggaran 2025

Urusan   : 1.01 PENDIDIKAN
Program  : 1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN
Kegiatan : 1.01.02.2.02 Pengelolaan Pendidikan Sekolah Dasar
Sub Kegiatan : 1.01.02.2.02.0009 Pembinaan Minat, Bakat dan Kreativitas Siswa
Keterangan: mendukung inovasi GEMAR (Gerakan Membaca Anak di Rumah)

Indikator Kinerja | Tolok Ukur                              | Target
Keluaran          | jumlah siswa SD peserta GEMAR           | 4.800 siswa
Hasil             | persentase siswa lulus asesmen literasi | 65 %

Kode Rekening      | Uraian                                  | Volume    | Harga     | Jumlah
5.1.02.01.01.0025  | Belanja ATK buku harian membaca GEMAR   | 4.800 bh  | 8.500     | 40.800.000
5.1.02.02.01.0029  | Belanja Buku Bacaan Anak                | 1.200 eks | 35.000    | 42.000.000
5.1.02.04.01.0001  | Perjalanan dinas monitoring gugus       | 64 OH     | 150.000   | 9.600.000
                                                             Jumlah Total       92.400.000
""",
        urusan="pendidikan",
        jenis="non_digital",
        nama="GEMAR",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Bima",
        ind={"anggaran": 1},
    ),
    doc(
        "apbdes-pasdes-jatimulyo",
        "anggaran",
        """
ANGGARAN PENDAPATAN DAN BELANJA DESA (APBDes)
PEMERINTAH DESA JATIMULYO, KECAMATAN DLINGO, KABUPATEN BANTUL
TAHUN ANGGARAN 2024

KODE REK   URAIAN                                                       ANGGARAN (Rp)   SUMBER
3          BIDANG PEMBINAAN KEMASYARAKATAN                                  ...
4          BIDANG PEMBERDAYAAN MASYARAKAT
4.1        Sub Bidang Kelautan dan Perikanan                                   -
4.2        Sub Bidang Pertanian dan Peternakan
4.2.03     Pelatihan/Bimtek/Pengenalan Teknologi Tepat Guna                12.500.000     DD
4.5        Sub Bidang Dukungan Penanaman Modal / Koperasi
4.5.01     Penyertaan modal BUMDes utk pengembangan PASDES                 60.000.000     DD
           (Pasar Desa Online: etalase produk UMKM Jatimulyo)
4.5.02     Pelatihan admin PASDES dan foto produk                           7.250.000     ADD
                                                                          ----------
           JUMLAH BIDANG 4                                                 79.750.000
""",
        bentuk="urusan_lainnya",
        urusan="desa",
        jenis="digital",
        nama="PASDES",
        opd="Pemerintah Desa Jatimulyo",
        pemda="Kabupaten Bantul",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-perubahan-gercep-jalan-purworejo",
        "anggaran",
        """
DPA PERUBAHAN (DPPA-SKPD 2.2)
Pemerintah Kabupaten Purworejo - Dinas Pekerjaan Umum dan Penataan Ruang
Tahun Anggaran 2024

Program : 1.03.10 PROGRAM PENYELENGGARAAN JALAN
Kegiatan: 1.03.10.2.01 Penyelenggaraan Jalan Kabupaten/Kota
Sub Kegiatan : 1.03.10.2.01.0033 Pemeliharaan Rutin Jalan

                                          Sebelum Perubahan   Setelah Perubahan   Bertambah/(Berkurang)
Belanja Bahan - aspal dingin kemasan         185.000.000         260.000.000          75.000.000
(utk GERCEP JALAN - tambal lubang maks 3x24 jam stlh laporan warga)
Belanja Sewa Dump Truck                       48.000.000          48.000.000                  -
Honor pekerja harian lepas (tim reaksi cepat) 216.000.000         288.000.000          72.000.000
                                   Jumlah    449.000.000         596.000.000         147.000.000
""",
        bentuk="pelayanan_publik",
        urusan="pupr",
        jenis="non_digital",
        nama="GERCEP JALAN",
        opd="Dinas Pekerjaan Umum dan Penataan Ruang",
        pemda="Kabupaten Purworejo",
        ind={"anggaran": 1},
    ),
    doc(
        "rekap-anggaran-3-tahun-si-rujak",
        "anggaran",
        """
REKAPITULASI DUKUNGAN ANGGARAN INOVASI SI-RUJAK
Dinas Kesehatan Kabupaten Gowa
(disarikan dari DPA Dinas Kesehatan TA 2022, 2023, 2024 - salinan halaman DPA terlampir)

Tahun | Sub Kegiatan                                              | Kode Rekening       | Uraian belanja                       | Jumlah (Rp)
2022  | Pengelolaan Pelayanan Kesehatan Ibu Hamil                 | 5.1.02.02.01.0013   | Jasa pengembangan aplikasi SI-RUJAK  | 45.000.000
2023  | Pengelolaan Pelayanan Kesehatan Ibu Hamil                 | 5.1.02.02.01.0026   | Langganan server & domain            | 12.600.000
2023  | Pengelolaan Pelayanan Kesehatan Ibu Hamil                 | 5.1.02.02.01.0003   | Honor admin SI-RUJAK                 | 18.000.000
2024  | Pengelolaan Sistem Informasi Kesehatan                    | 5.1.02.02.01.0026   | Langganan server & domain            | 13.200.000
2024  | Pengelolaan Sistem Informasi Kesehatan                    | 5.1.02.01.01.0052   | Bimtek bidan koordinator             | 16.500.000
                                                                                         TOTAL  105.300.000

Sungguminasa, Juli 2024
Kasubag Perencanaan dan Keuangan
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="SI-RUJAK",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Gowa",
        ind={"anggaran": 3},
    ),
    doc(
        "realisasi-bok-kelambu-singkil",
        "anggaran",
        """
LAPORAN REALISASI DANA BOK PUSKESMAS SINGKIL
Triwulan III Tahun 2024

Menu BOK : Upaya Kesehatan Masyarakat Esensial - Kesehatan Ibu
Kegiatan  : Kelas Ibu Hamil Malam (KELAMBU)

No  Rincian                       Vol   Satuan    Pagu          Realisasi     Sisa
1   Transport bidan pelaksana     24    OK        3.600.000     3.300.000     300.000
2   Makan minum peserta           180   kotak     3.600.000     3.420.000     180.000
3   Cetak lembar balik materi     2     set       500.000       500.000       0
    TOTAL                                         7.700.000     7.220.000     480.000
    persentase realisasi 93,8 %

Singkil, 5 Oktober 2024
Bendahara BOK, ttd           Kepala Puskesmas, ttd
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        nama="KELAMBU",
        opd="Puskesmas Singkil",
        pemda="Kabupaten Aceh Singkil",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-2023-2024-klinik-tani-keliling",
        "anggaran",
        """
Lampiran data dukung indikator Dukungan Anggaran - KLINIK TANI KELILING

Potongan DPA Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kab. Bone TA 2023
Program 3.27.07 PROGRAM PENYULUHAN PERTANIAN
Sub Kegiatan 3.27.07.2.01.0002 Penyediaan dan Pengembangan Sarana Penyuluhan
  5.1.02.01.01.0004  Belanja BBM mobil Klinik Tani Keliling       3.600 ltr x 10.000   36.000.000
  5.1.02.03.02.0035  Pemeliharaan kendaraan operasional klinik                         12.000.000
\f
Potongan DPA TA 2024
Program 3.27.07 PROGRAM PENYULUHAN PERTANIAN
Sub Kegiatan 3.27.07.2.01.0002 Penyediaan dan Pengembangan Sarana Penyuluhan
  5.1.02.01.01.0004  Belanja BBM mobil Klinik Tani Keliling       3.600 ltr x 10.000   36.000.000
  5.1.02.01.01.0012  Bahan uji tanah / reagen                     40 paket x 850.000   34.000.000
  5.1.02.03.02.0035  Pemeliharaan kendaraan                                            14.500.000
""",
        bentuk="urusan_lainnya",
        urusan="pertanian",
        jenis="non_digital",
        nama="KLINIK TANI KELILING",
        opd="Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
        pemda="Kabupaten Bone",
        ind={"anggaran": 2},
    ),
    doc(
        "dpa-arsip-kito-padang",
        "anggaran",
        """
DOKUMEN PELAKSANAAN ANGGARAN SKPD
Dinas Kearsipan dan Perpustakaan Kota Padang   TA 2024

Urusan  : 2.24 KEARSIPAN
Program : 2.24.02 PROGRAM PENGELOLAAN ARSIP
Kegiatan: 2.24.02.2.01 Pengelolaan Arsip Dinamis Pemerintah Kota
Sub Kegiatan 2.24.02.2.01.0002 Pengelolaan Arsip Elektronik  (inovasi ARSIP KITO - alih media arsip ke
sistem elektronik)

Kode Rek.           Uraian                                 Jumlah (Rp)
5.1.02.02.01.0013   Jasa tenaga alih media (scanning)       96.000.000
5.1.02.01.01.0026   Belanja bahan - boks arsip, map         14.250.000
5.2.02.10.01.0002   Belanja modal scanner A3 2 unit         68.000.000
                    JUMLAH                                 178.250.000

Sumber dana: DAU. Waktu pelaksanaan Februari - November 2024. Kelompok sasaran: arsip vital dan arsip
inaktif 42 perangkat daerah. Rencana penarikan dana: TW I 20.000.000; TW II 70.000.000; TW III 60.000.000;
TW IV 28.250.000.
Padang, 2 Januari 2024  -  Pengguna Anggaran, ttd
""",
        bentuk="tata_kelola",
        urusan="kearsipan",
        jenis="digital",
        nama="ARSIP KITO",
        opd="Dinas Kearsipan dan Perpustakaan",
        pemda="Kota Padang",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-satpol-patroli-sigap-ocr",
        "anggaran",
        """
D0KUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH            DPA-SKPD 2.2
Pemerintah Kota Denpasar    Tahun Anggaran 2O24

Urusan Pemerintahan : 1.05 TRANTlBUM DAN LlNMAS
Program : 1.05.02 PR0GRAM PENINGKATAN KETENTERAMAN DAN KETERTlBAN UMUM
Sub Kegiatan : 1.05.02.1.01.0001 Penanganan Gangguan Ketenteraman dan Ketertiban Umum
Lokasi : Kota Denpasar

Kode Rekening         Uraian                                    Jum1ah
5.1.O2.01.01.0004     Belanja BBM kendaraan patro1i SlGAP       124.800.0O0
5.1.02.01.01.0052     Makan minum petugas piket SlGAP           86.40O.000
5.1.O2.02.01.0003     Honor Linmas pendamping                   54.000.00O
                      JUMLAH                                    265.2OO.0O0

Sumber Dana : PAD / DAU        Waktu Pe1aksanaan : Januari s.d Desember 2O24
Ke1ompok Sasaran : warga pe1apor gangguan trantibum di 43 desa/ke1urahan
Denpasar, 2 Januari 2O24     Mengesahkan, PPKD         Pengguna Anggaran
""",
        bentuk="pelayanan_publik",
        urusan="trantibum",
        jenis="non_digital",
        nama="PATROLI SIGAP",
        opd="Satuan Polisi Pamong Praja",
        pemda="Kota Denpasar",
        ind={"anggaran": 1},
        tags=["ocr_noise"],
    ),
    doc(
        "dpa-dinsos-dtks-mandiri-surabaya",
        "anggaran",
        """
Kutipan DPA Dinas Sosial Kota Surabaya T.A. 2024

Program 1.06.02 Program Pemberdayaan Sosial
Kegiatan Pengumpulan, Pengolahan Analisis dan Pengembangan Data Sosial
Sub Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota

- Belanja jasa pemeliharaan aplikasi DTKS MANDIRI .................. Rp 84.000.000
- Honorarium verifikator lapangan (20 org x 12 bln) ................. Rp 480.000.000
- Belanja paket data verifikator ..................................... Rp 36.000.000
                                                          Jumlah      Rp 600.000.000
(diberi stabilo kuning pada dokumen asli)

Indikator keluaran: jumlah usulan DTKS Mandiri yang terverifikasi - target 36.000 usulan.
Lokasi: 31 kecamatan. Sumber dana: APBD Kota Surabaya.
""",
        bentuk="pelayanan_publik",
        urusan="sosial",
        jenis="digital",
        nama="DTKS MANDIRI",
        opd="Dinas Sosial",
        pemda="Kota Surabaya",
        ind={"anggaran": 1},
    ),
    doc(
        "rka-klides-jepara",
        "anggaran",
        """
RKA-SKPD 2.2.1   Kab. Jepara   Tahun Anggaran 2025
Urusan : 3.31 PERINDUSTRIAN
Program : 3.31.03 PROGRAM PENGEMBANGAN INDUSTRI
Sub Kegiatan: Penyediaan layanan desain produk industri kecil

Inovasi terkait: KLIDES (Klinik Desain Mebel) - perajin ukir dan mebel kecil konsultasi desain, mendapat
gambar kerja 3D gratis, dan difasilitasi ikut pameran

Rincian:
  Honor desainer klinik 2 org x 12 bln x 4.500.000 ...................... 108.000.000
  Lisensi software desain 3D 2 user ........................................ 27.000.000
  Sewa stand pameran mebel (IFEX Jakarta) ................................ 65.000.000
  Cetak katalog produk perajin ............................................. 15.000.000
                                                             Total         215.000.000
""",
        bentuk="pelayanan_publik",
        urusan="perindustrian",
        jenis="non_digital",
        nama="KLIDES",
        opd="Dinas Perindustrian dan Tenaga Kerja",
        pemda="Kabupaten Jepara",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-bapenda-tapis-lampung-tengah",
        "anggaran",
        """
BADAN PENDAPATAN DAERAH KABUPATEN LAMPUNG TENGAH
DPA-SKPD 2.2  TA 2024

Fungsi Penunjang : 5.02 KEUANGAN
Program : 5.02.04 PROGRAM PENGELOLAAN PENDAPATAN DAERAH
Kegiatan : Pengelolaan Pendapatan Pajak Daerah
Sub Kegiatan : Pendataan dan Pendaftaran Objek Pajak Daerah

uraian                                                                 jumlah (Rp)
* Pengembangan modul TAPIS (Tagihan Pajak Interaktif) -
  notifikasi tagihan PBB dan pajak restoran via WhatsApp               72.500.000
* Belanja pulsa/API WhatsApp Business                                  18.000.000
* Bimtek petugas kecamatan                                             22.750.000
                                                                      -----------
                                                                       113.250.000
Keluaran : jumlah wajib pajak yang menerima notifikasi tagihan elektronik, target 185.000 WP
Hasil    : realisasi penerimaan PBB-P2 tepat waktu naik menjadi 70%
Gunung Sugih, 3 Januari 2024
Kepala Badan selaku Pengguna Anggaran
""",
        bentuk="pelayanan_publik",
        urusan="keuangan",
        jenis="digital",
        nama="TAPIS",
        opd="Badan Pendapatan Daerah",
        pemda="Kabupaten Lampung Tengah",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-dpmptsp-mpp-badung",
        "anggaran",
        """
DOKUMEN PELAKSANAAN ANGGARAN - DPMPTSP KABUPATEN BADUNG - TA 2024

Urusan : 2.18 PENANAMAN MODAL
Program : 2.18.04 PROGRAM PELAYANAN PENANAMAN MODAL
Sub Kegiatan : Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan Berbasis Sistem Pelayanan Perizinan
Berusaha Terintegrasi Secara Elektronik

Kode Rekening       Uraian                                                   Jumlah (Rp)
5.1.02.02.01.0013   Jasa tenaga front office Mal Pelayanan Publik            312.000.000
5.1.02.02.01.0026   Jasa layanan antrian online MPP                           48.000.000
5.1.02.03.02.0405   Pemeliharaan gedung MPP Mangupraja Mandala                155.000.000
                    Jumlah                                                    515.000.000

Indikator: jumlah layanan yang diselenggarakan di MPP 214 jenis; IKM MPP minimal 85.
Sumber dana PAD. Lokasi Mangupura. Rencana penarikan merata per bulan.
""",
        bentuk="pelayanan_publik",
        urusan="penanaman_modal",
        nama="Mal Pelayanan Publik",
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        pemda="Kabupaten Badung",
        ind={"anggaran": 1},
    ),
    doc(
        "catatan-anggaran-sipades-ngawen",
        "anggaran",
        """
Data dukung anggaran SIPADES - Kecamatan Ngawen
DPA Kecamatan Ngawen TA 2024, Sub Kegiatan Fasilitasi Penyelenggaraan Pemerintahan Desa,
rek. 5.1.02.04.01.0001 perjalanan dinas pendampingan SIPADES 29 desa = Rp 8.700.000;
rek. 5.1.02.01.01.0052 mamin = Rp 2.900.000. Total Rp 11.600.000.
""",
        bentuk="tata_kelola",
        urusan="desa",
        jenis="digital",
        nama="SIPADES",
        opd="Kecamatan Ngawen",
        pemda="Kabupaten Blora",
        ind={"anggaran": 1},
        tags=["short"],
    ),
    doc(
        "dpa-perkim-si-atap-sumedang",
        "anggaran",
        """
PEMERINTAH KABUPATEN SUMEDANG
DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN

DPA-SKPD 2.2 Tahun Anggaran 2024
Urusan        : 1.04 PERUMAHAN DAN KAWASAN PERMUKIMAN
Program       : 1.04.02 PROGRAM PENGEMBANGAN PERUMAHAN
Sub Kegiatan  : 1.04.02.2.01.0003 Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi
                ... ; Pendataan rumah tidak layak huni (RTLH) melalui SI-ATAP

No  Uraian                                           Vol       Jumlah (Rp)
1   Honor enumerator verifikasi RTLH SI-ATAP         70 OB     105.000.000
2   Pemeliharaan server SI-ATAP                       1 thn      24.000.000
3   Bantuan stimulan rehab RTLH                      150 unit 3.000.000.000
                                                     Jumlah   3.129.000.000
Sumber dana: DAU dan Bantuan Keuangan Provinsi
""",
        bentuk="tata_kelola",
        urusan="perumahan",
        jenis="digital",
        nama="SI-ATAP",
        opd="Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        pemda="Kabupaten Sumedang",
        ind={"anggaran": 1},
    ),
    doc(
        "dpa-trigona-rinjani-ntb",
        "anggaran",
        """
DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI NUSA TENGGARA BARAT
KUTIPAN DPA T.A. 2024

Urusan    : 3.29 KEHUTANAN
Program   : 3.29.04 PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN
Sub Keg.  : Pengembangan usaha hasil hutan bukan kayu bagi kelompok tani hutan
Inovasi   : TRIGONA RINJANI - budidaya lebah madu kele-kele (trigona) di kawasan penyangga TN Gunung Rinjani

kode rek            uraian                                     jumlah
5.1.02.01.01.0021   stup/kotak koloni trigona 400 buah          80.000.000
5.1.02.02.01.0003   honor penyuluh swadaya                       21.600.000
5.1.02.01.01.0052   pelatihan KTH (3 angkatan)                   37.500.000
""",
        bentuk="urusan_lainnya",
        urusan="kehutanan",
        jenis="non_digital",
        nama="TRIGONA RINJANI",
        opd="Dinas Lingkungan Hidup dan Kehutanan",
        pemda="Provinsi Nusa Tenggara Barat",
        ind={"anggaran": 1},
    ),
    doc(
        "rka-nihil-sekolah-lapang-kopi-loteng",
        "anggaran",
        """
Dinas Pertanian Kabupaten Lombok Tengah
Catatan pada RKA-SKPD TA 2025 (draft pembahasan TAPD)

Sub Kegiatan: Pengembangan Prasarana Pertanian / Penyuluhan

No  Uraian                                              Pagu usulan     Pagu disetujui
1   Sekolah Lapang Kopi (SLK) Sembalun-Batukliang Utara   95.000.000      0
    ket: belum dianggarkan, ditunda karena keterbatasan fiskal; diusulkan kembali di APBD-P 2025
2   Penyuluhan padi IP 300                                120.000.000     120.000.000
3   Pengendalian OPT                                       64.000.000      64.000.000
""",
        bentuk="urusan_lainnya",
        urusan="pertanian",
        jenis="non_digital",
        tahapan="inisiatif",
        nama="Sekolah Lapang Kopi",
        opd="Dinas Pertanian",
        pemda="Kabupaten Lombok Tengah",
        neg=["anggaran"],
        tags=["negation", "short"],
    ),
    # ---------------------------------------------------------------- perencanaan
    doc(
        "rkpd-kebumen-sibumil",
        "perencanaan",
        """
RENCANA KERJA PEMERINTAH DAERAH (RKPD) KABUPATEN KEBUMEN TAHUN 2024
BAB V - RENCANA KERJA DAN PENDANAAN DAERAH                                        hal. V-87

Tabel 5.1 Rencana Program, Kegiatan dan Sub Kegiatan Prioritas

Kode              Urusan/Program/Kegiatan/Sub Kegiatan    Indikator Kinerja              Target    Pagu (Rp)     PD
1.02              URUSAN KESEHATAN
1.02.02           Program Pemenuhan Upaya Kesehatan       Cakupan pelayanan kesehatan    100%
                  Perorangan dan Masyarakat               ibu hamil (K6)
1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu     Jumlah ibu hamil yg mendapat   14.200   109.850.000   Dinkes
                  Hamil  [*inovasi SIBUMIL]                pelayanan sesuai standar        org
1.02.02.2.02.0002 Pengelolaan Pelayanan Kesehatan Ibu     Jumlah ibu bersalin            13.900   64.500.000    Dinkes
                  Bersalin
""",
        urusan="kesehatan",
        nama="SIBUMIL",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Kebumen",
        ind={"rkpd": 1},
    ),
    doc(
        "renja-disdik-gemar-bima",
        "perencanaan",
        """
RENCANA KERJA (RENJA) DINAS PENDIDIKAN KABUPATEN BIMA TAHUN 2025

BAB III TUJUAN, SASARAN, PROGRAM DAN KEGIATAN

3.2 Program dan Kegiatan
Untuk mendukung sasaran "meningkatnya mutu pembelajaran", pada tahun 2025 Dinas Pendidikan melanjutkan
program unggulan GEMAR (Gerakan Membaca Anak di Rumah), yaitu siswa kelas 1-3 membawa pulang buku bacaan
berjenjang dan orang tua menandatangani buku harian membaca setiap malam.

Tabel 3.3
Program               | Kegiatan/Sub Kegiatan                 | Indikator                 | Target 2025 | Pagu indikatif
Pengelolaan Pendidikan| Pembinaan minat, bakat dan kreativitas| Siswa SD peserta GEMAR    | 4.800       | 92.400.000
                      | siswa                                 |                           |             |
                      | Penyediaan buku bacaan berjenjang     | Paket buku                | 120 paket   | 180.000.000
""",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GEMAR",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Bima",
    ),
    doc(
        "rkp-desa-sekar-tegalrejo",
        "perencanaan",
        """
RENCANA KERJA PEMERINTAH DESA (RKP DESA) TEGALREJO TAHUN 2025
Kecamatan Gondang Kabupaten Sragen

No | Bidang/Sub Bidang/Kegiatan                        | Lokasi      | Volume     | Sasaran      | Waktu    | Biaya (Rp)  | Sumber
3  | BIDANG PEMBINAAN KEMASYARAKATAN
...
4  | BIDANG PEMBERDAYAAN MASYARAKAT
4.3| Peningkatan kapasitas kelompok lansia "SEKAR"    | Balai desa  | 12 kali    | 85 lansia    | Jan-Des  | 18.000.000  | DD
   | (Sekolah Lansia Ceria: senam, cek tensi, kelas   |             |            |              |          |             |
   | keterampilan bersama bidan desa & PKK)           |             |            |              |          |             |
4.4| Pelatihan pengolahan hasil pertanian             | Dusun II    | 1 paket    | 30 org       | Juli     | 9.500.000   | DD
""",
        bentuk="pelayanan_publik",
        urusan="desa",
        jenis="non_digital",
        nama="SEKAR",
        opd="Pemerintah Desa Tegalrejo",
        pemda="Kabupaten Sragen",
        ind={"rkpd": 1},
    ),
    doc(
        "rkas-pojok-baca-sdn-kebonsari",
        "perencanaan",
        """
RENCANA KEGIATAN DAN ANGGARAN SEKOLAH (RKAS)
SD NEGERI KEBONSARI 2 - KOTA MALANG
Tahun Anggaran 2024           Sumber dana: BOSP Reguler

Kode   | Uraian kegiatan                                      | Vol  | Satuan | Harga      | Jumlah
02.    | Pengembangan Standar Proses
02.05  | Pelaksanaan kegiatan literasi - POJOK BACA KELAS      |      |        |            |
       |  - rak buku kelas                                     | 12   | unit   | 650.000    | 7.800.000
       |  - buku bacaan anak berjenjang                        | 240  | eks    | 38.000     | 9.120.000
       |  - hadiah "bintang baca" bulanan                       | 12   | paket  | 150.000    | 1.800.000
03.    | Pengembangan Standar Pendidik ....

Mengetahui Komite Sekolah / Kepala Sekolah / Bendahara BOS
""",
        urusan="pendidikan",
        jenis="non_digital",
        nama="POJOK BACA KELAS",
        opd="SD Negeri Kebonsari 2",
        pemda="Kota Malang",
        ind={"rkpd": 1},
    ),
    doc(
        "ruk-puskesmas-sipanda-bantul",
        "perencanaan",
        """
RENCANA USULAN KEGIATAN (RUK) UPTD PUSKESMAS BANGUNTAPAN I TAHUN 2025

No | Upaya Kesehatan | Kegiatan                         | Tujuan                      | Sasaran        | Target | Kebutuhan sumber daya          | Mitra         | Waktu   | Kebutuhan anggaran
1  | KIA             | SIPANDA (Sistem Pemantauan Ibu    | menurunkan komplikasi nifas | ibu nifas &    | 100%   | bidan, HP, paket data, form    | kader, bidan  | Jan-Des | 14.400.000 (BOK)
   |                 | Nifas dan Bayi) - kunjungan +     | dan bayi baru lahir         | bayi baru lahir|        | google form & grup WA          | praktik       |         |
   |                 | pemantauan via WA                 |                             | (640 org)      |        |                                | mandiri       |         |
2  | Gizi            | Pemberian makanan tambahan lokal  | ...                         | balita gizi    | ...    | ...                            | ...           | ...     | ...
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="SIPANDA",
        opd="UPTD Puskesmas Banguntapan I",
        pemda="Kabupaten Bantul",
        ind={"rkpd": 1},
    ),
    doc(
        "renstra-dlh-basadi-malang",
        "perencanaan",
        """
RENCANA STRATEGIS DINAS LINGKUNGAN HIDUP KOTA MALANG 2023-2026                           hal. 64

Strategi 2.1 : Pengurangan sampah dari sumber melalui penguatan bank sampah dan digitalisasi pencatatan
(BASADI)

Tabel 6.1 Rencana Program, Kegiatan, Indikator Kinerja dan Pendanaan Indikatif

Program Pengelolaan Persampahan
 Indikator: persentase sampah yang terkurangi          2023: 20%   2024: 22%   2025: 24%   2026: 26%
 Kegiatan: Pengelolaan Sampah
   - jumlah bank sampah unit terintegrasi BASADI       2023: 46    2024: 60    2025: 75    2026: 90
   - pagu indikatif (juta Rp)                           2023: 450   2024: 520   2025: 600   2026: 650
""",
        urusan="lingkungan_hidup",
        jenis="digital",
        nama="BASADI",
        opd="Dinas Lingkungan Hidup",
        pemda="Kota Malang",
    ),
    doc(
        "rkpd-3-tahun-klinik-tani-bone",
        "perencanaan",
        """
Data dukung Integrasi RKPD - KLINIK TANI KELILING (Kab. Bone)

Kutipan Tabel 5.1 RKPD Kabupaten Bone:
RKPD 2022 hal. V-212 | 3.27.07 Program Penyuluhan Pertanian | Sub keg. penyediaan & pengembangan sarana
                     | penyuluhan - operasional Klinik Tani Keliling | target 9 kecamatan | Rp 40.000.000
RKPD 2023 hal. V-230 | 3.27.07 Program Penyuluhan Pertanian | operasional Klinik Tani Keliling
                     | target 27 kecamatan | Rp 48.000.000
RKPD 2024 hal. V-241 | 3.27.07 Program Penyuluhan Pertanian | operasional & bahan uji Klinik Tani Keliling
                     | target 27 kecamatan, 2.500 petani | Rp 84.500.000

(halaman asli RKPD tiap tahun discan, baris kegiatan diberi tanda kotak merah)
""",
        bentuk="urusan_lainnya",
        urusan="pertanian",
        jenis="non_digital",
        nama="KLINIK TANI KELILING",
        opd="Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
        pemda="Kabupaten Bone",
        ind={"rkpd": 3},
    ),
    doc(
        "renja-dispar-keon-samosir",
        "perencanaan",
        """
RENJA DINAS PARIWISATA KAB. SAMOSIR 2025

Bab II Evaluasi pelaksanaan Renja tahun lalu
... aplikasi Kalender Event Online (KEON) sudah diluncurkan Februari 2024 dan memuat 41 event, namun
fitur tiket online belum dipakai penyelenggara karena belum ada payment gateway.

Bab IV Rencana kerja 2025
Program Peningkatan Daya Tarik Destinasi Pariwisata
 - Sub kegiatan pengelolaan daya tarik wisata: integrasi payment gateway KEON, target 30 event
   bertiket online, pagu indikatif Rp 120 juta
 - Promosi event unggulan Horas Samosir Fiesta, pagu Rp 850 juta
""",
        bentuk="pelayanan_publik",
        urusan="pariwisata",
        jenis="digital",
        tahapan="penerapan",
        nama="KEON",
        opd="Dinas Pariwisata",
        pemda="Kabupaten Samosir",
    ),
    doc(
        "renja-disnaker-bkk-online-karawang",
        "perencanaan",
        """
RENCANA KERJA PERANGKAT DAERAH
DINAS TENAGA KERJA DAN TRANSMIGRASI KAB. KARAWANG - TAHUN 2025

Tabel 4.1
Kode        Program/Kegiatan/Sub Kegiatan                       Indikator                      Target 2025   Pagu Indikatif
2.07.03     PROGRAM PENEMPATAN TENAGA KERJA
2.07.03.2.01  Pelayanan antarkerja di daerah kab/kota
2.07.03.2.01.0001 Penyediaan layanan informasi pasar kerja      Jml pencari kerja terdaftar    15.000 org    245.000.000
                  online (BKK ONLINE)                           di BKK ONLINE
2.07.03.2.01.0006 Bursa kerja / job fair                         Jml perusahaan peserta         120           310.000.000
2.07.04     PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA
2.07.04.2.01.0002 Pelatihan berbasis kompetensi (las, operator    Jml peserta pelatihan          480 org       1.150.000.000
                  forklift, barista)
Sumber: Renstra Disnakertrans 2021-2026 dan hasil Forum Perangkat Daerah, 7 Maret 2024.
""",
        bentuk="pelayanan_publik",
        urusan="tenaga_kerja",
        jenis="digital",
        nama="BKK ONLINE",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Karawang",
    ),
    doc(
        "rkpd-perubahan-e-parkir-palembang",
        "perencanaan",
        """
PERUBAHAN RENCANA KERJA PEMERINTAH DAERAH KOTA PALEMBANG TAHUN 2024
Lampiran Peraturan Wali Kota

Urusan: 2.15 PERHUBUNGAN
Program 2.15.02 Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)
  Sub Kegiatan: Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota
  Sub Kegiatan: Pengelolaan Parkir di Tepi Jalan Umum - penambahan 60 mesin E-PARKIR di 12 ruas
                indikator: jumlah ruas parkir elektronik   semula 18 menjadi 30
                pagu: semula Rp 2.100.000.000 menjadi Rp 3.450.000.000
                perangkat daerah: Dinas Perhubungan
  Sub Kegiatan: Pengendalian dan Pengawasan Ketersediaan Angkutan Umum - tetap Rp 640.000.000
Alasan perubahan: realisasi retribusi parkir elektronik semester I melampaui target sehingga ruas
tambahan dipercepat.
""",
        bentuk="tata_kelola",
        urusan="perhubungan",
        jenis="digital",
        nama="E-PARKIR",
        opd="Dinas Perhubungan",
        pemda="Kota Palembang",
        ind={"rkpd": 1},
    ),
    doc(
        "rad-stunting-minahasa-utara",
        "perencanaan",
        """
RENCANA AKSI DAERAH (RAD) PERCEPATAN PENURUNAN STUNTING
KABUPATEN MINAHASA UTARA 2024-2026

Matriks Aksi Konvergensi (potongan)

No | Intervensi               | Aksi/Inovasi                                   | PD Penanggung Jawab | Target 2024 | 2025 | 2026
1  | Spesifik - ibu hamil     | MAPALUS BUMIL: pendampingan ibu hamil KEK oleh  | Dinas Kesehatan     | 320 bumil   | 300  | 280
   |                          | kader jemaat (gereja) dan bidan                 |                     |             |      |
2  | Spesifik - baduta        | DAPUR TORANG: PMT lokal berbahan ikan dari       | Dinas Kesehatan,    | 25 desa     | 40   | 60
   |                          | nelayan setempat                                | Dinas Perikanan     |             |      |
3  | Sensitif - air bersih    | penyediaan SPAM desa                            | Dinas PUPR          | 6 desa      | 8    | 10
4  | Sensitif - perlindungan  | pendataan keluarga berisiko stunting            | Dinas PPKB          | 100%        | 100% | 100%
""",
        urusan="kesehatan",
        jenis="non_digital",
        nama="MAPALUS BUMIL",
        pemda="Kabupaten Minahasa Utara",
        tags=["two_innovations"],
    ),
    doc(
        "rkp-desa-ponggok-padi",
        "perencanaan",
        """
RKP DESA PONGGOK TAHUN 2024 (hasil Musrenbangdes 12 Sept 2023)

Bidang 4 Pemberdayaan Masyarakat
 4.5.01 Pengembangan Pasar Desa Digital PADI: pendaftaran 85 pedagang di etalase online, pelatihan QRIS
        - lokasi Pasar Desa - vol 1 paket - Rp 35.000.000 - DD - pelaksana BUMDes Tirta Mandiri
 4.5.02 Penyertaan modal BUMDes - Rp 150.000.000 - DD
Bidang 5 Penanggulangan Bencana ...

Ponggok, 30 Sept 2023
Kepala Desa / Ketua BPD
""",
        bentuk="urusan_lainnya",
        urusan="desa",
        jenis="digital",
        nama="PADI",
        opd="Pemerintah Desa Ponggok",
        pemda="Kabupaten Klaten",
        ind={"rkpd": 1},
        tags=["short"],
    ),
    doc(
        "renja-bkpsdm-simpeg-mobile-bantaeng",
        "perencanaan",
        """
Rencana Kerja BKPSDM Kabupaten Bantaeng Tahun 2025

Isu penting: layanan kepegawaian masih banyak menggunakan berkas fisik; SIMPEG MOBILE baru melayani cuti,
KGB dan kenaikan pangkat. Tahun 2025 akan ditambah modul pensiun dan mutasi.

Program Kepegawaian Daerah
- Sub kegiatan Pengelolaan Sistem Informasi Kepegawaian
  indikator: jumlah layanan kepegawaian berbasis elektronik - target 5 layanan - pagu Rp 175.000.000
- Sub kegiatan Mutasi dan Promosi ASN - pagu Rp 90.000.000
- Sub kegiatan Pengembangan Kompetensi ASN (diklat kepemimpinan, teknis) - pagu Rp 410.000.000
Seluruh usulan telah diselaraskan dengan rancangan awal RKPD 2025 pada forum perangkat daerah.
""",
        bentuk="tata_kelola",
        urusan="kepegawaian",
        jenis="digital",
        tahapan="penerapan",
        nama="SIMPEG MOBILE",
        opd="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        pemda="Kabupaten Bantaeng",
    ),
    doc(
        "renja-bappeda-emusrenbang-kubu-raya",
        "perencanaan",
        """
RENJA BAPPEDA KAB. KUBU RAYA 2025 - BAB II (potongan)

2.1 Evaluasi Renja 2023 dan capaian Renstra
 - aplikasi e-Musrenbang dipakai 123 desa dan 9 kecamatan; 4.311 usulan masuk, 38% diakomodir dalam RKPD.
 - kendala: usulan desa sering tidak sesuai nomenklatur, jaringan internet desa terbatas.

2.3 Isu-isu penting
 - sinkronisasi e-Musrenbang dengan SIPD RI belum otomatis (masih export-import manual).
""",
        bentuk="tata_kelola",
        urusan="perencanaan",
        jenis="digital",
        tahapan="penerapan",
        nama="E-MUSRENBANG",
        opd="Badan Perencanaan Pembangunan Daerah",
        pemda="Kabupaten Kubu Raya",
        tags=["short"],
    ),
    doc(
        "renja-disbud-sanggar-keliling-gianyar",
        "perencanaan",
        """
RENCANA KERJA DINAS KEBUDAYAAN KABUPATEN GIANYAR TAHUN 2025

Program Pengembangan Kebudayaan
Kegiatan: Pelestarian kesenian tradisional yang masyarakat pelakunya dalam daerah kabupaten/kota

Sub Kegiatan                         Indikator                              Target    Lokasi                 Pagu
Pembinaan kesenian tradisional       jumlah banjar yang dikunjungi          24 banjar Payangan, Tegallalang, 186.000.000
(SANGGAR BUDAYA KELILING)            Sanggar Budaya Keliling                          Tampaksiring
Penyelenggaraan festival             jumlah sekaa yang tampil di Gianyar    40 sekaa  Gianyar               450.000.000
                                     Art Festival
Pencatatan warisan budaya tak benda  jumlah karya budaya yang dicatat        6 karya   seluruh kecamatan      75.000.000

Catatan Kabid: Sanggar Budaya Keliling tahun 2024 baru 12 banjar; minat anak tinggi, pelatih tambahan
diperlukan.
""",
        bentuk="urusan_lainnya",
        urusan="kebudayaan",
        jenis="non_digital",
        nama="SANGGAR BUDAYA KELILING",
        opd="Dinas Kebudayaan",
        pemda="Kabupaten Gianyar",
    ),
    doc(
        "renja-disnakertrans-kakak-asuh-mateng",
        "perencanaan",
        """
RENJA DINAS TENAGA KERJA DAN TRANSMIGRASI KAB. MAMUJU TENGAH TAHUN 2025
(Bagian Transmigrasi)

Program Pembangunan Kawasan Transmigrasi
 - Sub kegiatan penataan persebaran penduduk: penempatan 50 KK asal Sragen di SP 4 Tobadak.
 - Inovasi "Kakak Asuh Transmigran" (pendampingan KK baru oleh KK lama) dilaksanakan dengan dana
   kesepakatan bersama. Catatan: kegiatan ini BELUM masuk RKPD 2025; akan diusulkan melalui Musrenbang
   untuk RKPD 2026 agar memperoleh pagu tersendiri.
 - Sub kegiatan pelatihan calon transmigran (kelapa sawit, jagung, pengolahan pakan): 2 angkatan.
 - Sub kegiatan sertifikasi lahan transmigran SP 2 dan SP 3 bersama Kantor Pertanahan.

Tobadak, Maret 2024 - Kepala Bidang Transmigrasi
""",
        bentuk="urusan_lainnya",
        urusan="transmigrasi",
        jenis="non_digital",
        nama="Kakak Asuh Transmigran",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Mamuju Tengah",
        neg=["rkpd"],
        tags=["negation"],
    ),
    doc(
        "rba-rsud-si-cepot-bandung",
        "perencanaan",
        """
RENCANA BISNIS DAN ANGGARAN (RBA) BLUD RSUD KOTA BANDUNG TAHUN 2025

BAB IV RENCANA PROGRAM DAN KEGIATAN

4.3 Pengembangan layanan farmasi
Layanan SI CEPOT (Sistem Cepat Obat Tanpa Antre: pasien rawat jalan memilih obat diantar kurir/ojol atau
diambil di loker, status resep dipantau lewat WhatsApp) akan diperluas ke pasien rujuk balik BPJS.

Target 2025 : waktu tunggu obat jadi <= 30 menit; 60% resep rawat jalan dilayani SI CEPOT
Kebutuhan belanja (sumber pendapatan BLUD):
  - pengembangan modul rujuk balik              Rp 150.000.000
  - loker obat pintar 2 unit                    Rp 240.000.000
  - kerja sama kurir                            Rp 96.000.000
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        tahapan="penerapan",
        nama="SI CEPOT",
        opd="RSUD Kota Bandung",
        pemda="Kota Bandung",
        ind={"rkpd": 1},
    ),
]
