# ruff: noqa: E501
"""Hand-written activity / progress reports (laporan) and evaluations (SKM/IKM, monev, kajian)."""

from common import doc

DOCS = [
    doc(
        "laporan-posrem-ceria-sikka",
        "laporan",
        """
LAPORAN KEGIATAN
POSYANDU REMAJA "POSREM CERIA"
DESA NITA, KECAMATAN NITA - BULAN SEPTEMBER 2024

I. PENDAHULUAN
Posyandu Remaja dibentuk atas prakarsa bidan desa Maria Yasinta Bura, A.Md.Keb karena banyak remaja putri
anemia dan beberapa kasus pernikahan usia anak di desa Nita. Kegiatan dilaksanakan tiap minggu ke-3 di
Kapela Stasi Nita.

II. PELAKSANAAN
Hari/tgl : Sabtu, 21 September 2024, jam 15.00-17.30
Kegiatan : 1) penimbangan & ukur LILA; 2) cek Hb (HB meter); 3) pemberian TTD; 4) penyuluhan "pacaran sehat"
           oleh PKBI; 5) konseling sebaya.

III. HASIL
- remaja hadir 64 orang (41 putri, 23 putra)
- Hb < 12 g/dl : 13 remaja putri -> dirujuk Puskesmas Nita
- TTD dibagikan 41 strip

IV. KENDALA : HB meter cuma 1, strip cepat habis; remaja putra masih malu ikut.

V. PENUTUP
Demikian laporan ini dibuat.
Nita, 23 September 2024
Bidan Desa, ttd
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="asn",
        nama="POSREM CERIA",
        opd="Puskesmas Nita",
        pemda="Kabupaten Sikka",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-gepam-tegal",
        "laporan",
        """
LAPORAN PELAKSANAAN GERAKAN PANGAN MURAH (GEPAM)
DINAS KETAHANAN PANGAN KABUPATEN TEGAL
TAHUN 2024

BAB I PENDAHULUAN
1.1 Latar Belakang
Menjelang Ramadhan dan akhir tahun harga beras, minyak goreng, telur dan cabai naik tajam. GEPAM adalah
kegiatan menjual bahan pangan pokok di bawah harga pasar langsung di desa, bekerja sama dengan Bulog,
distributor dan Gapoktan setempat.
1.2 Maksud dan Tujuan : stabilisasi pasokan dan harga pangan, menjaga daya beli.

BAB II PELAKSANAAN
Dilaksanakan 18 kali di 18 kecamatan (Maret s.d. Desember 2024).

BAB III HASIL
Tabel 3.1 Realisasi penjualan
Komoditas          Volume terjual     Harga GEPAM     Harga pasar rata2
Beras SPHP         41,2 ton           Rp 12.500/kg    Rp 14.200/kg
Minyak goreng      9.800 liter        Rp 14.000/ltr   Rp 17.500/ltr
Telur ayam         6,1 ton            Rp 24.000/kg    Rp 28.500/kg
Jumlah pembeli : 3.450 KK (dengan kupon dari desa)

BAB IV PENUTUP
GEPAM direncanakan berlanjut 2025 dengan tambahan komoditas bawang merah.
""",
        bentuk="urusan_lainnya",
        urusan="pangan",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="GEPAM",
        opd="Dinas Ketahanan Pangan",
        pemda="Kabupaten Tegal",
        ind={"kemanfaatan": 3},
    ),
    doc(
        "laporan-kemajuan-dedi-cianjur",
        "laporan",
        """
LAPORAN KEMAJUAN TRIWULAN III 2024
PROGRAM DESA DIGITAL CIANJUR (DEDI CIANJUR)

Ringkasan
Sampai 30 September 2024, 10 desa percontohan sudah melayani surat keterangan secara online melalui web
desa dan WhatsApp. Rincian:

Desa         Surat online   Surat manual   Web desa aktif   Agen PBB
Sukamanah    612            140            ya               2
Cibodas      540            210            ya               1
Sindangjaya  388            305            ya               1
Mekarsari    701             95            ya               2
Cikancana    120            480            belum            -
Ciherang     455            188            ya               1
Sukamulya    390            260            ya               1
Gekbrong     615             77            ya               2
Batulawang   205            344            ya               1
Cipanas      583            102            ya               2
TOTAL        4.609          2.201

Catatan: Desa Cikancana tertinggal karena operator desa baru diganti dan jaringan internet di kantor desa
sering putus. Rencana triwulan IV: pendampingan ulang oleh DPMD dan Diskominfo.
""",
        bentuk="pelayanan_publik",
        urusan="desa",
        jenis="digital",
        tahapan="uji_coba",
        nama="DEDI CIANJUR",
        opd="Dinas Pemberdayaan Masyarakat dan Desa",
        pemda="Kabupaten Cianjur",
        ind={"kemanfaatan": 3},
    ),
    doc(
        "laporan-coaching-inovator-muda-sumbar",
        "laporan",
        """
LAPORAN PELAKSANAAN
COACHING CLINIC "INOVATOR MUDA ASN" ANGKATAN I TAHUN 2024
BPSDM PROVINSI SUMATERA BARAT

A. Dasar
DPA BPSDM 2024, sub kegiatan pengembangan kompetensi teknis.

B. Waktu dan tempat
13-17 Mei 2024 (klasikal 2 hari, pendampingan online 3 hari), Kampus BPSDM Padang Besi.

C. Peserta
120 ASN usia di bawah 35 tahun dari 19 kabupaten/kota, dibagi 24 kelompok.

D. Materi
1) mindset inovasi sektor publik; 2) design thinking; 3) menyusun rancang bangun inovasi (dasar hukum,
permasalahan, isu strategis, metode pembaharuan, keunggulan); 4) pitching.

E. Hasil
- 24 rancangan inovasi tersusun, 6 terbaik direkomendasikan ke BRIDA kab/kota untuk uji coba.
- nilai rata-rata post test 81,6 (pre test 58,2).

F. Penutup
Program akan dijadikan kegiatan rutin dengan angkatan II bulan September.
""",
        bentuk="tata_kelola",
        urusan="diklat",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="INOVATOR MUDA ASN",
        opd="Badan Pengembangan Sumber Daya Manusia",
        pemda="Provinsi Sumatera Barat",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-guru-kunjung-sbd",
        "laporan",
        """
Laporan Pelaksanaan Inovasi GURU KUNJUNG Semester Ganjil 2024/2025
Dinas Pendidikan dan Kebudayaan Kab. Sumba Barat Daya

Guru Kunjung adalah kunjungan rumah oleh wali kelas kepada siswa yang absen lebih dari 5 hari berturut-turut
atau berisiko putus sekolah (membantu orang tua panen, jarak rumah jauh, menikah dini). Wali kelas bertemu
orang tua, mencari solusi bersama (mis. jadwal kerja anak, tumpangan ojek sekolah, pemberian modul belajar
mandiri).

Capaian semester ganjil:
- sekolah pelaksana: 46 SD dan 12 SMP
- siswa yang dikunjungi : 318 anak
- kembali aktif sekolah : 271 anak (85%)
- tetap putus sekolah : 19 anak (sebagian besar merantau ke Bali)
- belum diketahui : 28 anak

Kendala: biaya transport guru (sebagian ditanggung dana BOSP), akses jalan musim hujan.

Tambolaka, 20 Januari 2025
Kabid Pembinaan SD
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GURU KUNJUNG",
        opd="Dinas Pendidikan dan Kebudayaan",
        pemda="Kabupaten Sumba Barat Daya",
        ind={"kemanfaatan": 2},
    ),
    doc(
        "laporan-halaman-7-gercep-jalan",
        "laporan",
        """
                                                                                     - 7 -

3.2 Respon terhadap laporan warga (GERCEP JALAN)

Sepanjang Januari - Oktober 2024 tim reaksi cepat menerima laporan lubang jalan melalui WhatsApp, Instagram
@dpupr.purworejo dan laporan langsung ke kantor UPT.

Tabel 3.4 Rekap laporan dan penyelesaian
Bulan     Laporan masuk   Ditangani <=3x24 jam   Ditangani >3 hari   Belum ditangani
Jan       142             118                    16                  8
Feb       165             131                    22                  12
Mar       131             110                    15                  6
Apr       98              90                     6                   2
Mei       120             104                    11                  5
Jun       101             95                     4                   2
Jul       97              90                     5                   2
Agu       118             99                     12                  7
Sep       134             112                    13                  9
Okt       148             122                    15                  11
Jumlah    1.254           1.071                  119                 64

Persentase selesai (ditangani) = 1.190 / 1.254 = 94,9%. Namun hanya 85,4% selesai dalam batas waktu
3x24 jam. Penyebab keterlambatan utama: stok aspal dingin habis bulan Februari dan Agustus (lihat 3.3).

3.3 Ketersediaan material ........................................................
""",
        bentuk="pelayanan_publik",
        urusan="pupr",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GERCEP JALAN",
        opd="Dinas Pekerjaan Umum dan Penataan Ruang",
        pemda="Kabupaten Purworejo",
        ind={"pengaduan": 3, "kemanfaatan": 3, "informasi_layanan": 3},
    ),
    doc(
        "laporan-alih-media-arsip-kito",
        "laporan",
        """
LAPORAN PELAKSANAAN KEGIATAN ALIH MEDIA ARSIP (ARSIP KITO)
Dinas Kearsipan dan Perpustakaan Kota Padang, Tahun 2024

BAB I PENDAHULUAN
Arsip perizinan, kepegawaian dan aset Pemko Padang masih tersimpan dalam bentuk kertas, sebagian rusak
akibat gempa 2009 dan lembab. ARSIP KITO adalah upaya alih media arsip ke bentuk digital dan disimpan di
sistem arsip elektronik sehingga dapat ditemukan kembali dalam hitungan menit.

BAB II PELAKSANAAN
- 6 tenaga scanning bekerja Februari - November 2024
- peralatan: 2 scanner A3, 1 server NAS
- urutan: seleksi arsip > pembersihan > scanning > pemberian metadata > unggah > QC

BAB III HASIL
Jumlah arsip dialihmediakan 48.312 lembar (1.906 berkas) dari 14 perangkat daerah. Waktu temu balik berkas
rata-rata turun dari 2 hari menjadi 10 menit.

BAB IV PENUTUP
Saran: pengadaan server cadangan di lokasi berbeda (disaster recovery).
""",
        bentuk="tata_kelola",
        urusan="kearsipan",
        jenis="digital",
        tahapan="penerapan",
        nama="ARSIP KITO",
        opd="Dinas Kearsipan dan Perpustakaan",
        pemda="Kota Padang",
        ind={"kemanfaatan": None, "alat_kerja": 2},
    ),
    doc(
        "laporan-mop-keliling-juni-lumajang",
        "laporan",
        """
LAPORAN HASIL PELAYANAN MOP KELILING
Kecamatan Pasirian, 5-7 Juni 2024

Setelah sosialisasi tgl 5 Juni di pendopo kecamatan, pelayanan MOP dilakukan oleh tim dokter RSUD dr. Haryoto
dengan mobil pelayanan KB di Puskesmas Pasirian.

Hasil:
 calon akseptor terdaftar  : 34 orang
 lolos skrining            : 29 orang
 dilayani MOP              : 27 orang
 komplikasi                : tidak ada
 kontrol hari ke-7         : 25 orang datang, 2 dikunjungi PKB ke rumah

Akseptor mendapat kompensasi transport Rp 300.000 dan paket sembako dari CSR Bank Jatim.

Lumajang, 12 Juni 2024
Kabid KB, ttd
""",
        bentuk="pelayanan_publik",
        urusan="kb",
        jenis="non_digital",
        tahapan="penerapan",
        nama="MOP KELILING",
        opd="Dinas Pengendalian Penduduk dan KB",
        pemda="Kabupaten Lumajang",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-pasar-murah-keliling-sleman",
        "laporan",
        """
LAPORAN
KEGIATAN PASAR MURAH KELILING (PAMUR KELING)
Dinas Perindustrian dan Perdagangan Kabupaten Sleman

1. Latar belakang: kenaikan harga bahan pokok jelang Natal dan Tahun Baru.
2. Waktu: 9-20 Desember 2024, 17 kapanewon, 1 titik per hari (pagi di pasar rakyat, siang di balai kalurahan).
3. Pelaksana: Disperindag bekerja sama distributor beras, minyak dan gula (3 distributor) serta Bulog.
4. Hasil penjualan:
   - paket sembako (beras 5 kg, minyak 1 l, gula 1 kg) terjual 5.100 paket @Rp 85.000
   - rata-rata selisih dengan harga pasar Rp 17.000/paket
   - pembeli: warga umum dengan KTP Sleman, 1 paket per KTP
5. Evaluasi singkat: antrean panjang di Depok dan Mlati, usul tahun depan pakai kupon berbasis RT.

Sleman, 23 Desember 2024
""",
        bentuk="urusan_lainnya",
        urusan="perdagangan",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="PAMUR KELING",
        opd="Dinas Perindustrian dan Perdagangan",
        pemda="Kabupaten Sleman",
        ind={"kemanfaatan": 3},
    ),
    doc(
        "laporan-pemuda-berdaya-pinrang",
        "laporan",
        """
LAPORAN KEGIATAN
PELATIHAN WIRAUSAHA MUDA "PEMUDA BERDAYA" ANGKATAN III

Penyelenggara : Dinas Kepemudaan dan Olahraga Kab. Pinrang
Waktu/tempat : 22-24 Mei 2024, Hotel Grand Kalampa
Peserta : 35 pemuda usia 18-30 thn yang telah memiliki usaha rintisan (< 2 tahun)

Materi hari 1: mindset wirausaha, pencatatan keuangan sederhana
Materi hari 2: branding & foto produk, jualan di media sosial
Materi hari 3: akses permodalan KUR (narasumber BRI), perizinan NIB (narasumber DPMPTSP), pitching

Hasil:
- 33 peserta menyelesaikan pelatihan
- 21 peserta langsung membuat NIB melalui OSS saat pelatihan
- 5 proposal usaha terbaik diberikan bantuan peralatan senilai Rp 5 jt

Catatan: Angkatan I dan II (2022-2023) telah menghasilkan 64 alumni, 38 di antaranya usahanya masih berjalan.
""",
        bentuk="urusan_lainnya",
        urusan="pemuda_olahraga",
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="opd",
        nama="PEMUDA BERDAYA",
        opd="Dinas Kepemudaan dan Olahraga",
        pemda="Kabupaten Pinrang",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-progres-plts-desa-terang-ocr",
        "laporan",
        """
LAP0RAN PR0GRES
PR0GRAM PLTS DESA TERANG
Bagian Perekonomian dan SDA Setda Kab. Sumba Timur
Posisi 31 0ktober 2024

1. Progres fisik
   Desa                 Kapasitas    Progres    Sambungan rumah
   Mahaniwa             50 kWp       100 %      142 KK
   Praimadita           50 kWp       100 %      118 KK
   Tandula Jangga       30 kWp       100 %      96 KK
   Ramuk                60 kWp       85 %       -
   ...  (14 desa)
   Tota1 sambungan menya1a s.d. 0ktober : 1.120 KK

2. Kenda1a
   - akses ja1an ke Karera rusak, materia1 pane1 ter1ambat 3 minggu
   - 2 unit inverter rusak di Mahaniwa, sudah diganti PLN
3. Tindak 1anjut: pembentukan ke1ompok pengelo1a 1istrik desa

Waingapu, 5 Nopember 2O24
""",
        urusan="esdm",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PLTS DESA TERANG",
        opd="Bagian Perekonomian dan SDA Setda",
        pemda="Kabupaten Sumba Timur",
        ind={"kemanfaatan": 3},
        tags=["ocr_noise"],
    ),
    doc(
        "laporan-kakak-asuh-transmigran",
        "laporan",
        """
LAPORAN PELAKSANAAN KAKAK ASUH TRANSMIGRAN
SP 4 Tobadak - Tahun I (Des 2023 - Nov 2024)

Pendahuluan
50 KK transmigran asal Sragen ditempatkan di SP 4 Tobadak pada Desember 2023. Setiap KK baru didampingi
satu "kakak asuh", yaitu KK transmigran lama (penempatan 1990-an) yang sukses berkebun sawit dan jagung.

Kegiatan
- kunjungan kakak asuh minimal 2 kali sebulan
- praktik bersama pembukaan lahan pekarangan, pembibitan jagung
- pertemuan bulanan di balai UPT dengan petugas Disnakertrans

Hasil
- 48 KK bertahan (2 KK kembali ke daerah asal)
- 41 KK sudah panen jagung pertama, rata2 2,8 ton/ha
- konflik batas lahan berhasil dimediasi 3 kasus

Rekomendasi: pola kakak asuh dilanjutkan untuk penempatan SP 5 tahun 2025.
""",
        bentuk="urusan_lainnya",
        urusan="transmigrasi",
        jenis="non_digital",
        tahapan="penerapan",
        nama="Kakak Asuh Transmigran",
        opd="Dinas Tenaga Kerja dan Transmigrasi",
        pemda="Kabupaten Mamuju Tengah",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-bulanan-dowa-tegal",
        "laporan",
        """
LAPORAN BULANAN LAYANAN DOWA (DUKCAPIL ONLINE VIA WHATSAPP)
Disdukcapil Kota Tegal - Bulan Agustus 2024

Jenis layanan                         Permohonan   Selesai   Ditolak (berkas kurang)   Rata2 waktu
Akta kelahiran                        412          398       14                        1 hari
Kartu Identitas Anak                  265          259       6                         1 hari
Perubahan KK                          538          511       27                        1 hari
Akta kematian                         96           94        2                         1 hari
Pindah datang                         173          160       13                        2 hari
JUMLAH                                1.484        1.422     62

Dokumen hasil dikirim dalam bentuk PDF ber-TTE ke nomor WA pemohon, dicetak sendiri di kertas HVS 80 gr.
Nomor layanan: 0811-xxxx-xxx (6 operator). Selain WA, warga tetap bisa datang ke loket dan MPP.

Tegal, 2 September 2024
Kabid Pelayanan Pencatatan Sipil
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="digital",
        tahapan="penerapan",
        nama="DOWA",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kota Tegal",
        ind={"kemanfaatan": 3, "informasi_layanan": 2},
    ),
    doc(
        "laporan-lumbung-sosial-pekalongan",
        "laporan",
        """
LAPORAN PELAKSANAAN "LUMBUNG SOSIAL" KABUPATEN PEKALONGAN TAHUN 2024

Lumbung sosial adalah gudang kecil berisi logistik darurat (beras, mi instan, selimut, terpal, perlengkapan
bayi) yang ditempatkan di 10 kecamatan rawan banjir dan longsor, dikelola Tagana dan TKSK kecamatan, sehingga
korban bencana dan warga terlantar bisa dibantu di jam pertama tanpa menunggu distribusi dari kabupaten.

Penyaluran 2024:
 - banjir rob Wonokerto (Jan-Feb): 186 KK
 - longsor Petungkriyono (Mar): 41 KK
 - kebakaran rumah (8 kejadian): 8 KK
 - orang terlantar / ODGJ terlantar: 12 orang
 Jumlah penerima: 247 KK/orang

Stok akhir tahun rata2 60% dari kapasitas, pengisian ulang dari APBD dan donasi Baznas.

Kajen, Desember 2024 - Kepala Dinas Sosial P3A
""",
        bentuk="pelayanan_publik",
        urusan="sosial",
        jenis="non_digital",
        tahapan="penerapan",
        nama="LUMBUNG SOSIAL",
        opd="Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
        pemda="Kabupaten Pekalongan",
        ind={"kemanfaatan": 2},
    ),
    doc(
        "laporan-bulanan-sipanda-banguntapan",
        "laporan",
        """
Laporan bulanan inovasi SIPANDA - PKM Banguntapan I - Oktober 2024

Jumlah ibu nifas terpantau: 52
Jumlah bayi baru lahir terpantau: 51 (1 bayi meninggal, asfiksia, RS rujukan)
Kunjungan nifas lengkap KF1-KF4: 47 (90%)
Tanda bahaya yg terdeteksi via laporan WA: 6 kasus (demam 3, perdarahan 1, bengkak kaki 1, bayi kuning 1),
semua ditindaklanjuti bidan < 24 jam.
Form google terisi: 49 ibu.

Masalah: 3 ibu tidak punya HP sendiri (pakai HP suami, laporan sering terlambat) -> kader dusun diminta bantu.

Dibuat oleh: Bd. Ratna Kusumawati (PJ KIA)
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        tahapan="penerapan",
        nama="SIPANDA",
        opd="UPTD Puskesmas Banguntapan I",
        pemda="Kabupaten Bantul",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-studi-tiru-banyuwangi-bengkayang",
        "laporan",
        """
LAPORAN HASIL STUDI TIRU (BENCHMARKING)
KE KABUPATEN BANYUWANGI, 15-17 MEI 2024
Badan Penelitian dan Pengembangan Daerah Kabupaten Bengkayang

I. PENDAHULUAN
Dalam rangka meningkatkan nilai Indeks Inovasi Daerah yang tahun 2023 masih "kurang inovatif", tim
Balitbangda bersama Bappeda dan 4 OPD melakukan studi tiru ke Banyuwangi.

II. HASIL KUNJUNGAN
1. SMART KAMPUNG - pelayanan administrasi desa terhubung internet, warga mengurus surat tidak perlu ke
   kecamatan. Banyuwangi menyiapkan fiber optik ke desa dan standar pelayanan desa.
2. RANTANG KASIH - pengantaran makanan bergizi gratis untuk lansia miskin sebatang kara, dimasak UMKM lokal
   dan diantar relawan tiap hari.
3. Penguatan tim inovasi: setiap OPD wajib punya minimal 1 inovasi, ada lomba tiap tahun dan insentif.

III. REKOMENDASI
- Rantang Kasih berpotensi direplikasi oleh Dinas Sosial Bengkayang (biaya relatif kecil)
- Smart Kampung perlu kajian kesiapan jaringan internet desa terlebih dahulu
""",
        urusan="litbang",
        nama="SMART KAMPUNG",
        opd="Badan Penelitian dan Pengembangan Daerah",
        pemda="Kabupaten Bengkayang",
        tags=["two_innovations"],
    ),
    doc(
        "progress-report-e-ikm-dashboard-bekasi",
        "laporan",
        """
PROGRESS REPORT - Q2 2024
e-IKM DASHBOARD (Sistem Data Industri Kecil Menengah)
Dinas Perindustrian Kota Bekasi

1. Executive summary
Per 30 June 2024, 1.842 IKM sudah onboarding ke platform (target 2.000). Modul self-assessment kapasitas
produksi sudah live; modul matching dengan buyer masih development (UAT dijadwalkan Agustus).

2. Key metrics
 - active users (login >= 1x/bulan) : 1.130
 - data completeness rate            : 74%
 - helpdesk tickets                  : 212 (resolved 198)

3. Issues & risks
 - banyak IKM belum punya email aktif -> onboarding dibantu pendamping di kelurahan
 - server response time lambat saat jam 09-11, perlu upgrade VPS

4. Next steps (Q3)
 - go-live modul business matching
 - integrasi data NIB dari OSS (API sudah dikirim DPMPTSP)

Prepared by: Tim PMO e-IKM
""",
        bentuk="tata_kelola",
        urusan="perindustrian",
        jenis="digital",
        tahapan="uji_coba",
        nama="e-IKM DASHBOARD",
        opd="Dinas Perindustrian",
        pemda="Kota Bekasi",
        ind={"kemanfaatan": 3},
        tags=["english_mixed"],
    ),
    doc(
        "laporan-pameran-klides-jepara",
        "laporan",
        """
LAPORAN KEGIATAN
Fasilitasi Pameran IFEX 2024 bagi Perajin Binaan KLIDES

Pelaksanaan: 7-10 Maret 2024, JIExpo Kemayoran Jakarta
Peserta: 28 perajin mebel dan ukir kecil binaan Klinik Desain Mebel (KLIDES), menempati 2 booth Pemkab Jepara
(ukuran 9x6 m).

Produk yang dipamerkan merupakan desain baru hasil konsultasi di KLIDES sepanjang 2023 (kursi rotan-jati
knock-down, panel ukir minimalis, lampu gantung kayu limbah).

Hasil:
- transaksi langsung Rp 412 juta
- potensi kontrak (LoI) dengan 4 buyer (Belanda, Korea, Australia) senilai USD 186.000
- 3 perajin mendapat pesanan kontainer pertama

Kendala: perajin belum siap dokumen ekspor (SVLK) -> ditindaklanjuti pendampingan bersama Disperindag Prov.

Jepara, 18 Maret 2024
""",
        bentuk="pelayanan_publik",
        urusan="perindustrian",
        jenis="non_digital",
        tahapan="penerapan",
        nama="KLIDES",
        opd="Dinas Perindustrian dan Tenaga Kerja",
        pemda="Kabupaten Jepara",
        ind={"kemanfaatan": 1},
    ),
    doc(
        "laporan-insiden-sleman-csirt",
        "laporan",
        """
LAPORAN SEMESTER I 2024
PENANGANAN INSIDEN SIBER SLEMAN-CSIRT

Pendahuluan
SLEMAN-CSIRT dibentuk untuk merespons insiden keamanan informasi pada sistem elektronik Pemkab Sleman.
Laporan insiden diterima melalui email csirt@..., form aduan di website dan WhatsApp.

Rekap insiden Januari-Juni 2024
Jenis insiden                 Jumlah    Selesai    Keterangan
Web defacement (judi online)  11        11         subdomain sekolah & kalurahan
Phishing email ke ASN         6         6          reset password, edukasi
Malware/ransomware PC         3         2          1 PC data tidak terselamatkan
DDoS ringan                   2         2          mitigasi via CDN
Kebocoran kredensial          3         3          akun aplikasi kepegawaian
TOTAL                         25        24

Rekomendasi: wajib TTE dan 2FA utk admin aplikasi, hardening CMS website sekolah, backup offsite.
""",
        bentuk="tata_kelola",
        urusan="persandian",
        jenis="digital",
        tahapan="penerapan",
        nama="SLEMAN-CSIRT",
        opd="Dinas Komunikasi dan Informatika",
        pemda="Kabupaten Sleman",
    ),
    doc(
        "laporan-paten-keliling-tw1-rappocini",
        "laporan",
        """
LAPORAN PELAKSANAAN PATEN KELILING KECAMATAN RAPPOCINI
TRIWULAN I TAHUN 2024

PATEN Keliling melayani warga di lorong-lorong setiap Rabu dan Sabtu, menggunakan mobil operasional kecamatan
yang dilengkapi laptop, printer dan modem.

Rekap layanan Jan-Mar 2024
Jenis layanan                                 Jumlah
Surat keterangan domisili/usaha               188
Surat keterangan tidak mampu                  94
Rekomendasi PBG/IMB rumah tinggal             37
Pengantar nikah / pindah                      61
Legalisasi dokumen                            32
Total warga dilayani                          412

Lokasi terbanyak: Kel. Gunung Sari (Lr. 5 dan 7), Kel. Karunrung.
Kendala: parkir mobil di lorong sempit, listrik numpang rumah warga.
""",
        bentuk="pelayanan_publik",
        urusan="fungsi_lain",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PATEN KELILING",
        opd="Kecamatan Rappocini",
        pemda="Kota Makassar",
        ind={"kemanfaatan": 2, "alat_kerja": 2},
    ),
    # ---------------------------------------------------------------- evaluasi
    doc(
        "skm-puskesmas-terapung-kotabaru",
        "evaluasi",
        """
LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)
PELAYANAN PUSKESMAS TERAPUNG
UPTD PUSKESMAS SUNGAI DURIAN - SEMESTER I TAHUN 2024

BAB I PENDAHULUAN
Survei dilaksanakan berdasarkan Permenpan RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan
Masyarakat Unit Penyelenggara Pelayanan Publik.

BAB II METODE
Responden 150 orang pasien pelayanan Puskesmas Terapung di 6 desa pesisir, dipilih accidental sampling,
kuesioner 9 unsur, skala 1-4.

BAB III HASIL
Unsur pelayanan                    NRR     NRR tertimbang
U1 Persyaratan                     3,42    0,380
U2 Sistem, mekanisme, prosedur     3,31    0,368
U3 Waktu penyelesaian              3,05    0,339
U4 Biaya/tarif                     3,81    0,423
U5 Produk spesifikasi layanan      3,38    0,376
U6 Kompetensi pelaksana            3,47    0,386
U7 Perilaku pelaksana              3,52    0,391
U8 Penanganan pengaduan            3,11    0,346
U9 Sarana dan prasarana            2,98    0,331
Nilai IKM = 3,338 x 25 = 83,45  ->  Mutu pelayanan B (Baik)

BAB IV RENCANA TINDAK LANJUT
Unsur terendah U9 (perahu kecil, tidak ada ruang periksa tertutup). RTL: usulan perahu baru di RKA 2025.
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PUSKESMAS TERAPUNG",
        opd="UPTD Puskesmas Sungai Durian",
        pemda="Kabupaten Kotabaru",
        ind={"monev": 2},
    ),
    doc(
        "ikm-dowa-tegal",
        "evaluasi",
        """
Indeks Kepuasan Masyarakat (IKM) Layanan DOWA
Dinas Kependudukan dan Pencatatan Sipil Kota Tegal - Tahun 2024

Survei online (google form dikirim bersama dokumen hasil layanan via WhatsApp), periode Juli-Oktober 2024.
Kuesioner terisi: 1.037 responden.

Hasil per unsur (skala 1-4): persyaratan 3,56; prosedur 3,61; waktu 3,70; biaya 3,95; produk 3,48;
kompetensi 3,55; perilaku 3,60; pengaduan 3,22; sarpras 3,40.
IKM = 88,53 (Mutu A, Sangat Baik).

Keluhan terbanyak (pertanyaan terbuka):
1. hasil cetak PDF di kertas HVS dianggap "tidak resmi" oleh sebagian bank/sekolah (184 komentar)
2. balasan WA lambat di hari Senin (97 komentar)

Tindak lanjut: surat edaran ke perbankan & sekolah tentang keabsahan dokumen ber-TTE; tambah 2 operator hari
Senin.
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="digital",
        tahapan="penerapan",
        nama="DOWA",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kota Tegal",
        ind={"monev": 2},
    ),
    doc(
        "monev-inovasi-desa-ngawi",
        "evaluasi",
        """
LAPORAN MONITORING DAN EVALUASI
INOVASI DESA KABUPATEN NGAWI TAHUN 2024
Dinas Pemberdayaan Masyarakat dan Desa

Tim monev (internal DPMD) mengunjungi 12 desa pemenang/peserta lomba inovasi desa 2023-2024, menggunakan
instrumen: keberlanjutan, kelembagaan, pendanaan, manfaat, potensi replikasi.

Hasil singkat:
Desa        Inovasi                         Status         Catatan
Sukorejo    GETUK (tukar sampah-sembako)    berjalan       nasabah 312 KK, dikelola BUMDes, stok sembako dari hasil jual sampah
Kedungputri Kampung Kelor                   berjalan       produk teh kelor sudah PIRT
Geneng      Ronda Digital (CCTV desa)       berhenti       kamera rusak, tidak ada biaya pemeliharaan
Jogorogo    Jamu Desa                       menurun        ketua kelompok pindah
...

Rekomendasi:
- inovasi desa harus masuk RKP Desa & APBDes agar ada biaya pemeliharaan
- GETUK layak direplikasi desa lain (ada 4 desa yang sudah studi banding)
""",
        urusan="desa",
        nama="GETUK",
        opd="Dinas Pemberdayaan Masyarakat dan Desa",
        pemda="Kabupaten Ngawi",
        ind={"monev": 1},
        tags=["two_innovations"],
    ),
    doc(
        "kajian-dampak-gemar-unram",
        "evaluasi",
        """
KAJIAN DAMPAK PROGRAM GEMAR (GERAKAN MEMBACA ANAK DI RUMAH)
TERHADAP KEMAMPUAN LITERASI SISWA KELAS AWAL DI KABUPATEN BIMA

Tim Peneliti: Lembaga Penelitian dan Pengabdian kepada Masyarakat, Universitas Mataram
Kerja sama dengan Dinas Pendidikan Kabupaten Bima, 2024

RINGKASAN EKSEKUTIF
Kajian ini menggunakan desain kuasi-eksperimen dengan membandingkan 30 SD pelaksana GEMAR dan 30 SD pembanding
yang karakteristiknya serupa. Kemampuan membaca diukur dengan EGRA (Early Grade Reading Assessment) pada awal
dan akhir tahun ajaran 2023/2024.

Temuan utama:
1. Rata-rata kecepatan membaca siswa kelas 2 sekolah GEMAR naik 14,2 kata/menit, sekolah pembanding 7,9
   kata/menit (selisih signifikan, p < 0,05).
2. Efek paling besar pada anak yang orang tuanya rutin menandatangani buku harian membaca (>= 4 malam/minggu).
3. Di 9 sekolah, buku bacaan berjenjang terlalu sedikit sehingga buku dipakai bergantian.

Rekomendasi: menambah rasio buku 1:1 untuk kelas 1-2; melatih orang tua cara membacakan cerita.
""",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GEMAR",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Bima",
        ind={"monev": 3},
    ),
    doc(
        "monev-dapur-torang-minut",
        "evaluasi",
        """
LAPORAN MONEV PMT LOKAL "DAPUR TORANG"
Triwulan II 2024 - Dinas Kesehatan bersama Dinas Perikanan Kab. Minahasa Utara

Latar: Dapur Torang menyediakan makanan tambahan lokal berbahan ikan (cakalang, tude, ikan roa) yang dibeli
dari nelayan kecil setempat untuk balita gizi kurang dan ibu hamil KEK, dimasak kader PKK di dapur desa.

Temuan monitoring di 25 desa:
- balita sasaran 410 anak, 372 mengikuti 90 hari PMT penuh
- kenaikan BB sesuai standar : 288 anak (77%)
- 4 dapur belum punya sertifikat laik higiene
- pembayaran ke nelayan terlambat 2-3 minggu di 6 desa sehingga pasokan ikan terganggu

Evaluasi: program efektif, tetapi mekanisme pembayaran harus diperbaiki (uang muka ke kelompok nelayan).
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        also=["kelautan_perikanan"],
        jenis="non_digital",
        tahapan="penerapan",
        nama="DAPUR TORANG",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Minahasa Utara",
        ind={"monev": 1, "kemanfaatan": 2},
        tags=["two_sector"],
    ),
    doc(
        "skm-klinik-investasi-kendal",
        "evaluasi",
        """
HASIL SURVEI KEPUASAN MASYARAKAT
GERAI KLINIK INVESTASI TERPADU - MAL PELAYANAN PUBLIK KENDAL
Periode: Januari - Juni 2024

Jumlah responden : 384 (pelaku usaha yang berkonsultasi)
Metode           : kuesioner tablet di meja layanan + QR code

Unsur                         Nilai
Persyaratan                   3,41
Prosedur                      3,38
Waktu pelayanan               3,29
Biaya                         3,88
Produk layanan                3,45
Kompetensi petugas            3,62
Perilaku petugas              3,66
Sarana prasarana              3,51
Penanganan pengaduan          3,27
IKM                           86,7 (Baik)

Saran responden: petugas bank tidak selalu ada di gerai hari Jumat; info persyaratan PBG perlu leaflet.
""",
        bentuk="pelayanan_publik",
        urusan="penanaman_modal",
        nama="Klinik Investasi Terpadu",
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        pemda="Kabupaten Kendal",
        ind={"monev": 2},
    ),
    doc(
        "monev-basadi-malang",
        "evaluasi",
        """
Monitoring dan Evaluasi Pelaksanaan BASADI Tahun 2024
Bidang Pengelolaan Sampah DLH Kota Malang

Metode: kunjungan ke 46 bank sampah unit (BSU) + cek data transaksi di aplikasi.

Hasil
a. BSU aktif transaksi tiap bulan  : 39 unit; tidak aktif 7 unit (pengurus berhenti / tempat dipakai warga)
b. Rata-rata sampah tertimbang       : 26 ton/bulan
c. Masalah aplikasi: saldo ganda bila sinyal putus saat simpan (12 laporan) -> sudah diperbaiki versi 2.3
d. Nasabah lansia kesulitan cek saldo di HP -> tetap diberi buku tabungan cetak

Kesimpulan: BASADI berjalan baik di 85% BSU. Perlu insentif bagi pengurus BSU dan pelatihan ulang operator.
""",
        bentuk="urusan_lainnya",
        urusan="lingkungan_hidup",
        jenis="digital",
        tahapan="penerapan",
        nama="BASADI",
        opd="Dinas Lingkungan Hidup",
        pemda="Kota Malang",
        ind={"monev": 1},
    ),
    doc(
        "kajian-potensi-replikasi-brida-bojonegoro",
        "evaluasi",
        """
KAJIAN
POTENSI REPLIKASI INOVASI DAERAH DI KABUPATEN BOJONEGORO
Badan Riset dan Inovasi Daerah Kab. Bojonegoro, 2024

ABSTRAK
Kajian ini memetakan inovasi daerah lain yang berpotensi direplikasi oleh perangkat daerah Bojonegoro
berdasarkan kesesuaian masalah, kebutuhan biaya dan kesiapan SDM. Data diperoleh dari database inovasi
nasional, wawancara dengan 18 perangkat daerah dan FGD.

BAB IV HASIL DAN PEMBAHASAN
Dari 64 inovasi yang ditelaah, 9 inovasi dinilai sangat sesuai, antara lain:
1. SI-RUJAK (Kab. Gowa) - rujukan ibu hamil risiko tinggi; cocok untuk Dinkes karena AKI Bojonegoro 2023 naik;
2. DOWA (Kota Tegal) - layanan adminduk via WhatsApp; Disdukcapil sudah punya TTE, biaya rendah;
3. KLINIK TANI KELILING (Kab. Bone) - perlu penyesuaian karena Bojonegoro sudah punya BPP di tiap kecamatan.

BAB V REKOMENDASI
Replikasi diprioritaskan untuk SI-RUJAK dan DOWA pada tahun 2025 dengan pola PKS antardaerah.
""",
        urusan="litbang",
        nama="SI-RUJAK",
        opd="Badan Riset dan Inovasi Daerah",
        pemda="Kabupaten Bojonegoro",
        tags=["two_innovations"],
    ),
    doc(
        "evaluasi-rkpd-tw3-pesawaran",
        "evaluasi",
        """
LAPORAN EVALUASI HASIL PELAKSANAAN RKPD
TRIWULAN III TAHUN 2024
KABUPATEN PESAWARAN

BAB I PENDAHULUAN
Evaluasi dilaksanakan berdasarkan Permendagri 86 Tahun 2017, untuk mengetahui capaian kinerja dan realisasi
anggaran program/kegiatan perangkat daerah s.d. triwulan III.

BAB II HASIL EVALUASI
Rata-rata capaian kinerja program: 64,8% (kategori sedang)
Rata-rata realisasi keuangan     : 58,1%

Perangkat daerah dengan realisasi terendah:
 1. Dinas PUPR - 31,4% (lelang ulang 6 paket jalan)
 2. Dinas Perkim - 38,9%
 3. RSUD - 44,0%

BAB III REKOMENDASI
- percepatan pengadaan melalui e-katalog
- OPD dengan realisasi < 50% wajib menyampaikan rencana aksi percepatan paling lambat 15 Oktober.
""",
        urusan="perencanaan",
        opd="Badan Perencanaan Pembangunan Daerah",
        pemda="Kabupaten Pesawaran",
    ),
    doc(
        "survei-pengguna-satu-data-kupang",
        "evaluasi",
        """
LAPORAN SURVEI KEPUASAN PENGGUNA DATA
PORTAL SATU DATA KOTA KUPANG TAHUN 2024

Latar belakang: sebagai walidata, Diskominfo wajib mengukur kepuasan pengguna portal satudata. Survei mengacu
pada pedoman SKM (9 unsur) yang disesuaikan untuk layanan data.

Responden: 212 (mahasiswa 41%, ASN 33%, peneliti/LSM 14%, jurnalis 7%, umum 5%).

Hasil: IKM 79,4 (B - Baik).
Unsur terendah: kemutakhiran data (banyak dataset terakhir 2021) dan kelengkapan metadata.
Dataset paling sering diunduh: penduduk per kelurahan, angka kemiskinan, jumlah sekolah.

Rekomendasi: produsen data OPD diwajibkan memperbarui dataset prioritas paling lambat Maret setiap tahun;
BPS diminta mendampingi penyusunan metadata kegiatan statistik sektoral.
""",
        bentuk="tata_kelola",
        urusan="statistik",
        jenis="digital",
        tahapan="penerapan",
        nama="SATU DATA KOTA KUPANG",
        opd="Dinas Komunikasi dan Informatika",
        pemda="Kota Kupang",
        ind={"monev": 2},
    ),
    doc(
        "monev-inovasi-daerah-sumedang-2024",
        "evaluasi",
        """
LAPORAN MONITORING DAN EVALUASI INOVASI DAERAH
KABUPATEN SUMEDANG TAHUN 2024
Tim Inovasi Daerah (Bapppeda)

Ringkasan
Monev dilakukan terhadap 112 inovasi yang ditetapkan dengan Keputusan Bupati. Penilaian mandiri per
inovasi menggunakan 20 indikator satuan inovasi, diverifikasi tim.

Tabel hasil (cuplikan)
No  Inovasi            PD        Skor   Data dukung lemah
1   SIMPATI            BKPSDM    78     video belum lengkap 5 unsur
2   TAHU GO DIGITAL    Diskop    65     belum ada SOP
3   POS GIZI MANDIRI   Dinkes    41     belum ada SK, anggaran 1 thn
4   SI-ATAP            Perkim    70     -
...

Kesimpulan: 38 inovasi (34%) belum melengkapi data dukung wajib. Perangkat daerah diminta melengkapi paling
lambat 31 Juli.
""",
        pemda="Kabupaten Sumedang",
        nama="SIMPATI",
        opd="Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        ind={"monev": 1},
        tags=["two_innovations"],
    ),
    doc(
        "skm-si-cepot-rsud-bandung",
        "evaluasi",
        """
SURVEI KEPUASAN PASIEN TERHADAP LAYANAN SI CEPOT
Instalasi Farmasi RSUD Kota Bandung - Triwulan I 2024

Jml responden 400 pasien rawat jalan pengguna SI CEPOT (antar obat/loker).

                         Sangat puas   Puas    Kurang puas   Tidak puas
Kemudahan pendaftaran     46%          41%     10%           3%
Kecepatan obat sampai     38%          44%     14%           4%
Kejelasan info via WA     51%          39%      8%           2%
Keamanan kemasan obat     57%          38%      4%           1%

IKM konversi: 84,9 (B).
Waktu tunggu rata-rata sebelum SI CEPOT 96 menit; setelah 27 menit (untuk pasien loker).
Keluhan: kurir terlambat saat hujan; pasien lansia tidak bisa baca notifikasi WA.
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        tahapan="penerapan",
        nama="SI CEPOT",
        opd="RSUD Kota Bandung",
        pemda="Kota Bandung",
        ind={"monev": 2},
    ),
    doc(
        "evaluasi-gemapatas-klaten",
        "evaluasi",
        """
EVALUASI PELAKSANAAN GEMAPATAS DAN PTSL 2024
Bagian Pemerintahan Setda Kabupaten Klaten bersama Kantor Pertanahan

1. Target dan realisasi
   bidang tanah dipasang patok (GEMAPATAS) : target 18.000, realisasi 17.245 (95,8%)
   bidang terukur                           : 16.980
   sertipikat terbit (K1)                    : 12.410
2. Permasalahan
   - 6 desa terlambat karena sengketa batas waris (diselesaikan mediasi desa)
   - biaya patok dibebankan ke warga menimbulkan keluhan di 3 desa -> sebagian ditanggung APBDes
3. Rekomendasi
   - GEMAPATAS dimulai 2 bulan sebelum pengukuran
   - perdes tentang pembiayaan persiapan PTSL

Disusun berdasarkan rapat evaluasi 9 Desember 2024 (internal Pemkab dan Kantah).
""",
        bentuk="pelayanan_publik",
        urusan="pertanahan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GEMAPATAS",
        opd="Bagian Pemerintahan Setda",
        pemda="Kabupaten Klaten",
        ind={"monev": 1, "kemanfaatan": 3},
    ),
    doc(
        "monev-lupakat-grobogan",
        "evaluasi",
        """
Laporan monev Lumbung Pangan Masyarakat (LUPAKAT) - Semester II 2024
Dinas Ketahanan Pangan Kab. Grobogan

Lokasi: Gapoktan Sido Makmur, Desa Ngeluk, Kec. Penawangan
Stok awal Juli: 18,4 ton gabah; pembelian saat panen gadu 26 ton; penjualan ke BULOG 12 ton; penyaluran
pinjaman gabah ke anggota paceklik 9,2 ton; stok akhir Desember 23,2 ton.

Penilaian:
- administrasi buku stok: baik, cocok dengan fisik (selisih 0,3%)
- dryer bantuan dinas: jarang dipakai karena biaya solar tinggi
- anggota yang memanfaatkan pinjaman gabah: 86 KK

Saran: dryer diganti tenaga biomassa sekam; lumbung perlu atap baru sebelum musim hujan.
""",
        bentuk="urusan_lainnya",
        urusan="pangan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="LUPAKAT",
        opd="Dinas Ketahanan Pangan",
        pemda="Kabupaten Grobogan",
        ind={"monev": 1, "kemanfaatan": 1},
    ),
    doc(
        "monev-pasdes-jatimulyo",
        "evaluasi",
        """
HASIL MONITORING DAN EVALUASI
PASAR DESA ONLINE (PASDES) - DESA JATIMULYO
oleh Pendamping Desa dan Kasi Ekbang Kapanewon Dlingo, Oktober 2024

Produk terdaftar: 74 produk dari 31 UMKM (gula semut, emping, kerajinan bambu).
Pesanan Jan-Sep 2024: 412 pesanan, omzet Rp 38,6 juta. 60% pesanan datang saat event wisata Hutan Pinus.
Masalah:
 - admin PASDES 1 orang dan merangkap perangkat desa, respons chat lambat
 - ongkir ke luar kota mahal; belum kerja sama ekspedisi
 - foto produk belum seragam
Rekomendasi: tambah 1 admin dari karang taruna (honor BUMDes), kerja sama agen ekspedisi, pelatihan foto
produk tahap 2 dianggarkan APBDes 2025.
""",
        bentuk="urusan_lainnya",
        urusan="desa",
        jenis="digital",
        tahapan="penerapan",
        nama="PASDES",
        opd="Pemerintah Desa Jatimulyo",
        pemda="Kabupaten Bantul",
        ind={"monev": 1},
    ),
    doc(
        "kajian-sanggar-budaya-isi-denpasar",
        "evaluasi",
        """
KAJIAN EFEKTIVITAS PROGRAM SANGGAR BUDAYA KELILING DALAM REGENERASI PENARI DAN PENABUH ANAK
DI KABUPATEN GIANYAR

Peneliti: Pusat Penelitian Seni Pertunjukan, LP2MPP Institut Seni Indonesia (ISI) Denpasar
Diselenggarakan atas permintaan Dinas Kebudayaan Kab. Gianyar, 2024

Metode: observasi partisipatif di 12 banjar, wawancara 36 pelatih/tokoh adat, tes keterampilan 180 anak.

Temuan:
- 71% anak peserta mampu membawakan minimal satu tari/tabuh lengkap setelah 3 bulan
- banjar yang memiliki gamelan sendiri menunjukkan hasil lebih baik
- materi aksara Bali paling sedikit diminati

Rekomendasi: jadwal latihan diperpanjang 6 bulan, pelatih lokal banjar dilibatkan sebagai asisten, dan
hasil latihan dipentaskan di Gianyar Art Festival.
""",
        bentuk="urusan_lainnya",
        urusan="kebudayaan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="SANGGAR BUDAYA KELILING",
        opd="Dinas Kebudayaan",
        pemda="Kabupaten Gianyar",
        ind={"monev": 3},
    ),
    doc(
        "user-satisfaction-command-center-bwi",
        "evaluasi",
        """
USER SATISFACTION SURVEY REPORT
Layanan Aduan WhatsApp - Banyuwangi Command Center (BCC)
Periode: Q3 2024

Background: sejak Januari 2024 BCC menerima aduan warga via WhatsApp chatbot + live agent. Survey ini mengukur
customer satisfaction (CSAT) dan kepuasan sesuai unsur SKM Permenpan RB 14/2017.

Sample: 628 pelapor (response rate 41%), survey link dikirim otomatis setelah tiket closed.

Results
 - CSAT overall: 4,2 / 5
 - IKM: 85,1 (B)
 - First response time median: 6 menit
 - Tickets closed within SLA (3x24 jam): 88%
 - Top complaint category: lampu PJU mati, sampah, jalan rusak

Pain points: ticket di-forward ke OPD tapi tidak ada update status ke pelapor; chatbot gagal memahami bahasa
Osing/Jawa.

Action plan: status tracking link per tiket; training NLP chatbot dengan data lokal.
""",
        bentuk="pelayanan_publik",
        urusan="kominfo",
        jenis="digital",
        tahapan="penerapan",
        nama="BANYUWANGI COMMAND CENTER",
        opd="Dinas Komunikasi, Informatika dan Persandian",
        pemda="Kabupaten Banyuwangi",
        ind={"monev": 2, "pengaduan": 2},
        tags=["english_mixed"],
    ),
    doc(
        "monev-uji-coba-setara-sidoarjo",
        "evaluasi",
        """
LAPORAN MONEV UJI COBA INOVASI SETARA (SEKOLAH TANPA PR)
Semester Genap 2023/2024 - 10 SD di Kab. Sidoarjo
Bidang Pembinaan SD, Dinas Pendidikan

1. Pelaksanaan: seluruh 10 SD mengganti PR dengan kegiatan bersama keluarga 1x seminggu; rata-rata 78% siswa
   mengirim foto kegiatan di grup kelas.
2. Angket orang tua (n=612): 81% setuju dilanjutkan; 12% ingin PR tetap ada untuk kelas 6.
3. Catatan kelembagaan:
   - SETARA belum memiliki SK Kepala Dinas; rancangan SK masih di Subbag Umum.
   - Juknis baru berupa draf, belum dibakukan.
   - belum ada anggaran khusus; kegiatan memakai dana BOSP sekolah masing-masing.
4. Rekomendasi: lanjut ke 40 SD semester ganjil 2024/2025 setelah SK dan juknis terbit.
""",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="uji_coba",
        inisiator="opd",
        nama="SETARA",
        opd="Dinas Pendidikan",
        pemda="Kabupaten Sidoarjo",
        ind={"monev": 1},
        neg=["regulasi", "pedoman_teknis"],
        tags=["negation"],
    ),
    doc(
        "evaluasi-pasca-pelatihan-asn-cerdas",
        "evaluasi",
        """
EVALUASI PASCA PELATIHAN (EPP)
PEMBELAJARAN E-LEARNING "ASN CERDAS" TAHUN 2023
BPSDMD Provinsi Jawa Tengah

Tujuan: mengetahui dampak pelatihan e-learning terhadap kinerja alumni 3-6 bulan setelah pelatihan.

Metode: kuesioner ke alumni dan atasan langsung (model Kirkpatrick level 3), sampel 540 alumni dari 6 jenis
pelatihan teknis (pengadaan, kearsipan, SAKIP, penulisan naskah dinas, analisis jabatan, layanan publik).

Hasil:
- 72% atasan menyatakan ada peningkatan kinerja alumni
- penerapan materi di tempat kerja tertinggi: penulisan naskah dinas (84%), terendah: SAKIP (51%)
- kendala: alumni tidak diberi kesempatan menerapkan (rotasi jabatan)

Rekomendasi: kurikulum SAKIP disederhanakan; integrasi hasil pelatihan dengan e-kinerja.
""",
        bentuk="tata_kelola",
        urusan="diklat",
        jenis="digital",
        tahapan="penerapan",
        nama="ASN CERDAS",
        opd="Badan Pengembangan Sumber Daya Manusia Daerah",
        pemda="Provinsi Jawa Tengah",
        ind={"monev": 1, "kemanfaatan": 3},
    ),
    doc(
        "survei-pengguna-simpeg-mobile-bantaeng",
        "evaluasi",
        """
HASIL SURVEI KEPUASAN PENGGUNA LAYANAN SIMPEG MOBILE
BKPSDM Kabupaten Bantaeng, Juni 2024

Responden: 318 ASN pengguna (mengajukan cuti/KGB/kenaikan pangkat lewat aplikasi).
Kuesioner 9 unsur pelayanan, skala 1-4.

Nilai IKM: 82,10 (B)
- Unsur tertinggi: biaya (gratis) 3,9
- Unsur terendah: waktu penyelesaian kenaikan pangkat 2,8 (menunggu pertek BKN)

Saran responden: notifikasi status usulan via WA; menu unduh SK kenaikan pangkat; aplikasi sering logout
sendiri.

Rencana tindak lanjut:
1. menambah notifikasi WhatsApp otomatis pada setiap perubahan status usulan (target Oktober 2024);
2. berkoordinasi dengan Kanreg IV BKN Makassar agar pertek kenaikan pangkat diproses lebih cepat;
3. memperbaiki masa sesi login aplikasi.
""",
        bentuk="tata_kelola",
        urusan="kepegawaian",
        jenis="digital",
        tahapan="penerapan",
        nama="SIMPEG MOBILE",
        opd="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        pemda="Kabupaten Bantaeng",
        ind={"monev": 2},
    ),
    doc(
        "ikm-tera-ulang-keliling-jepara",
        "evaluasi",
        """
INDEKS KEPUASAN MASYARAKAT
PELAYANAN TERA ULANG KELILING - UPT METROLOGI LEGAL KAB. JEPARA
TAHUN 2024

Jml responden: 260 pedagang pasar (timbangan meja, dacin, timbangan pegas)
Hasil:
  U1 3,45 | U2 3,52 | U3 3,71 | U4 3,20 | U5 3,48 | U6 3,58 | U7 3,66 | U8 3,14 | U9 3,30
  IKM = 85,72 kategori B (Baik)
Catatan: unsur biaya (U4) relatif rendah karena pedagang belum paham retribusi tera ulang sesuai Perda;
usulan: sosialisasi tarif sebelum pelayanan dan pembayaran QRIS di lokasi.

Jepara, 2 Desember 2024
Kepala UPT Metrologi Legal
""",
        bentuk="pelayanan_publik",
        urusan="perdagangan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="TERA ULANG KELILING",
        opd="UPT Metrologi Legal",
        pemda="Kabupaten Jepara",
        ind={"monev": 2},
    ),
    doc(
        "skm-klik-umkm-lamongan",
        "evaluasi",
        """
LAPORAN SURVEI KEPUASAN MASYARAKAT TERHADAP PELAYANAN KLIK UMKM
DINAS KOPERASI DAN USAHA MIKRO KABUPATEN LAMONGAN - SEMESTER II 2024

BAB I PENDAHULUAN - dasar hukum Permenpan RB 14/2017; tujuan mengetahui tingkat kepuasan pelaku usaha.
BAB II - responden 220 pelaku usaha mikro yang memperoleh layanan NIB, sertifikat halal, foto produk.
BAB III HASIL
  Nilai IKM 87,35 (B)
  layanan paling diminati: pendampingan sertifikasi halal gratis (SEHATI) 46%
  keluhan: antrean foto produk panjang (1 fotografer), jadwal konsultan tidak diumumkan
BAB IV TINDAK LANJUT
  jadwal konsultan diumumkan di Instagram @klikumkm.lamongan tiap Senin; penambahan studio foto mini.
""",
        bentuk="pelayanan_publik",
        urusan="ukm",
        jenis="non_digital",
        tahapan="penerapan",
        nama="KLIK UMKM",
        opd="Dinas Koperasi dan Usaha Mikro",
        pemda="Kabupaten Lamongan",
        ind={"monev": 2},
    ),
]
