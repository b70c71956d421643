"""Regions, people, universities and media used by the narrative training documents.

Real Indonesian provinces, regencies and cities; the people are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

# pemda -> (province, dateline city used by news articles)
REGIONS: dict[str, tuple[str, str]] = {
    "Kabupaten Majene": ("Sulawesi Barat", "MAJENE"),
    "Kabupaten Polewali Mandar": ("Sulawesi Barat", "POLEWALI"),
    "Kabupaten Mamuju": ("Sulawesi Barat", "MAMUJU"),
    "Kabupaten Mamasa": ("Sulawesi Barat", "MAMASA"),
    "Kabupaten Pasangkayu": ("Sulawesi Barat", "PASANGKAYU"),
    "Kabupaten Mamuju Tengah": ("Sulawesi Barat", "TOBADAK"),
    "Provinsi Sulawesi Barat": ("Sulawesi Barat", "MAMUJU"),
    "Kota Makassar": ("Sulawesi Selatan", "MAKASSAR"),
    "Kabupaten Gowa": ("Sulawesi Selatan", "SUNGGUMINASA"),
    "Kabupaten Bantaeng": ("Sulawesi Selatan", "BANTAENG"),
    "Kabupaten Bone": ("Sulawesi Selatan", "WATAMPONE"),
    "Kabupaten Kepulauan Selayar": ("Sulawesi Selatan", "BENTENG"),
    "Kabupaten Sidenreng Rappang": ("Sulawesi Selatan", "SIDRAP"),
    "Provinsi Sulawesi Selatan": ("Sulawesi Selatan", "MAKASSAR"),
    "Kota Palu": ("Sulawesi Tengah", "PALU"),
    "Kabupaten Banggai": ("Sulawesi Tengah", "LUWUK"),
    "Kabupaten Konawe Selatan": ("Sulawesi Tenggara", "ANDOOLO"),
    "Kota Kendari": ("Sulawesi Tenggara", "KENDARI"),
    "Kota Bitung": ("Sulawesi Utara", "BITUNG"),
    "Kabupaten Minahasa Utara": ("Sulawesi Utara", "AIRMADIDI"),
    "Kabupaten Boalemo": ("Gorontalo", "TILAMUTA"),
    "Kota Gorontalo": ("Gorontalo", "GORONTALO"),
    "Kota Surabaya": ("Jawa Timur", "SURABAYA"),
    "Kabupaten Banyuwangi": ("Jawa Timur", "BANYUWANGI"),
    "Kabupaten Sidoarjo": ("Jawa Timur", "SIDOARJO"),
    "Kota Malang": ("Jawa Timur", "MALANG"),
    "Kabupaten Bojonegoro": ("Jawa Timur", "BOJONEGORO"),
    "Kabupaten Trenggalek": ("Jawa Timur", "TRENGGALEK"),
    "Kabupaten Lamongan": ("Jawa Timur", "LAMONGAN"),
    "Kota Semarang": ("Jawa Tengah", "SEMARANG"),
    "Kabupaten Banyumas": ("Jawa Tengah", "PURWOKERTO"),
    "Kabupaten Wonosobo": ("Jawa Tengah", "WONOSOBO"),
    "Kabupaten Purbalingga": ("Jawa Tengah", "PURBALINGGA"),
    "Kabupaten Pekalongan": ("Jawa Tengah", "KAJEN"),
    "Provinsi Jawa Tengah": ("Jawa Tengah", "SEMARANG"),
    "Kabupaten Sleman": ("DI Yogyakarta", "SLEMAN"),
    "Kabupaten Kulon Progo": ("DI Yogyakarta", "WATES"),
    "Kabupaten Gunungkidul": ("DI Yogyakarta", "WONOSARI"),
    "Kabupaten Bantul": ("DI Yogyakarta", "BANTUL"),
    "Kota Yogyakarta": ("DI Yogyakarta", "YOGYAKARTA"),
    "Kabupaten Sumedang": ("Jawa Barat", "SUMEDANG"),
    "Kota Bogor": ("Jawa Barat", "BOGOR"),
    "Kabupaten Bekasi": ("Jawa Barat", "CIKARANG"),
    "Kabupaten Lebak": ("Banten", "RANGKASBITUNG"),
    "Kota Tangerang": ("Banten", "TANGERANG"),
    "Kota Padang": ("Sumatera Barat", "PADANG"),
    "Kabupaten Agam": ("Sumatera Barat", "LUBUK BASUNG"),
    "Kota Bukittinggi": ("Sumatera Barat", "BUKITTINGGI"),
    "Kota Pekanbaru": ("Riau", "PEKANBARU"),
    "Kabupaten Siak": ("Riau", "SIAK"),
    "Kota Medan": ("Sumatera Utara", "MEDAN"),
    "Kabupaten Deli Serdang": ("Sumatera Utara", "LUBUK PAKAM"),
    "Kabupaten Tapanuli Utara": ("Sumatera Utara", "TARUTUNG"),
    "Kabupaten Aceh Besar": ("Aceh", "JANTHO"),
    "Kota Banda Aceh": ("Aceh", "BANDA ACEH"),
    "Kabupaten Musi Banyuasin": ("Sumatera Selatan", "SEKAYU"),
    "Kota Palembang": ("Sumatera Selatan", "PALEMBANG"),
    "Kota Jambi": ("Jambi", "JAMBI"),
    "Kabupaten Merangin": ("Jambi", "BANGKO"),
    "Provinsi Jambi": ("Jambi", "JAMBI"),
    "Kota Bengkulu": ("Bengkulu", "BENGKULU"),
    "Kabupaten Rejang Lebong": ("Bengkulu", "CURUP"),
    "Kota Bandar Lampung": ("Lampung", "BANDAR LAMPUNG"),
    "Kabupaten Lampung Selatan": ("Lampung", "KALIANDA"),
    "Kabupaten Bangka": ("Kepulauan Bangka Belitung", "SUNGAILIAT"),
    "Kota Pontianak": ("Kalimantan Barat", "PONTIANAK"),
    "Kabupaten Kubu Raya": ("Kalimantan Barat", "SUNGAI RAYA"),
    "Provinsi Kalimantan Barat": ("Kalimantan Barat", "PONTIANAK"),
    "Kabupaten Kapuas": ("Kalimantan Tengah", "KUALA KAPUAS"),
    "Kota Banjarmasin": ("Kalimantan Selatan", "BANJARMASIN"),
    "Kabupaten Tanah Laut": ("Kalimantan Selatan", "PELAIHARI"),
    "Kota Samarinda": ("Kalimantan Timur", "SAMARINDA"),
    "Kota Balikpapan": ("Kalimantan Timur", "BALIKPAPAN"),
    "Kabupaten Kutai Kartanegara": ("Kalimantan Timur", "TENGGARONG"),
    "Kabupaten Paser": ("Kalimantan Timur", "TANA PASER"),
    "Provinsi Kalimantan Timur": ("Kalimantan Timur", "SAMARINDA"),
    "Kabupaten Bulungan": ("Kalimantan Utara", "TANJUNG SELOR"),
    "Kota Tarakan": ("Kalimantan Utara", "TARAKAN"),
    "Kabupaten Badung": ("Bali", "MANGUPURA"),
    "Kabupaten Gianyar": ("Bali", "GIANYAR"),
    "Kota Denpasar": ("Bali", "DENPASAR"),
    "Kota Mataram": ("Nusa Tenggara Barat", "MATARAM"),
    "Kabupaten Lombok Timur": ("Nusa Tenggara Barat", "SELONG"),
    "Kabupaten Sumbawa": ("Nusa Tenggara Barat", "SUMBAWA BESAR"),
    "Provinsi Nusa Tenggara Barat": ("Nusa Tenggara Barat", "MATARAM"),
    "Kota Kupang": ("Nusa Tenggara Timur", "KUPANG"),
    "Kabupaten Ende": ("Nusa Tenggara Timur", "ENDE"),
    "Kabupaten Manggarai Barat": ("Nusa Tenggara Timur", "LABUAN BAJO"),
    "Kabupaten Sumba Barat Daya": ("Nusa Tenggara Timur", "TAMBOLAKA"),
    "Provinsi Nusa Tenggara Timur": ("Nusa Tenggara Timur", "KUPANG"),
    "Kota Ambon": ("Maluku", "AMBON"),
    "Kabupaten Maluku Tengah": ("Maluku", "MASOHI"),
    "Kabupaten Halmahera Barat": ("Maluku Utara", "JAILOLO"),
    "Kota Ternate": ("Maluku Utara", "TERNATE"),
    "Kabupaten Jayapura": ("Papua", "SENTANI"),
    "Kabupaten Merauke": ("Papua Selatan", "MERAUKE"),
    "Kabupaten Manokwari": ("Papua Barat", "MANOKWARI"),
}

UNIVERSITIES: dict[str, str] = {
    "Sulawesi Barat": "Universitas Sulawesi Barat",
    "Sulawesi Selatan": "Universitas Hasanuddin",
    "Sulawesi Tengah": "Universitas Tadulako",
    "Sulawesi Tenggara": "Universitas Halu Oleo",
    "Sulawesi Utara": "Universitas Sam Ratulangi",
    "Gorontalo": "Universitas Negeri Gorontalo",
    "Jawa Timur": "Universitas Airlangga",
    "Jawa Tengah": "Universitas Diponegoro",
    "DI Yogyakarta": "Universitas Gadjah Mada",
    "Jawa Barat": "Universitas Padjadjaran",
    "Banten": "Universitas Sultan Ageng Tirtayasa",
    "Sumatera Barat": "Universitas Andalas",
    "Riau": "Universitas Riau",
    "Sumatera Utara": "Universitas Sumatera Utara",
    "Aceh": "Universitas Syiah Kuala",
    "Sumatera Selatan": "Universitas Sriwijaya",
    "Jambi": "Universitas Jambi",
    "Bengkulu": "Universitas Bengkulu",
    "Lampung": "Universitas Lampung",
    "Kepulauan Bangka Belitung": "Universitas Bangka Belitung",
    "Kalimantan Barat": "Universitas Tanjungpura",
    "Kalimantan Tengah": "Universitas Palangka Raya",
    "Kalimantan Selatan": "Universitas Lambung Mangkurat",
    "Kalimantan Timur": "Universitas Mulawarman",
    "Kalimantan Utara": "Universitas Borneo Tarakan",
    "Bali": "Universitas Udayana",
    "Nusa Tenggara Barat": "Universitas Mataram",
    "Nusa Tenggara Timur": "Universitas Nusa Cendana",
    "Maluku": "Universitas Pattimura",
    "Maluku Utara": "Universitas Khairun",
    "Papua": "Universitas Cenderawasih",
    "Papua Selatan": "Universitas Musamus",
    "Papua Barat": "Universitas Papua",
}

# Regional banks and companies that typically give CSR support.
BUSINESSES = [
    "Bank Sulselbar",
    "Bank Jatim",
    "Bank Jateng",
    "Bank Nagari",
    "Bank Kalbar",
    "Bank NTB Syariah",
    "PT Telkom Indonesia",
    "PT PLN (Persero) UP3 setempat",
    "BPJS Kesehatan Cabang",
    "Bank BRI Unit",
    "PT Semen Tonasa",
    "PT Pupuk Kaltim",
    "asosiasi pengusaha (Kadin) daerah",
    "koperasi simpan pinjam setempat",
]

COMMUNITY = [
    "Tim Penggerak PKK",
    "karang taruna",
    "tokoh agama dan tokoh adat",
    "kader posyandu",
    "forum anak daerah",
    "kelompok tani",
    "Pramuka",
    "lembaga adat",
    "forum RT/RW",
    "relawan TIK",
    "organisasi penyandang disabilitas",
]

INDEPENDENT_MEDIA = [
    "Kompas.com",
    "Antara",
    "Tribun Timur",
    "Detik.com",
    "Radar Sulbar",
    "Jawa Pos Radar",
    "Republika",
    "RRI",
    "TVRI daerah",
    "Sindonews",
    "Mercusuar",
    "Kaltim Post",
    "Pos Kupang",
    "Padang Ekspres",
    "Tribun Pontianak",
    "Bali Post",
    "Lombok Post",
    "Suara Merdeka",
    "Harian Jogja",
    "Pikiran Rakyat",
]

FIRST_NAMES = [
    "Andi",
    "Muhammad",
    "Nur",
    "Siti",
    "Ahmad",
    "Dewi",
    "Rahmat",
    "Hasriani",
    "Irwan",
    "Yuliana",
    "Agus",
    "Sri",
    "Budi",
    "Fitriani",
    "Hendra",
    "Wahyuni",
    "I Made",
    "Ni Luh",
    "Yohanes",
    "Maria",
    "Ruslan",
    "Herlina",
    "Fransiskus",
    "Rosmiati",
    "Teguh",
    "Nurul",
    "Syamsul",
    "Kartini",
    "Arief",
    "Lestari",
    "Marthen",
    "Safitri",
    "Dedi",
    "Hj. Nurhayati",
    "Rudi",
    "Asmawati",
    "Zulkifli",
    "Indah",
    "Hamzah",
]
LAST_NAMES = [
    "Rahman",
    "Saputra",
    "Wulandari",
    "Hidayat",
    "Pratama",
    "Lestari",
    "Makmur",
    "Siregar",
    "Nasution",
    "Tanjung",
    "Setiawan",
    "Suryani",
    "Kurniawan",
    "Mandasari",
    "Pakaya",
    "Latuconsina",
    "Wonda",
    "Lamba",
    "Mappiasse",
    "Sinaga",
    "Ramadhani",
    "Yusuf",
    "Harahap",
    "Purnamasari",
    "Ndruru",
    "Gultom",
    "Baharuddin",
    "Permana",
    "Putri",
    "Rangga",
    "Wijaya",
    "Syarif",
    "Amiruddin",
    "Tahir",
]
DEGREES = [
    "",
    "",
    "",
    "S.Kep.",
    "S.E.",
    "S.Pd.",
    "S.ST.",
    "S.KM.",
    "S.Kom.",
    "S.Sos.",
    "M.Si.",
    "M.Kes.",
    "S.T.",
    "S.P.",
    "M.Pd.",
    "S.H.",
]


@dataclass(frozen=True)
class Region:
    pemda: str
    province: str
    dateline: str

    @property
    def kind(self) -> str:
        return self.pemda.split()[0]

    @property
    def short(self) -> str:
        return self.pemda.split(" ", 1)[1]

    @property
    def head(self) -> str:
        """Title of the head of region, e.g. 'Bupati Majene'."""
        title = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}[self.kind]
        return f"{title} {self.short}"

    @property
    def perkada(self) -> str:
        title = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}[self.kind]
        return f"Peraturan {title} {self.short}"

    @property
    def university(self) -> str:
        return UNIVERSITIES[self.province]

    @property
    def handle(self) -> str:
        """Instagram-like handle of the regional government."""
        prefix = {"Kabupaten": "pemkab", "Kota": "pemkot", "Provinsi": "pemprov"}[self.kind]
        return "@" + prefix + self.short.lower().replace(" ", "")


def region(pemda: str) -> Region:
    province, dateline = REGIONS[pemda]
    return Region(pemda, province, dateline)


def person(rng, with_degree: bool = True) -> str:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    degree = rng.choice(DEGREES) if with_degree else ""
    return f"{name}, {degree}" if degree else name


def nip(rng) -> str:
    """A civil-servant number in the usual 18-digit shape (birth date, appointment, sex, sequence)."""
    born = f"{rng.randint(1968, 1992)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    appointed = f"{rng.randint(1994, 2016)}{rng.randint(1, 12):02d}"
    return f"{born} {appointed} {rng.randint(1, 2)} {rng.randint(1, 30):03d}"
