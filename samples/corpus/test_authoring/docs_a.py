"""Test documents, part A: health, schools and villages (written by hand, one text each)."""

from common import doc, ocr_noise

DOCS = [
    doc(
        "proposal",
        "gercep-stunting",
        """
PROFIL INOVASI DAERAH
KABUPATEN BONE BOLANGO TAHUN 2025

Nama Inovasi      : GERCEP STUNTING (Gerakan Cepat Cegah Stunting)
Perangkat Daerah  : Dinas Kesehatan Kabupaten Bone Bolango
Urusan            : Kesehatan (beririsan: Pemberdayaan Masyarakat dan Desa)
Waktu Uji Coba    : April 2022
Waktu Penerapan   : Agustus 2022

RANCANG BANGUN

1. Dasar Hukum
a. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
b. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
c. Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting;
d. Peraturan Bupati Bone Bolango Nomor 27 Tahun 2022 tentang Gerakan Cepat Cegah Stunting di Desa.

2. Permasalahan
Prevalensi stunting Kabupaten Bone Bolango menurut survei tahun 2021 masih 28,9 persen, jauh di atas
target nasional. Penimbangan balita di posyandu hanya dihadiri sekitar separuh sasaran, data balita
berisiko tersebar di buku kader dan tidak sampai ke puskesmas tepat waktu, sementara pemerintah desa
belum tahu berapa rupiah dana desa yang pantas dialokasikan untuk gizi. Akibatnya intervensi datang
terlambat, sering setelah anak sudah dua kali tidak naik berat badannya.

3. Isu Strategis
Penurunan stunting menjadi prioritas nasional dan tertuang dalam RPJMD Kabupaten Bone Bolango 2021-2026.
Isu yang diangkat adalah lambatnya alur informasi dari posyandu ke puskesmas dan lemahnya peran desa
dalam pembiayaan makanan tambahan lokal.
\f
4. Metode Pembaharuan
Sebelum inovasi, kader mencatat hasil timbang di buku register lalu menyerahkannya ke bidan desa setiap
akhir bulan. Dengan GERCEP STUNTING setiap desa membentuk Regu Cepat yang terdiri atas bidan desa, dua
kader posyandu dan satu perangkat desa. Balita yang berat badannya tidak naik satu kali langsung
dikunjungi dalam tiga hari, diberi paket makanan tambahan berbahan pangan lokal yang dibiayai dana desa,
dan dirujuk ke puskesmas bila perlu. Rekap mingguan dikirim kepala desa ke camat dan dibahas dalam rapat
konvergensi bulanan di kecamatan.

5. Keunggulan dan Kebaharuan
- Intervensi dimulai pada kegagalan timbang pertama, bukan kedua;
- desa menjadi pemilik program dan membiayai makanan tambahan dari dana desa;
- melibatkan Universitas Negeri Gorontalo untuk pendampingan gizi, CSR perbankan daerah untuk
  timbangan digital posyandu, TP-PKK dan kader sebagai penggerak masyarakat, serta radio RRI Gorontalo
  untuk kampanye mingguan.

6. Tahapan Inovasi
- Januari 2022: penggalian ide dalam rapat konvergensi stunting;
- Februari 2022: penyusunan konsep dan pemilihan desa percontohan;
- April 2022: uji coba di 12 desa Kecamatan Suwawa;
- Agustus 2022: penerapan di seluruh 160 desa setelah terbit Peraturan Bupati.

TUJUAN
Mempercepat penanganan balita berisiko stunting sejak tanda pertama dan memperkuat peran desa.

MANFAAT
Balita berisiko tertangani lebih cepat, desa memiliki anggaran gizi yang terarah, puskesmas memperoleh
data yang lebih tepat waktu.

HASIL
Sampai Desember 2024 sebanyak 1.240 balita berisiko telah ditangani Regu Cepat. Prevalensi stunting turun
menjadi 19,7 persen. Kegiatan didukung APBD Dinas Kesehatan tahun anggaran 2022, 2023 dan 2024.
""",
        bentuk="pelayanan_publik", urusan="kesehatan", urusan_also=["desa"], jenis="non_digital",
        tahapan="penerapan", inisiator="opd", nama_inovasi="GERCEP STUNTING",
        opd="Dinas Kesehatan Kabupaten Bone Bolango", pemda="Kabupaten Bone Bolango",
        indicators={"regulasi": 2, "kecepatan_penciptaan": 2, "kemanfaatan": 3, "aktor": 3, "anggaran": 3},
        tags=["two_sector"],
    ),
    doc(
        "regulasi",
        "sk-tim-gercep",
        ocr_noise(
            """
BUPATI BONE BOLANGO
PROVINSI GORONTALO

KEPUTUSAN BUPATI BONE BOLANGO
NOMOR 188.45/KEP/214/2023

TENTANG
PEMBENTUKAN TIM PELAKSANA GERAKAN CEPAT CEGAH STUNTING (GERCEP STUNTING)
KABUPATEN BONE BOLANGO TAHUN 2023

BUPATI BONE BOLANGO,

Menimbang : a. bahwa untuk menjamin pelaksanaan Gerakan Cepat Cegah Stunting sebagaimana diatur dalam
               Peraturan Bupati Nomor 27 Tahun 2022 perlu dibentuk tim pelaksana;
            b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan
               Keputusan Bupati tentang Pembentukan Tim Pelaksana GERCEP STUNTING;
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
            2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
            3. Peraturan Bupati Bone Bolango Nomor 27 Tahun 2022;

MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG PEMBENTUKAN TIM PELAKSANA GERCEP STUNTING.
KESATU  : Membentuk Tim Pelaksana GERCEP STUNTING dengan susunan sebagaimana tercantum dalam Lampiran.
KEDUA   : Tim bertugas mengoordinasikan Regu Cepat desa, menyusun rekap bulanan dan melaporkan kepada
          Bupati setiap triwulan.
KETIGA  : Biaya yang timbul dibebankan pada APBD Kabupaten Bone Bolango.
KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Suwawa
pada tanggal 6 Maret 2023
BUPATI BONE BOLANGO,
ttd
\f
LAMPIRAN KEPUTUSAN BUPATI BONE BOLANGO NOMOR 188.45/KEP/214/2023

No | Nama | Jabatan dalam Dinas | Kedudukan dalam Tim
1 | Sekretaris Daerah | Sekretaris Daerah | Pengarah
2 | Kepala Dinas Kesehatan | Kepala Dinas | Ketua
3 | Kepala Bappeda | Kepala Badan | Wakil Ketua
4 | Kepala Dinas Pemberdayaan Masyarakat dan Desa | Kepala Dinas | Anggota
5 | Kepala Dinas Sosial | Kepala Dinas | Anggota
6 | Kepala Dinas Pengendalian Penduduk dan KB | Kepala Dinas | Anggota
7 | Kepala Dinas Pendidikan dan Kebudayaan | Kepala Dinas | Anggota
8 | Kabid Kesehatan Masyarakat | Dinas Kesehatan | Sekretaris
9 | Kasi Gizi | Dinas Kesehatan | Anggota
10 | Kasi Promosi Kesehatan | Dinas Kesehatan | Anggota
11 | Kabid Pemdes | DPMD | Anggota
12 | Kabid Perencanaan Sosial Budaya | Bappeda | Anggota
13 | Camat Suwawa | Kecamatan Suwawa | Anggota
14 | Kepala Puskesmas Suwawa | Puskesmas | Anggota
""",
            seed=11,
        ),
        urusan="kesehatan",
        nama_inovasi="GERCEP STUNTING", opd="Dinas Kesehatan", pemda="Kabupaten Bone Bolango",
        indicators={"regulasi": 2, "sdm": 2, "pelaksana": 3, "jejaring": 3},
        tags=["ocr_noise"],
    ),
    doc(
        "sop",
        "antrean-anseh",
        """
PEMERINTAH KOTA BITUNG
RUMAH SAKIT UMUM DAERAH MANEMBO-NEMBO

STANDAR OPERASIONAL PROSEDUR
Nomor SOP        : 445/RSUD/SOP/031/2024
Tanggal Pembuatan: 12 Februari 2024
Tanggal Efektif  : 1 Maret 2024
Disahkan oleh    : Direktur RSUD Manembo-Nembo
Nama SOP         : Pendaftaran Rawat Jalan melalui Aplikasi ANSEH (Antrean Sehat)

Dasar Hukum:
1. Permenkes Nomor 4 Tahun 2018 tentang Kewajiban Rumah Sakit dan Kewajiban Pasien;
2. Keputusan Direktur Nomor 12 Tahun 2024 tentang Penerapan Antrean Daring.

Kualifikasi Pelaksana: petugas pendaftaran yang telah mengikuti pelatihan aplikasi ANSEH.
Peralatan/Perlengkapan: komputer, jaringan internet, aplikasi ANSEH berbasis web dan Android, printer
label, layar panggil antrean.
Peringatan: bila server tidak dapat diakses, pendaftaran dilakukan manual dan diinput ulang.

No | Kegiatan | Pelaksana | Waktu | Output
1 | Pasien memilih poli dan jadwal dokter di aplikasi ANSEH | Pasien | 5 menit | nomor antrean
2 | Sistem mengirim pengingat melalui WhatsApp H-1 | Sistem | otomatis | notifikasi
3 | Pasien memindai kode QR di anjungan saat tiba | Pasien | 2 menit | tiket cetak
4 | Petugas memverifikasi kartu BPJS/identitas | Petugas pendaftaran | 5 menit | data terverifikasi
5 | Rekam medis dikirim ke poli tujuan | Petugas rekam medis | 10 menit | berkas elektronik
6 | Pasien dipanggil sesuai nomor di layar poli | Perawat poli | sesuai antrean | pelayanan dimulai

Jumlah waktu pendaftaran: paling lama 22 menit.
""",
        bentuk="pelayanan_publik", urusan="kesehatan", jenis="digital", tahapan="penerapan",
        nama_inovasi="ANSEH", opd="RSUD Manembo-Nembo", pemda="Kota Bitung",
        indicators={"kemudahan_proses": 3, "alat_kerja": 3},
    ),
    doc(
        "publikasi",
        "jemput-imun",
        """
Petugas Puskesmas Waimangura Datangi Rumah Warga, Ratusan Anak Dapat Imunisasi Lengkap

TAMBOLAKA, SUARASUMBA.ID – Sejumlah bidan dan perawat Puskesmas Waimangura, Kabupaten Sumba Barat Daya,
menyusuri kampung-kampung di perbukitan sejak pagi, Selasa (14/5/2024). Mereka membawa termos vaksin dan
buku KIA, mendatangi rumah anak yang belum lengkap imunisasinya.

Cara jemput ini diberi nama JEMPUT IMUN. Kepala Puskesmas Waimangura, Maria Lende, mengatakan banyak
orang tua tidak sempat ke posyandu karena harus ke kebun. "Jadi kami yang datang," ujarnya.

Sejak dimulai Februari 2023, kata Maria, JEMPUT IMUN sudah menjangkau 640 anak yang sebelumnya
tertinggal jadwal imunisasi. Cakupan imunisasi dasar lengkap di wilayah puskesmas naik dari 61 persen
menjadi 88 persen.

Baca juga: Dinkes SBD Targetkan Seluruh Desa Bebas Campak

Kepala Dinas Kesehatan Sumba Barat Daya menyebut pola ini akan dibahas untuk diterapkan di puskesmas
lain. (yln)

Dilihat 1.203 kali
""",
        bentuk="pelayanan_publik", urusan="kesehatan", jenis="non_digital", tahapan="penerapan",
        inisiator="opd", nama_inovasi="JEMPUT IMUN", opd="Puskesmas Waimangura",
        pemda="Kabupaten Sumba Barat Daya",
        indicators={"sosialisasi": 3, "kemanfaatan": 3},
    ),
    doc(
        "undangan_daftar_hadir",
        "posyandu-prima",
        """
PEMERINTAH KABUPATEN LOMBOK TIMUR
DINAS KESEHATAN
Jl. Prof. M. Yamin No. 57 Selong

Selong, 3 Juni 2024
Nomor   : 400.7/1182/Dikes/2024
Sifat   : Penting
Lampiran: 1 (satu) lembar
Perihal : Undangan Bimbingan Teknis Kader POSYANDU PRIMA

Yth. Kepala Puskesmas se-Kabupaten Lombok Timur
di - Tempat

Dalam rangka penerapan inovasi POSYANDU PRIMA (Posyandu Pelayanan Integrasi Masyarakat), dengan hormat
kami mengundang Saudara beserta 2 (dua) orang kader untuk hadir pada:
Hari/Tanggal : Kamis, 13 Juni 2024
Pukul        : 08.00 WITA s.d. selesai
Tempat       : Aula Dinas Kesehatan Kabupaten Lombok Timur
Acara        : Bimbingan Teknis Pencatatan dan Pelayanan Terintegrasi Posyandu Prima

Demikian atas perhatian dan kehadirannya diucapkan terima kasih.
Kepala Dinas Kesehatan,
ttd
\f
DAFTAR HADIR
BIMBINGAN TEKNIS KADER POSYANDU PRIMA
Kamis, 13 Juni 2024 — Aula Dinas Kesehatan

No | Nama | Jabatan/Asal | Tanda Tangan
1 | Baiq Nurhasanah | Kader, Puskesmas Labuhan Haji | 1. ....
2 | Sahnun | Kader, Puskesmas Labuhan Haji | 2. ....
3 | Lalu Ahmad Fauzi | Kepala Puskesmas Sakra | 3. ....
4 | Rohani | Kader, Puskesmas Sakra | 4. ....
5 | Hj. Nurul Aini | Bidan Koordinator, Puskesmas Aikmel | 5. ....
6 | Sri Wahyuni | Kader, Puskesmas Aikmel | 6. ....
7 | Muhammad Zaini | Kader, Puskesmas Masbagik | 7. ....
8 | Ni Ketut Ayu | Kader, Puskesmas Selong | 8. ....
""",
        bentuk="pelayanan_publik", urusan="kesehatan", tahapan="penerapan",
        nama_inovasi="POSYANDU PRIMA", opd="Dinas Kesehatan Kabupaten Lombok Timur",
        pemda="Kabupaten Lombok Timur",
        indicators={"bimtek": 1},
    ),
    doc(
        "laporan",
        "amdes",
        """
LAPORAN KEGIATAN
INOVASI AMBULANS DESA SIAGA (AMDES)
UPTD PUSKESMAS MALILI, KABUPATEN LUWU TIMUR
SEMESTER II TAHUN 2024

BAB I PENDAHULUAN
1.1 Latar Belakang
Jarak dari desa-desa di pesisir Danau Matano ke puskesmas rawat inap mencapai 40 kilometer dan tidak
semua keluarga memiliki kendaraan. Ibu bersalin dan pasien gawat darurat sering diangkut dengan sepeda
motor. Melalui AMDES, mobil operasional desa yang dibeli dengan dana desa dipakai sebagai ambulans,
dengan sopir dan kader terlatih, dan dihubungkan ke puskesmas lewat grup telepon siaga.
1.2 Tujuan
Memastikan rujukan ibu hamil, bersalin dan pasien gawat darurat tiba di fasilitas kesehatan dalam
waktu kurang dari satu jam.

BAB II PELAKSANAAN
AMDES berjalan di 9 desa. Setiap desa menetapkan sopir siaga secara bergilir dan satu kader yang telah
dilatih pertolongan pertama. Dinas Pemberdayaan Masyarakat dan Desa memfasilitasi pengalokasian dana
desa untuk bahan bakar dan perawatan kendaraan.

BAB III HASIL
Selama Juli sampai Desember 2024 AMDES mengangkut 312 pasien: 141 ibu bersalin, 97 pasien gawat darurat
dan 74 pasien rujukan terencana. Rata-rata waktu tiba di puskesmas turun dari 95 menit menjadi 48 menit.
Tidak ada kematian ibu di wilayah kerja pada periode ini.

BAB IV KENDALA DAN TINDAK LANJUT
1. Puskesmas belum memiliki SOP baku pemanggilan AMDES; rancangan SOP sedang disusun bersama
   pemerintah desa.
2. Dua kendaraan memerlukan perbaikan.

Malili, 10 Januari 2025
Kepala UPTD Puskesmas Malili
""",
        bentuk="pelayanan_publik", urusan="kesehatan", urusan_also=["desa"], jenis="non_digital",
        tahapan="penerapan", nama_inovasi="AMDES", opd="UPTD Puskesmas Malili", pemda="Kabupaten Luwu Timur",
        indicators={"kemanfaatan": 2},
        negated=["kemudahan_proses"], tags=["two_sector", "negation"],
    ),
    doc(
        "evaluasi",
        "skm-lalarama",
        """
LAPORAN SURVEI KEPUASAN MASYARAKAT
LAYANAN LANSIA RAMAH (LALARAMA)
UPTD PUSKESMAS KOTA TIDORE
TAHUN 2024

1. Pendahuluan
Survei Kepuasan Masyarakat (SKM) dilaksanakan terhadap layanan LALARAMA, yaitu loket, ruang periksa dan
apotek khusus lansia tanpa antre umum. Survei mengacu pada Permenpan RB Nomor 14 Tahun 2017.

2. Metode
Responden 150 orang lansia atau pendamping, dipilih secara aksidental pada Oktober 2024, dengan
kuesioner 9 unsur pelayanan.

3. Hasil
Unsur | Nilai Rata-rata | Mutu
Persyaratan | 3,48 | B
Prosedur | 3,52 | A
Waktu pelayanan | 3,31 | B
Biaya/tarif | 3,80 | A
Produk layanan | 3,44 | B
Kompetensi pelaksana | 3,50 | A
Perilaku pelaksana | 3,62 | A
Penanganan pengaduan | 3,20 | B
Sarana prasarana | 3,29 | B
Nilai IKM: 86,4 (Baik)

4. Pengaduan
Selama 2024 masuk 20 pengaduan melalui kotak saran dan nomor WhatsApp puskesmas; 18 telah ditindaklanjuti
(90 persen), dua menunggu perbaikan ruang tunggu.

5. Rekomendasi
Menambah kursi tunggu dan memperpanjang jam layanan apotek lansia.
""",
        bentuk="pelayanan_publik", urusan="kesehatan", jenis="non_digital", tahapan="penerapan",
        nama_inovasi="LALARAMA", opd="UPTD Puskesmas Kota Tidore", pemda="Kota Tidore Kepulauan",
        indicators={"monev": 2, "pengaduan": 2},
    ),
    doc(
        "sertifikat",
        "kader-sigap-tb",
        """
PIAGAM PENGHARGAAN
Nomor: 800/045/Dinkes/XII/2024

diberikan kepada
UPTD PUSKESMAS BATUNADUA
atas inovasi KADER SIGAP TB
sebagai Juara II Lomba Inovasi Pelayanan Kesehatan Tingkat Kota Padangsidimpuan Tahun 2024

Padangsidimpuan, 12 Desember 2024
Kepala Dinas Kesehatan
""",
        urusan="kesehatan", nama_inovasi="KADER SIGAP TB", opd="UPTD Puskesmas Batunadua",
        pemda="Kota Padangsidimpuan", tags=["short"],
    ),
]
