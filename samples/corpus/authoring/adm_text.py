"""Sentences and tables shared by the administrative layouts, each setting the labels it supports.

A helper that writes a sentence revealing something (the jenis, the stage, the initiator, the team size)
also records that label on the draft, so text and label cannot drift apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.corpus.authoring.adm_bank import Innovation
from samples.corpus.authoring.adm_common import (
    Draft,
    Person,
    aktor_level,
    indo_date,
    jejaring_level,
    person,
    random_date,
    sdm_level,
    table,
)
from samples.corpus.authoring.adm_places import (
    BUSINESSES,
    COMMUNITY,
    MEDIA,
    PARTNER_UNITS,
    UNIVERSITIES,
    URUSAN_TEXT,
)

BENTUK_TEXT = {
    "pelayanan_publik": "inovasi pelayanan publik",
    "tata_kelola": "inovasi tata kelola pemerintahan daerah",
    "urusan_lainnya": "inovasi daerah lainnya sesuai urusan pemerintahan",
}
_ABBREV = {
    "Dinas Kesehatan": "DINKES",
    "Dinas Pendidikan": "DISDIK",
    "Dinas Pendidikan dan Kebudayaan": "DISDIKBUD",
    "Dinas Sosial": "DINSOS",
    "Dinas Perhubungan": "DISHUB",
    "Dinas Pertanian": "DISTAN",
    "Dinas Komunikasi dan Informatika": "DISKOMINFO",
    "Dinas Kependudukan dan Pencatatan Sipil": "DISDUKCAPIL",
    "Dinas Lingkungan Hidup": "DLH",
    "Badan Perencanaan Pembangunan Daerah": "BAPPEDA",
    "Dinas Pemberdayaan Masyarakat dan Desa": "DPMD",
    "Satuan Polisi Pamong Praja": "SATPOLPP",
    "Badan Penanggulangan Bencana Daerah": "BPBD",
    "Inspektorat Daerah": "INSP",
    "Dinas Tenaga Kerja": "DISNAKER",
    "Dinas Pariwisata": "DISPAR",
    "Badan Pendapatan Daerah": "BAPENDA",
    "Badan Riset dan Inovasi Daerah": "BRIDA",
}
_SECTOR_LAW = {
    "kesehatan": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "pendidikan": "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
    "desa": "Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah diubah terakhir dengan "
    "Undang-Undang Nomor 3 Tahun 2024",
    "adminduk": "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 "
    "tentang Administrasi Kependudukan",
    "lingkungan_hidup": "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan "
    "Lingkungan Hidup",
    "kearsipan": "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
    "perpustakaan": "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan",
    "kominfo": "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
    "sosial": "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
    "pertanian": "Undang-Undang Nomor 22 Tahun 2019 tentang Sistem Budi Daya Pertanian Berkelanjutan",
    "trantibum": "Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana",
    "keuangan": "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
    "Pemerintahan Daerah",
    "kepegawaian": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
    "pariwisata": "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan",
}
BASE_LAWS = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, "
    "terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti "
    "Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah",
    "Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan "
    "dan/atau Insentif Inovasi Daerah",
]


def abbrev(opd: str) -> str:
    if opd in _ABBREV:
        return _ABBREV[opd]
    if opd.startswith("Puskesmas"):
        return "PKM"
    words = [w for w in opd.replace(",", "").split() if w[0].isupper()]
    return "".join(w[0] for w in words).upper()


def urusan_words(code: str) -> str:
    return URUSAN_TEXT[code][0]


# Laws replaced in 2023-2024: a decree signed earlier cites the version then in force.
_BEFORE = {
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan": "Undang-Undang Nomor 36 Tahun 2009 tentang "
    "Kesehatan",
    "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara": "Undang-Undang Nomor 5 Tahun 2014 "
    "tentang "
    "Aparatur Sipil Negara",
}


def _law_in(law: str, year: int) -> str:
    if year < 2023 and law.startswith("Undang-Undang Nomor 23 Tahun 2014"):
        return (
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah "
            "beberapa kali, "
            "terakhir dengan Undang-Undang Nomor 9 Tahun 2015"
        )
    if year < 2024 and "Nomor 3 Tahun 2024" in law:
        return "Undang-Undang Nomor 6 Tahun 2014 tentang Desa"
    return _BEFORE.get(law, law) if year < 2024 else law


def mengingat(inv: Innovation, rng: random.Random, year: int) -> list[str]:
    laws = list(BASE_LAWS)
    if inv.urusan in _SECTOR_LAW:
        laws.insert(1, _SECTOR_LAW[inv.urusan])
    if rng.random() < 0.5:
        laws[1], laws[2] = laws[2], laws[1]
    keep = [_law_in(law, year) for law in laws[: rng.randint(3, len(laws))]]
    keep.append(
        f"Peraturan Daerah {inv.pemda.name} Nomor {rng.randint(2, 14)} Tahun "
        f"{rng.choice([2016, 2019, 2021])} "
        f"tentang Pembentukan dan Susunan Perangkat Daerah"
    )
    return keep


def numbered(items: list[str], style: str = "1.") -> str:
    out = []
    for i, item in enumerate(items):
        mark = {"1.": f"{i + 1}.", "a.": f"{chr(97 + i)}.", "1)": f"{i + 1})"}[style]
        out.append(f"{mark} {item};")
    return "\n".join(out)


def core(d: Draft, inv: Innovation, *, sector: bool = True, opd: bool = True) -> None:
    d.set(nama_inovasi=inv.name, pemda=inv.pemda.name)
    if opd:
        d.set(opd=inv.opd)
    if sector:
        d.set(urusan=inv.urusan)


def describe(d: Draft, inv: Innovation, rng: random.Random, *, explicit_bentuk: bool = False) -> str:
    """The sentence saying what the innovation is: reveals bentuk, jenis and overlapping sectors."""
    forms = [
        f"{inv.full} merupakan {inv.what}",
        f"Inovasi {inv.name} berupa {inv.what}, dengan tujuan {inv.goal}",
        f"{inv.name} adalah {inv.what} yang bertujuan {inv.goal}",
    ]
    text = rng.choice(forms) + "."
    if explicit_bentuk or rng.random() < 0.3:
        text += f" Inovasi ini termasuk {BENTUK_TEXT[inv.bentuk]}."
    if inv.also:
        others = " dan ".join(f"urusan {urusan_words(a)}" for a in inv.also)
        text += rng.choice(
            [
                f" Pelaksanaannya memadukan urusan {urusan_words(inv.urusan)} dengan {others}.",
                f" Inovasi ini lintas sektor, yaitu urusan {urusan_words(inv.urusan)} beririsan "
                f"dengan {others}.",
            ]
        )
        d.set(urusan_also=list(inv.also))
        d.tag("two_sector")
    d.set(bentuk=inv.bentuk, jenis=inv.jenis)
    d.sector_shown = True
    return text


def stage(d: Draft, inv: Innovation, rng: random.Random, year: int) -> str:
    """A sentence that tells the innovation's stage."""
    d.set(tahapan=inv.tahapan)
    # Always before the document's own year, so the sentence never dates the stage in the future.
    start = random_date(rng, year - rng.randint(1, 3) if inv.tahapan == "penerapan" else year - 1)
    if inv.tahapan == "penerapan":
        return rng.choice(
            [
                f"Inovasi {inv.name} telah diterapkan sejak {indo_date(start)} dan menjadi layanan rutin.",
                f"Setelah masa uji coba, {inv.name} telah memasuki tahap penerapan di seluruh wilayah "
                f"{inv.pemda.name}.",
                f"{inv.name} dilaksanakan secara penuh (tahap penerapan) mulai {indo_date(start)}.",
            ]
        )
    if inv.tahapan == "uji_coba":
        return rng.choice(
            [
                f"Inovasi {inv.name} diuji cobakan mulai {indo_date(start)} pada {rng.randint(2, 6)} lokasi "
                f"percontohan.",
                f"{inv.name} saat ini berada pada tahap uji coba selama {rng.choice([3, 4, 6])} bulan.",
                f"Uji coba {inv.name} dilaksanakan sejak {indo_date(start)} sebelum diterapkan secara luas.",
            ]
        )
    return rng.choice(
        [
            f"{inv.name} masih berupa gagasan (tahap inisiatif) yang akan dikembangkan dan belum "
            "diuji cobakan.",
            f"Inovasi {inv.name} merupakan usulan inisiatif yang sedang dirancang dan belum diuji coba.",
        ]
    )


def wants_initiator(rng: random.Random, inv: Innovation, base: float) -> bool:
    """Documents mention who started an innovation more often when it was not the unit itself."""
    return rng.random() < (base if inv.inisiator == "opd" else min(0.9, base * 2))


def initiator(d: Draft, inv: Innovation, rng: random.Random, who: Person | None = None) -> str:
    """A sentence naming who started the innovation."""
    d.set(inisiator=inv.inisiator)
    head = f"{inv.pemda.head} {inv.pemda.place}"
    who = who or person(rng)
    return {
        "kepala_daerah": rng.choice(
            [f"Inovasi ini merupakan gagasan {head}.", f"{inv.name} lahir atas prakarsa langsung {head}."]
        ),
        "anggota_dprd": f"Inovasi ini berawal dari usulan anggota Dewan Perwakilan Rakyat Daerah "
        f"{inv.pemda.name} Komisi {rng.choice(['I', 'II', 'III', 'IV'])} pada rapat dengar pendapat.",
        "opd": f"Inovasi ini diinisiasi oleh {inv.opd} sebagai perangkat daerah pengampu.",
        "asn": f"Inovasi ini digagas oleh {who.name}, ASN pada {inv.opd} {inv.pemda.name}.",
        "masyarakat": rng.choice(
            [
                "Gagasan inovasi ini berasal dari usulan kelompok masyarakat setempat.",
                "Inovasi ini bermula dari inisiatif warga yang kemudian difasilitasi pemerintah daerah.",
            ]
        ),
    }[inv.inisiator]


@dataclass
class Team:
    rows: list[list[str]]
    header: list[str]
    size: int
    gov_units: int
    actor_kinds: int

    def render(self) -> str:
        return table([self.header, *self.rows])


_MEMBER_POSTS = [
    "Kepala Bidang",
    "Kepala Seksi",
    "Kepala Subbagian Perencanaan",
    "Pranata Komputer",
    "Analis Kebijakan",
    "Staf Pelaksana",
    "Penyuluh",
    "Fungsional Perencana",
    "Bendahara",
    "Pengelola Data",
    "Operator",
]


def team(rng: random.Random, inv: Innovation, size: int, *, multi_unit: bool, actors: int = 0) -> Team:
    """The team annex: roles down the table, optionally the institution of each member.

    `actors` adds non-government members (academia, business, community, media) of that many kinds.
    """
    rows: list[list[str]] = []
    units = [inv.opd]
    if multi_unit:
        pool = [u for u in PARTNER_UNITS if u != inv.opd]
        units += rng.sample(pool, rng.randint(1, 5))
    outside = [
        ("Akademisi", rng.choice(UNIVERSITIES)),
        ("Dunia Usaha", rng.choice(BUSINESSES)),
        ("Masyarakat", f"{rng.choice(COMMUNITY)} {inv.pemda.place}"),
        ("Media", f"{rng.choice(MEDIA)} {inv.pemda.place}"),
    ][:actors]
    show_names = rng.random() < 0.6
    roles = ["Pengarah", "Penanggung Jawab", "Ketua", "Wakil Ketua", "Sekretaris"]
    with_institution = multi_unit or actors > 0
    for i in range(size):
        role = roles[i] if i < len(roles) and i < size - 1 else "Anggota"
        if i >= len(roles) and i - len(roles) < len(outside):
            kind, inst = outside[i - len(roles)]
            who = person(rng).name
            cells = [str(i + 1), who if show_names else f"Perwakilan {inst}", role]
            if with_institution:
                cells.append(f"{inst} (unsur {kind.lower()})")
            rows.append(cells)
            continue
        unit = units[0] if i < 3 else units[i % len(units)]
        post = "Kepala" if i < 2 else rng.choice(_MEMBER_POSTS)
        who = person(rng, senior=i < 3)
        name_cell = f"{who.name}\nNIP. {who.nip}" if show_names and rng.random() < 0.3 else who.name
        cells = [str(i + 1), name_cell if show_names else f"{post} {unit}", role]
        if with_institution:
            cells.append(unit)
        rows.append(cells)
    used_units = (
        {r[3] for r in rows if len(r) > 3 and "(unsur" not in r[3]} if with_institution else {inv.opd}
    )
    used_outside = {r[3].split("(unsur ")[1] for r in rows if len(r) > 3 and "(unsur" in r[3]}
    header = [
        "No",
        "Nama" if show_names else "Jabatan",
        rng.choice(["Jabatan dalam Tim", "Kedudukan dalam Tim"]),
    ]
    if with_institution:
        header.append(rng.choice(["Instansi", "Unsur / Instansi", "Unit Kerja"]))
    return Team(rows, header, size, len(used_units), 1 + len(used_outside))


def record_team(d: Draft, t: Team, pelaksana_level: int) -> None:
    """A team annex is evidence of people (sdm), of who assigned them, and of the units involved."""
    d.evidence("sdm", sdm_level(t.size))
    d.evidence("pelaksana", pelaksana_level)
    level = jejaring_level(t.gov_units)
    if level:
        d.evidence("jejaring", level)
    level = aktor_level(t.actor_kinds)
    if level:
        d.evidence("aktor", level)


def signature(
    rng: random.Random, title: str, who: Person, *, place: str, date: str, cap: bool = False
) -> str:
    lines = [f"Ditetapkan di {place}", f"pada tanggal {date}", "", title.upper() + ","]
    if cap:
        lines.append("[cap dinas]")
    lines += ["", "", who.name.upper() if rng.random() < 0.6 else who.name]
    if "BUPATI" not in title.upper() and "WALI KOTA" not in title.upper() and "GUBERNUR" not in title.upper():
        lines += [f"{who.pangkat}", f"NIP. {who.nip}"]
    return "\n".join(lines)


def english_bits(rng: random.Random) -> list[str]:
    """Phrases units really mix into administrative Indonesian."""
    return rng.sample(
        [
            "Kick-off meeting dan timeline implementasi disepakati bersama.",
            "Key performance indicator (KPI) inovasi dipantau melalui dashboard bulanan.",
            "Seluruh stakeholder diharapkan memberi feedback sebelum go-live.",
            "Progress report disampaikan setiap akhir bulan kepada Project Manager.",
            "Follow up: action plan masing-masing unit paling lambat minggu depan.",
            "Dokumen ini bersifat internal use only.",
            "Best practice dari daerah lain menjadi benchmark pengembangan.",
        ],
        2,
    )
