# ruff: noqa: E501
"""Hand-written news articles, press releases and social-media posts (publikasi), some without any innovation."""

from common import doc

DOCS = [
    doc(
        "berita-puskesmas-terapung-kotabaru",
        "publikasi",
        """
Perahu Jadi Puskesmas, Warga Pesisir Pulau Laut Tak Perlu Lagi Menyeberang untuk Berobat

Senin, 18 Maret 2024 09:41 WITA

KOTABARU, KALSELPOS.COM - Suara mesin perahu di dermaga Desa Tanjung Lalak pagi itu menjadi tanda bagi
warga: Puskesmas Terapung datang. Dalam hitungan menit, antrean ibu-ibu dengan balita dan lansia sudah
memanjang di bawah tenda biru.

Puskesmas Terapung milik UPTD Puskesmas Sungai Durian membawa dokter, bidan, perawat dan obat-obatan ke enam
desa pesisir Pulau Laut Barat setiap bulan. "Dulu kalau mau periksa harus carter kelotok Rp 200 ribu,"
kata Masnah (54), warga Teluk Aru.

Kepala Puskesmas Sungai Durian, dr. Fadli Rahman, mengatakan sejak beroperasi tahun 2022 rata-rata 300 pasien
dilayani setiap bulan. "Kami juga periksa ibu hamil dan imunisasi anak di atas perahu," ujarnya.

Baca juga: Dinkes Kotabaru Targetkan Imunisasi Lengkap 95 Persen

Penulis: Rahmadi | Editor: Nurul H.
Dilihat: 2.417 kali
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PUSKESMAS TERAPUNG",
        opd="UPTD Puskesmas Sungai Durian",
        pemda="Kabupaten Kotabaru",
        ind={"sosialisasi": 3},
    ),
    doc(
        "siaran-pers-sipades-blora",
        "publikasi",
        """
blorakab.go.id > Berita > Pemerintahan

Operator 29 Desa di Ngawen Dilatih Input Aset Desa Lewat SIPADES

Diposting: 6 Agustus 2024 | Admin Diskominfo

NGAWEN - Pemerintah Kecamatan Ngawen memulai pendampingan penginputan data aset desa pada aplikasi SIPADES
(Sistem Pengelolaan Aset Desa) bagi operator dari 29 desa. Kegiatan berlangsung 5-23 Agustus 2024 di aula
kecamatan secara bergiliran.

Camat Ngawen, Drs. Agus Wibowo, menjelaskan banyak aset desa seperti tanah kas desa, gedung PAUD dan
kendaraan belum tercatat rapi. "Dengan SIPADES, aset desa tercatat dan laporan kekayaan desa bisa langsung
disusun," katanya.

Pendampingan diberikan oleh tim kecamatan bersama pendamping lokal desa.

#BloraMustika #Ngawen #SIPADES
""",
        bentuk="tata_kelola",
        urusan="desa",
        jenis="digital",
        tahapan="penerapan",
        nama="SIPADES",
        opd="Kecamatan Ngawen",
        pemda="Kabupaten Blora",
        ind={"sosialisasi": 2},
    ),
    doc(
        "ig-post-dowa-tegal",
        "publikasi",
        """
dukcapil.kotategal  ✓
[foto: petugas memegang HP dengan tulisan "URUS AKTA CUKUP DARI RUMAH"]

Sobat Dukcapil, masih antre ke kantor buat ganti KK? 🙅‍♀️
Sekarang ada DOWA - Dukcapil Online via WhatsApp!
✅ Akta kelahiran, KIA, perubahan KK, akta kematian, pindah datang
✅ Kirim berkas lewat WA 0811-xxxx-xxx
✅ Dokumen jadi dikirim PDF ber-TTE, cetak sendiri di kertas HVS
✅ GRATIS, tanpa calo!

Jam layanan Senin-Jumat 08.00-15.00.
Info lengkap cek link di bio ya 👆

#DOWA #DukcapilTegal #TegalKotaBahari #GratisTanpaCalo
1.284 suka · 97 komentar
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="digital",
        tahapan="penerapan",
        nama="DOWA",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kota Tegal",
        ind={"sosialisasi": 2},
    ),
    doc(
        "berita-samba-sumbawa",
        "publikasi",
        """
Pohon Buku di SDN 3 Moyo Hilir, Cara Guru Nurhayati Bikin Murid Betah Membaca

Sumbawa Besar, GAUNGNTB - Setiap Sabtu pagi, halaman SD Negeri 3 Moyo Hilir berubah jadi ruang baca
terbuka. Anak-anak memilih buku yang digantung di "pohon buku" dari ranting kayu, lalu duduk melingkar
membaca bersama.

Kegiatan bernama SAMBA (Sabtu Membaca) itu digagas guru kelas IV, Nurhayati, S.Pd. Ia resah karena banyak
muridnya belum lancar memahami bacaan. "Di rumah hampir tidak ada buku. Jadi sekolah yang harus
menyediakan," katanya.

Sejak diujicobakan Januari lalu, buku-buku sumbangan alumni dan warga terus bertambah. Kepala sekolah
berencana mengajukan SAMBA ke lomba inovasi tingkat kabupaten.

(ris)
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="uji_coba",
        inisiator="asn",
        nama="SAMBA",
        opd="SD Negeri 3 Moyo Hilir",
        pemda="Kabupaten Sumbawa",
        ind={"sosialisasi": 3},
    ),
    doc(
        "berita-bupati-luncurkan-si-atap-pos-gizi",
        "publikasi",
        """
Bupati Sumedang Luncurkan Dua Inovasi Sekaligus

SUMEDANG, PRFMNEWS - Bupati Sumedang meluncurkan dua inovasi daerah di Gedung Negara, Rabu (14/2/2024).
Inovasi pertama adalah SI-ATAP, aplikasi pendataan rumah tidak layak huni (RTLH) yang memungkinkan desa
mengusulkan rumah warga lengkap dengan foto dan titik lokasi, sehingga bantuan rehab lebih tepat sasaran.

Inovasi kedua, POS GIZI MANDIRI, merupakan pos pemulihan gizi balita yang dikelola kader dengan bahan pangan
lokal. Program ini sedang diujicobakan di 12 desa lokus stunting.

"Inovasi bukan sekadar lomba, tapi cara menyelesaikan masalah warga," kata Bupati.

Kepala Dinas Perkim menyebut SI-ATAP sudah memuat 9.400 data RTLH dari 270 desa.

Editor: Asep S.
""",
        bentuk="tata_kelola",
        urusan="perumahan",
        jenis="digital",
        tahapan="penerapan",
        nama="SI-ATAP",
        opd="Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        pemda="Kabupaten Sumedang",
        ind={"sosialisasi": 3},
        tags=["two_innovations"],
    ),
    doc(
        "fb-post-paten-keliling-rappocini",
        "publikasi",
        """
Kecamatan Rappocini Official
8 Mei pukul 10.12 · 🌐

PATEN KELILING HARI INI HADIR DI LORONG 5 KEL. GUNUNG SARI 🚐📄

Warga yang mau urus:
- surat keterangan domisili / usaha
- SKTM
- pengantar nikah / pindah
- rekomendasi PBG rumah tinggal
cukup datang ke mobil PATEN Keliling depan Masjid Nurul Iman, jam 09.00-14.00. Bawa KTP & KK asli ya!

Jadwal berikutnya: Sabtu, Lorong 7 Kel. Karunrung.

#PATENKeliling #RappociniMelayani #MakassarKotaDunia
👍 215   💬 34   ↗ 19
""",
        bentuk="pelayanan_publik",
        urusan="fungsi_lain",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PATEN KELILING",
        opd="Kecamatan Rappocini",
        pemda="Kota Makassar",
        ind={"sosialisasi": 2},
        tags=["short"],
    ),
    doc(
        "news-english-smart-kampung-banyuwangi",
        "publikasi",
        """
Banyuwangi's 'Smart Kampung' brings village services online

BANYUWANGI, East Java (ANTARA) - Residents of Banyuwangi no longer need to travel to the district office to
get a birth certificate or business permit. Under the Smart Kampung program, village offices are connected
to a fibre-optic network and can issue dozens of administrative documents on the spot.

The program was initiated by former regent Abdullah Azwar Anas in 2016 and is now running in all 189
villages. "Pelayanan yang dulu butuh seminggu sekarang selesai sehari," said a village official in
Glagah, adding that the village office also runs free internet for students.

The Ministry of Home Affairs has listed Smart Kampung as one of the innovations recommended for replication
by other regions.

Reporter: Novi H. | Editor: Ade P. Marboen
""",
        bentuk="pelayanan_publik",
        urusan="desa",
        jenis="digital",
        tahapan="penerapan",
        inisiator="kepala_daerah",
        nama="Smart Kampung",
        pemda="Kabupaten Banyuwangi",
        ind={"sosialisasi": 3},
        tags=["english_mixed"],
    ),
    doc(
        "berita-kelas-digital-garut",
        "publikasi",
        """
600 Guru SD di Garut Belajar Mengajar Pakai Tablet

GARUT, KOMPAS.com - Sebanyak 600 guru sekolah dasar di Kabupaten Garut mengikuti pelatihan pemanfaatan
aplikasi Kelas Digital Garut. Pelatihan dibagi dalam 20 angkatan sejak Maret 2024.

Kepala Bidang Pembinaan SD Dinas Pendidikan Garut mengatakan aplikasi itu dipakai untuk membagikan materi,
tugas dan asesmen secara daring, termasuk di sekolah-sekolah yang baru mendapat bantuan tablet.

"Sekolah di Garut selatan sinyalnya terbatas, maka aplikasinya bisa dipakai offline lalu sinkron," ujarnya.

Meski demikian, sejumlah guru mengaku masih kesulitan. "Yang senior masih agak bingung," kata Eneng, guru
SDN 2 Tarogong Kidul.

Penulis: Kontributor Garut, Ari M. | Editor: Reni S.
Baca juga: Disdik Jabar Siapkan Asesmen Digital
""",
        urusan="pendidikan",
        jenis="digital",
        tahapan="penerapan",
        nama="KELAS DIGITAL GARUT",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Garut",
        ind={"sosialisasi": 3},
    ),
    doc(
        "berita-madu-trigona-rinjani",
        "publikasi",
        """
Lebah Tanpa Sengat dari Kaki Rinjani, Tambah Penghasilan Petani Hutan

LOMBOK TIMUR, LOMBOKPOST - Di pekarangan rumah Amaq Sahnan di Desa Sapit, deretan kotak kayu kecil
berisi koloni lebah trigona berjejer rapi. Dari 40 stup, ia bisa memanen sekitar 6 liter madu tiap tiga
bulan dengan harga Rp 300 ribu per liter.

Budidaya lebah kele-kele itu merupakan bagian dari program TRIGONA RINJANI yang difasilitasi Dinas LHK NTB
bagi kelompok tani hutan di kawasan penyangga Taman Nasional Gunung Rinjani. "Petani tidak perlu lagi
menebang pohon, justru menjaga hutan karena lebah perlu bunga," kata penyuluh kehutanan setempat.

Tahun ini sebanyak 400 stup dibagikan kepada 8 KTH.

(nas/r2)
""",
        bentuk="urusan_lainnya",
        urusan="kehutanan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="TRIGONA RINJANI",
        opd="Dinas Lingkungan Hidup dan Kehutanan",
        pemda="Provinsi Nusa Tenggara Barat",
        ind={"sosialisasi": 3},
    ),
    doc(
        "kliping-koran-padi-ponggok-ocr",
        "publikasi",
        """
SOLOPOS  Ka mis Pon, 14 Maret 2024                                                  Ha1aman 5

Belanja di Pasar Desa Ponggok Kini Bisa Pakai QRlS

KLATEN - Pedagang Pasar Desa Ponggok, Kecamatan Po1anharjo, kini mene rima pembayaran non tunai. Sebanyak
85 pedagang te1ah memi1iki kode QRlS hasi1 kerja sama Pemdes, BUMDes Tirta Mandiri dan BRl.

Program bertajuk Pasar Desa Digital (PADl) itu juga mem buat eta1ase on1ine. "Pembe1i bisa pesan
sayur dan ikan 1ewat WA, di antar kurir karang taruna," kata Direktur BUMDes.

Retribusi 1os pun kini dibayar 1ewat QRlS sehingga 1ebih transparan .  (Ponco S.)
""",
        bentuk="urusan_lainnya",
        urusan="desa",
        jenis="digital",
        tahapan="penerapan",
        nama="PADI",
        opd="Pemerintah Desa Ponggok",
        pemda="Kabupaten Klaten",
        ind={"sosialisasi": 3},
        tags=["ocr_noise"],
    ),
    doc(
        "berita-siangkot-belum-ada-perwal",
        "publikasi",
        """
Uji Coba SiAngkot Jalan Terus, DPRD Minta Segera Ada Payung Hukum

BOGOR, RADARBOGOR.ID - Uji coba aplikasi pelacak angkot SiAngkot di trayek 03 dan 07 memasuki bulan kedua.
Namun Komisi III DPRD Kota Bogor mengingatkan bahwa program ini belum memiliki dasar hukum.

"Sampai sekarang belum ada Perwali maupun SK yang mengatur SiAngkot. Kalau nanti ada sanksi buat sopir yang
ngetem, dasarnya apa?" kata anggota Komisi III, Rd. Hendra.

Kepala Dinas Perhubungan Kota Bogor mengakui rancangan Perwali masih disusun bagian hukum dan ditargetkan
rampung awal tahun depan. Ia menyebut 64 angkot sudah terpasang GPS tracker.

Editor: Fikri R.
""",
        bentuk="pelayanan_publik",
        urusan="perhubungan",
        jenis="digital",
        tahapan="uji_coba",
        inisiator="opd",
        nama="SiAngkot",
        opd="Dinas Perhubungan",
        pemda="Kota Bogor",
        ind={"sosialisasi": 3},
        neg=["regulasi"],
        tags=["negation"],
    ),
    doc(
        "rilis-disdik-kudus-dua-aplikasi",
        "publikasi",
        """
SIARAN PERS
Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Kudus
Nomor: 12/SP/Disdikpora/VII/2024

Disdikpora Kudus Kenalkan SI-MUTIARA dan RAPOR KITA kepada Orang Tua

Kudus (17/7) - Menyambut tahun ajaran baru, Disdikpora Kudus mengenalkan dua layanan daring. Pertama,
SI-MUTIARA untuk permohonan mutasi siswa SD dan SMP tanpa harus datang ke kantor dinas; prosesnya paling lama
tiga hari kerja. Kedua, RAPOR KITA yang memungkinkan orang tua melihat capaian belajar anak setiap akhir
tema.

Kedua layanan diperkenalkan dalam pertemuan orang tua di 24 sekolah dan disiarkan langsung lewat akun
Instagram @disdikporakudus.

Narahubung: Sdri. Wulan (Humas) 0812-xxxx
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="digital",
        tahapan="penerapan",
        nama="SI-MUTIARA",
        opd="Dinas Pendidikan, Kepemudaan dan Olahraga",
        pemda="Kabupaten Kudus",
        ind={"sosialisasi": 2},
        tags=["two_innovations"],
    ),
    doc(
        "berita-dprd-gagas-rumah-singgah-pasien",
        "publikasi",
        """
Anggota DPRD Kepulauan Meranti Gagas Rumah Singgah bagi Pasien Rujukan di Pekanbaru

SELATPANJANG, RIAUPOS.CO - Anggota DPRD Kabupaten Kepulauan Meranti dari daerah pemilihan Tebingtinggi
Barat, Hj. Nurmawati, mengusulkan agar Pemkab menyediakan rumah singgah bagi pasien dan keluarga yang dirujuk
ke RSUD Arifin Achmad Pekanbaru.

Menurutnya, banyak pasien kanker dan cuci darah dari Meranti terpaksa tidur di selasar rumah sakit karena
tidak mampu menyewa penginapan. "Saya sudah sampaikan dalam pokok pikiran DPRD. Rumah singgah ini
sebaiknya dikelola Dinas Sosial bersama Dinas Kesehatan," ujarnya, Selasa (3/9/2024).

Usulan tersebut akan dibahas dalam penyusunan KUA-PPAS tahun anggaran 2025.

Editor: Riki
""",
        urusan="kesehatan",
        also=["sosial"],
        jenis="non_digital",
        tahapan="inisiatif",
        inisiator="anggota_dprd",
        nama="Rumah Singgah Pasien",
        pemda="Kabupaten Kepulauan Meranti",
        ind={"sosialisasi": 3},
        tags=["two_sector"],
    ),
    # ---------------------------------------------------------------- berita tanpa inovasi
    doc(
        "berita-penganugerahan-iga-tanpa-inovasi",
        "publikasi",
        """
Kemendagri Umumkan Daerah Terinovatif 2024, Ini Daftarnya

JAKARTA, DETIKNEWS - Kementerian Dalam Negeri melalui Badan Strategi Kebijakan Dalam Negeri (BSKDN)
menyerahkan penghargaan Innovative Government Award (IGA) 2024 kepada provinsi, kabupaten dan kota dengan
indeks inovasi tertinggi, Selasa (10/12/2024).

Kepala BSKDN mengatakan jumlah inovasi yang dilaporkan daerah terus meningkat. Ia meminta pemerintah daerah
tidak hanya mengejar predikat, tetapi memastikan inovasi benar-benar dirasakan masyarakat.

Penilaian meliputi aspek satuan pemerintahan daerah dan satuan inovasi daerah. Daerah dengan predikat sangat
inovatif akan memperoleh insentif fiskal dari Kementerian Keuangan.

Baca juga: Mendagri Minta Pemda Percepat Realisasi APBD

(rdp/idn)
""",
        tags=["news_no_innovation"],
    ),
    doc(
        "berita-banjir-bekasi-tanpa-inovasi",
        "publikasi",
        """
Banjir Rendam 4 Kecamatan di Kabupaten Bekasi, Ratusan Warga Mengungsi

CIKARANG, POSKOTA - Hujan deras sejak Minggu malam membuat Sungai Cikarang dan Kali CBL meluap. Banjir
setinggi 50-120 cm merendam permukiman di Kecamatan Tambun Utara, Babelan, Sukawangi dan Cabangbungin,
Senin (4/3/2024).

BPBD Kabupaten Bekasi mencatat 1.243 rumah terdampak dan 412 warga mengungsi ke masjid dan balai desa.
Petugas gabungan BPBD, Damkar, TNI/Polri dan relawan mengevakuasi lansia dan anak-anak menggunakan perahu
karet.

"Dapur umum sudah kami dirikan di tiga titik," kata Kalaksa BPBD. Warga diimbau waspada karena hujan
diperkirakan masih turun hingga akhir pekan.

Editor: Dwi
""",
        urusan="trantibum",
        pemda="Kabupaten Bekasi",
        tags=["news_no_innovation"],
    ),
    doc(
        "kliping-perbaikan-jalan-ocr-tanpa-inovasi",
        "publikasi",
        """
RADAR KEDIRl      Jumat, 2 Agustus 2O24

Ruas Ja1an Pare-Kandangan Mu1ai Dicor

KEDlRl - Perbaikan ruas ja1an Pare - Kandangan sepanjang 3,2 ki1ometer mu1ai diker jakan. Ja1an yang
se1ama ini ber1ubang dan kerap memakan korban itu dicor beton dengan anggaran Rp 11,4 mi1iar dari APBD
Kabupaten Kediri.

Kabid Bina Marga Dinas PUPR mengatakan peker jaan ditargetkan se1esai akhir November. "Se1ama penge cor an,
arus 1a1u 1intas dibuat buka tutup," je1asnya.

Pengendara diminta berhati-hati dan mengurangi kecepatan. (rk/c1/ndr)
""",
        urusan="pupr",
        pemda="Kabupaten Kediri",
        tags=["news_no_innovation", "ocr_noise", "short"],
    ),
    doc(
        "berita-bupati-tinjau-rehab-sekolah",
        "publikasi",
        """
Bupati Tinjau Rehab SDN Cibeber 2 yang Ambruk Diterjang Angin

CIANJUR, PIKIRAN RAKYAT - Bupati Cianjur meninjau rehabilitasi ruang kelas SDN Cibeber 2 yang atapnya ambruk
akibat angin kencang bulan lalu. Rehab tiga ruang kelas dibiayai Dana Alokasi Khusus (DAK) fisik pendidikan
senilai Rp 450 juta.

Selama perbaikan, siswa kelas 4-6 belajar bergantian di ruang perpustakaan dan mushola sekolah. "Target
Oktober sudah bisa dipakai lagi," kata Kepala Dinas Pendidikan yang mendampingi Bupati.

Bupati juga meminta kepala sekolah rutin memeriksa kondisi atap, terutama bangunan lama yang dibangun sebelum
tahun 2000.

Editor: Yusuf
""",
        urusan="pendidikan",
        pemda="Kabupaten Cianjur",
        tags=["news_no_innovation"],
    ),
    doc(
        "berita-dbd-meningkat-tanpa-inovasi",
        "publikasi",
        """
Kasus DBD di Kota Kendari Naik Dua Kali Lipat, Dinkes Minta Warga Gencarkan 3M Plus

KENDARI, ZONASULTRA.COM - Dinas Kesehatan Kota Kendari mencatat 312 kasus demam berdarah dengue (DBD)
sepanjang Januari-April 2024, naik dua kali lipat dibandingkan periode yang sama tahun lalu. Tiga pasien
meninggal dunia.

Kepala Dinas Kesehatan mengimbau warga menguras, menutup dan mendaur ulang barang bekas (3M Plus) serta
tidak hanya mengandalkan fogging. "Fogging hanya membunuh nyamuk dewasa, jentiknya tetap ada," katanya.

Kasus terbanyak ditemukan di Kecamatan Kadia, Wua-Wua dan Baruga.

Penulis: Sitti N. | Editor: Jumriati
Dilihat 3.091 kali
""",
        urusan="kesehatan",
        pemda="Kota Kendari",
        tags=["news_no_innovation"],
    ),
    doc(
        "berita-harga-cabai-tanpa-inovasi",
        "publikasi",
        """
Harga Cabai Rawit di Pasar Bauntung Tembus Rp 95 Ribu per Kilo

BANJARBARU, KANALKALIMANTAN - Harga cabai rawit di Pasar Bauntung Banjarbaru kembali melonjak menjadi
Rp 90.000-95.000 per kilogram, Kamis (11/1/2024). Sepekan sebelumnya harga masih Rp 60.000.

Pedagang menyebut pasokan dari Jawa berkurang karena cuaca buruk. Kepala Dinas Perdagangan Kota Banjarbaru
mengatakan pihaknya terus memantau harga harian dan berkoordinasi dengan Satgas Pangan.

"Stok bahan pokok lain seperti beras dan minyak goreng masih aman," ujarnya.

Editor: Bie
""",
        urusan="perdagangan",
        pemda="Kota Banjarbaru",
        tags=["news_no_innovation", "short"],
    ),
    doc(
        "berita-rapat-input-indeks-inovasi-tanpa-nama",
        "publikasi",
        """
BRIDA Kumpulkan Admin Inovasi OPD, Kejar Nilai Indeks Inovasi 2024

jemberkab.go.id - Badan Riset dan Inovasi Daerah (BRIDA) Kabupaten Jember menggelar rapat persiapan
penginputan Indeks Inovasi Daerah 2024 di ruang rapat BRIDA, Jumat (21/6/2024). Rapat diikuti admin
inovasi dari 45 perangkat daerah.

Kepala BRIDA meminta setiap perangkat daerah melengkapi data dukung sesuai indikator yang berlaku, seperti
SK, SOP dan video, sebelum batas waktu penginputan pada akhir Agustus. "Jangan sampai inovasi bagus nilainya
rendah karena data dukungnya tidak lengkap," katanya.

Tahun lalu Jember meraih predikat inovatif.

Penulis: Tim Kominfo
""",
        pemda="Kabupaten Jember",
        tags=["news_no_innovation"],
    ),
    doc(
        "berita-pilkades-serentak-tanpa-inovasi",
        "publikasi",
        """
Pilkades Serentak di 84 Desa Berjalan Lancar, Partisipasi Pemilih 78 Persen

MAGETAN, JATIMNET - Pemilihan kepala desa (pilkades) serentak di 84 desa se-Kabupaten Magetan berlangsung
aman, Minggu (27/10/2024). Tingkat partisipasi pemilih rata-rata mencapai 78 persen.

Kepala Dinas Pemberdayaan Masyarakat dan Desa menyebut ada tiga desa yang hasilnya selisih tipis dan
berpotensi disengketakan. "Panitia kabupaten siap menerima pengaduan sesuai Perbup dalam tiga hari," ujarnya.

Pelantikan kepala desa terpilih dijadwalkan bulan Desember. Sebelumnya, sebanyak 231 calon kepala desa
mengikuti tes tertulis karena di sejumlah desa jumlah pendaftar lebih dari lima orang.

Editor: Hari
""",
        urusan="desa",
        pemda="Kabupaten Magetan",
        tags=["news_no_innovation"],
    ),
    doc(
        "rilis-pelantikan-pejabat-tanpa-inovasi",
        "publikasi",
        """
humas.pasuruankab.go.id

Bupati Lantik 87 Pejabat Administrator dan Pengawas

PASURUAN - Bupati Pasuruan melantik 87 pejabat administrator dan pengawas di Pendopo Nyawiji Ngesthi Wenganing
Gusti, Senin (8/1/2024). Pelantikan ini merupakan hasil uji kompetensi dan pertimbangan Tim Penilai Kinerja.

Dalam sambutannya, Bupati berpesan agar pejabat yang dilantik segera beradaptasi dan tidak menunda pekerjaan.
"Jabatan itu amanah, bukan hadiah," katanya.

Turut hadir Sekretaris Daerah, Kepala BKPSDM dan para kepala perangkat daerah. Kepala BKPSDM menambahkan,
pengisian jabatan yang masih kosong akan dilakukan melalui seleksi terbuka pada triwulan kedua.

#PasuruanBerkah
""",
        urusan="kepegawaian",
        pemda="Kabupaten Pasuruan",
        tags=["news_no_innovation"],
    ),
    doc(
        "rilis-musrenbang-kabupaten-tanpa-inovasi",
        "publikasi",
        """
Musrenbang RKPD 2025 Kabupaten Luwu Utara Tetapkan 5 Prioritas Pembangunan

MASAMBA - Pemerintah Kabupaten Luwu Utara menggelar Musrenbang RKPD Tahun 2025 di Aula Lagaligo, Rabu
(20/3/2024). Musrenbang dihadiri unsur Forkopimda, DPRD, camat, kepala desa, akademisi dan tokoh masyarakat.

Kepala Bappelitbangda memaparkan lima prioritas: penurunan stunting dan kemiskinan ekstrem, infrastruktur
jalan produksi, pemulihan pascabencana, peningkatan kualitas SDM, serta tata kelola pemerintahan.

Sebanyak 1.216 usulan dari musrenbang kecamatan telah diverifikasi dan 412 di antaranya diakomodasi dalam
rancangan RKPD.

Sumber: Diskominfo Luwu Utara
""",
        urusan="perencanaan",
        pemda="Kabupaten Luwu Utara",
        tags=["news_no_innovation"],
    ),
]
