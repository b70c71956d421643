"""Cooperation documents: replication PKS and MoU, replication statements, multi-party MoU, inter-unit PKS."""

from __future__ import annotations

import random

from samples.corpus.authoring.adm_bank import Innovation
from samples.corpus.authoring.adm_common import (
    DAYS,
    MONTHS,
    Draft,
    aktor_level,
    count_level,
    indo_date,
    jejaring_level,
    person,
    random_date,
)
from samples.corpus.authoring.adm_places import BUSINESSES, COMMUNITY, PARTNER_UNITS, PEMDA, UNIVERSITIES
from samples.corpus.authoring.adm_text import (
    abbrev,
    core,
    describe,
    english_bits,
    initiator,
    stage,
    wants_initiator,
)

_UNITS = [
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]


def terbilang(n: int) -> str:
    """Indonesian number words, as written in the opening sentence of agreements."""
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        return f"{_UNITS[n // 10]} puluh {_UNITS[n % 10]}".strip()
    if n < 200:
        return f"seratus {terbilang(n - 100)}".strip()
    if n < 1000:
        return f"{_UNITS[n // 100]} ratus {terbilang(n % 100)}".strip()
    if n < 2000:
        return f"seribu {terbilang(n - 1000)}".strip()
    return f"{_UNITS[n // 1000]} ribu {terbilang(n % 1000)}".strip()


def _opening(rng: random.Random, year: int, place: str):
    date = random_date(rng, year)
    return date, (
        f"Pada hari ini {DAYS[date.weekday()]} tanggal {terbilang(date.day)} bulan {MONTHS[date.month - 1]} "
        f"tahun {terbilang(date.year)} ({date:%d-%m-%Y}), bertempat di {place}, yang bertanda "
        "tangan di bawah ini:"
    )


def counterpart(inv: Innovation) -> str:
    """The unit of another region that would sign for the same kind of service."""
    for prefix, unit in (
        ("Puskesmas", "Dinas Kesehatan"),
        ("RSUD", "Dinas Kesehatan"),
        ("SMP", "Dinas Pendidikan"),
        ("SD", "Dinas Pendidikan"),
        ("SMA", "Dinas Pendidikan"),
        ("SMK", "Dinas Pendidikan"),
        ("Kecamatan", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Pemerintah Desa", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Bagian", "Sekretariat Daerah"),
    ):
        if inv.opd.startswith(prefix):
            return unit
    return inv.opd


def _replicators(rng: random.Random, inv: Innovation, k: int) -> list:
    pool = [p for p in PEMDA.values() if p != inv.pemda and p.kind != "Provinsi"]
    return rng.sample(pool, k)


def pks_replikasi(rng: random.Random, inv: Innovation, *, unit_level: bool, english: bool = False) -> Draft:
    """PKS between the innovation's region (PIHAK PERTAMA) and one replicating region (PIHAK KEDUA)."""
    d = Draft(f"pks-replikasi-{inv.slug}", "kerja_sama")
    core(d, inv)
    d.evidence("replikasi", 1)
    year = rng.randint(2022, 2025)
    other = _replicators(rng, inv, 1)[0]
    first = person(rng, senior=True)
    second = person(rng, senior=True)
    if unit_level:
        side1 = f"{inv.opd} {inv.pemda.name}"
        side2 = f"{counterpart(inv)} {other.name}"
        role1, role2 = f"Kepala {side1}", f"Kepala {side2}"
    else:
        side1, side2 = f"Pemerintah {inv.pemda.name}", f"Pemerintah {other.name}"
        role1, role2 = f"{inv.pemda.head} {inv.pemda.place}", f"{other.head} {other.place}"
    _, opening = _opening(rng, year, rng.choice([inv.pemda.seat, other.seat]))
    scope = [
        f"pertukaran pengetahuan dan pengalaman penyelenggaraan inovasi {inv.name}",
        "pendampingan teknis dan pelatihan bagi petugas PIHAK KEDUA",
    ]
    if inv.digital:
        scope.append(f"pemanfaatan kode sumber dan aplikasi {inv.name} oleh PIHAK KEDUA tanpa biaya lisensi")
    else:
        scope.append("penyediaan bahan ajar, format pencatatan dan modul pelaksanaan")
    articles = [
        (
            "MAKSUD DAN TUJUAN",
            f"Perjanjian ini dimaksudkan sebagai pedoman PARA PIHAK dalam replikasi inovasi {inv.full} dari "
            f"{inv.pemda.name} untuk diterapkan di {other.name}, dengan tujuan {inv.goal}.",
        ),
        (
            "RUANG LINGKUP",
            "Ruang lingkup Perjanjian ini meliputi:\n"
            + "\n".join(f"{chr(97 + i)}. {s};" for i, s in enumerate(scope)),
        ),
        (
            "HAK DAN KEWAJIBAN",
            "PIHAK PERTAMA berkewajiban memberikan pendampingan; PIHAK KEDUA berkewajiban "
            "menyediakan sumber daya "
            "pelaksanaan di daerahnya dan melaporkan perkembangan replikasi.",
        ),
        ("PEMBIAYAAN", "Biaya yang timbul dibebankan pada anggaran masing-masing PARA PIHAK."),
        (
            "JANGKA WAKTU",
            f"Perjanjian ini berlaku selama {rng.choice([1, 2, 3])} tahun sejak ditandatangani "
            f"dan dapat diperpanjang atas kesepakatan PARA PIHAK.",
        ),
        (
            "PENUTUP",
            "Perjanjian ini dibuat dalam rangkap 2 (dua) bermeterai cukup dan mempunyai kekuatan hukum "
            "yang sama.",
        ),
    ]
    considerations = [
        f"bahwa PIHAK PERTAMA telah menyelenggarakan inovasi {inv.name}",
        f"bahwa PIHAK KEDUA bermaksud mereplikasi inovasi tersebut di {other.name}",
    ]
    if rng.random() < 0.5:
        considerations.insert(1, "bahwa " + describe(d, inv, rng).rstrip("."))
    if rng.random() < 0.3:
        considerations.insert(1, "bahwa " + stage(d, inv, rng, year).rstrip("."))
    if wants_initiator(rng, inv, 0.3):
        considerations.insert(1, "bahwa " + initiator(d, inv, rng).rstrip("."))
    title = rng.choice(["PERJANJIAN KERJA SAMA", "KESEPAKATAN BERSAMA", "NOTA KESEPAKATAN"])
    p1 = [
        title,
        "ANTARA",
        side1.upper(),
        "DENGAN",
        side2.upper(),
        "TENTANG",
        f"REPLIKASI INOVASI {inv.full.upper()}",
        "",
        f"NOMOR : {rng.randint(100, 199)}/{rng.randint(1, 99)}/{abbrev(inv.opd)}/{year}",
        f"NOMOR : {rng.randint(100, 199)}/{rng.randint(1, 99)}/PKS/{year}",
        "",
        opening,
        f"1. {first.name} : {role1}, dalam hal ini bertindak untuk dan atas nama {side1}, selanjutnya "
        f"disebut PIHAK PERTAMA.",
        f"2. {second.name} : {role2}, dalam hal ini bertindak untuk dan atas nama {side2}, selanjutnya "
        f"disebut PIHAK KEDUA.",
        "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan:",
        "\n".join(f"{chr(97 + i)}. {c};" for i, c in enumerate(considerations)),
    ]
    if english:
        p1 += english_bits(rng)
        d.tag("english_mixed")
    d.page(*p1)
    body = []
    for i, (head, text) in enumerate(articles):
        body += [f"Pasal {i + 1}", head, text, ""]
    body += ["PIHAK KEDUA,", "", second.name, "", "PIHAK PERTAMA,", "[meterai 10000]", "", first.name]
    d.page(*body)
    return d


def replikasi_multi(rng: random.Random, inv: Innovation, count: int) -> Draft:
    """One region's record of the regions that replicated its innovation, each with its agreement."""
    d = Draft(f"daftar-replikasi-{inv.slug}", "kerja_sama")
    core(d, inv)
    d.evidence("replikasi", count_level(count))
    year = rng.randint(2023, 2025)
    lines = ["No | Daerah Replikator | Dokumen | Nomor | Tanggal"]
    kinds = ["Perjanjian Kerja Sama", "Nota Kesepakatan", "Surat Pernyataan Replikasi"]
    signed = sorted(random_date(rng, y, 1, 6) for y in (year - rng.randint(0, 2) for _ in range(count)))
    for i, (other, when) in enumerate(zip(_replicators(rng, inv, count), signed, strict=True)):
        number = f"{rng.randint(100, 199)}/{rng.randint(1, 99)}/{when.year}"
        lines.append(f"{i + 1} | {other.name} | {rng.choice(kinds)} | {number} | {indo_date(when)}")
    signer = person(rng, senior=True)
    d.page(
        f"REKAPITULASI KERJA SAMA REPLIKASI INOVASI {inv.name.upper()}",
        f"{inv.opd} {inv.pemda.name}",
        "",
        f"Inovasi {inv.full} telah direplikasi oleh {count} daerah sebagai berikut, masing-masing dengan "
        f"dokumen kerja sama (salinan terlampir):",
        "\n".join(lines),
        "",
        f"{inv.pemda.seat}, {indo_date(random_date(rng, year, 7, 12))}",
        f"{inv.head},",
        "",
        signer.name,
    )
    return d


def pernyataan_replikasi(rng: random.Random, inv: Innovation) -> Draft:
    """Short replication statement signed by the replicating unit."""
    d = Draft(f"pernyataan-replikasi-{inv.slug}", "kerja_sama")
    core(d, inv)
    d.evidence("replikasi", 1)
    other = _replicators(rng, inv, 1)[0]
    year = rng.randint(2022, 2025)
    signer = person(rng, senior=True)
    d.page(
        "SURAT PERNYATAAN REPLIKASI INOVASI",
        f"Yang bertanda tangan di bawah ini, {signer.name}, Kepala {counterpart(inv)} "
        f"{other.name}, menyatakan bahwa kami telah mereplikasi inovasi "
        f"{inv.name} dari {inv.opd} {inv.pemda.name} sejak {MONTHS[rng.randint(0, 11)]} {year}.",
        "Demikian pernyataan ini dibuat untuk dipergunakan sebagaimana mestinya.",
        f"{other.seat}, {indo_date(random_date(rng, year))}",
        signer.name,
    )
    return d


def penjajakan_replikasi(rng: random.Random, inv: Innovation) -> Draft:
    """Letter of intent to replicate: the agreement is not made yet, so replikasi is negated."""
    d = Draft(f"penjajakan-replikasi-{inv.slug}", "kerja_sama")
    core(d, inv)
    d.negate("replikasi")
    other = _replicators(rng, inv, 1)[0]
    year = rng.randint(2022, 2025)
    signer = person(rng, senior=True)
    d.page(
        f"PEMERINTAH {other.upper}",
        "",
        f"Nomor : 005/{rng.randint(10, 500)}/{year}",
        "Perihal : Penjajakan Kerja Sama Replikasi Inovasi",
        "",
        f"Yth. {inv.pemda.head} {inv.pemda.place}",
        f"c.q. {inv.head}",
        "",
        f"Dengan hormat, {other.name} berminat mereplikasi inovasi {inv.full}. Kami bermaksud melakukan "
        f"kunjungan untuk mempelajari pelaksanaannya. Perjanjian kerja sama replikasi akan disusun setelah "
        f"kunjungan tersebut dan sampai saat ini belum ditandatangani.",
        "",
        f"{other.head} {other.place},",
        "",
        signer.name.upper(),
    )
    return d


def mou_pentahelix(rng: random.Random, inv: Innovation, *, english: bool = False) -> Draft:
    """MoU between the unit and non-government partners: evidence of actor involvement by kinds."""
    d = Draft(f"mou-mitra-{inv.slug}", "kerja_sama")
    core(d, inv)
    year = rng.randint(2021, 2025)
    partners = [
        ("akademisi", rng.choice(UNIVERSITIES)),
        ("dunia usaha", rng.choice(BUSINESSES)),
        ("masyarakat", f"{rng.choice(COMMUNITY)} {inv.pemda.place}"),
    ]
    chosen = partners[: rng.choice([1, 2, 2, 3])]
    level = aktor_level(1 + len(chosen))
    if level:
        d.evidence("aktor", level)
    parties = [f"{inv.opd} {inv.pemda.name}", *[p for _, p in chosen]]
    names = ["PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA", "PIHAK KEEMPAT"]
    date, opening = _opening(rng, year, inv.pemda.seat)
    people = [person(rng, senior=True) for _ in parties]
    title = "MEMORANDUM OF UNDERSTANDING (NOTA KESEPAHAMAN)" if english else "NOTA KESEPAHAMAN"
    p = [
        title,
        "ANTARA",
        "\n".join(x.upper() for x in parties[:-1]),
        "DAN",
        parties[-1].upper(),
        "TENTANG",
        f"PENGEMBANGAN INOVASI {inv.full.upper()}",
        "",
        opening,
    ]
    for i, (party, who) in enumerate(zip(parties, people, strict=True)):
        kind = "" if i == 0 else f" (unsur {chosen[i - 1][0]})"
        p.append(f"{i + 1}. {who.name}, pimpinan {party}{kind}, selanjutnya disebut {names[i]}.")
    p.append(describe(d, inv, rng))
    if wants_initiator(rng, inv, 0.5):
        p.append(initiator(d, inv, rng))
    p += [
        "Ruang lingkup kerja sama: pendampingan, penelitian terapan, dukungan sarana, serta publikasi hasil "
        f"inovasi {inv.name}.",
        f"Nota Kesepahaman ini berlaku {rng.choice([2, 3, 5])} tahun sejak ditandatangani.",
    ]
    if english:
        p += english_bits(rng)
        p.append("The parties agree to this MoU in good faith; signed in original copies for each party.")
        d.tag("english_mixed")
    sign = [f"{names[i]},\n{who.name}" for i, who in enumerate(people)]
    d.page(*p)
    d.page(*sign, f"Ditandatangani di {inv.pemda.seat}, {indo_date(date)}")
    return d


def pks_antar_opd(rng: random.Random, inv: Innovation) -> Draft:
    """PKS among units of one region to run the innovation together: evidence of its government network."""
    d = Draft(f"pks-antar-perangkat-daerah-{inv.slug}", "kerja_sama")
    core(d, inv)
    year = rng.randint(2021, 2025)
    partners = rng.sample([u for u in PARTNER_UNITS if u != inv.opd and u != "Kecamatan"], rng.randint(1, 4))
    units = [inv.opd, *partners]
    d.evidence("jejaring", jejaring_level(len(units)))
    _, opening = _opening(rng, year, inv.pemda.seat)
    people = [person(rng, senior=True) for _ in units]
    lines = [
        "PERJANJIAN KERJA SAMA",
        "ANTAR PERANGKAT DAERAH",
        f"DI LINGKUNGAN PEMERINTAH {inv.pemda.upper}",
        "TENTANG",
        f"PELAKSANAAN INOVASI {inv.full.upper()}",
        "",
        opening,
    ]
    for i, (unit, who) in enumerate(zip(units, people, strict=True)):
        lines.append(
            f"{i + 1}. {who.name}, Kepala {unit} {inv.pemda.name}, selanjutnya disebut PIHAK "
            f"{['PERTAMA', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'][i]}."
        )
    lines += [
        "",
        "Pasal 1",
        f"PARA PIHAK sepakat melaksanakan inovasi {inv.name} secara terpadu sesuai tugas dan fungsi "
        "masing-masing.",
        "Pasal 2",
        "PIHAK PERTAMA sebagai pengampu inovasi; PIHAK lainnya menyediakan data, petugas dan "
        "layanan pendukung.",
        "Pasal 3",
        "Perjanjian ini berlaku sejak ditandatangani sampai dengan 31 Desember " + str(year + 1) + ".",
    ]
    if rng.random() < 0.5:
        lines.insert(7, describe(d, inv, rng))
    if rng.random() < 0.4:
        lines.insert(7, stage(d, inv, rng, year))
    d.page(*lines)
    d.page(
        *[
            f"PIHAK {['PERTAMA', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'][i]},\n{p.name}"
            for i, p in enumerate(people)
        ]
    )
    return d
