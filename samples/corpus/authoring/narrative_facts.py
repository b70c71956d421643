"""Deterministic facts about each innovation: dates, decree, team, budget years, channels, figures.

A document picks which of these facts it states; the label levels are computed from the same facts with the
rules of CATALOGUE.md section 6, so the gold level always matches what the text says.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .narrative_bank import Innovation
from .narrative_places import BUSINESSES, COMMUNITY, INDEPENDENT_MEDIA, REGIONS, Region, region

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

# Other perangkat daerah that join an innovation's network, by how often they appear in real decrees.
PARTNER_UNITS = [
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Dinas Komunikasi dan Informatika",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Sosial",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Inspektorat Daerah",
    "Bagian Organisasi Setda",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kecamatan",
    "Dinas Penanaman Modal dan PTSP",
    "Bagian Hukum Setda",
    "Dinas Lingkungan Hidup",
]


def month_name(ym: tuple[int, int]) -> str:
    return f"{MONTHS[ym[1] - 1]} {ym[0]}"


def add_months(ym: tuple[int, int], months: int) -> tuple[int, int]:
    index = ym[0] * 12 + ym[1] - 1 + months
    return index // 12, index % 12 + 1


def months_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (b[0] * 12 + b[1]) - (a[0] * 12 + a[1])


# Levels per CATALOGUE.md section 6 -------------------------------------------------------------------------


def level_sdm(people: int) -> int:
    return 1 if people <= 10 else 2 if people <= 30 else 3


def level_count3(count: int) -> int:
    return max(1, min(count, 3))


def level_aktor(kinds: int) -> int:
    return 1 if kinds <= 3 else 2 if kinds == 4 else 3


def level_jejaring(units: int) -> int:
    return 1 if units <= 2 else 2 if units <= 4 else 3


def level_channels(channels: int) -> int:
    return 1 if channels <= 1 else 2 if channels == 2 else 3


def level_days(days: int) -> int:
    return 3 if days <= 1 else 2 if days <= 5 else 1


def level_pengaduan(percent: float) -> int:
    return 1 if percent <= 50 else 2 if percent <= 90 else 3


def level_speed(months: int) -> int:
    return 3 if months <= 4 else 2 if months <= 8 else 1


def level_benefit(people: int) -> int:
    return 1 if people <= 200 else 2 if people <= 500 else 3


def level_video(elements: int) -> int:
    return 1 if elements <= 2 else 2 if elements <= 4 else 3


@dataclass
class Facts:
    """Everything a document may say about one innovation."""

    inv: Innovation
    region: Region
    t0: int  # assessment year
    idea: tuple[int, int]
    trial: tuple[int, int] | None
    applied: tuple[int, int] | None
    reg_kind: str | None  # sk_opd, sk_kd, perkada, perda or None
    reg_year: int
    reg_number: str
    team: int
    budget_years: list[int]
    budget_amounts: list[int]
    tools: int  # 1 manual, 2 electronic devices, 3 online system
    bimtek_years: list[int]
    rkpd_years: list[int]
    actors: list[tuple[str, str]]  # (kind, who)
    pelaksana: int
    network: list[str]
    socials: list[int]
    guide: int
    channels: list[str]
    process_days: int
    process_phrase: str
    complaints: tuple[int, int]
    integration: int
    integration_with: str
    replicas: list[str]
    beneficiaries: int
    monev: int
    ikm: float
    video_id: str
    video_elements: int
    initiator_person: str
    extra: dict = field(default_factory=dict)

    @property
    def creation_months(self) -> int | None:
        end = self.applied or self.trial
        return months_between(self.idea, end) if end else None

    @property
    def head_of_opd(self) -> str:
        opd = self.inv.opd
        if opd.startswith("RSUD"):
            return f"Direktur {opd}"
        if opd.startswith("Inspektorat"):
            return "Inspektur Daerah"
        if opd.startswith("Bagian"):
            return f"Kepala {opd.split(' Sekretariat')[0]}"
        return f"Kepala {opd}"

    @property
    def opd_acronym(self) -> str:
        words = [w for w in self.inv.opd.replace(",", "").split() if w[0].isupper() and w not in {"dan"}]
        return "".join(w[0] for w in words).upper()


def _actors(rng: random.Random, inv: Innovation, reg: Region) -> list[tuple[str, str]]:
    pool = [
        ("pemerintah", inv.opd if rng.random() < 0.5 else "pemerintah desa dan kecamatan"),
        ("akademisi", reg.university),
        ("dunia usaha", rng.choice(BUSINESSES)),
        ("masyarakat", rng.choice(COMMUNITY)),
        ("media", rng.choice(INDEPENDENT_MEDIA)),
    ]
    count = rng.choice([3, 3, 4, 4, 5])
    chosen = [pool[0], *rng.sample(pool[1:], count - 1)]
    return chosen


def derive(inv: Innovation, seed: int) -> Facts:
    rng = random.Random(seed * 1009 + inv.key * 7919)
    reg = region(inv.pemda)
    t0 = rng.choice([2023, 2024, 2024, 2024, 2025])
    if inv.tahapan == "inisiatif":
        idea = (t0, rng.randint(1, 6))
        trial = applied = None
    else:
        idea = (t0 - rng.choice([1, 2, 2, 3]), rng.randint(1, 12))
        trial = add_months(idea, rng.choice([1, 2, 2, 3, 4, 5, 7]))
        applied = add_months(trial, rng.choice([1, 2, 3, 4, 6])) if inv.tahapan == "penerapan" else None
        if applied and applied[0] > t0:
            applied = (t0, min(applied[1], 6))
        if applied and months_between(trial, applied) < 1:
            trial = add_months(applied, -1)
        if months_between(idea, trial) < 1:
            idea = add_months(trial, -2)

    if inv.tahapan == "inisiatif":
        reg_kind = None
    elif inv.tahapan == "uji_coba":
        reg_kind = rng.choice(["sk_opd", "sk_opd", "sk_opd", "sk_kd", None, None])
    else:
        reg_kind = rng.choice(["sk_opd", "sk_opd", "sk_kd", "sk_kd", "perkada", "perkada", "perda", None])
    start = (trial or idea)[0]
    reg_year = min(t0, start + rng.choice([0, 0, 1]))
    reg_number = {
        "sk_opd": f"{rng.choice(['800', '440', '060', '050', '000.8'])}/{rng.randint(12, 980)}/"
        f"{rng.choice(['SK', 'Kep', 'KPTS'])}/{reg_year}",
        "sk_kd": f"{rng.choice(['188.45', '100.3.3.2', '050', '061'])}/{rng.randint(40, 760)}/"
        f"{rng.choice(['HK', 'Hukum', 'KEP'])}/{reg_year}",
        "perkada": f"{rng.randint(3, 78)} Tahun {reg_year}",
        "perda": f"{rng.randint(1, 14)} Tahun {reg_year}",
    }.get(reg_kind or "", "")

    team = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 18, 20, 24, 27, 30, 35, 42, 56, 64])
    if inv.tahapan == "inisiatif":
        budget_years: list[int] = []
    else:
        span = rng.choice([1, 2, 2, 3, 3]) if inv.tahapan == "penerapan" else 1
        # three budget years only count when they are T-2..T-0
        last = t0 if span == 3 or rng.random() < 0.7 else t0 - 1
        budget_years = [y for y in range(last - span + 1, last + 1) if y >= (trial or idea)[0]] or [last]
    budget_amounts = [rng.randint(18, 950) * 500_000 for _ in budget_years]

    tools = rng.choice([3, 3, 3, 2]) if inv.digital else rng.choice([1, 1, 2])
    bimtek_years = sorted(rng.sample(range(t0 - 2, t0 + 1), rng.choice([1, 1, 2, 2, 3])))
    bimtek_years += [bimtek_years[-1]] * rng.choice([0, 0, 0, 1])
    rkpd_years = rng.choice([[t0 - 1], [t0 - 2], [t0 - 2, t0 - 1], [t0 - 2, t0 - 1, t0]])
    network = [inv.opd, *rng.sample([u for u in PARTNER_UNITS if u != inv.opd], rng.choice([1, 2, 3, 4, 5]))]
    socials = sorted(rng.sample([1, 2, 3], rng.choice([1, 1, 2, 3])))
    channels_pool = [
        "loket layanan",
        "layanan WhatsApp",
        "Instagram",
        "Facebook",
        "laman resmi",
        "call center",
    ]
    channels = rng.sample(channels_pool, rng.choice([1, 2, 2, 3, 4]))
    if rng.random() < 0.25:
        minutes = rng.choice([15, 30, 45, 60, 90, 120])
        process_days, process_phrase = 1, f"{minutes} menit" if minutes < 60 else f"{minutes // 60} jam"
    else:
        process_days = rng.choice([1, 1, 1, 2, 3, 3, 5, 7, 10, 14])
        process_phrase = f"{process_days} hari kerja"
    total = rng.randint(6, 140)
    resolved = round(total * rng.choice([0.4, 0.7, 0.85, 0.92, 0.96, 1.0]))
    others = [p for p in REGIONS if p != inv.pemda and not p.startswith("Provinsi")]
    replicas = rng.sample(others, rng.choice([0, 0, 1, 1, 2, 3, 4])) if inv.tahapan == "penerapan" else []
    beneficiaries = rng.choice([rng.randint(35, 200), rng.randint(201, 500), rng.randint(501, 14_000)])
    video_id = "".join(
        rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(11)
    )
    from .narrative_places import person  # local import keeps the module header short

    return Facts(
        inv=inv,
        region=reg,
        t0=t0,
        idea=idea,
        trial=trial,
        applied=applied,
        reg_kind=reg_kind,
        reg_year=reg_year,
        reg_number=reg_number,
        team=team,
        budget_years=budget_years,
        budget_amounts=budget_amounts,
        tools=tools,
        bimtek_years=bimtek_years,
        rkpd_years=rkpd_years,
        actors=_actors(rng, inv, reg),
        pelaksana=rng.choice([1, 2, 2, 3, 3]),
        network=network,
        socials=socials,
        guide=rng.choice([1, 2, 3]) if inv.digital else rng.choice([1, 1, 2]),
        channels=channels,
        process_days=process_days,
        process_phrase=process_phrase,
        complaints=(total, resolved),
        integration=rng.choice([1, 2, 3, 3]) if inv.digital else 3,
        integration_with=rng.choice(
            [
                "SIAK Dukcapil",
                "aplikasi P-Care BPJS Kesehatan",
                "SIPD",
                "portal Satu Data",
                "aplikasi SRIKANDI",
                "OSS RBA",
                "SIMPEG",
                "e-Kinerja",
            ]
        ),
        replicas=replicas,
        beneficiaries=beneficiaries,
        monev=rng.choice([1, 1, 2, 2, 3]),
        ikm=round(rng.uniform(76.5, 93.8), 2),
        video_id=video_id,
        video_elements=rng.choice([2, 3, 4, 5, 5]),
        initiator_person=person(rng),
    )
