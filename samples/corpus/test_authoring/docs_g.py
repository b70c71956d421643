"""Test documents, part G: one long multi-page proposal."""

from common import doc

DOCS = [
    doc(
        "proposal",
        "kartu-peduli-lansia",
        """
PEMERINTAH KABUPATEN SIGI
DINAS SOSIAL

PROPOSAL INOVASI DAERAH TAHUN 2025
KARTU PEDULI LANSIA

Urusan utama      : Sosial
Bentuk            : Inovasi pelayanan publik
Jenis             : Nondigital dengan pencatatan elektronik
Waktu uji coba    : 1 Juli 2023
Waktu penerapan   : 2 Januari 2024
Inisiator         : Kepala Dinas Sosial Kabupaten Sigi

RANCANG BANGUN

A. DASAR HUKUM
1. Undang-Undang Nomor 13 Tahun 1998 tentang Kesejahteraan Lanjut Usia;
2. Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial;
3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
4. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
5. Keputusan Bupati Sigi Nomor 400.9-112 Tahun 2024 tentang Penyelenggaraan KARTU PEDULI LANSIA.

B. PERMASALAHAN
Kabupaten Sigi memiliki sekitar 21.400 penduduk berusia 60 tahun ke atas, dan jumlahnya terus bertambah.
Setelah gempa bumi dan likuefaksi 2018 banyak lansia kehilangan rumah serta anggota keluarga yang
merawatnya. Pendataan tahun 2022 menemukan 2.870 lansia terlantar atau hidup sendiri. Mereka menghadapi
tiga masalah utama. Pertama, lansia harus mengantre bersama pasien umum di puskesmas dan di loket
kantor desa, padahal banyak yang tidak kuat berdiri lama. Kedua, bantuan sosial sering tidak sampai
karena lansia tidak memiliki dokumen lengkap atau tidak tahu jadwal penyaluran. Ketiga, tidak ada satu
catatan yang menghubungkan layanan kesehatan, bantuan sosial dan layanan kependudukan bagi lansia yang
sama, sehingga setiap instansi mendata ulang dan lansia ditanya hal yang sama berkali-kali.

C. ISU STRATEGIS
Penuaan penduduk menjadi isu nasional dan daerah. RPJMD Kabupaten Sigi 2021-2026 menetapkan sasaran
meningkatnya perlindungan sosial bagi kelompok rentan, dengan indikator persentase lansia terlantar yang
mendapat layanan. Pemulihan pascabencana juga menuntut layanan yang menjangkau warga di hunian tetap dan
hunian sementara. Tanpa cara baru, target pelayanan lansia pada akhir periode RPJMD tidak akan tercapai.

D. METODE PEMBAHARUAN
Sebelum inovasi, pelayanan lansia berjalan sendiri-sendiri: Dinas Sosial mendata penerima bantuan,
puskesmas mendata lansia untuk posyandu lansia, dan desa mendata untuk bantuan langsung tunai.
KARTU PEDULI LANSIA mengubah cara itu dengan empat langkah:
1. Satu kartu. Setiap lansia terlantar atau hidup sendiri memperoleh kartu bergambar dengan nomor induk,
   nama pendamping, golongan darah dan penyakit yang diderita. Kartu ini diterbitkan Dinas Sosial
   berdasarkan data verifikasi lapangan bersama desa.
2. Jalur prioritas. Pemegang kartu dilayani tanpa antre di loket puskesmas, kantor desa, kantor
   Disdukcapil dan bank penyalur bantuan. Kesepakatan jalur prioritas ditandatangani bersama Dinas
   Kesehatan, Disdukcapil, Dinas PMD dan kantor cabang bank daerah.
3. Pendamping lansia. Setiap 20 pemegang kartu didampingi satu pendamping dari TKSK, kader posyandu
   lansia atau relawan gereja dan masjid, yang berkunjung paling sedikit dua kali sebulan.
4. Buku catatan bersama. Pendamping mencatat kunjungan, keluhan kesehatan dan bantuan yang diterima di
   buku saku, yang direkap ke dalam lembar kerja elektronik oleh operator Dinas Sosial setiap bulan.

\f
E. KEUNGGULAN DAN KEBAHARUAN
1. Untuk pertama kalinya lansia terlantar di Sigi memiliki satu identitas layanan yang diakui oleh
   beberapa perangkat daerah dan bank.
2. Lansia tidak lagi berdiri mengantre; jalur prioritas berlaku di semua titik layanan yang menandatangani
   kesepakatan.
3. Pendamping berasal dari lingkungan lansia sendiri sehingga kunjungan lebih sering dan murah.
4. Data kunjungan pendamping membuat Dinas Sosial tahu lebih awal bila lansia sakit, kehabisan bahan
   makanan atau membutuhkan alat bantu.
5. Biaya rendah: kartu dicetak Rp 8.500 per lembar, dan pendamping memperoleh uang transpor bulanan.

F. TAHAPAN INOVASI
- Februari 2023: rapat curah pendapat Dinas Sosial dengan TKSK dan pekerja sosial tentang lansia
  penyintas bencana;
- Maret 2023: pemilihan gagasan kartu dan jalur prioritas oleh tim inovasi dinas;
- April–Juni 2023: verifikasi data lansia di tiga kecamatan percontohan dan penyusunan kesepakatan
  jalur prioritas;
- 1 Juli 2023: uji coba di Kecamatan Dolo, Dolo Barat dan Marawola;
- Oktober 2023: evaluasi uji coba bersama desa dan puskesmas;
- 2 Januari 2024: penerapan di seluruh 15 kecamatan setelah terbit Keputusan Bupati.

G. TUJUAN
1. Mempermudah lansia terlantar dan lansia yang hidup sendiri memperoleh layanan kesehatan, kependudukan
   dan bantuan sosial;
2. meningkatkan ketepatan sasaran bantuan sosial bagi lansia;
3. membangun jaringan pendamping lansia berbasis masyarakat.

H. MANFAAT
Bagi lansia: pelayanan lebih cepat, tidak perlu mengantre, dan ada pendamping yang rutin berkunjung.
Bagi pemerintah daerah: data lansia yang satu dan mutakhir untuk perencanaan, serta penyaluran bantuan
yang lebih tepat. Bagi masyarakat: tumbuhnya kepedulian tetangga terhadap lansia di sekitarnya.

\f
I. HASIL
Sampai Desember 2024:
- kartu diterbitkan untuk 2.415 lansia di 15 kecamatan;
- 121 pendamping aktif;
- 97 persen pemegang kartu telah memiliki KTP-el dan terdaftar sebagai peserta JKN, dibanding 64 persen
  saat pendataan awal;
- waktu tunggu lansia di loket puskesmas turun dari rata-rata 52 menit menjadi 9 menit;
- 188 lansia memperoleh alat bantu (kursi roda, tongkat, alat bantu dengar) berkat laporan pendamping.

J. SUMBER DAYA DAN ANGGARAN
Pelaksana inovasi ditetapkan dengan Keputusan Bupati dan surat tugas Kepala Dinas. Anggaran cetak kartu
dan transpor pendamping tersedia pada DPA Dinas Sosial tahun 2024 dan 2025.

K. RENCANA PENGEMBANGAN
Dinas Sosial merencanakan aplikasi pencatatan kunjungan pendamping pada ponsel. Aplikasi tersebut belum
dibuat dan masih dibahas dengan Dinas Komunikasi dan Informatika. Survei kepuasan pemegang kartu juga
belum pernah dilaksanakan dan direncanakan pada 2025.

Bora, 10 Februari 2025
Kepala Dinas Sosial Kabupaten Sigi
""",
        bentuk="pelayanan_publik", urusan="sosial", urusan_also=["kesehatan"], jenis="non_digital",
        tahapan="penerapan", inisiator="opd", nama_inovasi="KARTU PEDULI LANSIA", opd="Dinas Sosial",
        pemda="Kabupaten Sigi",
        indicators={
            "regulasi": 2, "kecepatan_penciptaan": 1, "kemanfaatan": 3, "jejaring": 2, "anggaran": 2,
            "pelaksana": 3, "alat_kerja": 2,
        },
        negated=["monev"], tags=["two_sector", "negation"],
    ),
]
