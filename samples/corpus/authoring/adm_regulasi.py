"""Decrees and regulations: SK of a unit head, SK of the regional head, Perkada with articles, Perda,
and the decree that lists a region's innovations."""

from __future__ import annotations

import random

from samples.corpus.authoring.adm_bank import Innovation
from samples.corpus.authoring.adm_common import Draft, indo_date, person, random_date, table
from samples.corpus.authoring.adm_text import (
    BENTUK_TEXT,
    abbrev,
    core,
    describe,
    initiator,
    mengingat,
    numbered,
    record_team,
    signature,
    stage,
    team,
    urusan_words,
    wants_initiator,
)

_ROMAN = ["I", "III", "VI", "IX"]
_STREETS = ["Jenderal Sudirman", "Ahmad Yani", "Poros", "Pahlawan", "Diponegoro"]
_TITLE_BY_STAGE = {
    "penerapan": [
        "PENETAPAN {full} SEBAGAI INOVASI DAERAH",
        "PENERAPAN INOVASI {full}",
        "PEMBENTUKAN TIM PELAKSANA INOVASI {full}",
    ],
    "uji_coba": [
        "PENETAPAN LOKASI UJI COBA INOVASI {full}",
        "PEMBENTUKAN TIM UJI COBA INOVASI {full}",
        "PEMBENTUKAN TIM PELAKSANA INOVASI {full}",
    ],
    "inisiatif": ["PEMBENTUKAN TIM PERANCANG INOVASI {full}", "PEMBENTUKAN TIM PELAKSANA INOVASI {full}"],
}


def _title(rng: random.Random, d: Draft, inv: Innovation) -> str:
    pattern = rng.choice(_TITLE_BY_STAGE[inv.tahapan])
    if "UJI COBA" in pattern or "PERANCANG" in pattern or "PENERAPAN" in pattern:
        d.set(tahapan=inv.tahapan)  # the title itself names the stage
    return pattern.format(full=inv.full.upper())


def _number_unit(rng: random.Random, inv: Innovation, year: int) -> str:
    code = rng.choice(["800", "440", "188.4", "100.3.3.2", "050", "400.7"])
    return rng.choice(
        [
            f"Nomor {code}/{rng.randint(12, 980)}/{abbrev(inv.opd)}/{year}",
            f"NOMOR : {code}/ {rng.randint(12, 980)} /{abbrev(inv.opd)}/{rng.choice(_ROMAN)}/{year}",
            f"NOMOR {code}/KPTS/{rng.randint(1, 140)}/{year}",
        ]
    )


def _number_head(rng: random.Random, year: int) -> str:
    return rng.choice(
        [
            f"NOMOR 188.45/ {rng.randint(100, 700)} /HK/{year}",
            f"NOMOR {rng.randint(50, 900)} TAHUN {year}",
            f"NOMOR : 100.3.3.2/Kep.{rng.randint(100, 999)}/{year}",
        ]
    )


def _tasks(rng: random.Random, inv: Innovation, d: Draft, negation: bool) -> list[str]:
    tasks = [
        f"menyusun rencana kerja dan jadwal pelaksanaan inovasi {inv.name}",
        f"melaksanakan {inv.what}",
        "melakukan koordinasi dengan perangkat daerah dan pemangku kepentingan terkait",
        "melaksanakan sosialisasi inovasi kepada masyarakat",
        "melakukan pemantauan dan evaluasi pelaksanaan inovasi secara berkala",
        f"melaporkan hasil pelaksanaan tugas kepada {inv.pemda.head} melalui {inv.head}",
    ]
    rng.shuffle(tasks[2:5])
    chosen = tasks[: rng.randint(3, 6)]
    if negation:
        if rng.random() < 0.5:
            chosen.insert(
                1, "menyusun standar operasional prosedur layanan karena sampai saat ini belum tersedia"
            )
            d.negate("kemudahan_proses")
        else:
            chosen.insert(1, "menyusun petunjuk teknis pelaksanaan yang akan ditetapkan kemudian")
            d.negate("pedoman_teknis")
    return chosen


def _menimbang(
    rng: random.Random, d: Draft, inv: Innovation, year: int, issuer: str, doc_title: str
) -> list[str]:
    items = [
        f"bahwa dalam rangka {inv.goal} di {inv.pemda.name}, perlu dilakukan pembaharuan dalam "
        f"penyelenggaraan urusan pemerintahan bidang {urusan_words(inv.urusan)}"
    ]
    if rng.random() < 0.7:
        items.append("bahwa " + describe(d, inv, rng).rstrip("."))
    if rng.random() < 0.5:
        items.append("bahwa " + stage(d, inv, rng, year).rstrip("."))
    items.append(
        f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a sampai dengan huruf "
        f"{chr(96 + len(items))}, perlu menetapkan {issuer} tentang {doc_title.title()}"
    )
    return items


def keputusan_team(
    rng: random.Random,
    inv: Innovation,
    *,
    by_head: bool,
    negation: bool = False,
    size: int | None = None,
    short_annex: bool = False,
) -> Draft:
    """SK establishing an innovation and its team (Diktum KESATU…), team annex on the last page."""
    d = Draft(f"sk-{'kada' if by_head else 'kadis'}-{inv.slug}", "regulasi")
    core(d, inv)
    d.sector_shown = True  # the first Menimbang names the sector
    year = rng.randint(2021, 2025)
    pem = inv.pemda
    if by_head:
        issuer_title = f"{pem.head} {pem.place}"
        number = _number_head(rng, year)
        d.evidence("regulasi", 2)
    else:
        issuer_title = f"{inv.head} {pem.name}"
        number = _number_unit(rng, inv, year)
        d.evidence("regulasi", 1)
    doc_title = _title(rng, d, inv)
    issuer = f"Keputusan {issuer_title}"
    head_block = []
    if not by_head and rng.random() < 0.6:
        head_block += [
            f"PEMERINTAH {pem.upper}",
            inv.opd.upper(),
            f"Jalan {rng.choice(_STREETS)} No. {rng.randint(1, 120)} {pem.seat}",
            "",
        ]
    head_block += [f"KEPUTUSAN {issuer_title.upper()}", number, "TENTANG", doc_title, ""]
    if by_head:
        head_block.append("DENGAN RAHMAT TUHAN YANG MAHA ESA")
    head_block.append(f"{issuer_title.upper()},")
    menimbang = _menimbang(rng, d, inv, year, issuer, doc_title)
    laws = mengingat(inv, rng, year)
    size = size or rng.choice([5, 7, 9, 12, 15, 18, 24, 28, 33, 38, 45])
    multi = rng.random() < 0.5
    actors = rng.choice([0, 0, 0, 2, 3, 4]) if size >= 10 else 0
    t = team(rng, inv, size, multi_unit=multi, actors=actors)
    record_team(d, t, pelaksana_level=3 if by_head else 2)
    kind = "Tim Pelaksana" if "PERANCANG" not in doc_title else "Tim Perancang"
    diktum = [
        f"Membentuk {kind} Inovasi {inv.full} {pem.name} dengan susunan keanggotaan sebagaimana tercantum "
        f"dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.",
        f"{kind} sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:\n"
        + numbered(_tasks(rng, inv, d, negation), "a."),
    ]
    if rng.random() < 0.5:
        diktum.append(
            "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran "
            "Pendapatan "
            f"dan Belanja Daerah {pem.name} Tahun Anggaran {year}."
        )
    if wants_initiator(rng, inv, 0.5):
        diktum.insert(1, initiator(d, inv, rng) + " Keputusan ini menjadi dasar keberlanjutannya.")
    diktum.append("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    ordinals = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM"]
    date = random_date(rng, year)
    signer = person(
        rng, senior=True, degree="dr" if inv.urusan == "kesehatan" and rng.random() < 0.4 else None
    )
    sign_title = issuer_title if by_head else f"{inv.head}"
    body = [
        "Menimbang :\n" + numbered(menimbang, "a."),
        "Mengingat :\n" + numbered(laws, "1."),
        "",
        "MEMUTUSKAN:",
        f"Menetapkan : KEPUTUSAN {issuer_title.upper()} TENTANG {doc_title}.",
        *[f"{ordinals[i]} : {text}" for i, text in enumerate(diktum)],
        "",
        signature(rng, sign_title, signer, place=pem.seat, date=indo_date(date), cap=rng.random() < 0.3),
    ]
    if rng.random() < 0.4:
        body.append(
            "\nTembusan:\n"
            + numbered(
                [
                    f"{pem.head} {pem.place} (sebagai laporan)",
                    "Inspektur Daerah",
                    "Yang bersangkutan untuk diketahui",
                ],
                "1.",
            )
        )
    d.page(*head_block, "", *body[:2])
    d.page(*body[2:])
    annex = [
        f"LAMPIRAN KEPUTUSAN {issuer_title.upper()}",
        f"{number.replace('NOMOR', 'NOMOR').replace('Nomor', 'NOMOR')}",
        f"TANGGAL {indo_date(date).upper()}",
        "",
        f"SUSUNAN KEANGGOTAAN {kind.upper()} INOVASI {inv.name.upper()}",
        "",
        t.render(),
        "",
        f"{sign_title.upper()},",
        "",
        signer.name,
    ]
    d.page(*annex)
    return d


def keputusan_unit_short(rng: random.Random, inv: Innovation) -> Draft:
    """A one-page SK of a unit head (puskesmas, school, camat) naming the innovation, no team annex."""
    d = Draft(f"sk-singkat-{inv.slug}", "regulasi")
    core(d, inv)
    year = rng.randint(2022, 2025)
    signer = person(rng, senior=True)
    d.evidence("regulasi", 1)
    text = [
        f"KEPUTUSAN {inv.head.upper()}",
        _number_unit(rng, inv, year),
        "TENTANG",
        f"PENETAPAN INOVASI {inv.name.upper()}",
        "",
        f"Menimbang : bahwa untuk {inv.goal} perlu menetapkan inovasi {inv.name};",
        "Mengingat : Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
        "MEMUTUSKAN",
        f"Menetapkan : {inv.name} sebagai inovasi {inv.opd} {inv.pemda.name}.",
        "",
        signature(rng, f"{inv.head}", signer, place=inv.pemda.seat, date=indo_date(random_date(rng, year))),
    ]
    d.page(*text)
    return d


def perkada(rng: random.Random, inv: Innovation, negation: bool = False) -> Draft:
    """Peraturan Bupati/Wali Kota/Gubernur organised in chapters and articles."""
    pem = inv.pemda
    d = Draft(f"perkada-{inv.slug}", "regulasi")
    core(d, inv)
    d.sector_shown = True
    d.evidence("regulasi", 2)
    year = rng.randint(2021, 2025)
    number = rng.randint(3, 88)
    topic = rng.choice(
        [
            f"PENYELENGGARAAN INOVASI {inv.full.upper()}",
            f"{inv.full.upper()}",
            f"PEDOMAN PELAKSANAAN {inv.full.upper()}",
        ]
    )
    head = f"{pem.head.upper()} {pem.place.upper()}"
    menimbang = [
        f"bahwa untuk {inv.goal}, Pemerintah Daerah perlu menyelenggarakan inovasi di bidang "
        f"{urusan_words(inv.urusan)}",
        f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan "
        f"{pem.head} tentang {topic.title()}",
    ]
    defs = [
        f"Daerah adalah {pem.name}.",
        f"Pemerintah Daerah adalah {pem.head} sebagai unsur penyelenggara Pemerintahan Daerah.",
        f"{pem.head} adalah {pem.head} {pem.place}.",
        f"Perangkat Daerah adalah {inv.opd} {pem.name}.",
        f"{inv.name} adalah {inv.what}.",
    ]
    d.set(bentuk=inv.bentuk, jenis=inv.jenis)
    if inv.also:
        defs.append(
            f"Urusan terkait adalah urusan {urusan_words(inv.urusan)} dan urusan "
            f"{' serta '.join(urusan_words(a) for a in inv.also)} yang dilaksanakan secara terpadu."
        )
        d.set(urusan_also=list(inv.also))
        d.tag("two_sector")
    articles = [
        (
            "BAB I\nKETENTUAN UMUM",
            "Dalam Peraturan ini yang dimaksud dengan:\n" + numbered(defs, "1.").replace(";", ""),
        ),
        (
            "BAB II\nMAKSUD DAN TUJUAN",
            f"(1) Peraturan ini dimaksudkan sebagai landasan hukum penyelenggaraan {inv.name}.\n"
            f"(2) Penyelenggaraan {inv.name} bertujuan {inv.goal}.",
        ),
        (
            "BAB III\nPENYELENGGARAAN",
            f"(1) {inv.name} diselenggarakan oleh Perangkat Daerah sebagai {BENTUK_TEXT[inv.bentuk]}.\n"
            f"(2) {stage(d, inv, rng, year)}"
            + (f"\n(3) {initiator(d, inv, rng)}" if wants_initiator(rng, inv, 0.4) else ""),
        ),
        (
            "BAB IV\nPEMBINAAN DAN PENGAWASAN",
            f"(1) {pem.head} melakukan pembinaan dan pengawasan atas penyelenggaraan {inv.name}.\n"
            f"(2) Pembinaan dan pengawasan sebagaimana dimaksud pada ayat (1) dilaksanakan oleh Kepala "
            f"Perangkat Daerah.",
        ),
    ]
    if negation:
        articles.append(
            (
                "BAB V\nKETENTUAN PERALIHAN",
                f"Standar operasional prosedur {inv.name} belum ditetapkan dan akan diatur dengan Keputusan "
                f"Kepala Perangkat Daerah paling lambat 6 (enam) bulan sejak Peraturan ini diundangkan.",
            )
        )
        d.negate("kemudahan_proses")
    articles.append(
        (
            "BAB PENUTUP" if rng.random() < 0.5 else "BAB VI\nKETENTUAN PENUTUP",
            f"Peraturan {pem.head} ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang "
            f"mengetahuinya, memerintahkan pengundangan Peraturan {pem.head} ini dengan "
            f"penempatannya dalam Berita Daerah {pem.name}.",
        )
    )
    date = random_date(rng, year)
    signer = person(rng, senior=True)
    sekda = person(rng, senior=True)
    pages = [
        [
            f"{head}",
            f"PROVINSI {pem.province.upper()}" if pem.kind != "Provinsi" else "",
            "",
            f"PERATURAN {head}",
            f"NOMOR {number} TAHUN {year}",
            "TENTANG",
            topic,
            "",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "",
            f"{head},",
            "",
            "Menimbang :\n" + numbered(menimbang, "a."),
            "Mengingat :\n" + numbered(mengingat(inv, rng, year), "1."),
            "",
            "MEMUTUSKAN:",
            f"Menetapkan : PERATURAN {pem.head.upper()} TENTANG {topic}.",
        ]
    ]
    current: list[str] = []
    for i, (chapter, text) in enumerate(articles):
        current += ["", chapter, f"Pasal {i + 1}", text]
        if len(current) > 12:
            pages.append(current)
            current = []
    current += [
        "",
        signature(rng, f"{pem.head} {pem.place}", signer, place=pem.seat, date=indo_date(date)),
        "",
        f"Diundangkan di {pem.seat}",
        f"pada tanggal {indo_date(date)}",
        f"SEKRETARIS DAERAH {pem.upper},",
        "",
        sekda.name.upper(),
        "",
        f"BERITA DAERAH {pem.upper} TAHUN {year} NOMOR {number}",
    ]
    pages.append(current)
    for page in pages:
        d.page(*page)
    return d


def perda(rng: random.Random, inv: Innovation) -> Draft:
    """Peraturan Daerah on a sector, one article of which establishes the innovation (no unit named)."""
    pem = inv.pemda
    d = Draft(f"perda-{inv.slug}", "regulasi")
    core(d, inv, opd=False)
    d.sector_shown = True
    d.evidence("regulasi", 3)
    year = rng.randint(2020, 2024)
    number = rng.randint(1, 15)
    topic = rng.choice(
        [
            f"PENYELENGGARAAN {urusan_words(inv.urusan).upper()}",
            f"INOVASI DAERAH BIDANG {urusan_words(inv.urusan).upper()}",
            f"PERCEPATAN PELAYANAN {urusan_words(inv.urusan).upper()}",
        ]
    )
    head = f"{pem.head.upper()} {pem.place.upper()}"
    intro = [
        f"PERATURAN DAERAH {pem.upper}",
        f"NOMOR {number} TAHUN {year}",
        "TENTANG",
        topic,
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        f"{head},",
        "",
        "Menimbang :\n"
        + numbered(
            [
                f"bahwa penyelenggaraan urusan {urusan_words(inv.urusan)} merupakan kewenangan Daerah",
                f"bahwa untuk {inv.goal} diperlukan inovasi yang berkelanjutan",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
                "perlu membentuk "
                f"Peraturan Daerah tentang {topic.title()}",
            ],
            "a.",
        ),
        "Mengingat :\n" + numbered(mengingat(inv, rng, year), "1."),
        "",
        "Dengan Persetujuan Bersama",
        f"DEWAN PERWAKILAN RAKYAT DAERAH {pem.upper}",
        "dan",
        head,
        "",
        "MEMUTUSKAN:",
        f"Menetapkan : PERATURAN DAERAH TENTANG {topic}.",
    ]
    first_articles = [
        "BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n"
        + numbered(
            [
                f"Daerah adalah {pem.name}.",
                f"{pem.head} adalah {pem.head} {pem.place}.",
                "Perangkat Daerah adalah unsur pembantu kepala daerah dan DPRD dalam penyelenggaraan "
                "urusan pemerintahan yang menjadi kewenangan Daerah.",
            ],
            "1.",
        ).replace(";", ""),
        "Pasal 2\nPeraturan Daerah ini dimaksudkan untuk memberikan kepastian hukum dalam penyelenggaraan "
        f"urusan {urusan_words(inv.urusan)}.",
    ]
    article = (
        f"BAB {rng.choice(['IV', 'V', 'VI'])}\nINOVASI LAYANAN\nPasal {rng.randint(9, 21)}\n"
        f"(1) Pemerintah Daerah menyelenggarakan inovasi {inv.full}.\n"
        f"(2) {describe(d, inv, rng)}\n"
        "(3) Penyelenggaraan inovasi sebagaimana dimaksud pada ayat (1) dilaksanakan oleh "
        "Perangkat Daerah yang "
        f"membidangi urusan {urusan_words(inv.urusan)}."
    )
    explained = [
        f"Urusan {urusan_words(inv.urusan)} merupakan urusan yang menyentuh kebutuhan dasar masyarakat. "
        f"Pemerintah Daerah berkewajiban {inv.goal}."
    ]
    if inv.inisiator == "anggota_dprd" or rng.random() < 0.25:
        explained.append(initiator(d, inv, rng))
        if inv.inisiator in ("opd", "asn"):
            d.set(opd=inv.opd)  # the explanation names the unit
    closing = [
        f"Pasal {rng.randint(30, 48)}\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
        signature(
            rng,
            f"{pem.head} {pem.place}",
            person(rng, senior=True),
            place=pem.seat,
            date=indo_date(random_date(rng, year)),
        ),
        f"\nLEMBARAN DAERAH {pem.upper} TAHUN {year} NOMOR {number}",
        f"NOREG PERATURAN DAERAH {pem.upper}, PROVINSI {pem.province.upper()}: "
        f"({rng.randint(1, 120)}/{year})",
    ]
    d.page(*intro)
    d.page(*first_articles, "", article)
    d.page(
        "PENJELASAN\nATAS\n" + f"PERATURAN DAERAH {pem.upper}\nNOMOR {number} TAHUN {year}",
        "I. UMUM",
        " ".join(explained),
        "II. PASAL DEMI PASAL",
        "Pasal 1 Cukup jelas.",
        "Pasal 2 Cukup jelas.",
        "",
        *closing,
    )
    return d


def keputusan_list(rng: random.Random, inv: Innovation, others: list[Innovation]) -> Draft:
    """SK of the regional head establishing the year's innovations: several names, the first is `inv`."""
    pem = inv.pemda
    d = Draft(f"sk-daftar-inovasi-{pem.place.lower().replace(' ', '-')}", "regulasi")
    d.set(nama_inovasi=inv.name, pemda=pem.name, opd=inv.opd, urusan=inv.urusan)
    d.tag("two_innovations")
    d.evidence("regulasi", 2)
    year = rng.randint(2022, 2025)
    columns = rng.choice(
        [
            ["No", "Nama Inovasi", "Perangkat Daerah", "Bentuk Inovasi", "Jenis"],
            ["No", "Nama Inovasi Daerah", "Perangkat Daerah Pengampu", "Tahapan"],
            ["No", "Inovasi", "Perangkat Daerah", "Urusan"],
        ]
    )
    rows = [columns]
    for i, item in enumerate([inv, *others]):
        row = [str(i + 1), item.full if i == 0 or rng.random() < 0.5 else item.name, item.opd]
        if "Bentuk Inovasi" in columns:
            row += [BENTUK_TEXT[item.bentuk].capitalize(), "Digital" if item.digital else "Non Digital"]
        elif "Tahapan" in columns:
            row.append(
                {"penerapan": "Penerapan", "uji_coba": "Uji Coba", "inisiatif": "Inisiatif"}[item.tahapan]
            )
        else:
            row.append(urusan_words(item.urusan).capitalize())
            d.sector_shown = True
        rows.append(row)
    if "Bentuk Inovasi" in columns:
        d.set(bentuk=inv.bentuk, jenis=inv.jenis)
    if "Tahapan" in columns:
        d.set(tahapan=inv.tahapan)
    number = _number_head(rng, year)
    signer = person(rng, senior=True)
    date = random_date(rng, year, 2, 11)
    d.page(
        f"KEPUTUSAN {pem.head.upper()} {pem.place.upper()}",
        number,
        "TENTANG",
        f"PENETAPAN INOVASI DAERAH {pem.upper} TAHUN {year}",
        "",
        f"{pem.head.upper()} {pem.place.upper()},",
        "Menimbang :\n"
        + numbered(
            [
                "bahwa dalam rangka meningkatkan kinerja penyelenggaraan pemerintahan daerah, perlu "
                "dilakukan inovasi oleh perangkat daerah",
                f"bahwa inovasi daerah yang telah dilaksanakan perangkat daerah perlu ditetapkan dengan "
                f"Keputusan {pem.head}",
            ],
            "a.",
        ),
        "Mengingat :\n" + numbered(mengingat(inv, rng, year), "1."),
        "MEMUTUSKAN:",
        f"Menetapkan : KEPUTUSAN {pem.head.upper()} TENTANG PENETAPAN INOVASI DAERAH TAHUN {year}.",
        "KESATU : Menetapkan Inovasi Daerah sebagaimana tercantum dalam Lampiran Keputusan ini.",
        "KEDUA : Perangkat Daerah pengampu bertanggung jawab atas pelaksanaan, pelaporan, dan keberlanjutan "
        "inovasi masing-masing.",
        "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "",
        signature(rng, f"{pem.head} {pem.place}", signer, place=pem.seat, date=indo_date(date)),
    )
    d.page(
        f"LAMPIRAN KEPUTUSAN {pem.head.upper()} {pem.place.upper()}",
        number,
        f"TANGGAL {indo_date(date).upper()}",
        "",
        "DAFTAR INOVASI DAERAH",
        table(rows),
        "",
        f"{pem.head.upper()} {pem.place.upper()},",
        "",
        signer.name.upper(),
    )
    return d
