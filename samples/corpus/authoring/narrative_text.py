"""Shared writing material for the narrative layouts: headings, pagination, legal bases, strategic issues,
obstacles, recommendations and other paragraphs that real reports carry around the innovation itself.
"""

from __future__ import annotations

import random

from .narrative_evidence import Draft, join_id, number_id

PAGE = "\f"

BENTUK_NAMES = {
    "pelayanan_publik": ["Inovasi Pelayanan Publik", "Pelayanan Publik"],
    "tata_kelola": ["Inovasi Tata Kelola Pemerintahan Daerah", "Tata Kelola Pemerintahan"],
    "urusan_lainnya": [
        "Inovasi Daerah lainnya sesuai Urusan Pemerintahan",
        "Inovasi Daerah Lainnya Sesuai dengan Urusan Pemerintahan yang menjadi Kewenangan Daerah",
    ],
}
JENIS_NAMES = {"digital": ["Digital", "Digital"], "non_digital": ["Non Digital", "Non-Digital"]}
TAHAPAN_NAMES = {"inisiatif": "Inisiatif", "uji_coba": "Uji Coba", "penerapan": "Penerapan"}
INISIATOR_NAMES = {
    "kepala_daerah": "Kepala Daerah",
    "anggota_dprd": "Anggota DPRD",
    "opd": "OPD",
    "asn": "ASN",
    "masyarakat": "Masyarakat",
}
URUSAN_NAMES = {
    "pendidikan": "Pendidikan",
    "kesehatan": "Kesehatan",
    "pupr": "Pekerjaan Umum dan Penataan Ruang",
    "perumahan": "Perumahan Rakyat dan Kawasan Permukiman",
    "trantibum": "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
    "sosial": "Sosial",
    "tenaga_kerja": "Tenaga Kerja",
    "pppa": "Pemberdayaan Perempuan dan Pelindungan Anak",
    "pangan": "Pangan",
    "pertanahan": "Pertanahan",
    "lingkungan_hidup": "Lingkungan Hidup",
    "adminduk": "Administrasi Kependudukan dan Pencatatan Sipil",
    "desa": "Pemberdayaan Masyarakat dan Desa",
    "kb": "Pengendalian Penduduk dan Keluarga Berencana",
    "perhubungan": "Perhubungan",
    "kominfo": "Komunikasi dan Informatika",
    "ukm": "Koperasi, Usaha Kecil, dan Menengah",
    "penanaman_modal": "Penanaman Modal",
    "pemuda_olahraga": "Kepemudaan dan Olahraga",
    "statistik": "Statistik",
    "persandian": "Persandian",
    "kebudayaan": "Kebudayaan",
    "perpustakaan": "Perpustakaan",
    "kearsipan": "Kearsipan",
    "kelautan_perikanan": "Kelautan dan Perikanan",
    "pariwisata": "Pariwisata",
    "pertanian": "Pertanian",
    "kehutanan": "Kehutanan",
    "esdm": "Energi dan Sumber Daya Mineral",
    "perdagangan": "Perdagangan",
    "perindustrian": "Perindustrian",
    "transmigrasi": "Transmigrasi",
    "perencanaan": "Perencanaan",
    "keuangan": "Keuangan",
    "kepegawaian": "Kepegawaian",
    "diklat": "Pendidikan dan Pelatihan",
    "litbang": "Penelitian dan Pengembangan",
    "fungsi_lain": "Fungsi lain sesuai ketentuan peraturan perundang-undangan",
}

# Strategic issue each sector usually cites from the RPJMD.
ISU = {
    "pendidikan": "rendahnya mutu dan pemerataan layanan pendidikan dasar",
    "kesehatan": "belum optimalnya derajat kesehatan masyarakat, terutama kesehatan ibu dan anak",
    "pupr": "kualitas infrastruktur dan kepastian pemanfaatan ruang",
    "perumahan": "masih tingginya jumlah rumah tidak layak huni dan kawasan kumuh",
    "trantibum": "ketenteraman, ketertiban, dan kesiapsiagaan masyarakat menghadapi bencana",
    "sosial": "ketepatan sasaran perlindungan sosial bagi keluarga miskin dan rentan",
    "tenaga_kerja": "tingkat pengangguran terbuka dan keterampilan angkatan kerja",
    "pppa": "tingginya kasus kekerasan terhadap perempuan dan anak serta perkawinan anak",
    "pangan": "ketersediaan dan keterjangkauan pangan bagi rumah tangga rentan",
    "pertanahan": "kepastian hukum hak atas tanah dan pengamanan aset daerah",
    "lingkungan_hidup": "pengelolaan sampah dan pencemaran lingkungan",
    "adminduk": "kepemilikan dokumen kependudukan dan kualitas data penduduk",
    "desa": "kemandirian desa dan peningkatan status Indeks Desa Membangun",
    "kb": "pengendalian pertumbuhan penduduk dan ketahanan keluarga",
    "perhubungan": "keselamatan dan keterjangkauan layanan transportasi",
    "kominfo": "transformasi digital dan keterbukaan informasi publik",
    "ukm": "daya saing koperasi dan usaha mikro, kecil, dan menengah",
    "penanaman_modal": "kemudahan berusaha dan peningkatan realisasi investasi",
    "pemuda_olahraga": "partisipasi pemuda dalam pembangunan dan pembinaan prestasi olahraga",
    "statistik": "keterpaduan data pembangunan melalui Satu Data Indonesia",
    "persandian": "keamanan informasi dan sistem pemerintahan berbasis elektronik",
    "kebudayaan": "pelestarian nilai budaya dan cagar budaya daerah",
    "perpustakaan": "rendahnya tingkat kegemaran membaca masyarakat",
    "kearsipan": "penyelamatan arsip vital dan tertib administrasi",
    "kelautan_perikanan": "kesejahteraan nelayan dan pembudidaya ikan",
    "pariwisata": "pengembangan destinasi wisata berbasis masyarakat",
    "pertanian": "produktivitas pertanian dan regenerasi petani",
    "kehutanan": "pengendalian kebakaran hutan dan rehabilitasi lahan kritis",
    "esdm": "akses energi dan air bersih serta efisiensi energi",
    "perdagangan": "stabilitas harga bahan pokok dan perlindungan konsumen",
    "perindustrian": "daya saing industri kecil dan menengah",
    "transmigrasi": "pengembangan kawasan transmigrasi",
    "perencanaan": "keselarasan dokumen perencanaan dan penganggaran",
    "keuangan": "peningkatan pendapatan asli daerah dan akuntabilitas keuangan",
    "kepegawaian": "profesionalitas dan disiplin aparatur sipil negara",
    "diklat": "pengembangan kompetensi aparatur",
    "litbang": "kebijakan berbasis riset dan ekosistem inovasi daerah",
    "fungsi_lain": "reformasi birokrasi dan akuntabilitas pemerintahan",
}

SECTOR_LAWS = {
    "kesehatan": [
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting",
    ],
    "pendidikan": ["Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional"],
    "desa": ["Undang-Undang Nomor 6 Tahun 2014 tentang Desa"],
    "adminduk": [
        "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 "
        "tentang Administrasi Kependudukan"
    ],
    "lingkungan_hidup": [
        "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup"
    ],
    "sosial": ["Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial"],
    "pppa": [
        "Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 "
        "tentang Perlindungan Anak"
    ],
    "penanaman_modal": [
        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko"
    ],
    "kearsipan": ["Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"],
    "perpustakaan": ["Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan"],
    "statistik": ["Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia"],
    "keuangan": ["Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah"],
    "kepegawaian": ["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"],
}
GENERAL_LAWS = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah",
    "Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan "
    "dan/atau "
    "Insentif Inovasi Daerah",
]
SERVICE_LAW = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
SPBE_LAW = "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik"

OBSTACLES = [
    "jaringan internet di beberapa desa belum stabil sehingga data terlambat terkirim",
    "sebagian petugas masih merangkap tugas lain sehingga waktu pelayanan terbatas",
    "pemahaman masyarakat terhadap prosedur baru masih beragam",
    "kondisi geografis dan cuaca menyulitkan kunjungan ke lokasi terjauh",
    "pergantian pejabat dan operator membuat pekerjaan harus dimulai ulang",
    "data awal yang diperoleh dari instansi lain belum seragam formatnya",
    "sarana pendukung di lapangan belum memadai",
    "partisipasi sebagian warga masih rendah pada awal kegiatan",
    "pencairan dana operasional kerap terlambat pada awal tahun",
    "koordinasi lintas bidang belum berjalan rutin",
]
SOLUTIONS = [
    "menjadwalkan pengiriman data pada jam-jam dengan sinyal terbaik",
    "menunjuk petugas cadangan di setiap titik layanan",
    "memperbanyak pertemuan tatap muka dengan tokoh masyarakat",
    "menggabungkan kunjungan lapangan dengan kegiatan posyandu dan pertemuan desa",
    "menyusun catatan serah terima bagi petugas baru",
    "menyepakati format data bersama dalam rapat koordinasi",
    "mengusulkan tambahan sarana pada perubahan anggaran",
]
SUGGESTIONS = [
    "Perlu dukungan kebijakan agar inovasi tetap berjalan meskipun terjadi pergantian pimpinan.",
    "Cakupan inovasi perlu diperluas ke seluruh kecamatan secara bertahap.",
    "Koordinasi dengan perangkat daerah terkait perlu dijadwalkan secara berkala.",
    "Pencatatan data capaian perlu dibakukan agar mudah dibandingkan antarperiode.",
    "Kapasitas petugas perlu terus ditingkatkan seiring bertambahnya pengguna.",
    "Keterlibatan pemerintah desa dan kelurahan perlu diperkuat.",
    "Hasil inovasi perlu didokumentasikan sebagai bahan pembelajaran bagi unit lain.",
]
NEUTRAL_ACTIVITIES = [
    "Rapat koordinasi persiapan",
    "Pendataan sasaran",
    "Penyiapan sarana",
    "Kunjungan lapangan",
    "Pertemuan dengan tokoh masyarakat",
    "Penyusunan jadwal layanan",
    "Pelayanan kepada sasaran",
    "Pencatatan dan rekapitulasi data",
    "Rapat bulanan tim",
    "Penyusunan laporan",
]


def heading(style: str, index: int, text: str) -> str:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][index]
    letter = "ABCDEFGHIJ"[index]
    return {
        "bab": f"BAB {roman}\n{text.upper()}",
        "num": f"{index + 1}. {text}",
        "caps": text.upper(),
        "letter": f"{letter}. {text}",
        "roman": f"{roman}. {text.upper()}",
        "plain": text,
        "colon": f"{text}:",
    }[style]


def paginate(blocks: list[str], words_per_page: int = 380) -> str:
    """Join blocks into pages: PAGE forces a break, and long runs break at about `words_per_page`."""
    pages: list[list[str]] = [[]]
    count = 0
    for block in blocks:
        if block == PAGE:
            if pages[-1]:
                pages.append([])
                count = 0
            continue
        if not block:
            continue
        words = len(block.split())
        if count and count + words > words_per_page:
            pages.append([])
            count = 0
        pages[-1].append(block)
        count += words
    return PAGE.join("\n\n".join(p) for p in pages if p)


def bullet_list(items: list[str], style: str = "num") -> str:
    marks = {
        "num": lambda i: f"{i + 1}.",
        "dash": lambda i: "-",
        "letter": lambda i: f"{'abcdefghij'[i]}.",
        "dot": lambda i: "•",
    }[style]
    return "\n".join(f"{marks(i)} {item}" for i, item in enumerate(items))


def legal_basis(d: Draft) -> list[str]:
    """National laws (never evidence for `regulasi`) plus, when planned, the decree naming the innovation."""
    inv = d.inv
    laws = list(GENERAL_LAWS[: d.rng.choice([2, 3])])
    if inv.bentuk == "pelayanan_publik":
        laws.insert(1, SERVICE_LAW)
    if inv.digital and d.rng.random() < 0.6:
        laws.append(SPBE_LAW)
    laws += SECTOR_LAWS.get(inv.urusan, [])[:2]
    if d.rng.random() < 0.35:
        y = d.f.t0 - d.rng.choice([2, 3, 4])
        laws.append(
            f"Peraturan Daerah {d.f.region.pemda} Nomor {d.rng.randint(2, 12)} Tahun {y} tentang Rencana "
            f"Pembangunan Jangka Menengah Daerah Tahun {y + 1}-{y + 5}"
        )
    own = d.say("regulasi")
    if own:
        laws.append(own.rstrip("."))
    return laws


def strategic_issue(d: Draft) -> str:
    inv, f, r = d.inv, d.f, d.rng
    issue = ISU[inv.urusan]
    y = f.t0 - r.choice([1, 2, 3])
    return r.choice(
        [
            f"Isu strategis yang dijawab inovasi ini adalah {issue}, sebagaimana tercantum dalam RPJMD "
            f"{f.region.pemda} Tahun {y}-{y + 5}.",
            f"Permasalahan tersebut berkaitan langsung dengan isu strategis daerah, yaitu {issue}.",
            f"Secara nasional maupun daerah, {issue} menjadi salah satu isu strategis yang harus "
            f"diselesaikan.",
        ]
    )


def advantages(d: Draft) -> str:
    inv, r = d.inv, d.rng
    if inv.digital:
        core = r.choice(
            [
                "data tersedia secara waktu nyata dan dapat diakses dari mana saja",
                "proses yang sebelumnya menggunakan kertas kini tercatat otomatis dan mudah ditelusuri",
                "pengguna tidak perlu datang langsung dan setiap permohonan dapat dipantau statusnya",
            ]
        )
    else:
        core = r.choice(
            [
                "caranya sederhana, murah, dan mudah ditiru unit lain",
                "layanan mendatangi sasaran sehingga tidak ada yang tertinggal",
                "masyarakat dilibatkan langsung sehingga rasa memiliki tumbuh",
            ]
        )
    novelty = r.choice(
        [
            f"Pendekatan seperti ini belum pernah diterapkan di {d.f.region.pemda} sebelumnya.",
            "Kebaruannya terletak pada cara kerja yang menyatukan beberapa pihak dalam satu alur.",
            f"Hal ini merupakan pembaruan dibanding cara lama yang selama ini dilakukan {inv.opd}.",
        ]
    )
    return f"Keunggulan {inv.name} adalah {core}. {novelty}"


def purpose(d: Draft) -> str:
    """Aims written from the target group's side, so they do not repeat the benefit sentence."""
    inv, r = d.inv, d.rng
    general = r.choice(
        [
            f"meningkatkan kualitas dan jangkauan layanan bagi {inv.target}",
            f"memberikan kemudahan kepada {inv.target}",
            f"mengatasi permasalahan yang selama ini dihadapi {inv.target}",
        ]
    )
    special = r.sample(
        [
            "mempercepat proses dan mengurangi waktu tunggu",
            "meningkatkan ketepatan sasaran",
            "memperkuat koordinasi antarpihak",
            "menyediakan data yang dapat dipertanggungjawabkan",
            "meningkatkan partisipasi masyarakat",
            "menekan biaya yang ditanggung masyarakat",
            "meningkatkan kepuasan pengguna layanan",
        ],
        r.choice([2, 3]),
    )
    return r.choice(
        [
            f"Inovasi ini bertujuan {general}.",
            f"Tujuan umum inovasi adalah {general}. Tujuan khususnya adalah {join_id(special)}.",
            f"Tujuan:\n{bullet_list([general, *special])}",
        ]
    )


def region_profile(d: Draft) -> str:
    f, r = d.f, d.rng
    people = number_id(r.randint(60, 2400) * 1000)
    districts = r.randint(4, 12) if f.region.kind == "Kota" else r.randint(8, 31)
    return r.choice(
        [
            f"{f.region.pemda} terletak di Provinsi {f.region.province} dengan jumlah penduduk sekitar "
            f"{people} "
            f"jiwa yang tersebar di {districts} kecamatan.",
            f"Wilayah {f.region.pemda} terdiri atas {districts} kecamatan dengan karakter geografis yang "
            f"beragam, "
            f"dari wilayah perkotaan hingga daerah terpencil.",
        ]
    )


def obstacles(d: Draft, count: int = 2) -> tuple[list[str], list[str]]:
    picks = d.rng.sample(OBSTACLES, count)
    fixes = d.rng.sample(SOLUTIONS, count)
    return [p[0].upper() + p[1:] + "." for p in picks], [s[0].upper() + s[1:] + "." for s in fixes]


def activity_table(d: Draft, rows: int = 5) -> str:
    """Report table of neutral activities (no words that would count as indicator evidence)."""
    r = d.rng
    header = r.choice(
        [
            "No | Kegiatan | Target | Realisasi | Keterangan",
            "No | Uraian Kegiatan | Target | Realisasi | %",
            "NO | KEGIATAN | TARGET | REALISASI",
        ]
    )
    lines = [header]
    for i, act in enumerate(r.sample(NEUTRAL_ACTIVITIES, rows)):
        target = r.choice([1, 2, 4, 6, 12, 24])
        real = max(0, target - r.choice([0, 0, 0, 1, 2]))
        tail = r.choice(
            ["Tercapai", "Selesai", "Sesuai jadwal", "Belum optimal" if real < target else "Tuntas"]
        )
        pct = number_id(100 * real / target, 0)
        if header.endswith("%"):
            lines.append(f"{i + 1} | {act} | {target} kali | {real} kali | {pct}")
        elif header.endswith("Keterangan"):
            lines.append(f"{i + 1} | {act} | {target} kali | {real} kali | {tail}")
        else:
            lines.append(f"{i + 1} | {act.upper()} | {target} | {real}")
    return "\n".join(lines)


def closing(d: Draft) -> str:
    return d.rng.choice(
        [
            f"Demikian {{doc}} ini disusun sebagai bahan informasi dan pertanggungjawaban pelaksanaan "
            f"{d.inv.name}.",
            "Demikian {doc} ini kami sampaikan, atas perhatian dan dukungannya diucapkan terima kasih.",
            f"Semoga {{doc}} ini bermanfaat bagi pengembangan {d.inv.name} ke depan.",
        ]
    )


def signature(d: Draft, title: str | None = None) -> str:
    from .narrative_places import nip, person

    r = d.rng
    f = d.f
    city = f.region.dateline.title()
    day = r.randint(1, 28)
    month = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ][r.randint(0, 11)]
    who = person(r)
    title = title or f.head_of_opd
    return (
        f"{city}, {day} {month} {f.t0}\n{title},\n\n\n{who.upper() if r.random() < 0.5 else who}\n"
        f"{r.choice(['Pembina', 'Pembina Tk. I', 'Penata Tk. I', 'Pembina Utama Muda'])}\nNIP. {nip(r)}"
    )


def sentences(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def maybe(d: Draft, chance: float, text: str) -> str:
    return text if d.rng.random() < chance else ""


def people_count(d: Draft) -> str:
    return join_id([who for _, who in d.f.actors])


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


ASPECTS = [
    (
        "aksesibilitas",
        "Sasaran kini lebih mudah menjangkau layanan; jarak dan waktu tempuh tidak lagi menjadi "
        "penghalang utama.",
    ),
    (
        "efisiensi",
        "Waktu kerja petugas lebih banyak dipakai untuk melayani, bukan untuk menyalin dan mencari data.",
    ),
    ("partisipasi", "Keterlibatan warga dan tokoh setempat meningkat karena mereka diberi peran yang jelas."),
    (
        "akuntabilitas",
        "Setiap tahapan tercatat sehingga pimpinan dapat menelusuri siapa mengerjakan apa dan kapan.",
    ),
    (
        "keberlanjutan",
        "Kegiatan sudah menjadi bagian dari pekerjaan rutin dan tidak bergantung pada satu orang saja.",
    ),
    (
        "koordinasi",
        "Hubungan kerja antarbidang dan dengan pemerintah desa atau kelurahan menjadi lebih teratur.",
    ),
]
INFORMANT_QUOTES = [
    "Dulu kami harus menunggu lama, sekarang jauh lebih cepat.",
    "Petugas lebih sering datang dan kami jadi tahu harus bertanya ke mana.",
    "Awalnya kami ragu, tetapi setelah dijalani ternyata tidak sulit.",
    "Yang penting bagi kami adalah kepastian, dan itu sekarang ada.",
    "Kami berharap kegiatan ini tidak berhenti ketika pimpinan berganti.",
    "Pekerjaan kami sebagai petugas terasa lebih ringan karena datanya rapi.",
]


def unit_profile(d: Draft) -> str:
    """A few sentences on the unit's duties, vision and mission, as every Indonesian report carries."""
    inv, f, r = d.inv, d.f, d.rng
    duty = (
        f"{inv.opd} mempunyai tugas membantu {f.region.head} melaksanakan urusan pemerintahan bidang "
        f"{URUSAN_NAMES[inv.urusan].lower()} yang menjadi kewenangan daerah."
    )
    vision = r.choice(
        [
            f"Visi {f.region.pemda} yang menjadi acuan adalah terwujudnya masyarakat yang sejahtera, "
            f"mandiri, "
            f"dan berdaya saing.",
            f"Sejalan dengan visi daerah, {inv.opd} menempatkan pelayanan yang cepat dan dekat sebagai "
            f"prioritas.",
        ]
    )
    mission = bullet_list(
        r.sample(
            [
                "meningkatkan kualitas pelayanan publik",
                "memperkuat tata kelola pemerintahan yang bersih",
                "mengembangkan sumber daya manusia yang unggul",
                "mendorong partisipasi masyarakat dalam pembangunan",
                "memanfaatkan teknologi informasi dalam penyelenggaraan pemerintahan",
                "memperluas jangkauan layanan hingga ke desa dan kelurahan",
            ],
            3,
        )
    )
    place = (
        f"Kegiatan inovasi dilaksanakan oleh {inv.unit}, unit pelaksana di bawah {inv.opd}."
        if inv.unit
        else ""
    )
    return f"{duty} {vision} Misi yang terkait antara lain:\n{mission}\n{place}".strip()


def activity_discussion(d: Draft, count: int = 3) -> list[str]:
    """Paragraphs discussing report activities one by one (neutral words only)."""
    r = d.rng
    out = []
    for act in r.sample(NEUTRAL_ACTIVITIES, count):
        month = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ][r.randint(0, 11)]
        out.append(
            r.choice(
                [
                    f"{act} dimulai pada bulan {month} dan berjalan sesuai jadwal. "
                    f"{r.choice(INFORMANT_QUOTES)} "
                    f"demikian disampaikan salah satu peserta.",
                    f"{act} dilaksanakan bersama petugas dan aparat setempat. Beberapa kendala teknis "
                    f"dapat diselesaikan "
                    f"di lapangan tanpa mengganggu jadwal berikutnya.",
                    f"Pada kegiatan {act.lower()}, tim mencatat bahwa {r.choice(OBSTACLES)}. Hal tersebut "
                    f"diatasi dengan "
                    f"{r.choice(SOLUTIONS)}.",
                ]
            )
        )
    return out


def findings(d: Draft, count: int = 3) -> list[str]:
    r = d.rng
    return [
        f"Dari sisi {name}, {text[0].lower()}{text[1:]} Seorang informan menyatakan, "
        f'"{r.choice(INFORMANT_QUOTES)}"'
        for name, text in r.sample(ASPECTS, count)
    ]


def conclusion(d: Draft) -> str:
    inv, r = d.inv, d.rng
    return r.choice(
        [
            f"Secara umum pelaksanaan {inv.name} berjalan {r.choice(['baik', 'cukup baik', 'lancar'])} dan "
            f"memberi "
            f"manfaat nyata bagi {inv.target}.",
            f"{inv.name} terbukti dapat dilaksanakan dengan sumber daya yang tersedia dan diterima oleh "
            f"{inv.target}.",
            "Inovasi ini layak dilanjutkan dan diperluas karena persoalan yang melatarbelakanginya mulai "
            "teratasi.",
        ]
    )


ROLES = {
    "Penanggung jawab": [
        "memberikan arahan dan kebijakan pelaksanaan",
        "menandatangani dokumen yang diperlukan",
        "mengevaluasi capaian secara berkala",
    ],
    "Koordinator": [
        "menyusun rencana kerja dan jadwal",
        "mengoordinasikan petugas di lapangan",
        "menyusun laporan bulanan",
    ],
    "Petugas lapangan": [
        "melaksanakan kegiatan sesuai jadwal",
        "mencatat data sasaran",
        "menyampaikan kendala kepada koordinator",
    ],
    "Operator data": [
        "menginput dan memutakhirkan data",
        "menyiapkan rekap data",
        "menjaga kerahasiaan data sasaran",
    ],
    "Sekretariat": ["menyiapkan administrasi kegiatan", "mengarsipkan dokumen", "menyiapkan bahan rapat"],
}

REFERENCES = [
    "Dunn, W. N. (2018). Public Policy Analysis: An Integrated Approach. 6th ed. New York: Routledge.",
    "Mulgan, G. (2007). Ready or Not? Taking Innovation in the Public Sector Seriously. London: NESTA.",
    "Badan Strategi Kebijakan Dalam Negeri. (2023). Pedoman Teknis Pengukuran Indeks Inovasi Daerah. "
    "Jakarta.",
    "Kementerian PANRB. (2017). Pedoman Penyusunan Survei Kepuasan Masyarakat. Jakarta.",
    "Creswell, J. W. (2014). Research Design: Qualitative, Quantitative, and Mixed Methods Approaches. "
    "Thousand Oaks: Sage.",
    "Suwarno, Y. (2008). Inovasi di Sektor Publik. Jakarta: STIA LAN Press.",
    "Badan Pusat Statistik. (2024). Daerah dalam Angka 2024. Jakarta: BPS.",
    "Osborne, S. P., & Brown, L. (2013). Handbook of Innovation in Public Services. Cheltenham: Edward "
    "Elgar.",
]


def duties(d: Draft) -> str:
    """'Tugas dan tanggung jawab' per role, as guides and reports list them."""
    parts = []
    for role, items in d.rng.sample(list(ROLES.items()), d.rng.randint(3, 5)):
        parts.append(f"{role}:\n" + bullet_list(d.rng.sample(items, d.rng.randint(2, 3)), "letter"))
    return "\n".join(parts)


def schedule_table(d: Draft) -> str:
    """A month-by-month schedule (X marks), a page filler in many reports."""
    r = d.rng
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    lines = ["No | Kegiatan | " + " | ".join(months)]
    for i, act in enumerate(r.sample(NEUTRAL_ACTIVITIES, r.randint(4, 7))):
        start = r.randint(0, 8)
        span = r.randint(1, 12 - start)
        marks = ["X" if start <= m < start + span else "" for m in range(12)]
        lines.append(f"{i + 1} | {act} | " + " | ".join(marks))
    return "\n".join(lines)


def team_roster(d: Draft) -> str | None:
    """The team listed by name: evidence for `sdm` with its level, so only written when it is planned."""
    from .narrative_places import person

    if d.f.team > 20 or "sdm" in d.indicators or "sdm" in d.negated:
        return None
    roles = ["Penanggung jawab", "Ketua", "Sekretaris"] + ["Anggota"] * (d.f.team - 3)
    rows = ["No | Nama | Jabatan dalam Tim"] + [
        f"{i + 1} | {person(d.rng)} | {role}" for i, role in enumerate(roles[: d.f.team])
    ]
    from .narrative_facts import level_sdm

    d.indicators["sdm"] = level_sdm(d.f.team)
    return "\n".join(rows)
