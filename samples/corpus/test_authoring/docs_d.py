"""Test documents, part D: communication, small business, investment, youth, statistics, cryptography,
culture, libraries, archives, fisheries, tourism and agriculture."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "pedoman",
        "panduan-jendela",
        """
PANDUAN PENGELOLAAN JENDELA (JARINGAN DESA TERKONEKSI)
Dinas Komunikasi dan Informatika Kabupaten Banggai
Versi daring: jendela.banggaikab.go.id/panduan (diperbarui Maret 2025)

1. Ruang lingkup
JENDELA menyediakan titik akses internet di kantor desa yang terhubung ke jaringan intra pemerintah
daerah, sehingga operator desa dapat mengakses aplikasi layanan kabupaten tanpa biaya kuota.

2. Tanggung jawab
- Diskominfo: perangkat, bandwidth, pemantauan jaringan 24 jam;
- Pemerintah desa: listrik, ruang perangkat, operator desa;
- Kecamatan: pelaporan gangguan bila desa tidak dapat menghubungi helpdesk.

3. Prosedur gangguan
Operator desa melaporkan gangguan melalui formulir daring atau telepon helpdesk; teknisi merespons
maksimal 1x24 jam dan perbaikan lapangan maksimal 3 hari.

4. Larangan
Jaringan tidak boleh dipakai untuk kegiatan komersial pribadi atau mengakses konten terlarang.
""",
        bentuk="tata_kelola", urusan="kominfo", urusan_also=["desa"], jenis="digital", tahapan="penerapan",
        nama_inovasi="JENDELA", opd="Dinas Komunikasi dan Informatika", pemda="Kabupaten Banggai",
        indicators={"pedoman_teknis": 3},
        tags=["two_sector"],
    ),
    doc(
        "surat_tugas",
        "hodes-teknisi",
        ocr_noise(
            """
PEMERINTAH KABUPATEN LOMBOK TIMUR
DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN

SURAT TUGAS
Nomor: 090/221/Diskominfosan/2024

Dasar : Keputusan Bupati Lombok Timur Nomor 188.45/311/KOMINFO/2023 tentang Inovasi HOTSPOT DESA
        GRATIS (HODES).

MENUGASKAN:
1. Lalu Muhammad Irfan, S.Kom — Pranata Komputer
2. Baiq Wulandari, S.T. — Pranata Komputer
3. Hendra Saputra — Teknisi Jaringan
4. Zulkarnain — Teknisi Jaringan

Untuk : memasang dan mengonfigurasi perangkat HODES di 14 desa Kecamatan Sambelia dan Sembalun pada
        tanggal 3 s.d. 14 Juni 2024.

Selong, 31 Mei 2024
Kepala Dinas
""",
            seed=41,
        ),
        bentuk="pelayanan_publik", urusan="kominfo", jenis="digital", tahapan="penerapan",
        nama_inovasi="HODES", opd="Dinas Komunikasi, Informatika dan Persandian",
        pemda="Kabupaten Lombok Timur",
        indicators={"sdm": 1, "pelaksana": 2, "regulasi": 2},
        tags=["ocr_noise"],
    ),
    doc(
        "undangan_daftar_hadir",
        "klikum-coaching",
        """
UNDANGAN
Nomor: 518/077/Diskop-UKM/2025

Yth. Pelaku UMKM Binaan KLIKUM (Klinik Koperasi dan UMKM)

Kami mengundang Bapak/Ibu pada Coaching Clinic Perizinan dan Sertifikasi Halal, yang merupakan pelatihan
KLIKUM angkatan pertama tahun 2025, pada:
Hari/Tanggal : Selasa, 18 Februari 2025
Pukul        : 09.00 WIB
Tempat       : Ruang KLIKUM, Gedung Diskop UKM Karanganyar

DAFTAR HADIR
No | Nama Peserta | Nama Usaha | No HP | Tanda Tangan
1 | Suparmi | Keripik Tempe Bu Parmi | 0812xxxx | ....
2 | Joko Susilo | Madu Lawu | 0813xxxx | ....
3 | Anisa Rahma | Batik Ciprat Jaten | 0857xxxx | ....
4 | Heru Prabowo | Kopi Tlogodlingo | 0821xxxx | ....
5 | Sri Handayani | Jamu Gendong Modern | 0878xxxx | ....
6 | Bambang W. | Sangkar Burung Mojogedang | 0815xxxx | ....
""",
        bentuk="pelayanan_publik", urusan="ukm", tahapan="penerapan", nama_inovasi="KLIKUM",
        opd="Dinas Koperasi dan UKM", pemda="Kabupaten Karanganyar",
    ),
    doc(
        "anggaran",
        "rka-klikum",
        """
RENCANA KERJA DAN ANGGARAN (RKA) SKPD — TAHUN ANGGARAN 2026
Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Karanganyar

Sub Kegiatan 2.17.07.2.01.0001 Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan
Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan
Nama Inovasi: KLIKUM

Kode Rekening | Uraian | Jumlah (Rp)
5.1.02.02.01.0003 | Honorarium narasumber coaching clinic | 21.600.000
5.1.02.01.01.0052 | Makan minum peserta | 14.000.000
5.1.02.02.01.0029 | Jasa fasilitasi sertifikasi halal 40 UMKM | 30.000.000
Jumlah | | 65.600.000

Tahun 2024: Rp 48.250.000 (realisasi); Tahun 2025: Rp 59.900.000 (DPA).
""",
        urusan="ukm", nama_inovasi="KLIKUM", opd="Dinas Koperasi dan Usaha Kecil Menengah",
        pemda="Kabupaten Karanganyar",
        indicators={"anggaran": 3},
    ),
    doc(
        "sop",
        "sigap-izin",
        """
DPMPTSP KABUPATEN MUARA ENIM
STANDAR OPERASIONAL PROSEDUR LAYANAN SIGAP IZIN (Sistem Antar Izin Gratis ke Alamat Pemohon)
No: 503/SOP/DPMPTSP/07/2024   Tgl efektif: 1 Juli 2024   Disahkan: Kepala DPMPTSP

Nama layanan: Persetujuan Bangunan Gedung dan izin usaha mikro kecil yang diantar ke alamat pemohon

No | Aktivitas | Pelaksana | Waktu
1 | Pemohon mendaftar melalui OSS/SIMBG dan mengisi formulir SIGAP IZIN | Pemohon | 1 hari
2 | Verifikasi teknis oleh Dinas PUPR (untuk PBG) | Tim teknis | 2 hari
3 | Penerbitan izin dan tanda tangan elektronik | Kepala DPMPTSP | 1 hari
4 | Pengantaran dokumen oleh kurir SIGAP ke alamat | Petugas antar | 1 hari

Total penyelesaian: 5 hari kerja.
""",
        bentuk="pelayanan_publik", urusan="penanaman_modal", jenis="digital", tahapan="penerapan",
        nama_inovasi="SIGAP IZIN", opd="DPMPTSP", pemda="Kabupaten Muara Enim",
        indicators={"kemudahan_proses": 2, "layanan_terintegrasi": 3},
    ),
    doc(
        "evaluasi",
        "skm-mpp",
        """
LAPORAN INDEKS KEPUASAN MASYARAKAT
MAL PELAYANAN PUBLIK "BUMI LAMBU SANGGU" KABUPATEN WAKATOBI — TAHUN 2024
Pengelola: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu

Di dalam MPP terdapat 14 gerai: DPMPTSP, Disdukcapil, Bapenda, Samsat, BPJS Kesehatan, BPJS
Ketenagakerjaan, Kantor Pertanahan, Kementerian Agama, Bank Sultra, PLN, PDAM, Kejaksaan, Polres dan
Kantor Imigrasi (layanan paspor berkala).

Responden: 400 orang. IKM keseluruhan: 84,1 (Baik).
Gerai dengan nilai tertinggi: Disdukcapil (88,2). Terendah: Kantor Pertanahan (76,5).

Pengaduan 2024: 64 masuk melalui SP4N-LAPOR!, kotak saran dan Instagram; 61 selesai (95,3 persen).

Rekomendasi: menambah loket pendaftaran tanah dan papan informasi antrean digital.
""",
        bentuk="pelayanan_publik", urusan="penanaman_modal", jenis="non_digital", tahapan="penerapan",
        nama_inovasi='MAL PELAYANAN PUBLIK "BUMI LAMBU SANGGU"', opd="DPMPTSP", pemda="Kabupaten Wakatobi",
        indicators={"monev": 2, "pengaduan": 3, "layanan_terintegrasi": 3},
    ),
    doc(
        "proposal",
        "gelora-muda",
        """
USULAN INOVASI DAERAH
GELORA MUDA (Gerakan Olahraga Muda Desa)

Pengusul: Dinas Pemuda dan Olahraga Kabupaten Toba, menindaklanjuti pokok pikiran DPRD yang disampaikan
anggota Komisi C, Bapak R. Sitorus, dalam reses masa sidang II tahun 2024.

Latar Belakang: fasilitas olahraga desa terbengkalai, kegiatan pemuda minim, dan kasus penyalahgunaan
narkoba pada remaja meningkat.
Tujuan: menghidupkan lapangan desa sebagai pusat kegiatan pemuda setiap sore.
Metode: pelatih olahraga sukarela dari alumni atlet PORDA, turnamen antar-desa, dan pelatihan kepemimpinan
bagi karang taruna.
Manfaat: pemuda memiliki kegiatan positif, bibit atlet terpantau sejak dini.
Hasil yang diharapkan: 50 desa memiliki klub olahraga pemuda pada 2026.

Status: usulan; belum diuji coba. Anggaran akan diusulkan pada APBD 2026.
""",
        bentuk="urusan_lainnya", urusan="pemuda_olahraga", jenis="non_digital", tahapan="inisiatif",
        inisiator="anggota_dprd", nama_inovasi="GELORA MUDA", opd="Dinas Pemuda dan Olahraga",
        pemda="Kabupaten Toba",
        negated=["anggaran"], tags=["negation"],
    ),
    doc(
        "sertifikat",
        "ligades",
        """
SERTIFIKAT
diberikan kepada
KARANG TARUNA DESA PASAR BORBOR
sebagai Penyelenggara Terbaik LIGADES (Liga Sepak Bola Antar Desa) Musim 2024
Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Toba
Balige, 30 November 2024
""",
        urusan="pemuda_olahraga", nama_inovasi="LIGADES", opd="Dinas Pemuda, Olahraga dan Pariwisata",
        pemda="Kabupaten Toba", tags=["short"],
    ),
    doc(
        "regulasi",
        "sk-desa-cantik",
        """
KEPUTUSAN BUPATI PESISIR SELATAN
NOMOR 500.12.1/142/Kpts/BPS-2024
TENTANG
PENETAPAN DESA CINTA STATISTIK (DESA CANTIK) DAN AGEN STATISTIK NAGARI

BUPATI PESISIR SELATAN,
Menimbang : bahwa untuk meningkatkan kualitas data sektoral nagari sebagai bahan perencanaan, Dinas
            Komunikasi, Informatika dan Statistik mengembangkan inovasi Desa Cinta Statistik (DESA
            CANTIK) bersama Badan Pusat Statistik Kabupaten;
Mengingat : Undang-Undang Nomor 16 Tahun 1997 tentang Statistik; Peraturan Presiden Nomor 39 Tahun 2019
            tentang Satu Data Indonesia;
MEMUTUSKAN
KESATU : Menetapkan 6 (enam) nagari sebagai DESA CANTIK: Nagari Painan, Salido, Kambang, Surantih,
         Air Haji dan Tapan.
KEDUA  : Menunjuk 2 (dua) Agen Statistik pada setiap nagari sebagaimana Lampiran.
KETIGA : Pembinaan dilakukan Diskominfo dan BPS Kabupaten Pesisir Selatan.
Ditetapkan di Painan, 5 Juni 2024
BUPATI PESISIR SELATAN
""",
        bentuk="tata_kelola", urusan="statistik", urusan_also=["desa"], jenis="non_digital",
        tahapan="penerapan",
        nama_inovasi="DESA CANTIK", opd="Dinas Komunikasi, Informatika dan Statistik",
        pemda="Kabupaten Pesisir Selatan",
        indicators={"regulasi": 2, "sdm": 2, "pelaksana": 3},
        tags=["two_sector"],
    ),
    doc(
        "undangan_daftar_hadir",
        "fgd-sidata",
        """
Undangan Focus Group Discussion
Penyusunan Metadata Statistik Sektoral SIDATA (Sistem Informasi Data Sektoral) Kota Tidore Kepulauan

Hari/Tanggal: Kamis, 22 Agustus 2024 | Pukul: 09.00 WIT | Tempat: Aula Bappelitbangda | Acara: FGD

DAFTAR HADIR
No | Nama | Instansi | Tanda Tangan
1 | Abdullah Marsaoly | BPS Kota Tidore Kepulauan | ....
2 | Dr. Nurhayati Ismail | Universitas Khairun, Prodi Statistika | ....
3 | Rahmat Jafar | Diskominfo (walidata) | ....
4 | Sofyan Hasan | Bappelitbangda | ....
5 | Irma Saleh | Dinas Kesehatan | ....
6 | Mardiana | Dinas Pendidikan | ....
7 | Ridwan Hi. Ali | Dinas Pertanian | ....
8 | Julkifli | Forum Data Komunitas Tidore | ....
9 | Rina | Malut Post (media) | ....
""",
        bentuk="tata_kelola", urusan="statistik", jenis="digital", nama_inovasi="SIDATA",
        opd="Diskominfo", pemda="Kota Tidore Kepulauan",
        indicators={"aktor": 2, "jejaring": 3},
    ),
    doc(
        "pedoman",
        "juknis-tte-sakti",
        """
PETUNJUK TEKNIS PENGGUNAAN TANDA TANGAN ELEKTRONIK — TTE SAKTI
Bidang Persandian dan Statistik, Diskominfo Kabupaten Halmahera Utara
Dokumen elektronik (PDF) — disebarkan melalui surat elektronik dinas kepada seluruh perangkat daerah

BAB I PENDAHULUAN
TTE SAKTI memungkinkan pejabat menandatangani naskah dinas secara elektronik dengan sertifikat
elektronik dari Balai Sertifikasi Elektronik (BSrE) BSSN.

BAB II PENGAJUAN SERTIFIKAT ELEKTRONIK
1. Perangkat daerah mengirim surat permohonan dan daftar pejabat;
2. Pejabat mengisi formulir, melampirkan KTP-el dan SK jabatan;
3. Verifikator Diskominfo melakukan verifikasi tatap muka;
4. Sertifikat terbit dalam 1 hari kerja dan dipasang pada aplikasi naskah dinas.

BAB III PENANDATANGANAN
Dokumen diunggah, passphrase dimasukkan, dokumen bertanda tangan dapat diverifikasi di tte.komdigi.go.id.

BAB IV KEAMANAN
Passphrase tidak boleh dititipkan kepada staf. Kehilangan perangkat wajib dilaporkan untuk pencabutan
sertifikat.
""",
        bentuk="tata_kelola", urusan="persandian", jenis="digital", tahapan="penerapan",
        nama_inovasi="TTE SAKTI", opd="Diskominfo", pemda="Kabupaten Halmahera Utara",
        indicators={"pedoman_teknis": 2},
    ),
    doc(
        "surat_tugas",
        "klik-aman",
        """
SURAT PERINTAH TUGAS
Nomor: 800.1.11.1/58/Sandi/2025

Dasar: Rencana kerja inovasi KLINIK KEAMANAN INFORMASI (KLIK AMAN) Dinas Komunikasi, Informatika,
Statistik dan Persandian Kota Sawahlunto Tahun 2025.

Memerintahkan kepada Tim KLIK AMAN (Sandiman dan Pranata Komputer, 3 orang) untuk melaksanakan penilaian
keamanan situs web dan pemeriksaan kata sandi surel dinas pada 12 perangkat daerah, tanggal 14–25 April
2025, serta menyusun laporan kerentanan.

Sawahlunto, 10 April 2025
Kepala Dinas
""",
        bentuk="tata_kelola", urusan="persandian", tahapan="penerapan", nama_inovasi="KLIK AMAN",
        opd="Dinas Komunikasi, Informatika, Statistik dan Persandian", pemda="Kota Sawahlunto",
        indicators={"sdm": 1, "pelaksana": 2},
    ),
    doc(
        "publikasi",
        "satu-warna",
        """
WAKATOBI, SULTRAKINI – Di sebuah rumah panggung di Desa Liya Togo, belasan ibu menenun kain Homoru
sambil bercerita kepada wisatawan Belanda dan Australia. "This is the pattern of our grandmothers,"
kata Wa Ode Sitti, instruktur muda yang fasih berbahasa Inggris.

Rumah itu adalah SANGGAR TENUN WARISAN atau SATU WARNA, program Dinas Kebudayaan Wakatobi sejak 2023 untuk
mewariskan motif tenun tradisional kepada generasi muda. Setiap pekan ada weaving class untuk remaja dan
workshop singkat untuk tamu. Sebanyak 86 remaja putri telah lulus kelas dasar dan 19 motif lama
didokumentasikan dalam katalog digital.

"We want the young generation to be proud, not only tourists," ujar Kepala Dinas Kebudayaan.

Baca juga: Festival Barata Kahedupa Masuk Kalender Event Nasional
""",
        bentuk="urusan_lainnya", urusan="kebudayaan", urusan_also=["pariwisata"], jenis="non_digital",
        tahapan="penerapan", inisiator="opd", nama_inovasi="SATU WARNA", opd="Dinas Kebudayaan",
        pemda="Kabupaten Wakatobi",
        indicators={"sosialisasi": 3, "kemanfaatan": 1},
        tags=["english_mixed", "two_sector"],
    ),
    doc(
        "anggaran",
        "dpa-musling",
        """
DPA-SKPD 2.2 — Tahun Anggaran 2025
Dinas Pendidikan dan Kebudayaan Kabupaten Bone Bolango — Bidang Kebudayaan

Sub Kegiatan: 2.22.02.2.01.0005 Pelestarian Kesenian Tradisional — MUSEUM KELILING (MUSLING)

Kode Rekening | Uraian | Jumlah (Rp)
5.1.02.01.01.0026 | Cetak panel pameran koleksi | 12.500.000
5.1.02.03.02.0035 | Sewa kendaraan pameran keliling | 18.000.000
5.1.02.02.01.0003 | Honorarium pemandu budaya | 9.600.000
Jumlah | | 40.100.000
""",
        urusan="kebudayaan", nama_inovasi="MUSLING", opd="Dinas Pendidikan dan Kebudayaan",
        pemda="Kabupaten Bone Bolango",
        indicators={"anggaran": 1}, tags=["short"],
    ),
    doc(
        "laporan",
        "perahu-baca",
        """
LAPORAN KEGIATAN PERAHU BACA TAHUN 2024
DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN KAPUAS HULU

BAB I PENDAHULUAN
Banyak kampung di sepanjang Sungai Kapuas dan Danau Sentarum hanya dapat dijangkau lewat air. PERAHU BACA
adalah perahu motor berisi 1.500 buku yang singgah di kampung-kampung tepian sungai dua kali sebulan.

BAB II PELAKSANAAN
Rute: Putussibau – Bika – Semangut – Nanga Kalis – Selimbau – Suhaid. Di setiap persinggahan diadakan
mendongeng, peminjaman buku, dan kelas membaca untuk anak yang belum lancar membaca.
Tim terdiri atas 2 pustakawan, 1 juru mudi, 1 tenaga pendongeng dan relawan mahasiswa KKN.

BAB III HASIL
- Kampung yang dilayani: 24;
- peminjaman buku: 6.480 eksemplar;
- anggota perpustakaan baru: 1.127 orang;
- 92 anak mengikuti kelas membaca.

BAB IV PENUTUP
Kendala utama adalah surutnya air pada Agustus–September sehingga beberapa kampung tidak dapat dijangkau.
""",
        bentuk="pelayanan_publik", urusan="perpustakaan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="PERAHU BACA", opd="Dinas Perpustakaan dan Kearsipan", pemda="Kabupaten Kapuas Hulu",
        indicators={"kemanfaatan": 3},
    ),
    doc(
        "kerja_sama",
        "pks-pojok-baca",
        """
PERJANJIAN KERJA SAMA
ANTARA DINAS PERPUSTAKAAN KOTA BITUNG DAN PT PERIKANAN NUSANTARA CABANG BITUNG
TENTANG POJOK BACA DIGITAL DI KAWASAN PELABUHAN (PODIGI)

PIHAK PERTAMA menyediakan koleksi buku elektronik, aplikasi perpustakaan digital dan pustakawan pendamping.
PIHAK KEDUA menyediakan ruang, tablet, meja baca dan biaya internet dari dana tanggung jawab sosial
perusahaan di kawasan pelabuhan perikanan selama 2 tahun.
Sasaran: anak nelayan, buruh pelabuhan dan keluarganya.
Perjanjian ditandatangani di Bitung, 6 Mei 2024.
""",
        bentuk="pelayanan_publik", urusan="perpustakaan", jenis="digital", tahapan="penerapan",
        nama_inovasi="PODIGI", opd="Dinas Perpustakaan", pemda="Kota Bitung",
    ),
    doc(
        "sop",
        "adiktif",
        """
STANDAR OPERASIONAL PROSEDUR
PELAYANAN PEMINJAMAN ARSIP MELALUI ADIKTIF (ARSIP DIGITAL TERPADU DAN EFEKTIF)
DINAS KEARSIPAN DAN PERPUSTAKAAN KOTA SAWAHLUNTO — Nomor SOP 045/DKP/2024

Pelaksana: Arsiparis | Peralatan: komputer, pemindai, aplikasi ADIKTIF (terhubung dengan aplikasi
naskah dinas seluruh perangkat daerah)

No | Kegiatan | Waktu
1 | Peminjam mengisi permintaan arsip pada aplikasi ADIKTIF | 5 menit
2 | Arsiparis mencari arsip digital menggunakan kode klasifikasi | 15 menit
3 | Arsip dikirim sebagai tautan berwaktu (berlaku 7 hari) | 5 menit
4 | Bila arsip belum dipindai, arsip fisik dipindai terlebih dahulu | 60 menit

Waktu penyelesaian: paling lama 1 hari kerja.
Disahkan: Kepala Dinas, 2 Mei 2024
""",
        bentuk="tata_kelola", urusan="kearsipan", jenis="digital", tahapan="penerapan",
        nama_inovasi="ADIKTIF",
        opd="Dinas Kearsipan dan Perpustakaan", pemda="Kota Sawahlunto",
        indicators={"kemudahan_proses": 3, "alat_kerja": 3, "layanan_terintegrasi": 3},
    ),
    doc(
        "lainnya",
        "rekomendasi-adiktif",
        """
SURAT REKOMENDASI
Nomor: 000.5/118/Setda/2025

Sekretaris Daerah Kota Sawahlunto dengan ini memberikan rekomendasi kepada Dinas Kearsipan dan
Perpustakaan Kota Sawahlunto untuk mengikuti seleksi Penghargaan Kearsipan Tingkat Nasional Tahun 2025
dengan karya inovasi ADIKTIF. Kami menilai inovasi tersebut telah membantu perangkat daerah menemukan
kembali arsip dengan cepat dan mengurangi penggunaan kertas.

Demikian rekomendasi ini dibuat untuk dipergunakan sebagaimana mestinya.
Sawahlunto, 3 Februari 2025
Sekretaris Daerah
""",
        bentuk="tata_kelola", urusan="kearsipan", jenis="digital", nama_inovasi="ADIKTIF",
        opd="Dinas Kearsipan dan Perpustakaan", pemda="Kota Sawahlunto",
    ),
    doc(
        "proposal",
        "nelpin",
        """
INNOVATION PROPOSAL / USULAN INOVASI
NELPIN — Nelayan Pintar Cuaca
Dinas Kelautan dan Perikanan Kabupaten Gorontalo Utara

1. Background / Permasalahan
Small-scale fishers often go to sea without reliable weather information. Pada 2023 tercatat 11 kecelakaan
perahu dan 3 nelayan meninggal akibat gelombang tinggi.

2. Strategic Issue / Isu Strategis
Keselamatan nelayan dan produktivitas tangkapan (RPJMD sasaran 4.2).

3. Innovation Method / Metode Pembaharuan
Peringatan cuaca BMKG dan peta lokasi ikan dikirim otomatis setiap pukul 04.00 melalui WhatsApp broadcast
dan pengeras suara masjid di 16 desa pesisir. Penyuluh perikanan menjadi admin di setiap desa.

4. Novelty / Keunggulan
Uses channels fishers already have; no new app to install. Informasi dalam bahasa daerah.

5. Stages / Tahapan
Idea: Oktober 2024. Pilot in 4 villages since February 2025 (uji coba). Evaluation planned for August 2025.

6. Expected Result
Zero fatal accident in pilot villages and more efficient fuel use.
""",
        bentuk="pelayanan_publik", urusan="kelautan_perikanan", jenis="digital", tahapan="uji_coba",
        inisiator="opd", nama_inovasi="NELPIN", opd="Dinas Kelautan dan Perikanan",
        pemda="Kabupaten Gorontalo Utara",
        indicators={"kecepatan_penciptaan": 3},
        tags=["english_mixed"],
    ),
    doc(
        "perencanaan",
        "renja-dkp-dua-inovasi",
        """
RENJA DINAS PERIKANAN KABUPATEN OGAN KOMERING ILIR TAHUN 2026 (RANCANGAN AKHIR)
Tabel Rencana Program, Kegiatan dan Pendanaan

Program | Sub Kegiatan | Indikator Keluaran | Target | Pagu (Rp)
Pengelolaan Perikanan Budidaya | Pemberdayaan pembudidaya ikan — inovasi KOLAM TERPAL MANDIRI (KOTAMA) |
  Rumah tangga pembudidaya | 250 RT | 640.000.000
Pengelolaan Perikanan Tangkap | Penyediaan sarana nelayan perairan umum — inovasi PASAR IKAN APUNG
  (PASIPUNG) |
  Titik pasar apung | 3 titik | 480.000.000
Pengolahan dan Pemasaran | Pembinaan mutu hasil perikanan | UPI bersertifikat | 12 UPI | 210.000.000
""",
        bentuk="urusan_lainnya", urusan="kelautan_perikanan", nama_inovasi="KOTAMA", opd="Dinas Perikanan",
        pemda="Kabupaten Ogan Komering Ilir",
        indicators={"rkpd": 1},
        tags=["two_innovations"],
    ),
    doc(
        "kerja_sama",
        "mou-qr-wisata",
        """
NOTA KESEPAHAMAN
ANTARA DINAS PARIWISATA KABUPATEN BELITUNG TIMUR
DAN PERHIMPUNAN HOTEL DAN RESTORAN INDONESIA (PHRI) BADAN PIMPINAN CABANG BELITUNG TIMUR
TENTANG PENGEMBANGAN QR WISATA

1. QR WISATA adalah papan kode QR di 48 destinasi yang menautkan wisatawan ke informasi sejarah, peta,
   tarif dan kontak pemandu setempat.
2. PIHAK PERTAMA mengelola konten dan server; PIHAK KEDUA memasang kode QR di kamar hotel dan restoran
   anggota serta mengirim data kunjungan tamu secara anonim setiap bulan.
3. Para pihak bersama Universitas Bangka Belitung menyusun laporan tren kunjungan tahunan.
4. Berlaku 2 tahun sejak 1 Juli 2024.
""",
        bentuk="pelayanan_publik", urusan="pariwisata", jenis="digital", tahapan="penerapan",
        nama_inovasi="QR WISATA", opd="Dinas Pariwisata", pemda="Kabupaten Belitung Timur",
        indicators={"aktor": 1},
    ),
    doc(
        "publikasi",
        "pancil",
        """
Pemandu Wisata Cilik Sambut Turis di Kota Tua Sawahlunto

SAWAHLUNTO, PADANGEKSPRES – Kalau berkunjung ke Lubang Tambang Mbah Soero akhir pekan ini, jangan heran
bila disambut pelajar SMP berseragam batik yang fasih menjelaskan sejarah tambang batu bara Ombilin.
Mereka adalah peserta PEMANDU WISATA CILIK (PANCIL), program Dinas Pariwisata Kota Sawahlunto.

PANCIL dimulai pada libur sekolah 2024. Sejauh ini 64 pelajar telah dilatih bahasa Inggris dasar,
etika melayani tamu dan sejarah kota warisan dunia. Pemandu cilik bertugas Sabtu dan Minggu didampingi
pemandu senior dari HPI.

"Anak-anak jadi bangga dengan kotanya," kata seorang guru pendamping.

Baca juga: Okupansi Hotel di Sawahlunto Naik Saat Libur Nataru
Editor: Rahmi
""",
        bentuk="urusan_lainnya", urusan="pariwisata", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="PANCIL", opd="Dinas Pariwisata", pemda="Kota Sawahlunto",
        indicators={"sosialisasi": 3, "kemanfaatan": 1},
    ),
    doc(
        "laporan",
        "doktanling",
        ocr_noise(
            """
LAPORAN BULANAN DOKTER TANAMAN KELILING (DOKTANLING)
Dinas Pertanian Kabupaten Wonosobo — Oktober 2024

Pendahuluan
DOKTANLING adalah layanan klinik tanaman bergerak: mobil laboratorium mini dan petugas POPT mendatangi
kelompok tani untuk mendiagnosis hama dan penyakit kentang, cabai dan kopi.

Hasil bulan Oktober 2024
Kecamatan | Kelompok tani | Petani dilayani | Kasus utama
Kejajar | 6 | 148 | busuk daun kentang
Garung | 4 | 97 | antraknosa cabai
Kertek | 3 | 71 | penggerek buah kopi
Jumlah | 13 | 316 |

Rekomendasi pengendalian disampaikan langsung dan dikirim melalui grup WhatsApp penyuluh.
""",
            seed=77,
        ),
        bentuk="pelayanan_publik", urusan="pertanian", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="DOKTANLING", opd="Dinas Pertanian", pemda="Kabupaten Wonosobo",
        indicators={"kemanfaatan": 2},
        tags=["ocr_noise"],
    ),
    doc(
        "pedoman",
        "juknis-brigade-pupuk",
        """
PETUNJUK TEKNIS
BRIGADE PUPUK ORGANIK DESA (BRIPOD)
Dinas Tanaman Pangan dan Hortikultura Kabupaten Enrekang — Cetakan Pertama, 2024

I. Pengertian
BRIPOD adalah kelompok pemuda tani yang memproduksi pupuk organik padat dan cair dari kotoran ternak dan
limbah pasar untuk dijual kepada petani anggota dengan harga di bawah pupuk kimia.

II. Persyaratan Kelompok
Minimal 10 anggota, memiliki lahan rumah kompos minimal 50 m², didampingi penyuluh pertanian.

III. Tahapan Produksi
1. Pengumpulan bahan (hari ke-1);
2. pencacahan dan pencampuran dengan dekomposer (hari ke-2);
3. pengomposan dan pembalikan seminggu sekali (hari ke-3 s.d. ke-28);
4. pengayakan, uji sederhana dan pengemasan (hari ke-29 s.d. ke-30).

IV. Pencatatan
Setiap kelompok mengisi buku produksi dan buku penjualan yang diperiksa penyuluh setiap bulan.
""",
        bentuk="urusan_lainnya", urusan="pertanian", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="BRIPOD", opd="Dinas Tanaman Pangan dan Hortikultura", pemda="Kabupaten Enrekang",
        indicators={"pedoman_teknis": 1},
    ),
]
