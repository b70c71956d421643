"""Regional governments, their heads' titles, seats, and the usual unit names per sector."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pemda:
    name: str  # "Kabupaten Majene"
    seat: str  # where decrees are signed
    province: str

    @property
    def kind(self) -> str:
        return self.name.split(" ")[0]  # Kabupaten / Kota / Provinsi

    @property
    def place(self) -> str:
        return self.name.split(" ", 1)[1]

    @property
    def head(self) -> str:
        return {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}[self.kind]

    @property
    def perkada(self) -> str:
        return f"Peraturan {self.head}"

    @property
    def upper(self) -> str:
        return self.name.upper()


_ROWS = """\
Kabupaten Majene|Majene|Sulawesi Barat
Kabupaten Polewali Mandar|Polewali|Sulawesi Barat
Kabupaten Banyuwangi|Banyuwangi|Jawa Timur
Kabupaten Lamongan|Lamongan|Jawa Timur
Kabupaten Trenggalek|Trenggalek|Jawa Timur
Kabupaten Bojonegoro|Bojonegoro|Jawa Timur
Kabupaten Sidoarjo|Sidoarjo|Jawa Timur
Kota Surabaya|Surabaya|Jawa Timur
Kabupaten Sumedang|Sumedang|Jawa Barat
Kabupaten Bogor|Cibinong|Jawa Barat
Kabupaten Purwakarta|Purwakarta|Jawa Barat
Kabupaten Kulon Progo|Wates|Daerah Istimewa Yogyakarta
Kabupaten Sleman|Sleman|Daerah Istimewa Yogyakarta
Kabupaten Banyumas|Purwokerto|Jawa Tengah
Kabupaten Wonosobo|Wonosobo|Jawa Tengah
Kota Semarang|Semarang|Jawa Tengah
Kota Pekalongan|Pekalongan|Jawa Tengah
Kota Makassar|Makassar|Sulawesi Selatan
Kabupaten Bantaeng|Bantaeng|Sulawesi Selatan
Kabupaten Sinjai|Sinjai|Sulawesi Selatan
Kabupaten Luwu Utara|Masamba|Sulawesi Selatan
Kota Padang Panjang|Padang Panjang|Sumatera Barat
Kabupaten Agam|Lubuk Basung|Sumatera Barat
Kabupaten Pesisir Selatan|Painan|Sumatera Barat
Kabupaten Kutai Kartanegara|Tenggarong|Kalimantan Timur
Kabupaten Berau|Tanjung Redeb|Kalimantan Timur
Kota Bontang|Bontang|Kalimantan Timur
Kota Pontianak|Pontianak|Kalimantan Barat
Kabupaten Sambas|Sambas|Kalimantan Barat
Kabupaten Lombok Timur|Selong|Nusa Tenggara Barat
Kota Mataram|Mataram|Nusa Tenggara Barat
Kabupaten Sumba Barat Daya|Tambolaka|Nusa Tenggara Timur
Kabupaten Jayapura|Sentani|Papua
Kota Ambon|Ambon|Maluku
Kabupaten Minahasa Utara|Airmadidi|Sulawesi Utara
Kota Bitung|Bitung|Sulawesi Utara
Kabupaten Gorontalo|Limboto|Gorontalo
Kabupaten Banggai|Luwuk|Sulawesi Tengah
Kabupaten Konawe Selatan|Andoolo|Sulawesi Tenggara
Kota Kendari|Kendari|Sulawesi Tenggara
Kabupaten Deli Serdang|Lubuk Pakam|Sumatera Utara
Kota Medan|Medan|Sumatera Utara
Kabupaten Aceh Besar|Kota Jantho|Aceh
Kota Banda Aceh|Banda Aceh|Aceh
Kabupaten Siak|Siak Sri Indrapura|Riau
Kabupaten Musi Banyuasin|Sekayu|Sumatera Selatan
Kota Palembang|Palembang|Sumatera Selatan
Kabupaten Lampung Selatan|Kalianda|Lampung
Kabupaten Pandeglang|Pandeglang|Banten
Kota Tangerang|Tangerang|Banten
Kabupaten Gianyar|Gianyar|Bali
Kabupaten Badung|Mangupura|Bali
Kabupaten Tabanan|Tabanan|Bali
Kota Denpasar|Denpasar|Bali
Kabupaten Hulu Sungai Tengah|Barabai|Kalimantan Selatan
Kabupaten Tapin|Rantau|Kalimantan Selatan
Kota Banjarbaru|Banjarbaru|Kalimantan Selatan
Kabupaten Kotawaringin Barat|Pangkalan Bun|Kalimantan Tengah
Kabupaten Bintan|Bandar Seri Bentan|Kepulauan Riau
Kabupaten Belitung|Tanjung Pandan|Kepulauan Bangka Belitung
Kota Jambi|Jambi|Jambi
Kabupaten Rejang Lebong|Curup|Bengkulu
Kota Ternate|Ternate|Maluku Utara
Kabupaten Manokwari|Manokwari|Papua Barat
Provinsi Jawa Barat|Bandung|Jawa Barat
Provinsi Sulawesi Selatan|Makassar|Sulawesi Selatan
Provinsi Kalimantan Timur|Samarinda|Kalimantan Timur
Provinsi Nusa Tenggara Barat|Mataram|Nusa Tenggara Barat
Provinsi Jawa Tengah|Semarang|Jawa Tengah
Provinsi Riau|Pekanbaru|Riau
"""

PEMDA: dict[str, Pemda] = {row.split("|")[0]: Pemda(*row.split("|")) for row in _ROWS.strip().splitlines()}

# The sector's wording in decrees ("urusan pemerintahan bidang …") and a budget nomenclature code.
URUSAN_TEXT: dict[str, tuple[str, str]] = {
    "pendidikan": ("pendidikan", "1.01"),
    "kesehatan": ("kesehatan", "1.02"),
    "pupr": ("pekerjaan umum dan penataan ruang", "1.03"),
    "perumahan": ("perumahan rakyat dan kawasan permukiman", "1.04"),
    "trantibum": ("ketenteraman dan ketertiban umum serta pelindungan masyarakat", "1.05"),
    "sosial": ("sosial", "1.06"),
    "tenaga_kerja": ("tenaga kerja", "2.07"),
    "pppa": ("pemberdayaan perempuan dan pelindungan anak", "2.08"),
    "pangan": ("pangan", "2.09"),
    "pertanahan": ("pertanahan", "2.10"),
    "lingkungan_hidup": ("lingkungan hidup", "2.11"),
    "adminduk": ("administrasi kependudukan dan pencatatan sipil", "2.12"),
    "desa": ("pemberdayaan masyarakat dan desa", "2.13"),
    "kb": ("pengendalian penduduk dan keluarga berencana", "2.14"),
    "perhubungan": ("perhubungan", "2.15"),
    "kominfo": ("komunikasi dan informatika", "2.16"),
    "ukm": ("koperasi, usaha kecil, dan menengah", "2.17"),
    "penanaman_modal": ("penanaman modal", "2.18"),
    "pemuda_olahraga": ("kepemudaan dan olahraga", "2.19"),
    "statistik": ("statistik", "2.20"),
    "persandian": ("persandian", "2.21"),
    "kebudayaan": ("kebudayaan", "2.22"),
    "perpustakaan": ("perpustakaan", "2.23"),
    "kearsipan": ("kearsipan", "2.24"),
    "kelautan_perikanan": ("kelautan dan perikanan", "3.25"),
    "pariwisata": ("pariwisata", "3.26"),
    "pertanian": ("pertanian", "3.27"),
    "kehutanan": ("kehutanan", "3.28"),
    "esdm": ("energi dan sumber daya mineral", "3.29"),
    "perdagangan": ("perdagangan", "3.30"),
    "perindustrian": ("perindustrian", "3.31"),
    "transmigrasi": ("transmigrasi", "3.32"),
    "perencanaan": ("perencanaan pembangunan", "5.01"),
    "keuangan": ("keuangan daerah", "5.02"),
    "kepegawaian": ("kepegawaian", "5.03"),
    "diklat": ("pendidikan dan pelatihan aparatur", "5.04"),
    "litbang": ("penelitian dan pengembangan", "5.05"),
    "fungsi_lain": ("pengawasan dan fungsi penunjang lainnya", "6.01"),
}

# Budget programme per sector (shortened Permendagri 90/2019 style nomenclature).
PROGRAM: dict[str, str] = {
    "pendidikan": "PROGRAM PENGELOLAAN PENDIDIKAN",
    "kesehatan": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    "pupr": "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
    "perumahan": "PROGRAM KAWASAN PERMUKIMAN",
    "trantibum": "PROGRAM PENANGGULANGAN BENCANA",
    "sosial": "PROGRAM REHABILITASI SOSIAL",
    "tenaga_kerja": "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
    "pppa": "PROGRAM PERLINDUNGAN KHUSUS ANAK",
    "pangan": "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
    "pertanahan": "PROGRAM PENATAAN PENGUASAAN, PEMILIKAN, PENGGUNAAN DAN PEMANFAATAN TANAH",
    "lingkungan_hidup": "PROGRAM PENGELOLAAN PERSAMPAHAN",
    "adminduk": "PROGRAM PENDAFTARAN PENDUDUK",
    "desa": "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT",
    "kb": "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
    "perhubungan": "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    "kominfo": "PROGRAM APLIKASI INFORMATIKA",
    "ukm": "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
    "penanaman_modal": "PROGRAM PELAYANAN PENANAMAN MODAL",
    "pemuda_olahraga": "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
    "statistik": "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
    "persandian": "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
    "kebudayaan": "PROGRAM PENGEMBANGAN KEBUDAYAAN",
    "perpustakaan": "PROGRAM PEMBINAAN PERPUSTAKAAN",
    "kearsipan": "PROGRAM PENGELOLAAN ARSIP",
    "kelautan_perikanan": "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
    "pariwisata": "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
    "pertanian": "PROGRAM PENYULUHAN PERTANIAN",
    "kehutanan": "PROGRAM PENGELOLAAN HUTAN",
    "esdm": "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN",
    "perdagangan": "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
    "perindustrian": "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
    "transmigrasi": "PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI",
    "perencanaan": "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
    "keuangan": "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
    "kepegawaian": "PROGRAM KEPEGAWAIAN DAERAH",
    "diklat": "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
    "litbang": "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
    "fungsi_lain": "PROGRAM PENYELENGGARAAN PENGAWASAN",
}

# Other government units a cross-unit team draws on.
PARTNER_UNITS = [
    "Badan Perencanaan Pembangunan Daerah",
    "Dinas Komunikasi dan Informatika",
    "Inspektorat Daerah",
    "Bagian Organisasi Sekretariat Daerah",
    "Bagian Hukum Sekretariat Daerah",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Sosial",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Badan Riset dan Inovasi Daerah",
    "Kecamatan",
    "Rumah Sakit Umum Daerah",
]

UNIVERSITIES = [
    "Universitas Hasanuddin",
    "Universitas Gadjah Mada",
    "Universitas Airlangga",
    "Universitas Andalas",
    "Universitas Mulawarman",
    "Universitas Tanjungpura",
    "Universitas Sulawesi Barat",
    "Universitas Jenderal Soedirman",
    "Universitas Padjadjaran",
    "Universitas Udayana",
    "Universitas Sam Ratulangi",
    "Universitas Pattimura",
    "Universitas Sriwijaya",
    "Universitas Syiah Kuala",
    "Politeknik Negeri Banjarmasin",
    "Universitas Cenderawasih",
    "Universitas Halu Oleo",
]
BUSINESSES = [
    "PT Bank Pembangunan Daerah",
    "PT Telkom Indonesia (Persero) Tbk",
    "PT Pos Indonesia (Persero)",
    "PT Pertamina Hulu Mahakam",
    "PT Semen Tonasa",
    "Bank Syariah Indonesia KCP",
    "CV Mitra Tani Lestari",
    "PT PLN (Persero) UP3",
    "Koperasi Produsen Sejahtera Bersama",
    "PT Vale Indonesia Tbk",
]
COMMUNITY = [
    "Tim Penggerak PKK",
    "Karang Taruna",
    "Forum Anak Daerah",
    "Kelompok Sadar Wisata (Pokdarwis)",
    "Majelis Ulama Indonesia",
    "Lembaga Pemberdayaan Masyarakat Kelurahan",
    "Forum Kader Posyandu",
    "Ikatan Bidan Indonesia Cabang",
    "PGRI Cabang",
    "Gabungan Kelompok Tani",
]
MEDIA = ["RRI", "TVRI Stasiun", "Radar", "Tribun", "Antara Biro"]
