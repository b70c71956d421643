"""Shared pieces for the administrative training documents: people, dates, money, levels, noise.

Everything takes an explicit `random.Random` so the corpus is reproducible from one seed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

MONTHS = [
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
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

MALE = [
    "Ahmad",
    "Andi",
    "Bambang",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Hendra",
    "Irwan",
    "Joko",
    "Kadek",
    "La Ode",
    "Muhammad",
    "Nyoman",
    "Rahmat",
    "Ridwan",
    "Syamsul",
    "Taufik",
    "Wahyu",
    "Yohanes",
    "Agus",
    "Arif",
    "Darmawan",
    "Gede",
    "Hasanuddin",
    "Imam",
    "Marthen",
    "Nasrullah",
    "Zulkifli",
    "Sutrisno",
    "Teguh",
    "Yusuf",
    "Fransiskus",
    "Heri",
    "Iskandar",
    "Rizal",
    "Saiful",
    "Komang",
]
FEMALE = [
    "Ani",
    "Dewi",
    "Endang",
    "Fitri",
    "Hj. Nurhayati",
    "Indah",
    "Kartini",
    "Lestari",
    "Maria",
    "Ni Luh",
    "Nurul",
    "Putri",
    "Ratna",
    "Siti",
    "Sri",
    "Wulan",
    "Yuliana",
    "Rosmawati",
    "Herlina",
    "Andi Besse",
    "Eka",
    "Novita",
    "Rina",
    "Susanti",
    "Desak",
    "Anggraini",
    "Fatimah",
    "Margaretha",
]
SURNAMES = [
    "Wibowo",
    "Santoso",
    "Hidayat",
    "Saputra",
    "Nasution",
    "Siregar",
    "Lubis",
    "Harahap",
    "Pratama",
    "Rahman",
    "Hasibuan",
    "Tambunan",
    "Sembiring",
    "Ginting",
    "Pangaribuan",
    "Simanjuntak",
    "Mappaseng",
    "Daeng Ngalle",
    "Tandiarrang",
    "Rumbiak",
    "Wanggai",
    "Lumban Gaol",
    "Kaunang",
    "Sumampouw",
    "Mokoginta",
    "Manoppo",
    "Lasut",
    "Wuisan",
    "Putra",
    "Kurniawan",
    "Setiawan",
    "Syahputra",
    "Effendi",
    "Anwar",
    "Hakim",
    "Sitompul",
    "Prasetyo",
    "Susilo",
    "Nugroho",
    "Marpaung",
    "Tanjung",
    "Bachtiar",
    "Amir",
    "Latief",
    "Dg. Tata",
    "Arsyad",
    "Mahmud",
    "Purnomo",
    "Halim",
    "Rasyid",
    "Widodo",
    "Kusuma",
]
DEGREES_AFTER = [
    "S.Sos.",
    "S.E.",
    "S.H.",
    "S.Pd.",
    "S.Kep., Ns.",
    "S.KM.",
    "A.Md.Keb.",
    "S.T.",
    "S.Kom.",
    "M.Si.",
    "M.M.",
    "S.IP.",
    "M.Kes.",
    "S.Pt.",
    "S.P.",
    "A.Md.",
    "S.Ag.",
    "M.Pd.",
    "S.Stat.",
    "S.Farm., Apt.",
]
GOLONGAN = [
    ("Pengatur", "II/c"),
    ("Pengatur Tingkat I", "II/d"),
    ("Penata Muda", "III/a"),
    ("Penata Muda Tingkat I", "III/b"),
    ("Penata", "III/c"),
    ("Penata Tingkat I", "III/d"),
    ("Pembina", "IV/a"),
    ("Pembina Tingkat I", "IV/b"),
    ("Pembina Utama Muda", "IV/c"),
]


@dataclass
class Person:
    name: str
    nip: str
    pangkat: str
    golongan: str
    female: bool


def make_nip(rng: random.Random, female: bool) -> str:
    """NIP: birth date (8), appointment year and month (6), sex (1), serial (3)."""
    born = dt.date(rng.randint(1965, 1996), rng.randint(1, 12), rng.randint(1, 28))
    appointed = max(born.year + 22, 1989) + rng.randint(0, 8)
    return (
        f"{born:%Y%m%d} {min(appointed, 2022)}{rng.randint(1, 12):02d} "
        f"{2 if female else 1} {rng.randint(1, 19):03d}"
    )


def person(
    rng: random.Random, senior: bool = False, degree: str | None = None, plain: bool = False
) -> Person:
    female = rng.random() < 0.45
    first = rng.choice(FEMALE if female else MALE)
    name = f"{first} {rng.choice(SURNAMES)}"
    if degree == "dr":
        name = f"dr. {name}"
    elif degree:
        name = f"{name}, {degree}"
    elif not plain and rng.random() < 0.8:
        name = f"{name}, {rng.choice(DEGREES_AFTER)}"
    pangkat, golongan = rng.choice(GOLONGAN[5:] if senior else GOLONGAN[:7])
    return Person(name, make_nip(rng, female), pangkat, golongan, female)


def nip_line(p: Person, style: int = 0) -> str:
    return [f"NIP. {p.nip}", f"NIP {p.nip.replace(' ', '')}", f"NIP: {p.nip}"][style % 3]


def random_date(rng: random.Random, year: int, month_from: int = 1, month_to: int = 12) -> dt.date:
    """A working day: offices sign and meet Monday to Friday."""
    day = dt.date(year, rng.randint(month_from, month_to), rng.randint(1, 25))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def indo_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def day_date(d: dt.date, style: int = 0) -> str:
    """The forms invitations use: 'Senin, 6 Maret 2023', 'Kamis (26/01/2023)', 'Senin / 06-03-2023'."""
    day = DAYS[d.weekday()]
    return [
        f"{day}, {indo_date(d)}",
        f"{day} ({d:%d/%m/%Y})",
        f"{day} / {d:%d-%m-%Y}",
        f"{day}, tanggal {d.day} {MONTHS[d.month - 1]} {d.year}",
    ][style % 4]


def rupiah(amount: int, style: int = 0) -> str:
    digits = f"{amount:,}".replace(",", ".")
    return [f"Rp {digits},00", f"Rp{digits}", f"{digits},00", f"Rp. {digits}"][style % 4]


def round_amount(rng: random.Random, low: int, high: int, step: int = 50_000) -> int:
    return rng.randint(low // step, high // step) * step


def sdm_level(team_size: int) -> int:
    return 1 if team_size <= 10 else 2 if team_size <= 30 else 3


def jejaring_level(units: int) -> int | None:
    if units < 2:
        return None
    return 1 if units == 2 else 2 if units <= 4 else 3


def aktor_level(kinds: int) -> int | None:
    if kinds < 3:
        return None
    return 1 if kinds == 3 else 2 if kinds == 4 else 3


def count_level(n: int) -> int:
    """Budget years, RKPD years, trainings, replications: 1, 2, 3 or more."""
    return max(1, min(n, 3))


@dataclass
class Draft:
    """One document being written: its pages and the labels its text supports."""

    file_slug: str
    document_type: str
    pages: list[str] = field(default_factory=list)
    labels: dict = field(default_factory=dict)
    indicators: dict = field(default_factory=dict)
    negated: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sector_shown: bool = False  # the text names the sector outright (not only through the unit's name)

    def __post_init__(self) -> None:
        for key in ("bentuk", "urusan", "jenis", "tahapan", "inisiator", "nama_inovasi", "opd", "pemda"):
            self.labels.setdefault(key, None)
        self.labels.setdefault("urusan_also", [])

    def page(self, *blocks: str) -> None:
        self.pages.append("\n".join(b for b in blocks if b is not None).strip("\n") + "\n")

    def set(self, **fields: object) -> None:
        for key, value in fields.items():
            self.labels[key] = value

    def evidence(self, code: str, level: int | None) -> None:
        self.indicators[code] = level

    def negate(self, code: str) -> None:
        if code not in self.negated:
            self.negated.append(code)

    def tag(self, name: str) -> None:
        if name not in self.tags:
            self.tags.append(name)

    @property
    def text(self) -> str:
        return "\f".join(self.pages)


def table(rows: list[list[str]]) -> str:
    """Tables the way intake flattens them: one row a line, cells joined by ' | '."""
    return "\n".join(" | ".join(cell for cell in row) for row in rows)


_OCR_SWAPS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("I", "l"), ("e", "c"), ("S", "5")]
_OCR_JUNK = ["[cap]", "[paraf]", "~", "»", "'", "|", ";", "..", "[tanda tangan]", "_", "·"]


def ocr_noise(text: str, rng: random.Random, rate: float = 0.05, protect: tuple[str, ...] = ()) -> str:
    """Scanned-decree look: character confusions, broken words, stamp residue and stray symbols.

    Words carrying the innovation's name or a number pattern keep most of their shape because
    the noise touches only a few per cent of tokens.
    """
    out_lines = []
    for line in text.split("\n"):
        tokens = line.split(" ")
        for i, tok in enumerate(tokens):
            if len(tok) < 3 or rng.random() > rate * 3 or any(p in tok for p in protect):
                continue
            roll = rng.random()
            if roll < 0.55:
                src, dst = rng.choice(_OCR_SWAPS)
                if src in tok:
                    tokens[i] = tok.replace(src, dst, 1)
            elif roll < 0.8 and len(tok) > 5:
                cut = rng.randint(2, len(tok) - 2)
                tokens[i] = f"{tok[:cut]} {tok[cut:]}"
            else:
                tokens[i] = f"{tok}{rng.choice(_OCR_JUNK)}"
        line = " ".join(tokens)
        if rng.random() < 0.04:
            line = f"{line} {rng.choice(_OCR_JUNK)}"
        out_lines.append(line)
    noisy = "\n".join(out_lines)
    return re.sub(r"(?m)^(Ditetapkan di)", r"[cap] \1", noisy, count=1)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
