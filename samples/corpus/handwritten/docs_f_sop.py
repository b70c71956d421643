# ruff: noqa: E501
"""Hand-written SOPs and guides (buku panduan, petunjuk teknis, manual book)."""

from common import doc

DOCS = [
    doc(
        "sop-daftar-wa-puskesmas-madiun",
        "sop",
        """
PEMERINTAH KOTA MADIUN
DINAS KESEHATAN - UPTD PUSKESMAS OEMA
                                          Nomor SOP         : 445/ 12 /SOP/PKM-OM/2024
                                          Tanggal Pembuatan : 2 Januari 2024
                                          Tanggal Revisi    : -
                                          Tanggal Efektif   : 8 Januari 2024
                                          Disahkan oleh     : Kepala UPTD Puskesmas Oema
                                                              ttd  dr. Nanik Setyowati
STANDAR OPERASIONAL PROSEDUR
PENDAFTARAN PASIEN RAWAT JALAN MELALUI WHATSAPP (DAFTAR-WA)

Dasar Hukum : Permenkes 43/2019 tentang Puskesmas
Kualifikasi Pelaksana : petugas pendaftaran, mampu mengoperasikan SIMPUS
Peralatan : HP + nomor WA layanan, komputer SIMPUS, printer nomor antrean
Peringatan : pasien gawat darurat tidak melalui DAFTAR-WA
Pencatatan : register pendaftaran SIMPUS
\f
No | Kegiatan                                                        | Pasien | Petugas daftar | Poli | Kelengkapan          | Waktu   | Output
1  | Pasien mengirim format: NAMA#NIK#POLI#TANGGAL ke WA layanan     |   X    |                |      | nomor BPJS/NIK       | 1 menit | pesan
2  | Petugas cek data di SIMPUS & kepesertaan BPJS                   |        |       X        |      | SIMPUS, P-Care       | 3 menit | data valid
3  | Petugas membalas nomor antrean & estimasi jam dilayani          |        |       X        |      |                      | 1 menit | no. antrean
4  | Pasien datang 15 menit sebelum jam, tunjukkan chat di loket     |   X    |       X        |      | KTP/kartu BPJS       | 5 menit | rekam medis
5  | Pasien dilayani di poli                                         |   X    |                |  X   | rekam medis          | 15 menit| layanan
                                                                                               Total    25 menit
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="DAFTAR-WA",
        opd="UPTD Puskesmas Oema",
        pemda="Kota Madiun",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-konseling-puspaga-sragen",
        "sop",
        """
STANDAR OPERASIONAL PROSEDUR
LAYANAN KONSELING KELUARGA PADA PUSPAGA (PUSAT PEMBELAJARAN KELUARGA)
DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KAB. SRAGEN

Nomor SOP : 400.13/ 03 /SOP/DP3A/2024       Disahkan oleh: Kepala Dinas, ttd

Pelaksana: Psikolog, Konselor keluarga, Petugas administrasi

No  Aktivitas                                       Pelaksana        Waktu
1.  klien datang / menghubungi hotline PUSPAGA      klien            -
2.  registrasi & asesmen awal (form data keluarga)  admin            15 menit
3.  penentuan konselor sesuai masalah               koordinator      10 menit
4.  sesi konseling                                  konselor/psikolog 60 menit
5.  penyusunan rencana tindak lanjut & jadwal        konselor         15 menit
    sesi berikut / rujukan (RSUD, UPTD PPA)
6.  pencatatan di register & laporan bulanan         admin            10 menit
                                                    Jumlah waktu      110 menit (1 hari kerja)
Layanan tidak dipungut biaya.
""",
        bentuk="pelayanan_publik",
        urusan="pppa",
        jenis="non_digital",
        nama="PUSPAGA",
        opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Sragen",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-surat-online-sipedes-wonosobo",
        "sop",
        """
PEMERINTAH DESA KALIBEBER, KEC. MOJOTENGAH, KAB. WONOSOBO

STANDAR OPERASIONAL PROSEDUR
PELAYANAN SURAT KETERANGAN MELALUI APLIKASI SIPEDES
Nomor SOP: 01/SOP/Ds-Klb/2024   Tgl efektif: 1 Maret 2024   Disahkan: Kepala Desa Kalibeber (ttd)

Jenis surat: SK domisili, SKTM, SK usaha, pengantar SKCK, pengantar nikah

Langkah:
1) Warga isi permohonan di sipedes (web/HP) dan unggah foto KTP & KK ......... 5 menit ..... warga
2) Operator desa verifikasi data dengan data kependudukan desa ................ 30 menit .... operator
3) Kasi Pelayanan memeriksa draf surat ......................................... 30 menit .... kasi
4) Kepala Desa/Sekdes tanda tangan elektronik ................................. 1 jam ....... kades
5) Surat PDF dikirim ke akun warga + notif WA; bisa dicetak sendiri ........... 5 menit ..... sistem
   Total maksimal: 1 hari kerja (umumnya selesai < 3 jam)
""",
        bentuk="pelayanan_publik",
        urusan="desa",
        jenis="digital",
        tahapan="penerapan",
        nama="SIPEDES",
        opd="Pemerintah Desa Kalibeber",
        pemda="Kabupaten Wonosobo",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-mutasi-siswa-si-mutiara-kudus",
        "sop",
        """
DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA KABUPATEN KUDUS

SOP : PELAYANAN MUTASI SISWA SD/SMP SECARA ONLINE (SI-MUTIARA)
No. SOP 800/ 45 /Disdikpora/2023 | Tgl pembuatan 10-07-2023 | Tgl efektif 17-07-2023
Disahkan oleh: Kepala Dinas Pendidikan, Kepemudaan dan Olahraga

Dasar hukum : Permendikbud tentang PPDB; Perbup Kudus tentang Penyelenggaraan Pendidikan
Keterkaitan : SOP Dapodik, SOP legalisasi ijazah

| No | Uraian prosedur                                       | Orang tua | Sekolah asal | Sekolah tujuan | Operator dinas | Waktu   |
| 1  | Mengajukan permohonan mutasi di SI-MUTIARA             |     o     |              |                |                | 15 mnt  |
| 2  | Sekolah asal menerbitkan surat keterangan pindah       |           |      o       |                |                | 1 hari  |
| 3  | Sekolah tujuan konfirmasi daya tampung                 |           |              |       o        |                | 1 hari  |
| 4  | Verifikasi & rekomendasi mutasi oleh dinas             |           |              |                |       o        | 1 hari  |
| 5  | Data siswa dipindah di Dapodik, notifikasi ke ortu     |           |      o       |       o        |                | 1 jam   |
                                                                                                Total 3 hari kerja
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="digital",
        nama="SI-MUTIARA",
        opd="Dinas Pendidikan, Kepemudaan dan Olahraga",
        pemda="Kabupaten Kudus",
        ind={"kemudahan_proses": 2},
    ),
    doc(
        "sop-kartu-ak1-online-cilegon",
        "sop",
        """
STANDAR OPERASIONAL PROSEDUR (SOP)
PENERBITAN KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1) ONLINE
DINAS TENAGA KERJA KOTA CILEGON

Nomor : 560/SOP.07/Disnaker/2024
Disahkan oleh : Kepala Dinas Tenaga Kerja Kota Cilegon
Tanggal efektif : 1 Februari 2024

Persyaratan: KTP Cilegon, ijazah terakhir, pas foto, akun SIAPkerja

Prosedur
1. Pencari kerja mendaftar akun & mengisi data di portal karirhub/SIAPkerja ...... pencaker ...... 20 menit
2. Pencaker memilih "cetak AK/1 Kota Cilegon" dan unggah berkas ................... pencaker ...... 10 menit
3. Pengantar kerja memverifikasi berkas ............................................ petugas ....... 2 jam
4. Kabid Penempatan menyetujui secara elektronik .................................. kabid ......... 1 jam
5. Kartu AK/1 ber-QR code terbit, diunduh pencaker ................................. sistem ........ 5 menit
Waktu penyelesaian: 1 (satu) hari kerja. Biaya: gratis.
""",
        bentuk="pelayanan_publik",
        urusan="tenaga_kerja",
        jenis="digital",
        nama="AK/1 ONLINE",
        opd="Dinas Tenaga Kerja",
        pemda="Kota Cilegon",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-e-sp2d-sidoarjo",
        "sop",
        """
BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN SIDOARJO

STANDAR OPERASIONAL PROSEDUR
PENERBITAN SP2D SECARA ELEKTRONIK (e-SP2D)

Nomor SOP        : 900.1/ 17 /438.5.2/2024
Tgl Pembuatan    : 3 Januari 2024       Tgl Efektif : 8 Januari 2024
Disahkan oleh    : Kepala BPKAD selaku PPKD

Kualifikasi pelaksana: verifikator SPM, kuasa BUD, operator SIPD
Peralatan: SIPD-RI, token TTE BSrE, koneksi bank RKUD (CMS)
Pencatatan: register SP2D elektronik

NO  AKTIVITAS                                           BENDAHARA OPD  VERIFIKATOR  KUASA BUD  BANK   WAKTU
1   OPD mengirim SPM bertanda tangan elektronik di SIPD       *                                       10 mnt
2   Verifikasi kelengkapan & kebenaran SPM                                   *                        60 mnt
3   Penerbitan draft SP2D                                                    *                        15 mnt
4   Kuasa BUD menandatangani SP2D dengan TTE                                             *            15 mnt
5   SP2D dikirim otomatis ke Bank RKUD, dana ditransfer                                          *    60 mnt
    TOTAL                                                                                             2 jam 40 mnt
""",
        bentuk="tata_kelola",
        urusan="keuangan",
        jenis="digital",
        tahapan="penerapan",
        nama="e-SP2D",
        opd="Badan Pengelolaan Keuangan dan Aset Daerah",
        pemda="Kabupaten Sidoarjo",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-wbs-inspektorat-ponorogo",
        "sop",
        """
INSPEKTORAT DAERAH KABUPATEN PONOROGO
SOP PENANGANAN PENGADUAN MELALUI WHISTLEBLOWING SYSTEM (WBS "LAPOR INSPEKTORAT")
Nomor: 700/ 04 /SOP/405.07/2023 ; efektif 1 Juni 2023 ; disahkan Inspektur Daerah

1. Pelapor menyampaikan aduan melalui aplikasi WBS / email / kotak pengaduan (identitas dirahasiakan) - 1 hari
2. Admin WBS mencatat, memberi nomor register, mengirim tanda terima ke pelapor                       - 1 hari
3. Tim penelaah menilai kecukupan informasi (5W+1H)                                                   - 3 hari
4. Inspektur memutuskan: ditindaklanjuti audit investigatif / diteruskan ke APH / diarsipkan          - 2 hari
5. Pemberitahuan status ke pelapor                                                                    - 1 hari
   Jumlah waktu penyelesaian penelaahan: 8 hari kerja
""",
        bentuk="tata_kelola",
        urusan="fungsi_lain",
        jenis="digital",
        nama="LAPOR INSPEKTORAT",
        opd="Inspektorat Daerah",
        pemda="Kabupaten Ponorogo",
        ind={"kemudahan_proses": 1},
    ),
    doc(
        "sop-permohonan-tte-lampung-selatan",
        "sop",
        """
STANDAR OPERASIONAL PROSEDUR
PERMOHONAN SERTIFIKAT ELEKTRONIK BAGI ASN
(untuk Tanda Tangan Elektronik / TTE)
Dinas Komunikasi, Informatika, Statistik dan Persandian Kab. Lampung Selatan
No SOP: 489/ 06 /IV.08/2024   Disahkan oleh: Kepala Dinas

Dasar hukum: PP 71/2019; Peraturan BSSN tentang sertifikat elektronik; Perbup Lampung Selatan tentang
Penyelenggaraan Sertifikat Elektronik

Langkah                                                         Pelaksana           Waktu
1. ASN mengisi formulir permohonan & surat rekomendasi atasan   ASN pemohon         30 menit
2. Verifikasi identitas (KTP, SK jabatan, email dinas)          Operator RA         30 menit
3. Pendaftaran akun di portal BSrE                              Operator RA         15 menit
4. Pemohon aktivasi & membuat passphrase                        ASN pemohon         15 menit
5. Uji coba tanda tangan dokumen                                Operator RA         10 menit
                                                      Total     1 jam 40 menit (selesai hari itu juga)
Peringatan: passphrase tidak boleh diserahkan kepada orang lain.
""",
        bentuk="tata_kelola",
        urusan="persandian",
        jenis="digital",
        nama="TTE",
        opd="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        pemda="Kabupaten Lampung Selatan",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-kebun-bibit-online-sumsel",
        "sop",
        """
SOP LAYANAN PERMOHONAN BIBIT TANAMAN HUTAN GRATIS (KEBUN BIBIT ONLINE)
UPTD Persemaian Permanen - Dinas Kehutanan Provinsi Sumatera Selatan
Nomor SOP: 522/ 31 /Dishut/2024

Persyaratan: KTP, lokasi tanam (titik koordinat/foto), surat pengantar kades/lurah untuk > 500 batang

1. Pemohon mengisi form online & memilih jenis bibit (durian, petai, jengkol, mahoni, gaharu)   5 menit
2. Petugas memeriksa stok dan kelayakan lokasi                                                 1 hari
3. Persetujuan Kepala UPTD, jadwal pengambilan dikirim via WA                                  1 hari
4. Pengambilan bibit di persemaian, tanda terima                                               30 menit
Total waktu layanan: 2 hari kerja
""",
        bentuk="pelayanan_publik",
        urusan="kehutanan",
        jenis="digital",
        nama="KEBUN BIBIT ONLINE",
        opd="Dinas Kehutanan",
        pemda="Provinsi Sumatera Selatan",
        ind={"kemudahan_proses": 2},
    ),
    doc(
        "sop-pertek-cepat-bekasi",
        "sop",
        """
DINAS PERTANAHAN KABUPATEN BEKASI

STANDAR OPERASIONAL PROSEDUR
PELAYANAN PERTIMBANGAN TEKNIS PERTANAHAN DALAM PENERBITAN KKPR ("PERTEK CEPAT")

Nomor SOP       : 590/ 11 /SOP/Distanah/2024
Tanggal efektif : 2 April 2024
Disahkan oleh   : Kepala Dinas Pertanahan

Kegiatan                                            Pelaksana                  Waktu      Output
1 Menerima berkas dari OSS/DPMPTSP                  Front office               1 jam      tanda terima
2 Penelitian data yuridis & fisik bidang tanah      Analis pertanahan          1 hari     nota analisis
3 Peninjauan lapangan (bila perlu)                  Tim teknis                 2 hari     BA lapangan
4 Rapat pembahasan & penyusunan konsep pertek       Kabid Penatagunaan         1 hari     konsep
5 Penandatanganan & unggah ke OSS                   Kepala Dinas               1 hari     pertek
                                                    Jumlah                     5 hari kerja
""",
        bentuk="pelayanan_publik",
        urusan="pertanahan",
        nama="PERTEK CEPAT",
        opd="Dinas Pertanahan",
        pemda="Kabupaten Bekasi",
        ind={"kemudahan_proses": 2},
    ),
    doc(
        "sop-kusuka-indramayu",
        "sop",
        """
STANDAR OPERASIONAL PROSEDUR
PENERBITAN KARTU KUSUKA JEMPUT BOLA
Dinas Perikanan dan Kelautan Kab. Indramayu
No: 523/SOP-04/Diskanla/2024     disahkan: Kepala Dinas

Pelaksana: penyuluh perikanan, petugas pendataan
Peralatan: laptop, modem, printer kartu PVC, formulir

No  Kegiatan                                              Waktu
1   Penyuluh mengumumkan jadwal jemput bola di TPI         H-3
2   Nelayan datang membawa KTP & KK, isi formulir          10 menit
3   Petugas input ke aplikasi KUSUKA KKP                   15 menit
4   Verifikasi dinas (online)                              2 jam
5   Kartu dicetak & diserahkan di lokasi / via kelompok    15 menit
    Total layanan di lokasi                                < 1 hari
""",
        bentuk="pelayanan_publik",
        urusan="kelautan_perikanan",
        jenis="non_digital",
        nama="KUSUKA JEMPUT BOLA",
        opd="Dinas Perikanan dan Kelautan",
        pemda="Kabupaten Indramayu",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-verifikasi-rtlh-si-atap",
        "sop",
        """
SOP VERIFIKASI USULAN RUMAH TIDAK LAYAK HUNI MELALUI SI-ATAP
Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Sumedang

Nomor SOP: 648/ 09 /Disperkimtan/2024  Tanggal efektif: 1 Maret 2024  Disahkan oleh: Kepala Dinas

No  Kegiatan                                                     Pelaksana                 Waktu
1   Desa menginput usulan RTLH + foto rumah ke SI-ATAP           operator desa             1 hari
2   Verifikasi administrasi (NIK, kepemilikan lahan)             admin dinas               3 hari
3   Verifikasi lapangan, skoring 14 kriteria RTLH                enumerator                7 hari
4   Penetapan calon penerima (rapat tim)                         Kabid Perumahan           2 hari
5   Pengumuman hasil di SI-ATAP dan balai desa                   admin dinas               1 hari
    Jumlah                                                                                 14 hari kerja

Catatan: usulan yang tidak lolos dapat diajukan ulang tahun berikutnya.
""",
        bentuk="tata_kelola",
        urusan="perumahan",
        jenis="digital",
        nama="SI-ATAP",
        opd="Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        pemda="Kabupaten Sumedang",
        ind={"kemudahan_proses": 1},
    ),
    doc(
        "sop-sewa-gor-online-balikpapan",
        "sop",
        """
STANDAR OPERASIONAL PROSEDUR
PEMINJAMAN / SEWA FASILITAS OLAHRAGA SECARA ONLINE (SEWA GOR)
DINAS PEMUDA DAN OLAHRAGA KOTA BALIKPAPAN
No SOP 426/ 08 /Dispora/2024 ; Disahkan oleh Kepala Dispora

1. Pemohon cek jadwal kosong lapangan (GOR Kompleks Batakan, Stadion Parikesit) di aplikasi ... 5 mnt
2. Pemohon isi data, unggah KTP/surat organisasi, pilih jam ........................................ 5 mnt
3. Petugas verifikasi & terbitkan kode bayar retribusi ............................................ 30 mnt
4. Pembayaran via bank/QRIS ......................................................................... 10 mnt
5. Bukti sewa (QR) terbit otomatis, ditunjukkan ke penjaga GOR .................................... 1 mnt
   Total: kurang dari 1 hari
Retribusi sesuai Perda Kota Balikpapan tentang Pajak dan Retribusi Daerah.
""",
        bentuk="pelayanan_publik",
        urusan="pemuda_olahraga",
        jenis="digital",
        nama="SEWA GOR",
        opd="Dinas Pemuda dan Olahraga",
        pemda="Kota Balikpapan",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-anc-posyandu-ocr-pinrang",
        "sop",
        """
STANDAR 0PERASlONAL PR0SEDUR
PEMERlKSAAN lBU HAMlL Dl P0SYANDU (ANC TERPADU DESA)
UPTD PUSKESMAS TEPPO, KAB. PlNRANG
No. Dokumen : SOP/UKM/KlA/018         No. Revisi : 01
Tgl Terbit  : 15-01-2024              Ha1aman    : 1/2
Ditetapkan : Kepala UPTD Puskesmas Teppo (ttd)

1. Pengertian : pemeriksaan kehami1an o1eh bidan desa saat jadwa1 posyandu bu1anan
2. Tujuan : deteksi dini risiko tinggi
3. Ke bijakan : SK Kepa1a Puskesmas tentang Pe1ayanan KIA
4. Referensi : Buku KIA 2023
5. Langkah-1angkah :
   a. kader mendaftar ibu hami1 & mencatat di buku register
   b. kader menimbang BB dan mengukur LlLA
   c. bidan mengukur tekanan darah, TFU, DJJ
   d. bidan memberikan TTD 30 tab1et & kon se1ing gizi
   e. bumi1 risti (LlLA < 23,5 cm, TD >= 140/90) dirujuk ke Puskesmas
   f. hasil dicatat di buku KlA dan kohort
6. Unit terkait : Desa, PKK, Poli KlA
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        nama="ANC TERPADU DESA",
        opd="UPTD Puskesmas Teppo",
        pemda="Kabupaten Pinrang",
        ind={"kemudahan_proses": None},
        tags=["ocr_noise"],
    ),
    doc(
        "sop-guru-kunjung-tanpa-waktu-sbd",
        "sop",
        """
SOP PELAKSANAAN GURU KUNJUNG
(lampiran surat edaran Kadis Pendidikan dan Kebudayaan Kab. Sumba Barat Daya)

Tujuan: memastikan siswa yang tidak hadir berturut-turut mendapat perhatian dan kembali belajar.

Prosedur:
1. Wali kelas memeriksa daftar hadir setiap Jumat.
2. Siswa yang absen > 5 hari tanpa keterangan dilaporkan ke kepala sekolah.
3. Wali kelas bersama guru BK (jika ada) mengunjungi rumah siswa.
4. Mengisi lembar kunjungan: alasan absen, kondisi keluarga, kesepakatan.
5. Kepala sekolah menindaklanjuti (koordinasi dengan kepala desa, dinsos, puskesmas bila perlu).
6. Rekap bulanan dikirim ke korwil kecamatan.

Ditetapkan di Tambolaka
Kepala Dinas
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="non_digital",
        nama="GURU KUNJUNG",
        opd="Dinas Pendidikan dan Kebudayaan",
        pemda="Kabupaten Sumba Barat Daya",
        ind={"kemudahan_proses": None},
    ),
    doc(
        "sop-sigap-ppa-mataram",
        "sop",
        """
UPTD PERLINDUNGAN PEREMPUAN DAN ANAK KOTA MATARAM

STANDAR OPERASIONAL PROSEDUR
PENJANGKAUAN KORBAN KEKERASAN TERHADAP ANAK ("SIGAP PPA")
Nomor SOP: 463/ 05 /UPTD-PPA/2024 | Disahkan oleh: Kepala Dinas P3A Kota Mataram

Dasar Hukum: UU 35/2014 tentang Perlindungan Anak; UU 12/2022 TPKS
Kualifikasi pelaksana: manajer kasus, psikolog, paralegal

No | Kegiatan                                                   | Pelaksana       | Waktu
1  | Laporan masuk (hotline 24 jam, WA, datang langsung, rujukan| petugas piket   | 15 menit
   | RT/sekolah/puskesmas)                                      |                 |
2  | Asesmen awal risiko & kebutuhan darurat                    | manajer kasus   | 1 jam
3  | Penjangkauan ke lokasi korban bersama Babinsa/Bhabinkamtibmas| tim SIGAP     | 3 jam
4  | Rujukan visum / layanan medis (RSUD Kota Mataram)          | tim SIGAP       | 2 jam
5  | Penempatan di rumah aman bila perlu                        | manajer kasus   | 1 jam
6  | Pencatatan di SIMFONI PPA                                  | admin           | 30 menit
   | Total                                                      |                 | 7 jam 45 menit
""",
        bentuk="pelayanan_publik",
        urusan="pppa",
        jenis="non_digital",
        nama="SIGAP PPA",
        opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kota Mataram",
        ind={"kemudahan_proses": 3},
    ),
    doc(
        "sop-incident-handling-command-center",
        "sop",
        """
STANDARD OPERATING PROCEDURE (SOP)
INCIDENT & COMPLAINT HANDLING - BANYUWANGI COMMAND CENTER (BCC)
Doc. No: SOP/BCC/003/2024   Rev. 02   Effective date: 1 Juli 2024
Approved by: Kepala Dinas Kominfo dan Persandian

Scope: aduan warga via WhatsApp chatbot, call center 112, dan media sosial.

Step | Activity                                                         | PIC              | SLA
1    | Ticket created otomatis (chatbot) / manual (call 112)            | agent L1         | 5 menit
2    | Kategorisasi & prioritas (P1 darurat, P2 layanan, P3 info)       | agent L1         | 10 menit
3    | Dispatch ke OPD terkait via dashboard                            | supervisor       | 30 menit
4    | OPD follow up & update status di dashboard                       | liaison OPD      | P1: 2 jam; P2: 3x24 jam
5    | Ticket closed + survey kepuasan dikirim ke pelapor               | agent L1         | 5 menit
Escalation: tiket P2 yang lewat SLA di-escalate ke Asisten Sekda tiap Senin.
""",
        bentuk="pelayanan_publik",
        urusan="kominfo",
        jenis="digital",
        nama="BANYUWANGI COMMAND CENTER",
        opd="Dinas Komunikasi, Informatika dan Persandian",
        pemda="Kabupaten Banyuwangi",
        ind={"kemudahan_proses": 2},
        tags=["english_mixed"],
    ),
    # ---------------------------------------------------------------- pedoman
    doc(
        "panduan-kader-posyandu-pintar",
        "pedoman",
        """
BUKU PANDUAN KADER
APLIKASI POSYANDU PINTAR
Versi 2.1 - Dinas Kesehatan Kabupaten Lombok Timur, 2023
(versi PDF dapat diunduh di menu Bantuan aplikasi dan di laman dinkes.lomboktimurkab.go.id/posyandupintar)

DAFTAR ISI
1. Mengenal Posyandu Pintar ............................ 2
2. Memasang aplikasi & login ........................... 3
3. Mendaftarkan balita baru ............................ 5
4. Input hasil timbang & ukur .......................... 7
5. Membaca grafik pertumbuhan .......................... 10
6. Kirim pesan hasil ke orang tua ...................... 12
7. Bekerja tanpa sinyal (mode offline) ................. 13
8. Pertanyaan yang sering ditanyakan ................... 15
\f
BAB 4  INPUT HASIL TIMBANG & UKUR

Langkah:
a. Buka menu "Posyandu Hari Ini", pilih nama balita (bisa cari pakai nama ibu).
b. Isi berat badan (kg, pakai titik: 9.4), panjang/tinggi badan (cm), lingkar kepala.
c. Tekan SIMPAN. Bila muncul tanda merah "2T" artinya BB tidak naik 2 kali berturut-turut -> beritahu bidan.
d. Jika sinyal tidak ada, data tersimpan di HP (ikon awan abu-abu). Data akan terkirim otomatis saat ada
   sinyal (ikon awan hijau).

TIPS: timbangan dacin harus di-nol-kan dulu sebelum menimbang. Jangan input pakai koma.
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="POSYANDU PINTAR",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Lombok Timur",
        ind={"pedoman_teknis": 3},
    ),
    doc(
        "juknis-lomba-inovasi-desa-ngawi",
        "pedoman",
        """
PETUNJUK TEKNIS
LOMBA INOVASI DESA TINGKAT KABUPATEN NGAWI TAHUN 2024

BAB I PENDAHULUAN
A. Latar belakang: Program Inovasi Desa mendorong desa menemukan cara-cara baru menyelesaikan masalah
   pembangunan desa ...
B. Tujuan: menjaring dan mengapresiasi inovasi desa, serta menyebarkannya ke desa lain.

BAB II KETENTUAN PESERTA
1. peserta adalah pemerintah desa, BUMDes atau kelompok masyarakat desa;
2. inovasi telah diterapkan minimal 6 bulan;
3. mengisi formulir profil inovasi dan melampirkan foto/video.

BAB III KRITERIA PENILAIAN
- kebaruan (20%), manfaat bagi warga (30%), keberlanjutan & pendanaan (20%), partisipasi (15%), potensi
  replikasi (15%).

BAB IV JADWAL
- pendaftaran 1-30 Juni; verifikasi lapangan Juli; pengumuman 17 Agustus 2024.
""",
        urusan="desa",
        opd="Dinas Pemberdayaan Masyarakat dan Desa",
        pemda="Kabupaten Ngawi",
    ),
    doc(
        "juknis-setara-sidoarjo",
        "pedoman",
        """
PETUNJUK TEKNIS
PELAKSANAAN SETARA (SEKOLAH TANPA PR, BELAJAR BERSAMA KELUARGA)
JENJANG SEKOLAH DASAR
Dinas Pendidikan Kabupaten Sidoarjo - Edisi Cetak 2024 (dibagikan ke 40 SD pelaksana)

I. Pengertian
SETARA adalah pengganti pekerjaan rumah (PR) akademik dengan kegiatan bersama keluarga yang terkait tema
pembelajaran minggu itu.

II. Ketentuan
1. Guru tidak memberikan PR tertulis kecuali proyek akhir semester.
2. Setiap Jumat guru membagikan "Kartu SETARA" berisi satu kegiatan keluarga (contoh: menghitung belanjaan di
   pasar, menanam cabai di pot, membaca dongeng).
3. Orang tua mengirim satu foto/cerita singkat ke wali kelas paling lambat Senin.
4. Guru memberi umpan balik lisan di kelas, tidak dinilai angka.

III. Peran kepala sekolah dan komite
...

IV. Monitoring: pengawas sekolah mengisi lembar monitoring tiap bulan.
""",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="SETARA",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Sidoarjo",
        ind={"pedoman_teknis": 1},
    ),
    doc(
        "manual-book-e-kinerja-kutai-kartanegara",
        "pedoman",
        """
MANUAL BOOK
e-KINERJA KUKAR v3.0
User Guide untuk ASN dan Atasan Langsung
BKPSDM Kabupaten Kutai Kartanegara - file PDF, distribusi via grup WA admin OPD

1. Getting started
   - Buka https://ekinerja.kukarkab.go.id, login memakai NIP & password SIMPEG.
   - Untuk first time login, sistem meminta ganti password.

2. Input SKP (Sasaran Kinerja Pegawai)
   - Menu "SKP Tahunan" > Add new > pilih rencana hasil kerja atasan (cascading).
   - Klik Submit; status berubah jadi "Waiting approval".

3. Daily activity log
   - Setiap hari ASN input aktivitas + upload evidence (foto/dokumen, max 2 MB).
   - Deadline input H+3, lewat dari itu aktivitas terkunci (locked).

4. Approval oleh atasan
   - Atasan buka menu "Approval", review, lalu Approve/Reject dengan catatan.

5. Troubleshooting
   - Lupa password: hubungi helpdesk BKPSDM (WA 0812-xxxx).
   - Data TPP tidak muncul: pastikan realisasi SKP sudah approved sebelum tanggal 5.
""",
        bentuk="tata_kelola",
        urusan="kepegawaian",
        jenis="digital",
        nama="e-KINERJA KUKAR",
        opd="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        pemda="Kabupaten Kutai Kartanegara",
        ind={"pedoman_teknis": 2},
        tags=["english_mixed"],
    ),
    doc(
        "panduan-wajib-pajak-tapis",
        "pedoman",
        """
PANDUAN SINGKAT BAGI WAJIB PAJAK
TAPIS - TAGIHAN PAJAK INTERAKTIF
Badan Pendapatan Daerah Kabupaten Lampung Tengah

Apa itu TAPIS?
Layanan pemberitahuan tagihan pajak daerah (PBB-P2, pajak restoran, pajak hotel, reklame) melalui WhatsApp.
Wajib pajak juga bisa menanyakan tunggakan dan mendapat kode bayar.

Cara memakai:
1. Simpan nomor WA resmi Bapenda 0811-7xxx-xxx (centang hijau).
2. Ketik: CEK#NOP (contoh CEK#18.02.050.004.001-0123.0).
3. Balasan berisi tahun pajak, pokok, denda dan kode bayar.
4. Bayar di bank, kantor pos, Indomaret/Alfamart atau QRIS.
5. Setelah lunas, ketik BUKTI#NOP untuk mendapat e-STTS.

Panduan ini dapat dilihat online di bapenda.lampungtengahkab.go.id/tapis
Waspada penipuan: Bapenda tidak pernah meminta transfer ke rekening pribadi.
""",
        bentuk="pelayanan_publik",
        urusan="keuangan",
        jenis="digital",
        nama="TAPIS",
        opd="Badan Pendapatan Daerah",
        pemda="Kabupaten Lampung Tengah",
        ind={"pedoman_teknis": 3},
    ),
    doc(
        "juknis-petugas-tpi-si-ikan",
        "pedoman",
        """
PETUNJUK TEKNIS PETUGAS TPI
PENGIRIMAN DATA HARGA IKAN HARIAN - SI-IKAN
(dicetak, ditempel di pos petugas TPI)

Kapan: setiap hari lelang, paling lambat jam 10.00 WIB.
Apa yang dikirim: harga tertinggi & terendah per jenis ikan utama (layur, tongkol, cakalang, kakap merah,
udang jerbung, bawal putih) per kg.

Format pesan ke nomor bot SI-IKAN:
  HARGA#TPI#JENIS#TERENDAH#TERTINGGI
  contoh: HARGA#CIKIDANG#LAYUR#38000#46000
Bot membalas "OK TERSIMPAN". Jika balasan "FORMAT SALAH", periksa tanda pagar (#) dan jangan pakai titik
pada angka.

Jika tidak ada lelang (cuaca buruk), kirim: LIBUR#CIKIDANG
Kontak admin: Deden (penyuluh) 0813-xxxx
""",
        bentuk="urusan_lainnya",
        urusan="kelautan_perikanan",
        jenis="digital",
        tahapan="uji_coba",
        nama="SI-IKAN",
        opd="Dinas Kelautan, Perikanan dan Ketahanan Pangan",
        pemda="Kabupaten Pangandaran",
        ind={"pedoman_teknis": 1},
    ),
    doc(
        "panduan-operator-emusrenbang",
        "pedoman",
        """
PANDUAN PENGGUNAAN APLIKASI e-MUSRENBANG
UNTUK OPERATOR DESA DAN KECAMATAN
Bappeda Kabupaten Kubu Raya - 2024
(tersedia online pada menu "Panduan" di emusrenbang.kuburayakab.go.id)

BAGIAN 1. HAK AKSES
Operator desa: input usulan hasil musdes. Operator kecamatan: verifikasi & prioritas. Bappeda: rekap.

BAGIAN 2. INPUT USULAN DESA
2.1 Pilih tahun perencanaan (RKPD 2026).
2.2 Klik Tambah Usulan, pilih bidang urusan dan nomenklatur kegiatan (sesuai Kepmendagri 900.1.15.5-1317).
2.3 Isi lokasi (pilih dusun di peta), volume, satuan, perkiraan biaya, foto kondisi eksisting (wajib).
2.4 Simpan sebagai draft; setelah berita acara musdes diunggah, klik Kirim ke Kecamatan.

BAGIAN 3. VERIFIKASI KECAMATAN
Usulan yang tidak sesuai kewenangan kabupaten dikembalikan dengan catatan ...
""",
        bentuk="tata_kelola",
        urusan="perencanaan",
        jenis="digital",
        nama="E-MUSRENBANG",
        opd="Badan Perencanaan Pembangunan Daerah",
        pemda="Kabupaten Kubu Raya",
        ind={"pedoman_teknis": 3},
    ),
    doc(
        "pedoman-katana-bima",
        "pedoman",
        """
BUKU SAKU
KELURAHAN TANGGUH BENCANA (KATANA)
BPBD Kota Bima - cetakan kedua 2023

Kenali ancaman di kelurahan kita: banjir bandang (Des-Mar), angin kencang, gempa.

Apa yang dilakukan FORUM KATANA?
1. Membuat peta risiko dan jalur evakuasi bersama warga (dipasang di pos ronda & masjid).
2. Menyiapkan tim siaga: peringatan dini, evakuasi, dapur umum, kesehatan.
3. Latihan/simulasi minimal 1x setahun.

Saat hujan deras lebih dari 2 jam:
- pantau tinggi air di penanda sungai (cat merah = siaga)
- kentongan 3x berulang = bersiap evakuasi
- bawa tas siaga: dokumen, obat, senter, baju 2 hari

Nomor penting: Pusdalops BPBD (0374) 4xxxx ; PMI ; Puskesmas ; Lurah.
""",
        bentuk="urusan_lainnya",
        urusan="trantibum",
        jenis="non_digital",
        nama="KATANA",
        opd="Badan Penanggulangan Bencana Daerah",
        pemda="Kota Bima",
        ind={"pedoman_teknis": 1},
    ),
    doc(
        "panduan-homestay-desa-wisata-penglipuran",
        "pedoman",
        """
PANDUAN PENGELOLAAN HOMESTAY
DESA WISATA PENGLIPURAN
disusun Pengelola Desa Wisata bersama Dinas Pariwisata Kab. Bangli

1. Standar kamar: kasur bersih, sprei diganti tiap tamu, kamar mandi bersih, tidak ada barang berbau.
2. Harga kamar disepakati desa adat (Rp 250.000 - 400.000/malam incl. sarapan); tidak boleh banting harga.
3. Reservasi melalui pusat informasi desa wisata (satu pintu), tidak langsung ke tamu, agar giliran
   pemilik homestay adil.
4. 10% pendapatan disetor ke kas desa adat untuk kebersihan dan pelestarian bangunan tradisional.
5. Tamu diperkenalkan awig-awig desa: tidak merokok di jalan utama, berpakaian sopan di pura.
6. Pemilik homestay wajib ikut pelatihan hospitality minimal 1x setahun.
""",
        bentuk="urusan_lainnya",
        urusan="pariwisata",
        also=["desa"],
        jenis="non_digital",
        nama="DESA WISATA PENGLIPURAN",
        opd="Dinas Pariwisata",
        pemda="Kabupaten Bangli",
        inisiator="masyarakat",
        ind={"pedoman_teknis": None},
        tags=["two_sector"],
    ),
    doc(
        "juknis-mtu-pelatihan-keliling-garut",
        "pedoman",
        """
PETUNJUK TEKNIS
PELATIHAN KERJA KELILING MENGGUNAKAN MOBILE TRAINING UNIT (MTU)
UPTD Balai Latihan Kerja, Dinas Tenaga Kerja dan Transmigrasi Kab. Garut

A. Maksud: mendekatkan pelatihan kerja berbasis kompetensi bagi pencari kerja di kecamatan selatan Garut yang
   jauh dari BLK.
B. Kejuruan yang tersedia di MTU: menjahit, servis sepeda motor, pengolahan makanan, barista.
C. Persyaratan peserta: usia 17-45 tahun, KTP Garut, belum bekerja/terkena PHK, diusulkan desa.
D. Pelaksanaan: 1 angkatan 16 orang, 160 JP (20 hari), lokasi di balai desa/aula kecamatan.
E. Kewajiban desa: menyediakan tempat, listrik, air; menjamin kehadiran peserta.
F. Sertifikasi: peserta yang lulus diuji kompetensi oleh LSP.
G. Pelaporan: instruktur mengirim laporan harian ke kepala UPTD.
""",
        bentuk="pelayanan_publik",
        urusan="tenaga_kerja",
        jenis="non_digital",
        nama="MTU",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Garut",
        ind={"pedoman_teknis": None},
    ),
    doc(
        "panduan-ipadang-perpustakaan-digital",
        "pedoman",
        """
PANDUAN LAYANAN PERPUSTAKAAN DIGITAL iPADANG
Dinas Kearsipan dan Perpustakaan Kota Padang

Langkah mendaftar:
1. Unduh aplikasi iPadang di Play Store / App Store.
2. Daftar dengan NIK (warga Padang) atau nomor kartu pelajar; mahasiswa luar Padang bisa daftar sebagai
   anggota tamu.
3. Verifikasi email.
Meminjam e-book:
- maksimal 3 judul sekaligus, masa pinjam 7 hari, otomatis kembali.
- bila antre, tekan "Antrekan saya"; notifikasi muncul jika buku tersedia.
Fitur lain: koleksi naskah Minangkabau hasil digitalisasi, audiobook cerita anak, ruang diskusi.
Bantuan: layanan chat di aplikasi atau datang ke lantai 1 Gedung Perpustakaan Jl. Bagindo Aziz Chan.
""",
        bentuk="pelayanan_publik",
        urusan="perpustakaan",
        jenis="digital",
        nama="iPADANG",
        opd="Dinas Kearsipan dan Perpustakaan",
        pemda="Kota Padang",
        ind={"pedoman_teknis": None},
    ),
    doc(
        "pedoman-tte-perangkat-daerah-lampsel",
        "pedoman",
        """
PEDOMAN PENGGUNAAN TANDA TANGAN ELEKTRONIK (TTE)
DI LINGKUNGAN PEMERINTAH KABUPATEN LAMPUNG SELATAN
Lampiran Peraturan Bupati Nomor 17 Tahun 2023 (e-book PDF)

BAB I Umum - tanda tangan elektronik tersertifikasi memiliki kekuatan hukum sama dengan tanda tangan basah.
BAB II Dokumen yang wajib ber-TTE: naskah dinas keluar, SK, surat tugas, SPM/SP2D, dokumen layanan perizinan.
BAB III Tata cara:
 1. naskah final diunggah ke aplikasi persuratan (SRIKANDI) atau aplikasi layanan;
 2. penandatangan memasukkan passphrase;
 3. dokumen yang telah ditandatangani dapat diverifikasi di tte.komdigi.go.id.
BAB IV Keamanan: passphrase rahasia, laporkan bila sertifikat bocor ke Diskominfo (tim persandian) dalam 1x24
jam untuk pencabutan.
""",
        bentuk="tata_kelola",
        urusan="persandian",
        jenis="digital",
        nama="TTE",
        opd="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        pemda="Kabupaten Lampung Selatan",
        ind={"pedoman_teknis": 2},
    ),
    doc(
        "juknis-posyandu-ilp-desa-sleman",
        "pedoman",
        """
PETUNJUK TEKNIS
POSYANDU INTEGRASI LAYANAN PRIMER (ILP) DI PADUKUHAN
Dinas Kesehatan bersama Dinas PMK Kabupaten Sleman - 2024

1. Posyandu ILP melayani semua siklus hidup (ibu hamil, balita, remaja, usia produktif, lansia) pada satu hari
   buka, dengan 5 meja: pendaftaran, penimbangan/pengukuran, pencatatan, pelayanan, penyuluhan.
2. Jadwal: minggu kedua setiap bulan, pukul 08.00-12.00, di rumah kader atau balai padukuhan.
3. Kader minimal 5 orang per posyandu, dilatih 25 keterampilan dasar.
4. Pendanaan: Dana Desa (Kalurahan) untuk insentif kader & PMT, BOK Puskesmas untuk pembinaan.
5. Pencatatan: buku register ILP; laporan ke Puskesmas paling lambat tanggal 5.
6. Pembinaan: Puskesmas (teknis), Kalurahan dan Kapanewon (kelembagaan).
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        also=["desa"],
        jenis="non_digital",
        nama="POSYANDU ILP",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Sleman",
        ind={"pedoman_teknis": None},
        tags=["two_sector"],
    ),
    doc(
        "pedoman-patbm-kota-blitar",
        "pedoman",
        """
PEDOMAN PELAKSANAAN
PERLINDUNGAN ANAK TERPADU BERBASIS MASYARAKAT (PATBM)
KOTA BLITAR

Bab 1. Pendahuluan
PATBM adalah gerakan jaringan atau kelompok warga di tingkat kelurahan yang bekerja secara terkoordinasi
untuk mencapai tujuan perlindungan anak.

Bab 2. Pembentukan aktivis PATBM
- 10-15 orang per kelurahan: tokoh agama, guru, kader PKK, karang taruna, Babinsa/Bhabinkamtibmas.
- Ditetapkan dengan SK Lurah.

Bab 3. Kegiatan pokok
a. pemetaan risiko kekerasan anak di RW; b. sosialisasi pengasuhan positif; c. deteksi dini dan pelaporan
kasus ke UPTD PPA; d. pendampingan keluarga korban.

Bab 4. Pelaporan: aktivis mengirim laporan triwulan ke DP3AP2KB.
""",
        bentuk="urusan_lainnya",
        urusan="pppa",
        jenis="non_digital",
        nama="PATBM",
        opd="Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB",
        pemda="Kota Blitar",
        ind={"pedoman_teknis": None},
    ),
    doc(
        "pedoman-liga-desa-sumenep",
        "pedoman",
        """
PEDOMAN PENYELENGGARAAN
LIGA SEPAK BOLA ANTAR DESA "LIGA DESA SUMENEP" 2024
Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Kab. Sumenep

1. Peserta: tim perwakilan desa, pemain ber-KTP desa bersangkutan, usia 16-23 tahun (maks 3 pemain senior).
2. Format: fase grup per kecamatan (Juli), babak gugur kabupaten (Agustus), final 17 Agustus.
3. Desa dapat menganggarkan biaya tim dari Dana Desa (kegiatan pembinaan kepemudaan).
4. Wasit bersertifikat PSSI Askab Sumenep; sanksi kartu sesuai Laws of the Game.
5. Talent scouting: 25 pemain terbaik dipanggil seleksi tim PORPROV.
6. Fair play: suporter ricuh -> tim didiskualifikasi.
""",
        bentuk="urusan_lainnya",
        urusan="pemuda_olahraga",
        also=["desa"],
        jenis="non_digital",
        nama="LIGA DESA SUMENEP",
        opd="Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata",
        pemda="Kabupaten Sumenep",
        ind={"pedoman_teknis": None},
        tags=["two_sector"],
    ),
    doc(
        "juknis-sikaji-kesehatan-jiwa",
        "pedoman",
        """
PETUNJUK TEKNIS
SIKAJI - SISTEM INFORMASI KESEHATAN JIWA
bagi Pemegang Program Keswa Puskesmas
Dinas Kesehatan Kota Pekalongan - Juli 2024 (file elektronik)

1. Tujuan: pencatatan ODGJ berat & pemantauan minum obat, terintegrasi dengan kunjungan rumah.
2. Input kasus baru: diagnosis (F20-F29, F30-F39), status pasung, keluarga pendamping, nomor HP.
3. Jadwal kunjungan: sistem otomatis membuat jadwal kunjungan rumah bulanan; petugas mengunggah foto dan
   catatan kondisi.
4. Alarm putus obat: pasien yang tidak mengambil obat > 35 hari masuk daftar merah.
5. Rekap: dashboard capaian SPM keswa per Puskesmas.
6. Kerahasiaan data: akses hanya untuk pemegang program & dokter Puskesmas.
""",
        bentuk="tata_kelola",
        urusan="kesehatan",
        jenis="digital",
        nama="SIKAJI",
        opd="Dinas Kesehatan",
        pemda="Kota Pekalongan",
        ind={"pedoman_teknis": 2},
    ),
    doc(
        "draft-juknis-puspaga-keliling",
        "pedoman",
        """
[DRAFT v0.3 - untuk dibahas, belum final, jangan disebarluaskan]

PETUNJUK TEKNIS PUSPAGA KELILING
DP3A Kabupaten Sragen

1. Jadwal kunjungan ke desa: 2x sebulan, bergilir 20 kecamatan (jadwal menyusul).
2. Tim: 1 psikolog, 1 konselor, 1 admin, sopir.
3. Layanan: konsultasi pengasuhan, kelas parenting, deteksi dini kekerasan.
4. ?? (perlu diputuskan: apakah konseling individu di mobil atau di balai desa)
5. Pencatatan: mengikuti SOP PUSPAGA induk.

Catatan rapat 12/2: juknis ini baru akan difinalkan setelah SK Bupati terbit; sementara tim belum turun ke
desa.
""",
        urusan="pppa",
        jenis="non_digital",
        tahapan="inisiatif",
        nama="PUSPAGA KELILING",
        opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Sragen",
        neg=["pedoman_teknis", "regulasi"],
        tags=["negation"],
    ),
    doc(
        "user-guide-komodo-green-pass",
        "pedoman",
        """
KOMODO GREEN PASS - USER GUIDE / PANDUAN PENGGUNA
for Tour Operators & Visitors

1. Register your account at the Green Pass portal (nama perusahaan/individu, email, nomor HP).
2. Book your visit: pilih tanggal, destinasi (Pulau Padar, Pink Beach, Goa Batu Cermin), jumlah pax.
3. Pay with QRIS / virtual account / credit card. E-ticket (QR) dikirim ke email.
4. Waste deposit: setiap kapal wajib membawa kembali sampah plastik; scan QR di dermaga saat check-out
   untuk refund deposit Rp 50.000/kapal.
5. FAQ: tiket tidak bisa dipindahtangankan; reschedule max H-1 via portal.

Helpdesk: Disparekrafbud Manggarai Barat, WA +62 81x-xxxx-xxxx, Instagram @visitlabuanbajo.
Guide ini juga tersedia online di halaman Help portal.
""",
        bentuk="pelayanan_publik",
        urusan="pariwisata",
        jenis="digital",
        nama="KOMODO GREEN PASS",
        opd="Dinas Pariwisata, Ekonomi Kreatif dan Kebudayaan",
        pemda="Kabupaten Manggarai Barat",
        ind={"pedoman_teknis": 3},
        tags=["english_mixed"],
    ),
]
