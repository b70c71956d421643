# ruff: noqa: E501 - the bank is prose, one sentence a line reads better than wrapped fragments
"""The bank of invented regional innovations that the narrative documents describe.

Each block: name | expansion ("-" when the name is not an acronym); urusan[+overlapping] | bentuk jenis
tahapan inisiator (short codes below); OPD | unit ("-" for none) | pemda | who benefits; then P: the
problem, M: the method (it always makes jenis plain and, for two-sector innovations, both sectors),
B: the benefit. The texts avoid indicator evidence (no counts, decrees, budgets, channels): evidence is
added per document so that the labels follow from what each document really says.
"""

from __future__ import annotations

from dataclasses import dataclass

BENTUK = {"tk": "tata_kelola", "pp": "pelayanan_publik", "ul": "urusan_lainnya"}
JENIS = {"d": "digital", "n": "non_digital"}
TAHAPAN = {"ini": "inisiatif", "uji": "uji_coba", "pen": "penerapan"}
INISIATOR = {"kd": "kepala_daerah", "dprd": "anggota_dprd", "opd": "opd", "asn": "asn", "mas": "masyarakat"}


@dataclass(frozen=True)
class Innovation:
    key: int
    name: str
    expansion: str | None
    urusan: str
    urusan_also: tuple[str, ...]
    bentuk: str
    jenis: str
    tahapan: str
    inisiator: str
    opd: str
    unit: str | None
    pemda: str
    target: str
    problem: str
    method: str
    benefit: str

    @property
    def full(self) -> str:
        """Name with its expansion, the way a document first introduces it."""
        return f"{self.name} ({self.expansion})" if self.expansion else self.name

    @property
    def place(self) -> str:
        """Where it runs: the unit if any, else the OPD."""
        return self.unit or self.opd

    @property
    def digital(self) -> bool:
        return self.jenis == "digital"


_BANK = """
SI-CANTIK | Sistem Informasi Cepat Tanggap Informasi Kesehatan
kesehatan+desa | pp d pen opd
Dinas Kesehatan | Puskesmas Lapeo | Kabupaten Polewali Mandar | ibu hamil dan balita
P: Data ibu hamil risiko tinggi dari desa-desa wilayah kerja puskesmas sering terlambat sampai ke bidan koordinator, sehingga rujukan baru dilakukan ketika kondisi ibu sudah gawat.
M: Kader posyandu di setiap desa mencatat ibu hamil dan balita melalui aplikasi di telepon genggam; data langsung masuk ke dasbor puskesmas dan memicu notifikasi kepada bidan desa bila ditemukan tanda bahaya. Pemerintah desa menanggung paket data kader dari dana desa dan ikut membaca dasbor dalam musyawarah desa.
B: Deteksi dini risiko tinggi menjadi lebih cepat, rujukan lebih terencana, dan pemerintah desa memegang data kesehatan warganya sendiri.

PANTAS STUNTING | Pantau Tuntas Stunting
kesehatan+desa | ul n pen kd
Dinas Kesehatan | - | Kabupaten Majene | balita stunting
P: Prevalensi stunting di Majene termasuk yang tertinggi di Sulawesi Barat, sementara intervensi dari berbagai instansi berjalan sendiri-sendiri dan tidak menyasar keluarga yang sama.
M: Setiap balita stunting didampingi seorang orang tua asuh dari kalangan pejabat dan pengusaha, rembuk stunting digelar di setiap desa, dan intervensi gizi dicatat pada kartu pantau kertas yang diperiksa tiap bulan oleh tenaga gizi puskesmas bersama kepala desa.
B: Penanganan balita stunting menjadi terarah dan desa ikut menyediakan pemberian makanan tambahan berbahan pangan lokal.

SEHATI | Sehat Bersama Hipertensi Terkendali
kesehatan | pp n pen asn
Dinas Kesehatan | Puskesmas Banggae I | Kabupaten Majene | penderita hipertensi
P: Banyak penderita hipertensi berhenti minum obat setelah merasa sehat sehingga kasus stroke dan gagal ginjal terus bertambah.
M: Petugas puskesmas membentuk kelompok pasien per lingkungan, melakukan kunjungan rumah berkala, dan membagikan kotak obat mingguan berlabel hari agar pasien tidak lupa minum obat.
B: Kepatuhan minum obat meningkat dan pasien lebih rutin datang kontrol tekanan darah.

E-RUJUK | Elektronik Rujukan Terpadu
kesehatan | pp d pen opd
RSUD R.T. Notopuro | - | Kabupaten Sidoarjo | pasien rujukan
P: Pasien rujukan dari puskesmas kerap tiba di rumah sakit tanpa kepastian tempat tidur sehingga menumpuk di instalasi gawat darurat.
M: Puskesmas mengirim permintaan rujukan melalui aplikasi web yang menampilkan ketersediaan tempat tidur dan dokter spesialis secara waktu nyata; petugas rumah sakit menjawab permintaan sebelum pasien diberangkatkan.
B: Waktu tunggu di IGD berkurang dan tidak ada lagi pasien yang ditolak di pintu rumah sakit.

AMBULANS DESA SIAGA | -
kesehatan+desa | pp n uji mas
Dinas Kesehatan | Puskesmas Sakra | Kabupaten Lombok Timur | ibu bersalin dan pasien gawat darurat
P: Warga dusun terpencil kesulitan membawa ibu bersalin ke fasilitas kesehatan karena tidak ada kendaraan pada malam hari.
M: Mobil dan pikap milik warga yang bersedia didaftarkan sebagai ambulans desa; pemiliknya dihubungi menurut jadwal piket yang ditempel di kantor desa, dan biaya bahan bakar diganti dari anggaran desa yang disepakati dalam musyawarah desa.
B: Ibu bersalin dapat dibawa ke puskesmas kapan saja tanpa menunggu kendaraan sewaan.

JEMPOL TB | Jemput Pasien, Obati Langsung Tuberkulosis
kesehatan | pp n pen asn
Dinas Kesehatan | Puskesmas Kedungkandang | Kota Malang | pasien tuberkulosis
P: Angka putus obat pasien tuberkulosis tinggi karena pasien harus datang sendiri ke puskesmas setiap pekan.
M: Petugas program TB menjemput dahak terduga TB ke rumah warga dan mengantar obat langsung kepada pasien, didampingi pengawas menelan obat dari keluarga yang dilatih puskesmas.
B: Pasien menyelesaikan pengobatan enam bulan dan penularan di lingkungan rumah dapat ditekan.

SIPANDU GIZI | Sistem Pemantauan Terpadu Gizi Balita
kesehatan | tk d uji opd
Dinas Kesehatan | - | Kabupaten Sumba Barat Daya | balita
P: Laporan bulanan gizi dari puskesmas dikirim dalam berkas kertas dan baru direkap dinas dua bulan kemudian.
M: Tenaga gizi puskesmas mengunggah hasil penimbangan ke sistem daring yang langsung menghitung status gizi dan menyusun rekap kabupaten untuk bahan rapat pimpinan.
B: Dinas dapat menentukan sasaran intervensi gizi setiap bulan, bukan lagi setiap triwulan.

POSBINDU KERJA | Pos Pembinaan Terpadu di Tempat Kerja
kesehatan+tenaga_kerja | pp n pen opd
Dinas Kesehatan | - | Kabupaten Bekasi | pekerja pabrik
P: Pekerja di kawasan industri jarang memeriksakan kesehatan karena jam kerja bertepatan dengan jam buka puskesmas.
M: Petugas puskesmas membuka pos pemeriksaan penyakit tidak menular di lingkungan pabrik pada jam istirahat, bekerja sama dengan bagian personalia perusahaan dan pengawas ketenagakerjaan agar pemeriksaan masuk program keselamatan dan kesehatan kerja.
B: Faktor risiko penyakit tidak menular pada pekerja terdeteksi lebih awal tanpa mengurangi jam kerja.

GIGI SEHAT SEKOLAHKU | -
kesehatan+pendidikan | pp n pen asn
Dinas Kesehatan | Puskesmas Tamalate | Kota Makassar | murid sekolah dasar
P: Pemeriksaan gigi murid SD menemukan sebagian besar anak mengalami karies, sementara kegiatan UKS di sekolah tidak berjalan.
M: Perawat gigi puskesmas melatih guru UKS dan dokter kecil untuk memimpin sikat gigi bersama setiap pagi di kelas, lalu memeriksa gigi murid setiap semester di sekolah.
B: Kebiasaan menyikat gigi terbentuk sejak dini dan rujukan perawatan gigi dilakukan lebih awal.

SI-ANTRI | Sistem Antrean Terintegrasi Puskesmas
kesehatan | pp d pen opd
Dinas Kesehatan | Puskesmas Sukajadi | Kota Pekanbaru | pasien rawat jalan
P: Pasien harus datang sejak subuh untuk mengambil nomor antrean dan menunggu berjam-jam di ruang tunggu yang sempit.
M: Pasien mengambil nomor antrean dari rumah melalui aplikasi dan menerima perkiraan jam dilayani; layar antrean di puskesmas tersambung dengan aplikasi sehingga pasien datang mendekati gilirannya.
B: Ruang tunggu tidak lagi penuh dan pasien dapat mengatur waktu kedatangan.

GELIS | Gerakan Peduli Jiwa Sehat
kesehatan+sosial | pp n uji asn
Dinas Kesehatan | Puskesmas Kutasari | Kabupaten Purbalingga | orang dengan gangguan jiwa
P: Masih ditemukan orang dengan gangguan jiwa yang dipasung keluarganya karena stigma dan jauhnya layanan kesehatan jiwa.
M: Kader jiwa desa mendata dan mendampingi orang dengan gangguan jiwa, petugas puskesmas melakukan kunjungan rumah, dan pekerja sosial dari dinas sosial membantu keluarga mengurus jaminan sosial dan pelatihan keterampilan.
B: Pasien dibebaskan dari pasung, berobat teratur, dan sebagian kembali bekerja.

TELEDOC PULAU | Telekonsultasi Dokter untuk Pulau-Pulau Kecil
kesehatan | pp d uji kd
Dinas Kesehatan | - | Kabupaten Kepulauan Selayar | warga pulau kecil
P: Puskesmas pembantu di pulau-pulau kecil hanya dijaga perawat, sementara dokter berada di pulau induk yang perjalanannya bergantung cuaca.
M: Perawat di pustu menghubungkan pasien dengan dokter puskesmas induk melalui panggilan video di aplikasi telekonsultasi; resep elektronik dikirim ke apotek pustu dan kasus berat diputuskan rujukannya secara daring.
B: Warga pulau mendapat konsultasi dokter tanpa menyeberang laut.

KEJAR IMUN | Kejar Imunisasi Anak
kesehatan+desa | pp n pen asn
Dinas Kesehatan | Puskesmas Tabulahan | Kabupaten Mamasa | balita yang belum mendapat imunisasi lengkap
P: Cakupan imunisasi dasar lengkap di wilayah pegunungan rendah karena jarak posyandu jauh dan orang tua khawatir efek samping.
M: Bidan dan juru imunisasi berjalan dari kampung ke kampung bersama aparat desa, menyisir nama anak dari register kelahiran desa, dan memberikan imunisasi di rumah warga.
B: Anak-anak di kampung terjauh mendapat imunisasi lengkap sesuai usia.

JUMANTIK CILIK | Juru Pemantau Jentik Cilik
kesehatan+pendidikan | ul n pen asn
Dinas Kesehatan | Puskesmas Ngaglik I | Kabupaten Sleman | siswa dan rumah warga
P: Kasus demam berdarah dengue berulang setiap musim hujan, sedangkan pemeriksaan jentik oleh petugas tidak menjangkau semua rumah.
M: Siswa sekolah dasar dilatih menjadi juru pemantau jentik di rumahnya sendiri dan mencatat temuan pada kartu jentik yang dikumpulkan guru setiap Jumat untuk diserahkan ke puskesmas.
B: Angka bebas jentik naik dan anak-anak menjadi penggerak kebersihan di keluarganya.

OBAT ANTAR | Layanan Antar Obat Pasien Penyakit Kronis
kesehatan | pp n pen opd
RSUD dr. Soemarno Sosroatmodjo | - | Kabupaten Kapuas | pasien penyakit kronis
P: Pasien penyakit kronis dari kecamatan jauh harus menempuh perjalanan sungai berjam-jam hanya untuk mengambil obat bulanan.
M: Instalasi farmasi rumah sakit mengemas obat bulanan pasien kronis dan mengirimkannya melalui kurir kerja sama ke puskesmas terdekat dengan tempat tinggal pasien.
B: Pasien tetap mendapat obat tepat waktu tanpa biaya perjalanan.

DASBOR SEHAT | Dasbor Kinerja Puskesmas
kesehatan+perencanaan | tk d pen opd
Dinas Kesehatan | - | Kabupaten Banyumas | puskesmas dan pengelola program
P: Capaian standar pelayanan minimal bidang kesehatan dilaporkan terlambat sehingga perencanaan anggaran tahun berikutnya tidak berbasis data.
M: Seluruh puskesmas memasukkan capaian program ke dasbor daring yang menampilkan indikator kinerja dan menjadi bahan penyusunan rencana kerja dinas serta forum perencanaan daerah.
B: Perencanaan program kesehatan disusun berdasarkan data capaian terkini.

SAPA LANSIA | Satu Pelayanan untuk Lansia
kesehatan+sosial | pp n pen opd
Dinas Kesehatan | Puskesmas Wonosari I | Kabupaten Gunungkidul | lansia
P: Lansia yang tinggal sendiri tidak terpantau kesehatannya dan banyak yang tidak memiliki jaminan kesehatan.
M: Posyandu lansia dijadikan tempat layanan terpadu: pemeriksaan kesehatan oleh puskesmas, pendataan bantuan sosial oleh pendamping dinas sosial, dan kunjungan rumah bagi lansia yang tidak dapat berjalan.
B: Lansia terlayani kesehatannya sekaligus terdaftar sebagai penerima bantuan sosial.

KAWAL REMAJA | Kawal Kesehatan Reproduksi Remaja
kesehatan+pppa | pp n uji asn
Dinas Kesehatan | Puskesmas Kota Ende | Kabupaten Ende | remaja usia sekolah
P: Kasus kehamilan remaja dan perkawinan anak meningkat, sementara remaja enggan datang ke puskesmas.
M: Konselor sebaya dilatih di sekolah dan di kelompok remaja gereja dan masjid; mereka mendampingi teman sebaya dan merujuk kasus kekerasan kepada unit perlindungan anak.
B: Remaja mendapat informasi kesehatan reproduksi yang benar dan kasus kekerasan cepat tertangani.

LIMBAH AMAN | Pengelolaan Limbah Medis Terpadu Puskesmas
kesehatan+lingkungan_hidup | tk n pen opd
Dinas Kesehatan | - | Kabupaten Badung | puskesmas dan klinik
P: Limbah medis puskesmas menumpuk terlalu lama di tempat penyimpanan sementara dan berisiko mencemari lingkungan.
M: Limbah medis dari seluruh puskesmas dikumpulkan terjadwal ke satu depo berizin dengan manifes kertas yang diperiksa petugas lingkungan hidup sebelum diangkut pihak ketiga.
B: Limbah medis terkelola sesuai ketentuan dan biaya pengangkutan lebih hemat.

DOKDES | Dokter Desa Keliling
kesehatan+desa | pp n ini dprd
Dinas Kesehatan | - | Kabupaten Bone | warga desa
P: Banyak desa di wilayah pegunungan tidak pernah dikunjungi dokter, hanya bidan desa yang melayani seluruh keluhan warga.
M: Dokter puskesmas dijadwalkan berkeliling ke desa setiap pekan dan membuka praktik di kantor desa atau polindes, dengan biaya transportasi dibagi antara dinas dan pemerintah desa.
B: Warga desa mendapat pemeriksaan dokter tanpa harus ke kota kecamatan.

MAMA SAYANG | Manajemen Ibu Hamil Sayang Bayi
kesehatan | pp d uji opd
Dinas Kesehatan | Puskesmas Sentani | Kabupaten Jayapura | ibu hamil
P: Banyak ibu hamil hanya memeriksakan kehamilan sekali atau dua kali sehingga komplikasi terlambat dikenali.
M: Setiap ibu hamil terdaftar di aplikasi yang mengirim pesan pengingat jadwal pemeriksaan dan tanda bahaya kehamilan, sementara bidan memantau kunjungan melalui daftar digital.
B: Kunjungan pemeriksaan kehamilan lebih lengkap dan persalinan di fasilitas kesehatan meningkat.

TABULIN | Tabungan Ibu Bersalin
kesehatan+desa | ul n pen mas
Dinas Kesehatan | Puskesmas Tinambung | Kabupaten Polewali Mandar | ibu hamil
P: Keluarga miskin menunda persalinan di fasilitas kesehatan karena tidak memiliki biaya transportasi dan kebutuhan persalinan.
M: Ibu hamil menabung sedikit demi sedikit sejak awal kehamilan pada bendahara kelompok di desa yang dicatat dalam buku tabungan, dan pemerintah desa menambah dana bagi ibu yang tidak mampu.
B: Persalinan di rumah berkurang karena biaya transportasi sudah tersedia saat waktunya tiba.

SAMBA | Satu Minggu Satu Buku Anak
pendidikan+perpustakaan | ul n pen asn
Dinas Pendidikan dan Kebudayaan | SD Negeri 12 Banggae | Kabupaten Majene | murid sekolah dasar
P: Hasil asesmen menunjukkan kemampuan literasi murid rendah dan perpustakaan sekolah jarang dikunjungi.
M: Setiap murid meminjam satu buku dari perpustakaan sekolah setiap pekan, menceritakan kembali isinya di depan kelas, dan mencatat judul yang dibaca di kartu baca yang diperiksa wali kelas.
B: Minat baca murid tumbuh dan koleksi perpustakaan sekolah benar-benar digunakan.

PPDB DARING | Penerimaan Peserta Didik Baru Daring
pendidikan | pp d pen opd
Dinas Pendidikan | - | Kota Bandar Lampung | calon peserta didik dan orang tua
P: Setiap musim penerimaan murid baru, orang tua antre berhari-hari di sekolah dan muncul keluhan titipan kursi.
M: Pendaftaran, verifikasi zonasi, dan pengumuman hasil seleksi dilakukan di laman daring dengan pemetaan jarak rumah ke sekolah secara otomatis.
B: Seleksi lebih transparan dan orang tua tidak perlu antre di sekolah.

SEKOLAH FILIAL | -
pendidikan+desa | pp n pen kd
Dinas Pendidikan | - | Kabupaten Halmahera Barat | anak usia sekolah di dusun terpencil
P: Anak-anak di dusun terpencil putus sekolah karena sekolah induk berjarak belasan kilometer tanpa angkutan.
M: Kelas jauh dibuka di balai dusun dengan guru dari sekolah induk yang bergantian mengajar, sedangkan pemerintah desa menyediakan ruang belajar dan honor guru pendamping dari dana desa.
B: Anak-anak dusun dapat bersekolah dekat rumah hingga kelas enam.

E-RAPOR TERPADU | -
pendidikan | tk d pen opd
Dinas Pendidikan | - | Kabupaten Sumedang | sekolah dan guru
P: Guru menghabiskan banyak waktu menyalin nilai ke rapor dan data nilai antar-sekolah tidak dapat dibandingkan.
M: Nilai diinput guru ke aplikasi rapor daring yang tersambung dengan data pokok pendidikan, lalu rapor dicetak dari sistem dan rekap nilai tersedia bagi pengawas.
B: Penyusunan rapor lebih cepat dan dinas memiliki data capaian belajar semua sekolah.

PAUD HI POSYANDU | PAUD Holistik Integratif Berbasis Posyandu
pendidikan+kesehatan | ul n uji opd
Dinas Pendidikan | - | Kabupaten Bantaeng | anak usia dini
P: Banyak anak usia dini di desa tidak mengikuti PAUD, sementara posyandu hanya fokus pada penimbangan.
M: Kegiatan bermain dan belajar PAUD digelar di hari buka posyandu sehingga anak sekaligus ditimbang, diimunisasi, dan distimulasi tumbuh kembangnya oleh pendidik PAUD dan bidan desa.
B: Partisipasi PAUD naik dan tumbuh kembang anak terpantau menyeluruh.

GETAR | Gerakan Tuntas Aksara
pendidikan | ul n pen mas
Dinas Pendidikan | PKBM Tunas Harapan | Kabupaten Merauke | warga buta aksara
P: Angka buta aksara orang dewasa di kampung-kampung masih tinggi sehingga warga sulit mengakses layanan dan informasi.
M: Relawan gereja dan pemuda kampung mengajar baca tulis hitung di rumah warga pada malam hari dengan modul sederhana, lalu peserta mengikuti uji keaksaraan di PKBM.
B: Warga dewasa mampu membaca dan menulis serta mengelola usaha kecilnya.

SIGURU | Sistem Informasi Pengembangan Guru
pendidikan+kepegawaian | tk d uji asn
Dinas Pendidikan | - | Kota Padang | guru
P: Data pelatihan, angka kredit, dan sertifikat guru tersebar di berbagai berkas sehingga kenaikan pangkat guru sering terlambat.
M: Guru mengunggah sertifikat pelatihan dan dokumen kinerja ke aplikasi yang diverifikasi pengawas, lalu usulan kenaikan pangkat diteruskan secara elektronik ke badan kepegawaian.
B: Usulan kenaikan pangkat guru lebih cepat diproses dan kebutuhan pelatihan guru terpetakan.

GERAK BALIK | Gerakan Kembali Bersekolah
pendidikan+sosial | pp n pen kd
Dinas Pendidikan | - | Kabupaten Bojonegoro | anak tidak sekolah
P: Ribuan anak usia sekolah tidak bersekolah karena bekerja membantu orang tua atau menikah dini.
M: Anak tidak sekolah didata dari rumah ke rumah, kemudian dikembalikan ke sekolah formal atau program kesetaraan dengan bantuan seragam, dan keluarganya dihubungkan dengan bantuan sosial dari dinas sosial.
B: Anak kembali belajar dan keluarga tidak lagi terbebani biaya sekolah.

SI-BEASISWA | Sistem Informasi Beasiswa Daerah
pendidikan | pp d pen opd
Dinas Pendidikan | - | Kabupaten Siak | pelajar dan mahasiswa
P: Pendaftaran beasiswa daerah dilakukan manual sehingga berkas menumpuk dan muncul dugaan penerima tidak tepat sasaran.
M: Pelamar mengisi formulir, mengunggah berkas, dan memantau status seleksi di laman beasiswa daerah; tim seleksi menilai secara daring dan hasilnya diumumkan di laman yang sama.
B: Penyaluran beasiswa lebih cepat, transparan, dan tepat sasaran.

SERASI | Sekolah Ramah Anak Bebas Perundungan
pendidikan+pppa | ul n uji asn
Dinas Pendidikan | SMP Negeri 3 Wonosobo | Kabupaten Wonosobo | siswa SMP
P: Kasus perundungan di sekolah jarang dilaporkan karena siswa takut dan guru tidak memiliki mekanisme penanganan.
M: Sekolah membentuk satuan tugas anti-perundungan bersama siswa, menyediakan kotak cerita tertutup, dan merujuk kasus berat ke unit layanan perlindungan perempuan dan anak.
B: Siswa berani melapor dan kasus perundungan ditangani sebelum berlarut.

KELAS KODING | -
pendidikan+kominfo | ul d ini dprd
Dinas Pendidikan | - | Kota Balikpapan | siswa SMP
P: Siswa di kota ini banyak menggunakan gawai, tetapi sangat sedikit yang memahami dasar pemrograman dan keamanan digital.
M: Kelas pemrograman dasar akan digelar sepulang sekolah memakai platform belajar daring, dengan mentor dari komunitas teknologi informasi dan dukungan jaringan internet dari dinas komunikasi dan informatika.
B: Siswa mengenal logika pemrograman dan siap bersaing di bidang digital.

AKSARA LONTARA SEKOLAH | -
pendidikan+kebudayaan | ul n pen asn
Dinas Pendidikan | - | Kabupaten Gowa | siswa sekolah dasar
P: Generasi muda mulai tidak mengenal aksara lontara dan bahasa Makassar.
M: Guru muatan lokal menyusun lembar kerja aksara lontara, sekolah memasang papan nama kelas dalam aksara lontara, dan lomba menulis aksara digelar bersama pemangku adat setempat.
B: Siswa mampu membaca dan menulis aksara daerah, dan warisan budaya Makassar tetap hidup.

BOS TRANSPARAN | -
pendidikan+keuangan | tk d pen opd
Dinas Pendidikan | - | Kabupaten Lamongan | sekolah
P: Laporan penggunaan dana bantuan operasional sekolah sering terlambat dan sulit diperiksa.
M: Bendahara sekolah mencatat setiap transaksi dana BOS di aplikasi daring yang menampilkan saldo dan rincian belanja, dan dinas memeriksa laporan sekolah langsung dari sistem.
B: Pertanggungjawaban dana sekolah tepat waktu dan mudah diaudit.

LAPAK DESA | Layanan Administrasi Pelayanan Kantor Desa
desa+adminduk | pp d pen opd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Banyuwangi | warga desa
P: Warga harus bolak-balik ke kantor desa dan kecamatan untuk mengurus surat pengantar dan dokumen kependudukan.
M: Kantor desa melayani permohonan surat dan dokumen kependudukan melalui aplikasi yang tersambung ke dinas kependudukan; operator desa memproses berkas dan dokumen dicetak di desa.
B: Warga cukup datang sekali ke kantor desa dan dokumen selesai lebih cepat.

BUMDES CERDAS | -
desa+ukm | ul n pen opd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Kulon Progo | pengurus BUMDes
P: Banyak BUMDes tidak aktif karena pengurus belum mampu menyusun rencana usaha dan laporan keuangan.
M: Pengurus BUMDes didampingi secara berkelompok per kecamatan untuk menyusun rencana usaha, pembukuan sederhana, dan kemitraan dengan pelaku usaha kecil di desa.
B: BUMDes yang mati suri kembali beroperasi dan menyumbang pendapatan asli desa.

KLIK DESA | Klinik Keuangan Desa
desa+keuangan | tk n pen asn
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Tapanuli Utara | perangkat desa
P: Banyak desa terlambat menyampaikan laporan realisasi dana desa karena kesalahan pencatatan keuangan.
M: Setiap Kamis, petugas dinas membuka klinik konsultasi tatap muka di kantor dinas bagi kepala urusan keuangan desa untuk memeriksa dokumen pertanggungjawaban sebelum diserahkan.
B: Laporan keuangan desa lebih cepat dan temuan pemeriksaan berkurang.

RUMAH PINTAR NAGARI | -
desa+pendidikan | ul n uji mas
Dinas Pemberdayaan Masyarakat dan Nagari | - | Kabupaten Agam | anak dan pemuda nagari
P: Anak-anak di nagari tidak memiliki tempat belajar setelah jam sekolah dan banyak pemuda menganggur.
M: Rumah kosong milik nagari dijadikan tempat belajar bersama yang dikelola pemuda nagari, dengan bimbingan belajar sepulang sekolah dan kelas keterampilan bagi pemuda.
B: Anak-anak mendapat pendampingan belajar dan pemuda mendapat kegiatan produktif.

E-MUSRENBANGDES | Musyawarah Perencanaan Pembangunan Desa Elektronik
desa+perencanaan | tk d pen opd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Trenggalek | pemerintah desa dan warga
P: Usulan warga dalam musyawarah desa sering hilang dan tidak dapat ditelusuri apakah masuk rencana kerja desa.
M: Usulan warga dicatat di aplikasi sejak musyawarah dusun, diberi peringkat dalam musyawarah desa, dan diteruskan ke musrenbang kecamatan secara elektronik.
B: Warga dapat melacak usulannya dan perencanaan desa lebih akuntabel.

GERBANG DESA | Gerakan Membangun Desa
desa | ul n pen kd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Pasangkayu | desa tertinggal
P: Sebagian desa masih berstatus tertinggal karena pembangunan dari berbagai dinas tidak terfokus pada desa yang sama.
M: Setiap tahun beberapa desa tertinggal ditetapkan sebagai lokasi keroyokan program; seluruh perangkat daerah memusatkan kegiatan di desa itu dan kepala desa menyusun rencana aksi bersama warga.
B: Status desa meningkat dan program pemerintah tidak lagi tersebar tipis.

KADER DIGITAL DESA | -
desa+kominfo | ul d uji opd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Kubu Raya | kader desa
P: Sebagian besar desa belum memanfaatkan situs desa dan aplikasi layanan karena tidak ada perangkat desa yang menguasai teknologi.
M: Pemuda desa dilatih menjadi kader digital yang mengelola situs desa, sistem informasi desa, dan akun media sosial desa, dengan pendampingan daring dari dinas.
B: Informasi dan layanan desa tersedia daring dan dikelola orang desa sendiri.

LUMBUNG PANGAN DESA | -
desa+pangan | ul n pen mas
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Sumbawa | rumah tangga rawan pangan
P: Pada musim paceklik banyak keluarga petani kekurangan beras dan terjerat pinjaman dengan bunga tinggi.
M: Kelompok warga mengumpulkan sebagian gabah saat panen ke lumbung yang dikelola desa, lalu meminjamkannya kepada keluarga yang kekurangan pada musim paceklik dengan pengembalian gabah setelah panen.
B: Ketersediaan pangan keluarga terjaga sepanjang tahun.

SIAP DESA | Sistem Aduan dan Pengawasan Dana Desa
desa | tk d ini dprd
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Boalemo | warga desa
P: Warga sulit mengetahui penggunaan dana desa dan menyampaikan keberatan tanpa takut.
M: Rencana penggunaan dan realisasi dana desa akan ditampilkan di aplikasi yang dapat diakses warga, disertai fitur aduan yang diteruskan kepada pendamping desa dan inspektorat.
B: Pengelolaan dana desa lebih terbuka dan penyimpangan dapat dicegah lebih awal.

DESA MANDIRI SAMPAH | -
desa+lingkungan_hidup | ul n pen mas
Dinas Pemberdayaan Masyarakat dan Desa | - | Kabupaten Gianyar | rumah tangga desa
P: Sampah rumah tangga di desa dibuang ke sungai dan lahan kosong karena tidak terjangkau layanan pengangkutan kabupaten.
M: Desa adat dan desa dinas membangun tempat olah sampah bersama; warga memilah sampah dari rumah, sampah organik dijadikan kompos, dan sampah anorganik dijual melalui bank sampah desa.
B: Sungai lebih bersih dan desa memperoleh pendapatan dari sampah.

SIMBG CEPAT | Sistem Informasi Manajemen Bangunan Gedung Cepat
pupr | pp d pen opd
Dinas Pekerjaan Umum dan Penataan Ruang | - | Kota Semarang | pemohon persetujuan bangunan gedung
P: Penerbitan persetujuan bangunan gedung memakan waktu lama karena berkas teknis diperiksa bolak-balik secara manual.
M: Pemohon mengunggah gambar teknis ke sistem daring, tim profesi ahli memeriksa dan memberi catatan di sistem, dan persetujuan diterbitkan dengan tanda tangan elektronik.
B: Waktu penerbitan persetujuan bangunan menjadi pasti dan pemohon tidak perlu datang berkali-kali.

LAPOR JALAN | -
pupr | pp d pen opd
Dinas Pekerjaan Umum dan Penataan Ruang | - | Kabupaten Kutai Kartanegara | pengguna jalan
P: Kerusakan jalan kabupaten sering terlambat diketahui sehingga lubang kecil berkembang menjadi kerusakan berat.
M: Warga memotret jalan rusak dan mengirimkannya beserta titik lokasi melalui aplikasi; laporan masuk ke peta kerusakan dan dijadwalkan untuk tim pemeliharaan rutin.
B: Jalan rusak diperbaiki lebih cepat dan prioritas pemeliharaan berbasis data.

SIPETARUNG | Sistem Informasi Penataan Ruang
pupr+penanaman_modal | tk d uji opd
Dinas Pekerjaan Umum dan Penataan Ruang | - | Kabupaten Deli Serdang | investor dan perangkat daerah
P: Informasi kesesuaian tata ruang sulit diperoleh sehingga investasi dan perizinan tersendat.
M: Peta rencana tata ruang ditampilkan di aplikasi peta daring yang dapat dicek per bidang tanah, dan hasilnya dipakai unit perizinan penanaman modal untuk memproses konfirmasi kesesuaian ruang.
B: Pemeriksaan kesesuaian ruang lebih cepat dan investor memperoleh kepastian lokasi.

BEDAH RUMAH GOTONG ROYONG | -
perumahan+sosial | ul n pen kd
Dinas Perumahan dan Kawasan Permukiman | - | Kabupaten Lebak | keluarga miskin penghuni rumah tidak layak huni
P: Ribuan keluarga miskin masih tinggal di rumah tidak layak huni, sementara bantuan perbaikan rumah dari pemerintah terbatas.
M: Bantuan bahan bangunan dari pemerintah dipadukan dengan tenaga gotong royong warga, zakat, dan sumbangan perusahaan; calon penerima diverifikasi bersama pendamping sosial agar tepat sasaran.
B: Lebih banyak rumah diperbaiki dengan biaya yang sama dan semangat gotong royong tumbuh kembali.

SI-RUTILAHU | Sistem Informasi Rumah Tidak Layak Huni
perumahan | tk d pen opd
Dinas Perumahan dan Kawasan Permukiman | - | Kota Bogor | perangkat daerah dan kelurahan
P: Data rumah tidak layak huni berbeda antara kelurahan dan dinas sehingga bantuan tumpang tindih.
M: Kelurahan memutakhirkan data rumah tidak layak huni lengkap dengan foto dan koordinat di sistem daring, dan dinas memilih penerima bantuan langsung dari basis data yang sama.
B: Bantuan perbaikan rumah tidak tumpang tindih dan sesuai prioritas.

SANIMAS PLUS | Sanitasi Berbasis Masyarakat Plus
perumahan+lingkungan_hidup | ul n uji mas
Dinas Perumahan dan Kawasan Permukiman | - | Kabupaten Lombok Timur | rumah tangga di permukiman padat
P: Permukiman padat di pesisir belum memiliki jamban sehat dan limbah rumah tangga dibuang ke pantai.
M: Kelompok swadaya masyarakat membangun instalasi pengolahan air limbah komunal dan sambungan rumah, lalu mengelola iuran perawatan bersama.
B: Lingkungan permukiman bersih dan kasus diare menurun.

DAMKAR RESPON CEPAT | -
trantibum | pp d pen opd
Dinas Pemadam Kebakaran dan Penyelamatan | - | Kota Samarinda | warga kota
P: Laporan kebakaran sering diterima terlambat dan petugas kesulitan menemukan lokasi di permukiman padat.
M: Warga melapor kebakaran dan kondisi darurat melalui tombol darurat di aplikasi yang mengirim titik lokasi otomatis ke pos pemadam terdekat.
B: Waktu tanggap pemadam kebakaran menjadi lebih singkat.

JAGA KAMPUNG | -
trantibum | ul n pen mas
Satuan Polisi Pamong Praja | - | Kota Ambon | warga kampung
P: Konflik antarkelompok pemuda kerap dipicu masalah kecil dan cepat meluas.
M: Warga membentuk regu ronda lintas kelompok yang dilatih Satpol PP, bertemu rutin di balai kampung, dan menyelesaikan perselisihan melalui musyawarah bersama tokoh agama.
B: Perselisihan selesai di tingkat kampung sebelum menjadi konflik.

DESTANA | Desa Tangguh Bencana
trantibum+desa | ul n pen opd
Badan Penanggulangan Bencana Daerah | - | Kabupaten Mamuju | warga desa rawan bencana
P: Gempa bumi dan banjir bandang menunjukkan warga desa belum siap menghadapi bencana.
M: Desa rawan bencana membentuk forum pengurangan risiko bencana, menyusun peta jalur evakuasi dan rencana kontinjensi desa, serta berlatih evakuasi bersama relawan.
B: Warga desa mengetahui jalur dan titik kumpul evakuasi serta mampu bertindak sebelum bantuan datang.

CEK BANSOS | -
sosial | pp d pen opd
Dinas Sosial | - | Kabupaten Gowa | warga penerima bantuan sosial
P: Warga sering tidak tahu apakah dirinya terdaftar sebagai penerima bantuan sosial dan harus bertanya ke kantor dinas.
M: Warga memeriksa status kepesertaan bantuan sosial dengan memasukkan nomor induk kependudukan di laman daring dan dapat mengajukan usulan atau sanggahan dari menu yang sama.
B: Warga mendapat kepastian status bantuan tanpa datang ke kantor.

RUMAH SINGGAH DISABILITAS | -
sosial | pp n uji dprd
Dinas Sosial | - | Kota Kupang | penyandang disabilitas terlantar
P: Penyandang disabilitas terlantar dari kabupaten lain tidak memiliki tempat tinggal sementara saat berobat atau menunggu pemulangan.
M: Bangunan milik pemerintah kota dijadikan rumah singgah dengan pendamping sosial yang mengurus makan, perawatan, dan pemulangan ke keluarga.
B: Penyandang disabilitas terlantar mendapat tempat aman dan pendampingan.

VERVAL DTKS DESA | Verifikasi dan Validasi DTKS di Desa
sosial+desa | tk d pen opd
Dinas Sosial | - | Kabupaten Musi Banyuasin | keluarga miskin
P: Data terpadu kesejahteraan sosial tidak mutakhir sehingga banyak keluarga layak tidak menerima bantuan.
M: Operator desa memverifikasi keluarga miskin dengan aplikasi dari rumah ke rumah, hasilnya disahkan dalam musyawarah desa, lalu dikirim ke dinas sosial secara elektronik.
B: Data penerima bantuan lebih akurat dan desa terlibat dalam penetapannya.

SIKERJA | Sistem Informasi Bursa Kerja
tenaga_kerja | pp d pen opd
Dinas Ketenagakerjaan | - | Kota Tangerang | pencari kerja
P: Pencari kerja sulit menemukan lowongan resmi dan perusahaan lambat mendapat calon pekerja sesuai kebutuhan.
M: Perusahaan mengunggah lowongan dan pencari kerja melamar di portal bursa kerja daring yang juga menerbitkan kartu pencari kerja elektronik.
B: Penempatan tenaga kerja lebih cepat dan kartu kuning tidak lagi diurus manual.

PELATIHAN KERJA KELILING | -
tenaga_kerja+transmigrasi | ul n pen opd
Dinas Tenaga Kerja dan Transmigrasi | - | Kabupaten Bulungan | pemuda dan warga kawasan transmigrasi
P: Pemuda di kawasan transmigrasi dan desa terpencil tidak dapat mengikuti pelatihan kerja di balai latihan kota.
M: Unit pelatihan keliling membawa instruktur dan peralatan ke permukiman transmigrasi untuk kursus las, perbengkelan, dan pengolahan hasil kebun.
B: Warga memperoleh keterampilan kerja dan sebagian membuka usaha sendiri.

SAPA PEREMPUAN | -
pppa | pp d pen opd
Dinas Pemberdayaan Perempuan dan Perlindungan Anak | - | Kota Palu | perempuan dan anak korban kekerasan
P: Korban kekerasan dalam rumah tangga enggan melapor karena malu dan tidak tahu harus ke mana.
M: Korban atau saksi melapor melalui layanan pesan daring dua puluh empat jam; laporan ditangani konselor dan, bila perlu, korban dijemput ke rumah aman.
B: Korban mendapat pendampingan hukum dan psikologis lebih cepat.

KAMPUNG RAMAH ANAK | -
pppa+desa | ul n pen mas
Dinas Pemberdayaan Perempuan dan Perlindungan Anak | - | Kabupaten Banggai | anak-anak desa
P: Anak-anak di desa tidak memiliki ruang bermain yang aman dan kasus pernikahan anak masih terjadi.
M: Warga desa menyepakati aturan kampung tentang jam belajar, larangan pernikahan anak, dan ruang bermain ramah anak, dikawal forum anak desa dan pemerintah desa.
B: Anak-anak lebih terlindungi dan memiliki ruang bermain aman.

SEKOLAH PEREMPUAN | -
pppa | ul n uji kd
Dinas Pemberdayaan Perempuan dan Perlindungan Anak | - | Kabupaten Manokwari | perempuan kepala keluarga
P: Banyak perempuan kepala keluarga tidak memiliki keterampilan usaha dan tidak mengetahui hak-haknya.
M: Kelas perempuan digelar di kampung setiap pekan dengan materi pengasuhan, kesehatan keluarga, literasi keuangan, dan keterampilan usaha.
B: Perempuan lebih percaya diri, mandiri secara ekonomi, dan mampu melindungi anak-anaknya.

PASAR MURAH KELILING | -
pangan+perdagangan | ul n pen opd
Dinas Ketahanan Pangan | - | Kota Jambi | warga berpenghasilan rendah
P: Harga beras dan minyak goreng naik tajam menjelang hari besar keagamaan.
M: Truk pasar murah berkeliling ke kelurahan dengan bahan pokok dari distributor dan Bulog, bekerja sama dengan dinas perdagangan yang memantau harga pasar setiap hari.
B: Warga memperoleh bahan pokok dengan harga terjangkau dan gejolak harga teredam.

SIPANGAN | Sistem Informasi Harga dan Stok Pangan
pangan | tk d pen opd
Dinas Ketahanan Pangan | - | Kabupaten Merangin | pimpinan daerah dan pedagang
P: Pemerintah daerah terlambat mengetahui kelangkaan stok pangan di pasar.
M: Petugas pasar memasukkan harga dan stok bahan pokok setiap pagi ke aplikasi yang menampilkan grafik harga dan peringatan bila harga melonjak.
B: Pimpinan daerah dapat mengambil langkah pengendalian harga lebih cepat.

PEKARANGAN B2SA | Pekarangan Pangan Beragam, Bergizi Seimbang dan Aman
pangan+pertanian | ul n uji mas
Dinas Ketahanan Pangan | - | Kabupaten Rejang Lebong | rumah tangga petani
P: Pola makan keluarga petani bergantung pada beras dan konsumsi sayur serta protein hewani rendah.
M: Kelompok wanita tani menanam sayur, memelihara ikan dalam ember, dan membuat kebun bibit di pekarangan, didampingi penyuluh pertanian.
B: Keluarga memperoleh pangan bergizi dari pekarangan sendiri dan mengurangi belanja dapur.

SI-TANAH | Sistem Inventarisasi Tanah Pemerintah Daerah
pertanahan | tk d pen opd
Dinas Pertanahan | - | Kabupaten Aceh Besar | perangkat daerah pengelola aset
P: Banyak bidang tanah milik pemerintah daerah belum bersertifikat dan sebagian dikuasai pihak lain.
M: Setiap bidang tanah pemerintah dipetakan dengan koordinat, foto, dan status dokumen di sistem daring, lalu diajukan pensertifikatannya secara bertahap.
B: Aset tanah daerah terlindungi dan sengketa dapat dicegah.

LOKET PTSL DESA | Loket Pendaftaran Tanah Sistematis Lengkap di Desa
pertanahan+desa | pp n pen dprd
Dinas Pertanahan | - | Kabupaten Bangka | pemilik tanah di desa
P: Warga desa enggan mendaftarkan tanahnya karena harus ke kantor pertanahan di ibu kota kabupaten.
M: Loket pendaftaran dibuka di kantor desa bersama kantor pertanahan; perangkat desa membantu mengumpulkan alas hak dan tanda batas bidang tanah.
B: Lebih banyak bidang tanah warga tersertifikasi dan sengketa batas berkurang.

PETA BIDANG DESA | -
pertanahan+desa | ul d uji opd
Dinas Pertanahan dan Tata Ruang | - | Kabupaten Paser | pemerintah desa
P: Desa tidak memiliki peta bidang tanah sehingga batas tanah warga dan aset desa sering diperselisihkan.
M: Perangkat desa dilatih mengukur bidang tanah dengan GPS genggam dan memasukkan hasilnya ke peta daring yang diverifikasi dinas.
B: Desa memiliki peta bidang tanah sebagai dasar perencanaan dan penyelesaian sengketa.

BANK SAMPAH DIGITAL | -
lingkungan_hidup | ul d pen mas
Dinas Lingkungan Hidup | - | Kota Banjarmasin | nasabah bank sampah
P: Sampah plastik menyumbat sungai dan saluran kota, sementara bank sampah mencatat tabungan nasabah secara manual.
M: Nasabah menyetor sampah terpilah dan saldo tabungannya tercatat di aplikasi; saldo dapat ditukar dengan pembayaran listrik atau pulsa.
B: Volume sampah ke tempat pembuangan akhir berkurang dan warga memperoleh nilai ekonomi dari sampah.

LAPOR POLUSI | -
lingkungan_hidup | pp d uji opd
Dinas Lingkungan Hidup | - | Kota Medan | warga terdampak pencemaran
P: Keluhan warga tentang bau dan limbah industri tidak terdokumentasi dan lambat ditindaklanjuti.
M: Warga mengirim laporan pencemaran dengan foto dan lokasi melalui aplikasi, lalu petugas pengawas lingkungan memverifikasi ke lapangan dan mencatat tindak lanjutnya di sistem.
B: Pencemaran ditangani lebih cepat dan perusahaan lebih patuh.

KAMPUNG IKLIM | Program Kampung Iklim
lingkungan_hidup+desa | ul n pen opd
Dinas Lingkungan Hidup | - | Kabupaten Tanah Laut | warga desa
P: Banjir dan kekeringan makin sering terjadi dan warga belum melakukan upaya adaptasi.
M: Desa membuat sumur resapan, menanam pohon di sempadan sungai, dan mengolah sampah organik menjadi kompos dengan bimbingan petugas lingkungan hidup dan dukungan pemerintah desa.
B: Desa lebih tahan terhadap perubahan iklim dan lingkungan lebih hijau.

DOLAN | Dukcapil Online Layanan Andalan
adminduk | pp d pen opd
Dinas Kependudukan dan Pencatatan Sipil | - | Kota Mataram | warga kota
P: Antrean pengurusan dokumen kependudukan di kantor dinas sangat panjang.
M: Permohonan kartu keluarga, akta, dan pindah datang diajukan melalui aplikasi; dokumen ditandatangani elektronik dan dicetak sendiri oleh warga di kertas HVS.
B: Warga tidak perlu antre dan dokumen selesai lebih cepat.

KTP-EL JEMPUT BOLA | -
adminduk+sosial | pp n pen asn
Dinas Kependudukan dan Pencatatan Sipil | - | Kabupaten Gianyar | penyandang disabilitas dan lansia
P: Penyandang disabilitas dan lansia yang sakit tidak dapat datang ke kantor untuk perekaman KTP elektronik.
M: Petugas membawa peralatan perekaman ke rumah warga berdasarkan data dari dinas sosial dan laporan kepala lingkungan.
B: Penyandang disabilitas dan lansia memiliki KTP elektronik dan dapat mengakses layanan sosial.

3 IN 1 BAYI BARU LAHIR | -
adminduk+kesehatan | pp d pen opd
Dinas Kependudukan dan Pencatatan Sipil | - | Kota Pontianak | bayi baru lahir
P: Banyak bayi tidak memiliki akta kelahiran karena orang tua menunda mengurusnya.
M: Rumah sakit dan puskesmas mengirim data kelahiran secara daring ke dinas kependudukan, sehingga akta kelahiran, kartu keluarga baru, dan kartu identitas anak terbit sebelum ibu pulang.
B: Setiap bayi yang lahir di fasilitas kesehatan langsung memiliki dokumen kependudukan.

MOBIL KB KELILING | -
kb | pp n pen opd
Dinas Pengendalian Penduduk dan Keluarga Berencana | - | Kabupaten Lampung Selatan | pasangan usia subur
P: Pasangan usia subur di desa terpencil sulit mendapatkan layanan kontrasepsi jangka panjang.
M: Mobil layanan KB berisi bidan dan alat kontrasepsi mendatangi desa sesuai jadwal, didampingi penyuluh KB yang mendata calon akseptor sebelumnya.
B: Kesertaan KB jangka panjang meningkat.

BKR CERIA | Bina Keluarga Remaja Ceria
kb+pppa | ul n uji asn
Dinas Pengendalian Penduduk dan Keluarga Berencana | - | Kota Bengkulu | orang tua yang memiliki remaja
P: Orang tua kurang mampu berkomunikasi dengan anak remaja sehingga pernikahan dini dan kenakalan remaja terjadi.
M: Kelompok bina keluarga remaja bertemu bulanan untuk kelas pengasuhan remaja dengan materi pendewasaan usia perkawinan dan perlindungan anak.
B: Komunikasi orang tua dan remaja membaik dan usia kawin pertama meningkat.

SIDAKBI | Sistem Data Keluarga Berencana Terpadu
kb | tk d ini opd
Dinas Pengendalian Penduduk dan Keluarga Berencana | - | Kabupaten Konawe Selatan | penyuluh KB
P: Data pendataan keluarga dan akseptor KB dari penyuluh lapangan terlambat dan sering berbeda.
M: Data dari penyuluh KB akan dimasukkan ke aplikasi tunggal yang memetakan sasaran dan capaian per desa untuk perencanaan pelayanan.
B: Sasaran program KB lebih tepat.

BUS SEKOLAH GRATIS | -
perhubungan+pendidikan | pp n pen dprd
Dinas Perhubungan | - | Kota Kendari | pelajar
P: Pelajar dari pinggiran kota mengeluarkan biaya angkutan tinggi dan banyak yang terlambat masuk sekolah.
M: Bus sekolah melayani rute pinggiran pada jam berangkat dan pulang sekolah tanpa tarif, dengan jadwal yang disusun bersama sekolah.
B: Biaya transportasi keluarga berkurang dan keterlambatan siswa menurun.

SI-KIR | Sistem Informasi Uji Berkala Kendaraan
perhubungan | pp d pen opd
Dinas Perhubungan | - | Kota Bitung | pemilik kendaraan angkutan
P: Pengujian berkala kendaraan bermotor penuh calo dan hasil uji sering dipalsukan.
M: Pemilik kendaraan mendaftar uji berkala secara daring, hasil uji dicatat langsung dari alat uji ke sistem, dan kartu uji elektronik dapat diverifikasi petugas di jalan.
B: Pengujian kendaraan transparan dan bebas calo.

PARKIR NONTUNAI | -
perhubungan+keuangan | tk d uji opd
Dinas Perhubungan | - | Kota Palembang | pengguna parkir tepi jalan
P: Setoran retribusi parkir tepi jalan jauh di bawah potensi karena dipungut tunai.
M: Juru parkir menggunakan mesin pembaca kode QR, pembayaran masuk langsung ke rekening kas daerah, dan setoran dipantau badan pengelola keuangan.
B: Pendapatan retribusi parkir meningkat dan kebocoran berkurang.

WIFI DESA | -
kominfo+desa | ul n pen dprd
Dinas Komunikasi dan Informatika | - | Kabupaten Manggarai Barat | warga desa
P: Banyak desa belum terjangkau internet sehingga layanan daring pemerintah tidak dapat diakses.
M: Titik akses internet dipasang di kantor desa dan sekolah, dengan biaya langganan dibagi antara kabupaten dan pemerintah desa.
B: Warga dan pelajar desa dapat mengakses internet dan layanan daring.

LAPOR BUPATI | -
kominfo | pp d pen opd
Dinas Komunikasi dan Informatika | - | Kabupaten Sleman | warga
P: Keluhan warga tersebar di banyak saluran dan tidak jelas tindak lanjutnya.
M: Semua keluhan dihimpun dalam satu aplikasi, diteruskan ke perangkat daerah yang berwenang, dan warga dapat memantau status tindak lanjutnya.
B: Keluhan warga tertangani dan kinerja perangkat daerah terpantau.

SUPER APP KOTA | Aplikasi Super Layanan Kota
kominfo | tk d uji kd
Dinas Komunikasi dan Informatika | - | Kota Denpasar | warga kota dan perangkat daerah
P: Setiap perangkat daerah membangun aplikasinya sendiri sehingga warga harus memasang belasan aplikasi dengan akun berbeda, dan data warga tersimpan terpisah-pisah.
M: Layanan perizinan, pengaduan, pajak, kesehatan, dan kependudukan disatukan dalam satu aplikasi super dengan satu akun warga; aplikasi lama dihubungkan melalui antarmuka pemrograman dan dikelola bersama oleh dinas komunikasi dan informatika.
B: Warga cukup memakai satu aplikasi, data warga tidak lagi berulang-ulang diminta, dan belanja pembangunan aplikasi daerah lebih efisien.

KLINIK UMKM | -
ukm | pp n pen opd
Dinas Koperasi dan Usaha Kecil Menengah | - | Kota Pekanbaru | pelaku usaha mikro
P: Pelaku usaha mikro tidak tahu cara mengurus izin, sertifikat halal, dan pembiayaan.
M: Klinik konsultasi tatap muka dibuka di kantor dinas untuk membantu pengurusan nomor induk berusaha, sertifikasi halal, dan pengajuan kredit usaha rakyat.
B: Pelaku usaha mikro naik kelas dan lebih mudah mendapat pembiayaan.

UMKM GO DIGITAL | -
ukm+perdagangan | ul d pen opd
Dinas Koperasi dan Usaha Mikro | - | Kabupaten Banyuwangi | pelaku UMKM
P: Produk UMKM hanya dipasarkan di pasar lokal dan omzet stagnan.
M: Pelaku UMKM didampingi memotret produk, membuka toko di lokapasar, dan mendaftar di katalog daring daerah yang dipromosikan dinas perdagangan.
B: Pasar produk UMKM meluas dan omzet meningkat.

SIKOPI | Sistem Informasi Koperasi
ukm | tk d uji asn
Dinas Koperasi dan UKM | - | Kabupaten Bone | pengurus koperasi
P: Banyak koperasi tidak aktif namun tetap tercatat, sehingga pembinaan salah sasaran.
M: Koperasi melaporkan rapat anggota tahunan dan laporan keuangan ke aplikasi, lalu dinas menilai kesehatan koperasi dari data tersebut.
B: Pembinaan koperasi tepat sasaran.

IZIN SEHARI | -
penanaman_modal | pp d pen opd
Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu | - | Kota Makassar | pelaku usaha
P: Pelaku usaha mengeluhkan izin usaha dan izin operasional yang memakan waktu berminggu-minggu.
M: Berkas perizinan diverifikasi di sistem daring dan izin diterbitkan dengan tanda tangan elektronik; pemohon mengunduh izin dari akun masing-masing.
B: Perizinan berusaha menjadi cepat dan pasti.

PENDAMPINGAN OSS UMK | -
penanaman_modal+ukm | pp n pen asn
Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu | - | Kabupaten Badung | pelaku usaha mikro dan kecil
P: Pelaku usaha mikro kesulitan mendaftar di sistem perizinan berbasis risiko.
M: Petugas DPMPTSP membuka meja pendampingan di pasar dan desa adat, membantu pelaku usaha mengisi data dan mencetak nomor induk berusaha.
B: Usaha mikro dan kecil memiliki legalitas dan dapat mengakses pembiayaan.

MPP MANDAR | Mal Pelayanan Publik Mandar
penanaman_modal | pp n pen kd
Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu | - | Kabupaten Majene | warga dan pelaku usaha
P: Layanan perizinan dan administrasi tersebar di banyak kantor sehingga warga menghabiskan waktu berpindah tempat.
M: Gerai layanan dari perangkat daerah dan instansi vertikal dihimpun dalam satu gedung dengan satu antrean dan jam layanan yang sama.
B: Warga menyelesaikan beberapa urusan dalam satu kunjungan.

SIPORA | Sistem Informasi Pemesanan Sarana Olahraga
pemuda_olahraga | pp d uji opd
Dinas Kepemudaan dan Olahraga | - | Kota Surabaya | komunitas olahraga
P: Pemakaian gedung olahraga milik pemerintah kota tidak tercatat dan jadwalnya sering bentrok.
M: Komunitas memesan lapangan dan gedung olahraga melalui aplikasi dengan jadwal terbuka dan konfirmasi otomatis.
B: Sarana olahraga dipakai lebih adil dan terjadwal.

PEMUDA PELOPOR DESA | -
pemuda_olahraga+desa | ul n pen mas
Dinas Pemuda dan Olahraga | - | Kabupaten Ende | pemuda desa
P: Pemuda desa banyak merantau karena tidak melihat peluang di desanya.
M: Pemuda dibina menjadi pelopor usaha dan kegiatan sosial di desa, dengan pendampingan dari dinas dan modal awal dari pemerintah desa.
B: Pemuda berkarya di desanya sendiri.

LIGA DESA | -
pemuda_olahraga | ul n pen dprd
Dinas Pemuda dan Olahraga | - | Kabupaten Lamongan | atlet muda desa
P: Bakat sepak bola muda di desa tidak terpantau oleh klub dan pembina olahraga.
M: Kompetisi sepak bola antar-desa digelar berjenjang setiap tahun dan pemain terbaik diundang ke pemusatan latihan kabupaten.
B: Bibit atlet terjaring dan pemuda terhindar dari kegiatan negatif.

SIDAKA | Satu Data Kabupaten
statistik | tk d pen opd
Dinas Komunikasi, Informatika dan Statistik | - | Kabupaten Kulon Progo | perangkat daerah
P: Data sektoral antarperangkat daerah berbeda-beda sehingga perencanaan saling bertentangan.
M: Setiap perangkat daerah mengunggah data sektoral ke portal satu data dengan metadata baku, diperiksa walidata sebelum dipublikasikan.
B: Perencanaan memakai satu sumber data yang sama.

DESA CANTIK | Desa Cinta Statistik
statistik+desa | ul n pen opd
Dinas Komunikasi dan Informatika | - | Kabupaten Bantul | perangkat desa
P: Desa tidak memiliki data statistik sendiri untuk menyusun rencana pembangunan.
M: Perangkat desa dilatih mengumpulkan dan mengolah data kependudukan, kemiskinan, dan potensi desa bersama statistisi, lalu menampilkannya di papan data desa.
B: Desa menyusun rencana berbasis data.

DASBOR MAKRO | Dasbor Indikator Makro Daerah
statistik+perencanaan | tk d uji opd
Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah | - | Kota Ternate | pimpinan daerah
P: Indikator makro seperti kemiskinan dan pertumbuhan ekonomi tersebar di berbagai publikasi.
M: Indikator makro dari publikasi statistik dan data perangkat daerah ditampilkan di dasbor daring yang diperbarui setiap rilis data.
B: Pimpinan daerah dapat memantau capaian pembangunan kapan saja.

TTE ASN | Tanda Tangan Elektronik Aparatur
persandian | tk d pen opd
Dinas Komunikasi, Informatika dan Persandian | - | Kota Tarakan | pejabat penandatangan
P: Penandatanganan surat dinas tertunda ketika pejabat sedang dinas luar.
M: Pejabat menandatangani dokumen dengan sertifikat elektronik dari balai sertifikasi elektronik, dan keaslian dokumen dapat diperiksa melalui kode QR.
B: Surat dinas terbit tanpa menunggu pejabat kembali dan keasliannya terjamin.

CSIRT DAERAH | Tim Tanggap Insiden Siber Daerah
persandian+kominfo | tk d uji opd
Dinas Komunikasi, Informatika, Statistik dan Persandian | - | Provinsi Sulawesi Barat | perangkat daerah pengelola sistem elektronik
P: Situs pemerintah daerah beberapa kali diretas dan tidak ada tim yang menangani insiden.
M: Tim tanggap insiden menerima laporan insiden siber secara daring, memantau situs pemerintah, dan membantu pemulihan sistem perangkat daerah.
B: Insiden siber tertangani dan layanan daring cepat pulih.

KLINIK KEAMANAN INFORMASI | -
persandian | tk n ini asn
Dinas Komunikasi dan Informatika | - | Kabupaten Minahasa Utara | pegawai perangkat daerah
P: Banyak pegawai memakai kata sandi lemah dan berbagi akun aplikasi.
M: Petugas sandi akan berkeliling ke kantor perangkat daerah untuk memeriksa kebiasaan keamanan informasi dan memberi konsultasi tatap muka.
B: Kesadaran keamanan informasi pegawai meningkat.

GALERI BUDAYA MANDAR | -
kebudayaan+pariwisata | ul n pen opd
Dinas Pendidikan dan Kebudayaan | - | Kabupaten Majene | pelajar dan wisatawan
P: Benda budaya Mandar tersimpan di rumah-rumah warga dan terancam rusak atau dijual.
M: Benda budaya dititipkan warga untuk dipamerkan di galeri yang dibuka untuk pelajar dan wisatawan dengan pemandu dari sanggar budaya.
B: Benda budaya terlindungi dan menjadi daya tarik wisata.

REGISTRASI CAGAR BUDAYA DARING | -
kebudayaan | pp d uji opd
Dinas Kebudayaan | - | Kota Yogyakarta | pemilik bangunan cagar budaya
P: Pemilik bangunan lama tidak tahu cara mendaftarkan bangunannya sebagai cagar budaya.
M: Pendaftaran objek diduga cagar budaya dilakukan di laman daring beserta foto dan dokumen, lalu tim ahli cagar budaya menjadwalkan kajian lapangan.
B: Lebih banyak bangunan bersejarah tercatat dan terlindungi.

FESTIVAL KAMPUNG ADAT | -
kebudayaan+pariwisata | ul n pen kd
Dinas Kebudayaan dan Pariwisata | - | Kabupaten Sumba Barat Daya | masyarakat kampung adat
P: Kampung adat ditinggalkan generasi muda dan tradisi mulai jarang dilaksanakan.
M: Festival tahunan digelar bergiliran di kampung adat dengan ritual, tenun, dan pacuan kuda yang dikelola masyarakat adat sendiri.
B: Tradisi hidup kembali dan kunjungan wisatawan meningkat.

PUSLING PERAHU | Perpustakaan Keliling Perahu
perpustakaan | ul n pen opd
Dinas Perpustakaan dan Kearsipan | - | Kabupaten Maluku Tengah | anak-anak di pulau
P: Anak-anak di pulau-pulau kecil tidak memiliki akses ke buku bacaan.
M: Perahu motor membawa koleksi buku berkeliling ke negeri-negeri pesisir dan pulau, dengan kegiatan mendongeng dan peminjaman buku yang dicatat di kartu.
B: Anak-anak pulau mendapat bahan bacaan secara rutin.

E-PERPUS DAERAH | -
perpustakaan | pp d pen opd
Dinas Perpustakaan dan Kearsipan | - | Kota Malang | pemustaka
P: Koleksi perpustakaan daerah hanya dapat dipinjam langsung di gedung yang jam bukanya terbatas, sementara pemustaka usia kerja tidak sempat datang.
M: Buku elektronik dipinjam melalui aplikasi perpustakaan digital dengan pendaftaran anggota secara daring; satu salinan dapat dipinjam bergiliran dan otomatis kembali setelah masa pinjam habis.
B: Warga dapat membaca kapan saja dan dari mana saja, dan kunjungan perpustakaan tidak lagi bergantung pada jam buka gedung.

POJOK BACA DESA | -
perpustakaan+desa | ul n uji mas
Dinas Perpustakaan | - | Kabupaten Kapuas | warga desa
P: Desa di bantaran sungai tidak memiliki perpustakaan dan minat baca rendah.
M: Rak buku ditempatkan di warung, balai desa, dan dermaga, diisi buku sumbangan dan koleksi perpustakaan daerah yang diganti berkala oleh relawan desa.
B: Warga mendapat bacaan di tempat yang sering mereka kunjungi.

SIARDES | Sistem Informasi Arsip Desa
kearsipan+desa | tk d uji opd
Dinas Kearsipan dan Perpustakaan | - | Kabupaten Gunungkidul | pemerintah desa
P: Arsip desa seperti peraturan desa dan dokumen tanah rusak dan hilang karena disimpan seadanya.
M: Arsip vital desa dipindai dan didaftarkan ke aplikasi arsip, sementara arsip fisiknya ditata dalam boks arsip standar.
B: Arsip desa aman dan mudah ditemukan kembali.

E-ARSIP KEPEGAWAIAN | -
kearsipan+kepegawaian | tk d pen asn
Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | - | Kota Gorontalo | aparatur sipil negara
P: Berkas kepegawaian ASN tercecer sehingga pengurusan kenaikan pangkat dan pensiun terhambat.
M: Dokumen kepegawaian setiap ASN dipindai dan disimpan dalam arsip elektronik yang dapat diakses pengelola kepegawaian.
B: Layanan kepegawaian lebih cepat karena berkas selalu tersedia.

SILARAS | Sistem Layanan Penelusuran Arsip Statis
kearsipan | pp d pen opd
Dinas Perpustakaan dan Kearsipan | - | Provinsi Kalimantan Timur | peneliti dan masyarakat umum
P: Peneliti dan masyarakat kesulitan menelusuri arsip statis karena daftar arsip hanya tersedia di ruang baca.
M: Daftar arsip statis dapat ditelusuri di laman daring dan salinan arsip dipesan secara daring.
B: Arsip statis lebih mudah diakses publik.

NELAYAN PINTAR | -
kelautan_perikanan | ul d pen opd
Dinas Kelautan dan Perikanan | - | Kabupaten Majene | nelayan
P: Nelayan melaut tanpa informasi cuaca dan harga ikan sehingga sering merugi.
M: Nelayan menerima informasi prakiraan cuaca, daerah potensi ikan, dan harga ikan di tempat pelelangan melalui aplikasi dan pesan singkat.
B: Nelayan melaut lebih aman dan menjual ikan dengan harga lebih baik.

KUSUKA KELILING | Kartu Pelaku Usaha Kelautan dan Perikanan Keliling
kelautan_perikanan | pp n pen dprd
Dinas Kelautan dan Perikanan | - | Kabupaten Halmahera Barat | nelayan dan pembudidaya ikan
P: Banyak nelayan kecil belum memiliki kartu pelaku usaha kelautan dan perikanan sehingga tidak dapat menerima bantuan alat tangkap dan asuransi nelayan.
M: Petugas mendatangi desa pesisir membawa formulir pendaftaran, memeriksa KTP dan kartu keluarga, serta memotret nelayan di tempat; berkas kemudian diteruskan petugas ke kantor dinas untuk diterbitkan kartunya.
B: Nelayan terdaftar resmi dan dapat menerima bantuan serta perlindungan asuransi.

RUMPUT LAUT BERKELOMPOK | -
kelautan_perikanan | ul n uji mas
Dinas Kelautan dan Perikanan | - | Kabupaten Konawe Selatan | pembudidaya rumput laut
P: Pembudidaya rumput laut bekerja sendiri-sendiri sehingga harga dikendalikan tengkulak.
M: Pembudidaya membentuk kelompok, membeli bibit bersama, mengeringkan hasil di para-para kelompok, dan menjual bersama kepada pabrik.
B: Harga jual rumput laut lebih baik.

DESA WISATA DIGITAL | -
pariwisata+desa | ul d pen opd
Dinas Pariwisata | - | Kabupaten Badung | pengelola desa wisata
P: Desa wisata sulit menjangkau wisatawan tanpa melalui agen perjalanan.
M: Setiap desa wisata memiliki halaman pemesanan paket wisata daring dan pembayaran nontunai yang dikelola kelompok sadar wisata desa.
B: Kunjungan dan pendapatan desa wisata meningkat.

POKDARWIS HEBAT | -
pariwisata | ul n pen mas
Dinas Pariwisata dan Ekonomi Kreatif | - | Kabupaten Manggarai Barat | kelompok sadar wisata
P: Warga sekitar destinasi wisata hanya menjadi penonton dan tidak mendapat manfaat ekonomi.
M: Kelompok sadar wisata dibina untuk mengelola homestay, pemandu lokal, dan kuliner, dengan standar pelayanan yang disepakati bersama.
B: Warga mendapat penghasilan dari pariwisata.

KALENDER EVENT DARING | -
pariwisata | pp d ini opd
Dinas Pariwisata | - | Kota Bukittinggi | wisatawan dan penyelenggara acara
P: Informasi acara wisata sering terlambat diumumkan, sehingga wisatawan tidak dapat merencanakan kunjungan dan hotel tidak siap menghadapi lonjakan tamu.
M: Kalender acara wisata akan diumumkan di laman dan aplikasi, penyelenggara acara mendaftarkan kegiatannya sendiri, dan dinas memverifikasi sebelum acara tampil di kalender.
B: Wisatawan dapat merencanakan kunjungan lebih awal dan pelaku usaha wisata bersiap sejak jauh hari.

KARTU TANI DIGITAL | -
pertanian | pp d pen opd
Dinas Pertanian | - | Kabupaten Wonosobo | petani
P: Penyaluran pupuk bersubsidi tidak tepat sasaran dan petani sering kehabisan kuota.
M: Petani menebus pupuk bersubsidi di kios dengan kartu yang terhubung ke data kebutuhan kelompok, sehingga kuota tercatat secara elektronik.
B: Pupuk bersubsidi tepat sasaran.

KLINIK TANAMAN KELILING | -
pertanian | ul n pen asn
Dinas Pertanian | - | Kabupaten Bantaeng | petani hortikultura
P: Serangan hama dan penyakit tanaman sering terlambat ditangani.
M: Penyuluh membawa mobil klinik tanaman ke sentra pertanian untuk mendiagnosis penyakit dan memberi rekomendasi pengendalian di tempat.
B: Kehilangan hasil panen berkurang.

PETANI MILENIAL | -
pertanian+pemuda_olahraga | ul n uji kd
Dinas Pertanian | - | Kabupaten Merangin | pemuda tani
P: Rata-rata usia petani di Merangin terus menua dan pemuda enggan bertani karena menganggapnya tidak menjanjikan.
M: Pemuda lulusan SMA dan SMK dilatih budidaya hortikultura modern, diberi akses sewa lahan tidur milik desa, dan didampingi pemasaran oleh dinas kepemudaan dan olahraga melalui wadah organisasi kepemudaan.
B: Regenerasi petani berjalan dan pemuda mendapat penghasilan dari pertanian.

BRIGADE ALSINTAN | Brigade Alat dan Mesin Pertanian
pertanian | ul d ini dprd
Dinas Pertanian | - | Kabupaten Sidenreng Rappang | kelompok tani
P: Kelompok tani kesulitan mendapatkan traktor dan mesin panen saat musim tanam.
M: Jadwal dan pemesanan alat mesin pertanian milik daerah akan diatur melalui aplikasi agar pemakaiannya merata.
B: Musim tanam serentak dan biaya olah lahan turun.

PATROLI KARHUTLA TERPADU | -
kehutanan+trantibum | ul n pen opd
Dinas Kehutanan | - | Provinsi Kalimantan Barat | warga desa di sekitar hutan
P: Kebakaran hutan dan lahan terjadi setiap kemarau dan menimbulkan kabut asap.
M: Regu patroli gabungan polisi kehutanan, masyarakat peduli api, dan satuan pemadam berpatroli di titik rawan.
B: Jumlah titik api berkurang.

SIHUTAN | Sistem Informasi Pelaporan Hutan
kehutanan | pp d uji opd
Dinas Kehutanan | - | Provinsi Jambi | masyarakat sekitar hutan
P: Penebangan liar terlambat diketahui.
M: Masyarakat melaporkan penebangan liar dengan foto dan titik lokasi melalui aplikasi yang diteruskan ke kesatuan pengelolaan hutan.
B: Penebangan liar cepat ditindak.

KEBUN BIBIT RAKYAT | -
kehutanan+lingkungan_hidup | ul n pen opd
Dinas Kehutanan | - | Provinsi Sulawesi Barat | kelompok tani hutan
P: Lahan kritis di hulu daerah aliran sungai terus bertambah sehingga banjir dan longsor lebih sering terjadi.
M: Kelompok tani hutan mengelola persemaian bibit pohon di desa dengan pendampingan penyuluh kehutanan, lalu menanamnya di lahan kritis dan sempadan sungai yang ditetapkan bersama dinas lingkungan hidup.
B: Lahan kritis berkurang dan kelompok tani mendapat hasil dari bibit dan pohon buah.

PLTS ATAP KANTOR | Pembangkit Listrik Tenaga Surya Atap Kantor Pemerintah
esdm | tk n pen opd
Dinas Energi dan Sumber Daya Mineral | - | Provinsi Nusa Tenggara Barat | kantor perangkat daerah
P: Tagihan listrik kantor pemerintah terus naik.
M: Panel surya dipasang di atap gedung kantor dan produksi listriknya dicatat untuk menghitung penghematan.
B: Belanja listrik kantor berkurang.

SUMUR BOR DESA | -
esdm+desa | ul n pen dprd
Dinas Energi dan Sumber Daya Mineral | - | Provinsi Nusa Tenggara Timur | warga desa kering
P: Warga desa di wilayah karst harus berjalan berjam-jam mengambil air pada musim kemarau.
M: Titik sumur bor ditentukan dengan pendugaan geolistrik oleh dinas, dibangun bersama pemerintah desa, lalu pengelolaan dan iuran perawatannya diserahkan kepada kelompok pengelola air desa.
B: Warga desa mendapat air bersih sepanjang tahun dan waktu mengambil air berkurang.

SIPERLI | Sistem Perizinan Air Tanah Daring
esdm | pp d uji opd
Dinas Energi dan Sumber Daya Mineral | - | Provinsi Jawa Tengah | pemohon izin air tanah
P: Pengurusan izin pengeboran dan pemakaian air tanah lambat karena berkas kajian teknis dikirim bolak-balik secara fisik.
M: Pemohon mengajukan permohonan izin air tanah dan mengunggah kajian teknis di aplikasi; evaluator memberi catatan dan rekomendasi teknis langsung di sistem.
B: Izin air tanah terbit lebih cepat dan pengambilan air tanah terpantau.

TERA ULANG KELILING | -
perdagangan | pp n pen dprd
Dinas Perdagangan | - | Kota Medan | pedagang pasar
P: Banyak timbangan pedagang pasar tradisional tidak ditera ulang sehingga konsumen dirugikan dan pedagang enggan datang ke kantor metrologi.
M: Petugas metrologi legal membawa peralatan tera ke pasar-pasar pada hari pasaran dan menera ulang timbangan pedagang di tempat, lalu menempelkan tanda tera tahun berjalan.
B: Konsumen terlindungi dan pedagang tidak perlu menutup lapak untuk menera timbangan.

SIPASAR | Sistem Retribusi Pasar Nontunai
perdagangan+keuangan | tk d pen opd
Dinas Perdagangan | - | Kabupaten Sleman | pedagang pasar
P: Retribusi pasar dipungut tunai oleh petugas sehingga rawan kebocoran dan setoran sering terlambat.
M: Setiap los dan kios diberi kode QR; pedagang membayar retribusi harian dengan dompet digital atau kartu bank, dan setoran langsung masuk ke rekening kas daerah yang dipantau badan keuangan.
B: Pendapatan retribusi pasar meningkat dan pedagang memiliki bukti pembayaran.

SIGAP HARGA | -
perdagangan | ul d uji opd
Dinas Perindustrian dan Perdagangan | - | Kota Ambon | warga kota
P: Warga tidak mengetahui harga wajar bahan pokok.
M: Harga bahan pokok di pasar diumumkan setiap pagi di aplikasi dan layar informasi pasar.
B: Harga lebih terkendali.

RUMAH KEMASAN | -
perindustrian | pp n pen opd
Dinas Perindustrian dan Perdagangan | - | Kabupaten Lombok Timur | industri kecil menengah
P: Produk olahan industri kecil kalah bersaing karena kemasan seadanya.
M: Rumah kemasan menyediakan desain, label, dan pencetakan kemasan dengan harga terjangkau bagi industri kecil.
B: Produk industri kecil lebih menarik dan masuk toko modern.

SIINDUK | Sistem Informasi Industri Kecil
perindustrian | tk d ini asn
Dinas Perindustrian | - | Kabupaten Pekalongan | industri kecil batik
P: Data industri kecil batik tidak mutakhir sehingga pelatihan dan bantuan peralatan sering salah sasaran.
M: Industri kecil batik akan didata ulang oleh petugas lapangan dan datanya diperbarui sendiri oleh pelaku usaha di aplikasi, lengkap dengan kapasitas produksi dan kebutuhan pelatihan.
B: Pembinaan industri kecil tepat sasaran.

SENTRA TENUN ULOS | -
perindustrian+kebudayaan | ul n pen kd
Dinas Perindustrian | - | Kabupaten Tapanuli Utara | penenun ulos
P: Penenun ulos bekerja sendiri dengan alat sederhana.
M: Penenun dihimpun di sentra tenun dengan alat tenun bukan mesin dan pelatihan motif tradisional.
B: Produksi ulos meningkat dan motif tradisional terjaga.

KLINIK USAHA TRANS | Klinik Usaha Kawasan Transmigrasi
transmigrasi | ul n pen opd
Dinas Tenaga Kerja dan Transmigrasi | - | Kabupaten Mamuju Tengah | warga transmigran
P: Usaha warga transmigran sulit berkembang karena jauh dari lembaga keuangan dan pendamping usaha.
M: Klinik usaha dibuka setiap bulan di balai permukiman transmigrasi; petugas membantu pembukuan, pengurusan izin usaha mikro, dan menghubungkan warga dengan koperasi dan bank.
B: Usaha warga transmigran berkembang dan sebagian memperoleh kredit usaha.

SIDATRANS | Sistem Data Transmigrasi
transmigrasi | tk d uji opd
Dinas Tenaga Kerja dan Transmigrasi | - | Kabupaten Merauke | pengelola kawasan transmigrasi
P: Data transmigran dan kondisi kawasan tidak lengkap sehingga perencanaan sarana permukiman tidak tepat.
M: Data keluarga transmigran, lahan usaha, dan sarana permukiman diinput petugas ke aplikasi dengan foto dan koordinat, lalu ditampilkan dalam peta kawasan.
B: Perencanaan pembangunan kawasan transmigrasi lebih tepat.

SERTIFIKASI LAHAN TRANS | -
transmigrasi+pertanahan | pp n ini opd
Dinas Transmigrasi | - | Kabupaten Pasangkayu | warga transmigran
P: Lahan usaha warga transmigran belum bersertifikat meskipun sudah digarap puluhan tahun.
M: Pendataan dan pengukuran lahan transmigran akan dilakukan bersama kantor pertanahan, dimulai dari satuan permukiman yang batasnya paling jelas.
B: Warga transmigran memiliki kepastian hak atas tanah.

E-PLANNING TERPADU | -
perencanaan | tk d pen opd
Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah | - | Kabupaten Majene | perangkat daerah
P: Usulan program tidak sinkron antara rencana kerja perangkat daerah dan rencana kerja pemerintah daerah, sehingga banyak kegiatan tanpa indikator yang jelas.
M: Rencana kerja perangkat daerah disusun dalam satu aplikasi perencanaan yang mengunci program dan indikator dari dokumen rencana jangka menengah, lalu diverifikasi bidang di badan perencanaan.
B: Dokumen perencanaan selaras dan setiap kegiatan memiliki indikator kinerja.

MUSRENBANG PEREMPUAN | -
perencanaan+pppa | ul n pen dprd
Badan Perencanaan Pembangunan Daerah | - | Kota Surabaya | kelompok perempuan
P: Usulan kelompok perempuan jarang masuk perencanaan pembangunan karena forum musrenbang didominasi laki-laki.
M: Forum musrenbang khusus perempuan digelar di setiap kelurahan sebelum musrenbang kecamatan, dengan fasilitator dari badan perencanaan dan dinas pemberdayaan perempuan.
B: Usulan perempuan dan anak terakomodasi dalam rencana pembangunan.

DASBOR SDGS | Dasbor Tujuan Pembangunan Berkelanjutan
perencanaan | tk d ini opd
Badan Perencanaan Pembangunan Daerah | - | Provinsi Sulawesi Barat | perangkat daerah
P: Capaian tujuan pembangunan berkelanjutan daerah tidak terpantau karena datanya tersebar.
M: Indikator SDGs akan dipantau di dasbor daring yang diisi perangkat daerah setiap semester dan dibandingkan dengan target rencana aksi daerah.
B: Capaian SDGs terpantau dan kesenjangan cepat diketahui.

E-PBB | Pajak Bumi dan Bangunan Elektronik
keuangan | pp d pen opd
Badan Pendapatan Daerah | - | Kota Bandar Lampung | wajib pajak
P: Wajib pajak harus datang ke kantor untuk mengetahui tagihan dan membayar pajak bumi dan bangunan, sehingga tingkat kepatuhan rendah.
M: Tagihan pajak dapat dicek dengan nomor objek pajak di laman daring dan dibayar melalui bank, kantor pos, gerai ritel, atau dompet digital, dengan bukti bayar elektronik.
B: Pembayaran pajak lebih mudah dan penerimaan pajak daerah meningkat.

NONTUNAI DESA | Transaksi Nontunai Keuangan Desa
keuangan+desa | tk d pen opd
Badan Pengelolaan Keuangan dan Aset Daerah | - | Kabupaten Banyuwangi | pemerintah desa
P: Transaksi keuangan desa dilakukan tunai dan rawan penyalahgunaan.
M: Belanja desa dibayar melalui layanan manajemen kas bank daerah langsung ke rekening penerima, dan transaksinya tercatat otomatis di aplikasi keuangan desa yang dipantau kecamatan.
B: Pengelolaan keuangan desa lebih akuntabel dan mudah diaudit.

SP2D DARING | Surat Perintah Pencairan Dana Daring
keuangan | tk d pen opd
Badan Pengelolaan Keuangan dan Aset Daerah | - | Kabupaten Bone | bendahara perangkat daerah
P: Pencairan dana perangkat daerah lambat karena berkas permintaan pembayaran diantar dan diperiksa secara fisik.
M: Bendahara mengajukan permintaan pembayaran beserta dokumen pendukung di aplikasi, verifikator memeriksa secara daring, dan surat perintah pencairan dana terbit dengan tanda tangan elektronik.
B: Pencairan dana lebih cepat dan berkas tidak menumpuk.

SIKEREN | Sistem Kehadiran Elektronik
kepegawaian | tk d pen opd
Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | - | Kabupaten Siak | aparatur sipil negara
P: Absensi manual mudah dimanipulasi dan rekap kehadiran untuk tunjangan kinerja dikerjakan berhari-hari.
M: Pegawai melakukan presensi dengan aplikasi berbasis lokasi dan swafoto, dan rekap kehadiran langsung dipakai menghitung tunjangan kinerja.
B: Disiplin pegawai meningkat dan perhitungan tunjangan lebih cepat.

PENSIUN TEPAT WAKTU | -
kepegawaian | tk n pen asn
Badan Kepegawaian Daerah | - | Kota Gorontalo | ASN menjelang pensiun
P: Surat keputusan pensiun sering terlambat sehingga pegawai tidak menerima uang pensiun pada bulan pertama.
M: Petugas mendata pegawai yang akan pensiun setahun sebelumnya, mendatangi kantor pegawai untuk mengumpulkan berkas, dan mengusulkan pensiun enam bulan sebelum batas usia.
B: Surat keputusan pensiun terbit tepat waktu.

E-KINERJA ASN | -
kepegawaian | tk d uji opd
Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | - | Kabupaten Lebak | aparatur sipil negara
P: Penilaian kinerja pegawai cenderung formalitas dan tidak mencerminkan pekerjaan nyata.
M: Sasaran kinerja dan realisasi kegiatan harian pegawai dicatat di aplikasi, dinilai atasan langsung setiap bulan, dan dipakai sebagai dasar tunjangan.
B: Penilaian kinerja lebih objektif.

ASN BELAJAR | -
diklat+kepegawaian | tk d pen opd
Badan Pengembangan Sumber Daya Manusia Daerah | - | Provinsi Jawa Tengah | aparatur sipil negara
P: Kesempatan pelatihan ASN terbatas karena biaya pelatihan klasikal tinggi dan jumlah pegawai sangat besar.
M: Pelatihan daring mandiri disediakan di sistem manajemen pembelajaran dengan kelas video, kuis, dan sertifikat elektronik yang tercatat di data kepegawaian.
B: Lebih banyak ASN mendapat pelatihan dan jam pelajaran tercatat otomatis.

CORPU DAERAH | Corporate University Daerah
diklat | tk d ini kd
Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | - | Kabupaten Sumedang | aparatur sipil negara
P: Pelatihan ASN tidak terkait dengan prioritas pembangunan daerah.
M: Pembelajaran ASN akan diarahkan ke prioritas daerah melalui akademi daring dengan kurikulum yang disusun bersama perangkat daerah pengampu prioritas.
B: Kompetensi ASN sesuai kebutuhan daerah.

KADER POSYANDU TERSTANDAR | -
diklat+kesehatan | ul n uji opd
Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | - | Kabupaten Polewali Mandar | kader posyandu
P: Kemampuan kader posyandu tidak merata sehingga penimbangan dan pencatatan tumbuh kembang anak sering keliru.
M: Kader posyandu dilatih di kelas tatap muka dengan kurikulum standar, praktik menimbang dan mengukur di posyandu, dan diuji oleh tenaga kesehatan puskesmas.
B: Layanan posyandu lebih berkualitas dan data balita lebih akurat.

KRENOVA DARING | Kreativitas dan Inovasi Masyarakat Daring
litbang | ul d pen opd
Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah | - | Kabupaten Banyumas | inovator masyarakat
P: Ide kreatif masyarakat tidak tersalurkan dan lomba kreativitas hanya menjaring peserta dari kota.
M: Masyarakat mendaftarkan karya inovasinya secara daring lengkap dengan foto dan video, lalu tim juri menilai dan memilih karya yang dibina lebih lanjut.
B: Inovasi masyarakat dari desa terjaring dan dibina.

SIBANDIT | Sistem Informasi Bank Ide Inovasi
litbang | tk d pen opd
Badan Riset dan Inovasi Daerah | - | Kota Makassar | perangkat daerah
P: Ide inovasi pegawai tidak terdokumentasi dan hilang ketika pegawai pindah tugas.
M: Ide inovasi dari pegawai dihimpun di aplikasi, dinilai kelayakannya oleh tim, dan ide terpilih didampingi sampai uji coba.
B: Ide inovasi terdokumentasi dan tidak hilang.

RISET KOLABORASI KAMPUS | -
litbang+perencanaan | tk n uji opd
Badan Riset dan Inovasi Daerah | - | Provinsi Sulawesi Selatan | perangkat daerah
P: Kebijakan daerah jarang didasarkan pada hasil riset, sementara penelitian kampus tidak menjawab kebutuhan daerah.
M: Pertanyaan kebijakan dari perangkat daerah dihimpun menjadi agenda riset, lalu dikerjakan bersama dosen dan mahasiswa dengan hasil berupa rekomendasi kebijakan yang dipaparkan ke badan perencanaan.
B: Kebijakan daerah lebih berbasis bukti.

POSBAKUM DARING | Pos Bantuan Hukum Daring
fungsi_lain | pp d pen opd
Bagian Hukum Sekretariat Daerah | - | Kota Bitung | warga tidak mampu
P: Warga tidak mampu tidak memiliki akses konsultasi hukum dan tidak tahu ke mana harus bertanya.
M: Konsultasi hukum gratis diberikan secara daring oleh penyuluh hukum dan advokat mitra, dan warga dapat membuat janji bertemu langsung bila kasusnya perlu pendampingan.
B: Warga tidak mampu mendapat bantuan hukum.

WBS INSPEKTORAT | Whistleblowing System Inspektorat
fungsi_lain | tk d pen opd
Inspektorat Daerah | - | Kabupaten Gowa | ASN dan masyarakat
P: Dugaan pelanggaran pegawai jarang dilaporkan karena pelapor takut identitasnya diketahui.
M: Pelaporan dugaan pelanggaran dilakukan melalui aplikasi daring secara anonim, dan pelapor memantau tindak lanjut dengan kode laporan.
B: Pelanggaran cepat ditangani dan pelapor terlindungi.

TOKO DARING PENGADAAN | -
fungsi_lain+ukm | tk d uji opd
Bagian Pengadaan Barang dan Jasa Sekretariat Daerah | - | Kabupaten Kulon Progo | UMKM lokal dan perangkat daerah
P: Belanja perangkat daerah jarang menyerap produk usaha kecil lokal.
M: Perangkat daerah berbelanja alat tulis, makanan rapat, dan cendera mata produk UMKM lokal melalui toko daring pengadaan yang dikurasi dinas koperasi dan usaha kecil.
B: Belanja pemerintah mengalir ke UMKM lokal.
"""


def _parse(text: str) -> list[Innovation]:
    bank: list[Innovation] = []
    for key, block in enumerate(b for b in text.strip().split("\n\n") if b.strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        name, expansion = (part.strip() for part in lines[0].split("|"))
        sectors, codes = (part.strip() for part in lines[1].split("|"))
        urusan, *also = sectors.split("+")
        bentuk, jenis, tahapan, inisiator = codes.split()
        opd, unit, pemda, target = (part.strip() for part in lines[2].split("|"))
        parts = {line[0]: line[3:].strip() for line in lines[3:]}
        bank.append(
            Innovation(
                key=key,
                name=name,
                expansion=None if expansion == "-" else expansion,
                urusan=urusan,
                urusan_also=tuple(also),
                bentuk=BENTUK[bentuk],
                jenis=JENIS[jenis],
                tahapan=TAHAPAN[tahapan],
                inisiator=INISIATOR[inisiator],
                opd=opd,
                unit=None if unit == "-" else unit,
                pemda=pemda,
                target=target,
                problem=parts["P"],
                method=parts["M"],
                benefit=parts["B"],
            )
        )
    return bank


INNOVATIONS: list[Innovation] = _parse(_BANK)
