"""Hand-written 'anything else': nota dinas, disposition sheets, letters, leaflets, forms, chats, receipts."""

from common import doc

DOCS = [
    doc(
        "nota-dinas-data-dukung-si-rujak",
        "lainnya",
        """
NOTA DINAS

Kepada  : Yth. Kepala Dinas Kesehatan
Dari    : Kepala Bidang Kesehatan Masyarakat
Tembusan: Sekretaris Dinas
Tanggal : 29 Juli 2024
Nomor   : 400.7/ 1402 /Kesmas
Sifat   : Penting
Hal     : Kelengkapan data dukung inovasi SI-RUJAK untuk IID 2024

Dengan hormat, bersama ini kami laporkan kesiapan data dukung inovasi SI-RUJAK yang akan diinput ke aplikasi
Indeks Inovasi Daerah paling lambat 15 Agustus 2024:
1. SK Kepala Dinas tentang tim pengelola - sudah ada (scan terlampir)
2. Dokumen anggaran 2022-2024 - sudah direkap oleh Subbag Perencanaan
3. SOP alur rujukan - masih draf, belum ditandatangani Kepala Dinas
4. Video inovasi - belum dibuat; rencana pengambilan gambar minggu depan bersama Diskominfo
5. Survei kepuasan - belum pernah dilakukan

Mohon arahan Bapak, khususnya penandatanganan SOP.
Demikian, atas perhatiannya kami sampaikan terima kasih.

Kabid Kesmas,
ttd
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        jenis="digital",
        nama="SI-RUJAK",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Gowa",
        neg=["kemudahan_proses", "video", "monev"],
        tags=["negation"],
    ),
    doc(
        "surat-rekomendasi-camat-getuk",
        "lainnya",
        """
PEMERINTAH KABUPATEN NGAWI
KECAMATAN KEDUNGGALAR

Kedunggalar, 10 Juni 2024
Nomor : 400.10/ 88 /404.301/2024
Lampiran : -
Perihal : Rekomendasi Peserta Lomba Inovasi Desa

Kepada Yth. Kepala Dinas PMD Kabupaten Ngawi
di Ngawi

Yang bertanda tangan di bawah ini Camat Kedunggalar dengan ini merekomendasikan Pemerintah Desa Sukorejo
dengan inovasi GETUK (Gerakan Tukar Sampah jadi Kebutuhan Pokok) sebagai peserta Lomba Inovasi Desa tingkat
Kabupaten Ngawi Tahun 2024.

Berdasarkan pengamatan kami, inovasi tersebut sudah berjalan sejak 2022, dikelola BUMDes, dan diikuti warga
secara rutin setiap Sabtu. Inovasi ini layak menjadi contoh bagi desa lain di wilayah Kecamatan Kedunggalar.

Demikian rekomendasi ini dibuat untuk dipergunakan sebagaimana mestinya.

CAMAT KEDUNGGALAR
ttd
""",
        urusan="desa",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GETUK",
        opd="Pemerintah Desa Sukorejo",
        pemda="Kabupaten Ngawi",
    ),
    doc(
        "lembar-disposisi-undangan-bimtek",
        "lainnya",
        """
LEMBAR DISPOSISI
Surat dari : BRIDA Kab. Jember      No. Surat : 070/331/35.09.413/2024
Tgl surat  : 18-06-2024              Diterima  : 19-06-2024   No. agenda: 1187
Perihal    : Rapat persiapan penginputan IID 2024
Diteruskan kepada: [v] Sekretaris  [ ] Kabid Yankes  [v] Kasubag Program
Catatan: hadir + bawa data dukung lengkap. Kordinasi dg admin.  - paraf Kadis 19/6
""",
        tags=["short"],
    ),
    doc(
        "notulen-persiapan-hut-ri-kecamatan",
        "lainnya",
        """
NOTULEN RAPAT PERSIAPAN PERINGATAN HUT KE-79 KEMERDEKAAN RI
KECAMATAN SUKOHARJO

Hari/tanggal : Selasa, 23 Juli 2024, pukul 09.00
Tempat : Pendopo Kecamatan
Pimpinan : Sekretaris Camat
Peserta : Kapolsek, Danramil, Kepala Desa/Lurah se-kecamatan, Kepala UPT, Ketua TP PKK

Pembahasan:
1. Upacara 17 Agustus di lapangan kecamatan, petugas upacara dari SMPN 1 dan paskibra kecamatan.
2. Lomba antar desa: gerak jalan (10 Agustus), bola voli (12-15 Agustus).
3. Pemasangan umbul-umbul dan bendera mulai 1 Agustus, tiap desa wajib memasang di sepanjang jalan utama.
4. Malam tirakatan di masing-masing desa tanggal 16 Agustus.
5. Biaya konsumsi upacara dari anggaran kecamatan; hadiah lomba dari swadaya dan sponsor.

Rapat ditutup pukul 11.15.
Notulis: Sri Hartini
""",
        opd="Kecamatan Sukoharjo",
        pemda="Kabupaten Sukoharjo",
    ),
    doc(
        "notulen-apel-kebersihan-kantor",
        "lainnya",
        """
Catatan rapat staf Dinas Perhubungan (rutin bulanan) - 5 Feb 2024

- Kebersihan toilet lantai 2 dikeluhkan tamu, petugas cleaning service ditambah 1 org per 1 Maret.
- Absensi finger sering error -> lapor ke BKPSDM; sementara pakai absen manual.
- Parkir motor pegawai pindah ke belakang gedung, depan utk tamu.
- Pengingat: laporan realisasi keuangan Januari dikumpulkan paling lambat tanggal 8.
- Jadwal piket Sabtu sesuai lampiran.
- Senam Jumat diaktifkan lagi mulai minggu depan, wajib semua staf.

Dicatat oleh Subbag Umum
""",
        opd="Dinas Perhubungan",
        pemda=None,
    ),
    doc(
        "leaflet-dowa-tegal",
        "lainnya",
        """
[LEAFLET - lipat tiga]

URUS DOKUMEN KEPENDUDUKAN CUKUP DARI RUMAH!
D O W A  -  Dukcapil Online via WhatsApp
Dinas Kependudukan dan Pencatatan Sipil Kota Tegal

LAYANAN:
• Akta kelahiran • Kartu Identitas Anak • Perubahan KK • Akta kematian • Pindah datang

CARANYA GAMPANG:
1. Foto berkas persyaratan dengan jelas
2. Kirim ke WA DOWA 0811-xxxx-xxx, ketik: LAYANAN#NIK#NAMA
3. Tunggu verifikasi petugas (hari kerja)
4. Dokumen PDF dikirim ke WA Anda, cetak sendiri di kertas HVS A4 80 gram

BUTUH BANTUAN?
☎ Call center (0283) 3xxxx
📷 Instagram @dukcapil.kotategal
🌐 dukcapil.tegalkota.go.id
🏢 Loket Disdukcapil & Mal Pelayanan Publik Kota Tegal

GRATIS! TIDAK DIPUNGUT BIAYA. TOLAK CALO!
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="digital",
        tahapan="penerapan",
        nama="DOWA",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kota Tegal",
        ind={"informasi_layanan": 3},
    ),
    doc(
        "surat-pengantar-data-inovasi-dinkes-bantul",
        "lainnya",
        """
PEMERINTAH KABUPATEN BANTUL
DINAS KESEHATAN

Bantul, 2 Agustus 2024
Nomor : 400.7/ 3381
Lamp. : 1 (satu) berkas
Hal   : Penyampaian data inovasi

Kepada Yth. Kepala BAPPEDA Kab. Bantul
u.p. Tim Inovasi Daerah

Menindaklanjuti surat Saudara Nomor 000.9/1120 tentang pendataan inovasi daerah, bersama ini kami sampaikan
data inovasi Dinas Kesehatan sebagai berikut:

No | Nama Inovasi                     | Unit pelaksana                 | Tahapan    | Mulai
1  | SIPANDA (pemantauan ibu nifas)   | UPTD Puskesmas Banguntapan I   | Penerapan  | 2022
2  | POSYANDU ILP PADUKUHAN           | 27 Puskesmas                   | Uji coba   | 2024
3  | SELAMAT (Sehat Lansia Mandiri)   | UPTD Puskesmas Sewon II        | Penerapan  | 2021
4  | AMBULANS HEBAT 119               | Bidang Yankes / PSC 119        | Penerapan  | 2020

Data dukung masing-masing inovasi kami kirim melalui tautan Google Drive pada lampiran.

Kepala Dinas Kesehatan
""",
        urusan="kesehatan",
        nama="SIPANDA",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Bantul",
        tags=["two_innovations"],
    ),
    doc(
        "surat-keterangan-kades-ambulans-desa",
        "lainnya",
        """
PEMERINTAH DESA GLESUNGREJO
KECAMATAN BATURETNO KABUPATEN WONOGIRI

SURAT KETERANGAN
Nomor : 470/ 52 /2024

Yang bertanda tangan di bawah ini Kepala Desa Glesungrejo menerangkan bahwa layanan AMBULANS DESA GRATIS
yang dikelola Karang Taruna Desa Glesungrejo telah dimanfaatkan oleh warga desa kami dan desa sekitarnya.
Selama tahun 2023 tercatat 230 kali pengantaran pasien ke Puskesmas Baturetno dan RSUD dr. Soediran Mangun
Sumarso, termasuk 58 ibu bersalin, tanpa dipungut biaya.

Biaya BBM sebagian ditanggung APBDes pos kesehatan desa.

Demikian surat keterangan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.

Glesungrejo, 15 Januari 2024
Kepala Desa
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        also=["desa"],
        jenis="non_digital",
        tahapan="penerapan",
        inisiator="masyarakat",
        nama="AMBULANS DESA GRATIS",
        pemda="Kabupaten Wonogiri",
        ind={"kemanfaatan": 2},
        tags=["two_sector"],
    ),
    doc(
        "formulir-permohonan-bibit",
        "lainnya",
        """
FORMULIR PERMOHONAN BIBIT TANAMAN HUTAN
(isian manual bagi pemohon yang tidak bisa mengisi online)
UPTD Persemaian Permanen - Dinas Kehutanan Prov. Sumatera Selatan

Nama pemohon        : ..........................................
NIK                 : ..........................................
Kelompok/lembaga    : ..........................................
Alamat lokasi tanam : ..........................................  Desa ............ Kec. ............
Titik koordinat     : ..........................................
Luas lahan          : ........ ha
Jenis & jumlah bibit:  [ ] durian ..... btg  [ ] petai ..... btg  [ ] jengkol ..... btg
                       [ ] mahoni ..... btg  [ ] gaharu ..... btg  [ ] lainnya ..........
Pernyataan: bibit tidak untuk diperjualbelikan dan akan ditanam & dipelihara.

.............., tgl ..........        Pemohon, (.......................)
Mengetahui Kepala Desa/Lurah (untuk > 500 batang)
""",
        bentuk="pelayanan_publik",
        urusan="kehutanan",
        nama="KEBUN BIBIT ONLINE",
        opd="Dinas Kehutanan",
        pemda="Provinsi Sumatera Selatan",
    ),
    doc(
        "tangkapan-layar-chat-bot-si-ikan",
        "lainnya",
        """
Tangkapan layar percakapan WhatsApp - bot SI-IKAN (data dukung alat kerja)

[10.02] Nelayan: LAYUR
[10.02] SI-IKAN: 🐟 Harga LAYUR hari ini (Senin, 14 Okt 2024)
        TPI Cikidang  : Rp 38.000 - 46.000 /kg
        TPI Batukaras : Rp 40.000 - 45.000 /kg
        TPI Pangandaran: Rp 42.000 - 48.000 /kg
        TPI Parigi    : belum lapor
        Ketik nama ikan lain untuk cek harga. Ketik MENU untuk bantuan.
[10.03] Nelayan: tongkol
[10.03] SI-IKAN: 🐟 Harga TONGKOL hari ini ...
        TPI Cikidang  : Rp 22.000 - 25.000 /kg
        ...
[10.05] Nelayan: mksh
[10.05] SI-IKAN: Sama-sama, semoga tangkapannya berkah 🙏
""",
        bentuk="urusan_lainnya",
        urusan="kelautan_perikanan",
        jenis="digital",
        tahapan="uji_coba",
        nama="SI-IKAN",
        opd="Dinas Kelautan, Perikanan dan Ketahanan Pangan",
        pemda="Kabupaten Pangandaran",
        ind={"alat_kerja": 3},
    ),
    doc(
        "inventaris-alat-klinik-tani-keliling",
        "lainnya",
        """
DAFTAR INVENTARIS PERALATAN
KLINIK TANI KELILING - Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kab. Bone
Per 31 Desember 2023

No  Nama barang                         Merk/Tipe              Jml   Kondisi   Kode barang
1   Mobil operasional (double cabin)     Toyota Hilux           1     Baik      02.03.01.02.003
2   Mikroskop lapang digital USB         Dino-Lite AM4113       2     Baik      02.06.02.01.044
3   Soil tester (pH & kelembaban) digital Takemura DM-15       3     Baik      02.06.02.01.051
4   Perangkat uji tanah sawah (PUTS)     BB Sumberdaya Lahan    5     1 rusak   02.06.02.01.052
5   Laptop                               Lenovo V14             1     Baik      02.06.03.02.001
6   Pengeras suara portable              TOA ZS-1030            1     Baik      02.06.01.04.010
7   Tenda lipat 3x3                      -                      2     Baik      02.06.01.05.007

Pengurus barang, ttd
""",
        bentuk="urusan_lainnya",
        urusan="pertanian",
        jenis="non_digital",
        nama="KLINIK TANI KELILING",
        opd="Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
        pemda="Kabupaten Bone",
        ind={"alat_kerja": 2},
    ),
    doc(
        "kuitansi-sewa-server-sikaji",
        "lainnya",
        """
KUITANSI / BUKTI PEMBAYARAN
No. 0714/BKU/Dinkes/VIII/2024

Sudah terima dari : Bendahara Pengeluaran Dinas Kesehatan Kota Pekalongan
Uang sejumlah     : Rp 7.800.000,- (tujuh juta delapan ratus ribu rupiah)
Untuk pembayaran  : sewa cloud server 12 bulan (Agustus 2024 - Juli 2025) aplikasi SIKAJI, sesuai SPK
                    No. 027/SPK/Dinkes/2024
Pekalongan, 12 Agustus 2024
Setuju dibayar: PPK          Lunas dibayar: Bendahara          Yang menerima: CV Data Prima
""",
        bentuk="tata_kelola",
        urusan="kesehatan",
        jenis="digital",
        nama="SIKAJI",
        opd="Dinas Kesehatan",
        pemda="Kota Pekalongan",
        tags=["short"],
    ),
    doc(
        "ba-serah-terima-motor-perpus-ngider-ocr",
        "lainnya",
        """
BERlTA ACARA SERAH TERlMA BARANG
Nomor : 027/ 114 /BA/DPK/2023

Pada hari ini Senin tangga1 tiga bu1an Ju1i tahun dua ribu dua pu1uh tiga, kami yang bertanda tangan di
bawah ini :
1. Nama : Drs. Supriyadi           Jabatan : Kepa1a Dinas Perpustakaan dan Kearsipan (PlHAK PERTAMA)
2. Nama : Heru Wibowo, A.Md        Jabatan : Pustakawan Terampi1 (PlHAK KEDUA)

PlHAK PERTAMA menyerahkan kepada PlHAK KEDUA barang berupa :
 - 1 (satu) unit sepeda motor Honda Supra X 125, No. Pol AB 4xxx LH
 - 1 (satu) unit boks buku a1uminium kapasitas 150 eksemp1ar
 - 1 (satu) buah jas hujan dan he1m
untuk operasiona1 layanan PERPUS NGlDER.
PlHAK KEDUA bertanggung jawab atas pemeliharaan barang tersebut.
""",
        bentuk="pelayanan_publik",
        urusan="perpustakaan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="PERPUS NGIDER",
        opd="Dinas Perpustakaan dan Kearsipan",
        pemda="Kabupaten Gunungkidul",
        tags=["ocr_noise"],
    ),
    doc(
        "poster-jadwal-posyandu-padukuhan",
        "lainnya",
        """
AYO KE POSYANDU! 👶👵
POSYANDU MAWAR - PADUKUHAN KARANGMOJO, KALURAHAN SENDANGSARI

JADWAL BUKA: setiap SELASA minggu ke-2, jam 08.00 - 11.00
TEMPAT: rumah Bu Dukuh (RT 03)

LAYANAN:
Meja 1 Pendaftaran | Meja 2 Timbang & ukur | Meja 3 Catat di buku KIA | Meja 4 Imunisasi, vitamin A,
cek tensi lansia (bidan) | Meja 5 Penyuluhan & PMT

Bawa buku KIA / KMS ya Bu!
Bulan ini: pemberian obat cacing & kelas MP-ASI.

Kader: Bu Sumi, Bu Yani, Bu Ratmi, Bu Endah, Mbak Tika
""",
        bentuk="pelayanan_publik",
        urusan="kesehatan",
        also=["desa"],
        jenis="non_digital",
        nama="POSYANDU MAWAR",
        pemda="Kabupaten Kulon Progo",
        tags=["two_sector"],
    ),
    doc(
        "telaahan-staf-sapa-lansia",
        "lainnya",
        """
TELAAHAN STAF

Kepada : Kepala Dinas Sosial
Dari   : Kepala Seksi Rehabilitasi Sosial Lanjut Usia
Tanggal: 4 November 2024
Perihal: Usulan inovasi SAPA LANSIA (Sahabat Pendamping Lansia)

I. PERSOALAN
Lansia terlantar dan tinggal sendiri di Kota Pekalongan berjumlah 318 orang (data DTKS 2024); sebagian
tidak terjangkau layanan karena tidak punya keluarga yang mendampingi.

II. PRA-ANGGAPAN
Banyak relawan (mahasiswa, karang taruna, kader) bersedia menjadi pendamping jika difasilitasi.

III. FAKTA YANG MEMPENGARUHI
- Dinas belum punya program pendampingan rumah;
- anggaran untuk kegiatan ini belum tersedia di DPA 2024 maupun RKA 2025.

IV. ANALISA
Satu relawan mendampingi 3 lansia: kunjungan mingguan, menemani ke Puskesmas, mengurus bantuan.

V. SARAN
Mohon persetujuan untuk uji coba terbatas di 2 kecamatan tahun 2025 dengan dukungan CSR; anggaran APBD
diusulkan pada perubahan.
""",
        urusan="sosial",
        jenis="non_digital",
        tahapan="inisiatif",
        inisiator="asn",
        nama="SAPA LANSIA",
        opd="Dinas Sosial",
        pemda="Kota Pekalongan",
        neg=["anggaran"],
        tags=["negation"],
    ),
    doc(
        "biodata-inovator-samba",
        "lainnya",
        """
BIODATA INOVATOR

Nama lengkap        : NURHAYATI, S.Pd
NIP                 : 19840312 200902 2 004
Tempat/tgl lahir    : Sumbawa Besar, 12 Maret 1984
Jabatan             : Guru Kelas IV / Guru Ahli Muda
Unit kerja          : SD Negeri 3 Moyo Hilir
Pendidikan          : S1 PGSD Universitas Samawa (2007)
Nama inovasi        : SAMBA (Sabtu Membaca)
Peran               : penggagas dan koordinator
Pelatihan relevan   : Guru Penggerak angkatan 7 (2023); pelatihan literasi kelas awal (2022)
Prestasi            : Juara 2 Guru Berprestasi tingkat kabupaten 2022
No. HP / email      : 0852-xxxx-xxxx / nurhayati.samba@...
""",
        urusan="pendidikan",
        jenis="non_digital",
        inisiator="asn",
        nama="SAMBA",
        opd="SD Negeri 3 Moyo Hilir",
        pemda="Kabupaten Sumbawa",
    ),
    doc(
        "surat-permohonan-data-brida",
        "lainnya",
        """
BADAN RISET DAN INOVASI DAERAH
PROVINSI KALIMANTAN BARAT

Pontianak, 7 Mei 2024
Nomor : 000.9/ 412 /BRIDA
Sifat : Segera
Hal   : Permohonan data inovasi kabupaten/kota

Yth. Kepala Bappeda / BRIDA Kabupaten/Kota se-Kalimantan Barat

Dalam rangka penyusunan profil inovasi daerah Provinsi Kalimantan Barat Tahun 2024, kami mohon bantuan
Saudara untuk menyampaikan:
1. daftar inovasi daerah yang telah diinput pada aplikasi indeks inovasi tahun 2023;
2. nilai indeks dan predikat tahun 2023;
3. nama dan nomor kontak admin inovasi.
Data dikirim melalui email brida@kalbarprov.go.id paling lambat 24 Mei 2024.

Atas kerja samanya diucapkan terima kasih.
Kepala BRIDA Provinsi Kalimantan Barat
""",
        urusan="litbang",
        opd="Badan Riset dan Inovasi Daerah",
        pemda="Provinsi Kalimantan Barat",
    ),
    doc(
        "tangkapan-layar-portal-mpp-badung",
        "lainnya",
        """
[Data dukung indikator layanan terintegrasi - tangkapan layar]

Gambar 1. Halaman antrean online mpp.badungkab.go.id: pilih instansi -> DPMPTSP | Disdukcapil | Bapenda |
Dinas Kesehatan | Dinas Perhubungan | Kantor Pertanahan | BPJS Kesehatan | BPJS Ketenagakerjaan | Samsat |
Kejaksaan | Polres (SKCK) | PDAM Tirta Mangutama ...  (total 22 instansi, 214 jenis layanan)

Gambar 2. Tiket antrean digital satu nomor untuk beberapa layanan sekaligus (contoh: KTP-el + NPWPD + PBG).

Gambar 3. Foto ruang layanan MPP Mangupraja Mandala: gerai-gerai berjejer dengan papan nama instansi.

Gambar 4. Dashboard monitoring antrean seluruh gerai (login admin DPMPTSP).
""",
        bentuk="pelayanan_publik",
        urusan="penanaman_modal",
        jenis="digital",
        tahapan="penerapan",
        nama="Mal Pelayanan Publik",
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        pemda="Kabupaten Badung",
        ind={"layanan_terintegrasi": 3, "alat_kerja": 3},
    ),
    doc(
        "link-video-inovasi-jebol",
        "lainnya",
        """
DATA DUKUNG VIDEO INOVASI
Nama inovasi : JEBOL - Jemput Bola Perekaman KTP-el Lansia dan Penyandang Disabilitas
Perangkat daerah : Dinas Kependudukan dan Pencatatan Sipil Kab. Tapanuli Utara
Tautan : https://youtu.be/xxxxxxxxxxx   (durasi 4 menit 52 detik, diunggah 12 Juli 2024)

Isi video:
00:00 - 00:55  Latar belakang: lansia di desa pegunungan tidak bisa ke Tarutung untuk rekam KTP-el
00:55 - 01:40  Penjaringan ide: rapat dengan kepala desa dan pendeta, usulan jemput bola
01:40 - 02:20  Pemilihan ide: alat perekaman portable dibawa ke rumah warga
02:20 - 03:40  Manfaat: testimoni warga lansia dan keluarga penyandang disabilitas
03:40 - 04:52  Dampak: 2.744 warga terekam, bisa terdaftar BPJS PBI dan bansos
""",
        bentuk="pelayanan_publik",
        urusan="adminduk",
        jenis="non_digital",
        tahapan="penerapan",
        nama="JEBOL",
        opd="Dinas Kependudukan dan Pencatatan Sipil",
        pemda="Kabupaten Tapanuli Utara",
        ind={"video": 3, "kemanfaatan": 3},
    ),
    doc(
        "memo-vendor-tapis-english",
        "lainnya",
        """
MEMO INTERNAL
To   : Kepala Bapenda
From : Kabid Pendataan & Penetapan
Date : 19 Februari 2024
Re   : Follow up meeting dengan vendor modul TAPIS

Summary of meeting (16/2):
1. Vendor sudah deliver modul notifikasi WA, tapi fitur "CEK#NOP" masih sering timeout. Vendor commit
   bug fixing max 2 minggu.
2. Template pesan WA harus di-approve Meta dulu; 3 template ditolak karena dianggap "promotional" ->
   perlu revisi kata-kata.
3. Data NOP dari SISMIOP belum sinkron real-time, sementara pakai batch sync tiap malam.

Action items:
- Bidang Pendataan: kirim revisi template ke vendor (PIC: Sdr. Rian), deadline 23/2
- Vendor: load test sebelum go-live 1 Maret
- Kasubag Keuangan: pembayaran termin 2 ditahan sampai UAT selesai

Mohon arahan Bapak.
""",
        bentuk="pelayanan_publik",
        urusan="keuangan",
        jenis="digital",
        tahapan="uji_coba",
        nama="TAPIS",
        opd="Badan Pendapatan Daerah",
        pemda="Kabupaten Lampung Tengah",
        tags=["english_mixed"],
    ),
    doc(
        "lembar-kunjungan-guru-kunjung",
        "lainnya",
        """
LEMBAR KUNJUNGAN RUMAH - GURU KUNJUNG
SD Inpres Waimangura

Nama siswa    : Yohanes L. (kelas 5)
Absen         : 9 hari (2-12 September 2024)
Tgl kunjungan : 13 September 2024
Dikunjungi oleh: Ibu Marselina (wali kelas), Bp. Stefanus (guru PJOK)
Ditemui       : ibu kandung (ayah merantau ke Kalimantan)
Alasan absen  : membantu menjaga adik dan menjual sirih pinang di pasar
Kesepakatan   : anak masuk sekolah mulai Senin; adik dititip ke nenek pagi hari; guru memberi modul
                untuk mengejar pelajaran yang tertinggal
Tindak lanjut : dipantau 2 minggu; dilaporkan ke kepala sekolah
Ttd orang tua: (cap jempol)        Ttd wali kelas: ttd
""",
        bentuk="pelayanan_publik",
        urusan="pendidikan",
        jenis="non_digital",
        tahapan="penerapan",
        nama="GURU KUNJUNG",
        opd="SD Inpres Waimangura",
        pemda="Kabupaten Sumba Barat Daya",
    ),
    doc(
        "nota-dinas-kesiapan-iid-katana",
        "lainnya",
        """
NOTA DINAS
Nomor : 360/ 77 /BPBD/2024
Kepada : Kepala Pelaksana BPBD Kota Bima
Dari : Kepala Bidang Pencegahan dan Kesiapsiagaan
Tanggal : 1 Agustus 2024
Perihal : Kesiapan data dukung inovasi KATANA

Menindaklanjuti rapat Bappeda tanggal 30 Juli, dengan hormat kami laporkan:
a. Perwali tentang KATANA dan buku saku sudah tersedia;
b. Video inovasi KATANA belum ada, anggaran pembuatan video tidak tersedia tahun ini;
c. Survei kepuasan masyarakat atau monev tertulis belum pernah dilaksanakan, direncanakan Oktober bersama
   forum KATANA;
d. Data jumlah kelurahan dan warga yang mengikuti simulasi sedang direkap.

Demikian kami sampaikan untuk menjadi bahan arahan.
""",
        bentuk="urusan_lainnya",
        urusan="trantibum",
        jenis="non_digital",
        nama="KATANA",
        opd="Badan Penanggulangan Bencana Daerah",
        pemda="Kota Bima",
        neg=["video", "monev"],
        tags=["negation"],
    ),
    doc(
        "surat-edaran-sekda-srikandi",
        "lainnya",
        """
SURAT EDARAN
Nomor : 000.2.3/ 18 /SE/2024
TENTANG
PENGGUNAAN APLIKASI SRIKANDI DALAM PENGELOLAAN ARSIP DINAMIS

Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Sleman

Dalam rangka pelaksanaan Perpres 95/2018 tentang SPBE, dengan ini diminta kepada Saudara:
1. Seluruh naskah dinas keluar dan masuk wajib dicatat dan didistribusikan melalui aplikasi SRIKANDI mulai
   1 Juli 2024.
2. Naskah dinas ditandatangani secara elektronik (TTE).
3. Setiap perangkat daerah menunjuk 1 admin unit kearsipan dan melaporkannya ke Dinas Perpustakaan dan
   Kearsipan.
4. Naskah dinas fisik hanya untuk keperluan tertentu atas persetujuan Sekda.

Demikian untuk dilaksanakan.
Sleman, 10 Juni 2024
SEKRETARIS DAERAH
""",
        bentuk="tata_kelola",
        urusan="kearsipan",
        jenis="digital",
        tahapan="penerapan",
        nama="SRIKANDI",
        opd="Dinas Perpustakaan dan Kearsipan",
        pemda="Kabupaten Sleman",
    ),
    doc(
        "rekap-inovasi-opd-printout-lebak",
        "lainnya",
        """
REKAP INOVASI PERANGKAT DAERAH - KAB. LEBAK (printout spreadsheet, update 12/08/2024)

No | OPD          | Nama Inovasi            | Bentuk           | Jenis       | Tahapan     | Data dukung
1  | Dinkes       | POSBINDU GO-DIGITAL     | Pelayanan publik | Digital     | Penerapan   | 14/20
2  | Dinkes       | BUMIL CERIA             | Pelayanan publik | Non digital | Penerapan   | 11/20
3  | Disdik       | SEKOLAH BADUY MEMBACA   | Pelayanan publik | Non digital | Uji coba    | 6/20
4  | DPMD         | DESA CEMERLANG          | Tata kelola      | Digital     | Penerapan   | 9/20
5  | Distan       | PETANI MILENIAL LEBAK   | Urusan lainnya   | Non digital | Penerapan   | 8/20
6  | Disdukcapil  | ADMINDUK DI SEKOLAH     | Pelayanan publik | Non digital | Penerapan   | 15/20
...
Total 58 inovasi | rata-rata kelengkapan data dukung 52%
""",
        urusan="kesehatan",
        bentuk="pelayanan_publik",
        jenis="digital",
        tahapan="penerapan",
        nama="POSBINDU GO-DIGITAL",
        opd="Dinas Kesehatan",
        pemda="Kabupaten Lebak",
        tags=["two_innovations"],
    ),
]
