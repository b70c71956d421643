"""Proposal layouts: the national six-part rancang bangun, the older Latar Belakang form with BAB numbering,
a competition entry, an idea submission, a profile sheet and a one-paragraph summary.
"""

from __future__ import annotations

from . import narrative_english as en
from .narrative_evidence import Draft
from .narrative_facts import month_name
from .narrative_procedures import steps
from .narrative_text import (
    BENTUK_NAMES,
    INISIATOR_NAMES,
    JENIS_NAMES,
    PAGE,
    TAHAPAN_NAMES,
    URUSAN_NAMES,
    advantages,
    bullet_list,
    heading,
    legal_basis,
    paginate,
    purpose,
    region_profile,
    sentences,
    signature,
    strategic_issue,
    unit_profile,
)

RICH = {
    "regulasi": 0.6,
    "sdm": 0.5,
    "anggaran": 0.5,
    "alat_kerja": 0.3,
    "bimtek": 0.3,
    "rkpd": 0.35,
    "aktor": 0.35,
    "pelaksana": 0.3,
    "jejaring": 0.35,
    "sosialisasi": 0.35,
    "pedoman_teknis": 0.2,
    "informasi_layanan": 0.35,
    "kemudahan_proses": 0.3,
    "pengaduan": 0.2,
    "layanan_terintegrasi": 0.3,
    "replikasi": 0.3,
    "kecepatan_penciptaan": 0.55,
    "kemanfaatan": 0.6,
    "monev": 0.3,
    "video": 0.3,
}


def _cover(d: Draft, kind: str) -> list[str]:
    f, inv, r = d.f, d.inv, d.rng
    lines = [kind.upper(), "", inv.name.upper()]
    if inv.expansion:
        lines.append(f"({inv.expansion.upper() if r.random() < 0.5 else inv.expansion})")
    lines += ["", r.choice(["Disusun oleh:", "Diajukan oleh:", ""]), inv.place.upper()]
    if inv.unit:
        lines.append(inv.opd.upper())
    lines += [f.region.pemda.upper(), str(f.t0)]
    return ["\n".join(line for line in lines if line is not None), PAGE]


def _profile_table(d: Draft) -> str:
    """The profile block of the national application: states bentuk, jenis, tahapan and inisiator."""
    f, inv, r = d.f, d.inv, d.rng
    d.shown.update({"bentuk", "jenis", "tahapan", "inisiator", "urusan", "also"})
    rows = [
        ("Nama Inovasi", inv.name),
        ("Tahapan Inovasi", TAHAPAN_NAMES[inv.tahapan]),
        ("Inisiator Inovasi Daerah", INISIATOR_NAMES[inv.inisiator]),
        (
            "Nama Inisiator",
            {"kepala_daerah": f.region.head, "opd": inv.opd}.get(inv.inisiator, f.initiator_person),
        ),
        ("Jenis Inovasi", r.choice(JENIS_NAMES[inv.jenis])),
        ("Bentuk Inovasi Daerah", r.choice(BENTUK_NAMES[inv.bentuk])),
        ("Urusan Pemerintahan", URUSAN_NAMES[inv.urusan]),
    ]
    if inv.urusan_also:
        rows.append(("Urusan yang Beririsan", ", ".join(URUSAN_NAMES[u] for u in inv.urusan_also)))
    if f.trial:
        rows.append(
            ("Waktu Uji Coba Inovasi Daerah", f"{r.randint(1, 28):02d}-{f.trial[1]:02d}-{f.trial[0]}")
        )
    if f.applied:
        rows.append(
            ("Waktu Implementasi Inovasi Daerah", f"{r.randint(1, 28):02d}-{f.applied[1]:02d}-{f.applied[0]}")
        )
    rows.append(("Perangkat Daerah", f"{inv.opd} {f.region.pemda}"))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)} : {v}" for k, v in rows)


def rancang_bangun(d: Draft) -> str:
    """Six parts of the national profile, then Tujuan / Manfaat / Hasil."""
    d.plan(RICH)
    f, inv, r = d.f, d.inv, d.rng
    style = r.choice(["num", "caps", "letter", "plain", "roman"])
    blocks: list[str] = []
    if r.random() < 0.45:
        blocks += _cover(
            d, r.choice(["Proposal Inovasi Daerah", "Profil Inovasi Daerah", f"Inovasi Daerah Tahun {f.t0}"])
        )
    blocks.append(
        r.choice(
            [
                f"RANCANG BANGUN INOVASI {inv.name.upper()}",
                f"PROFIL INOVASI: {inv.full}",
                f"{inv.full}\n{inv.opd} {f.region.pemda}",
            ]
        )
    )
    if r.random() < 0.45:
        blocks.append(_profile_table(d))
    sections: list[tuple[str, str]] = []
    laws = legal_basis(d)
    sections.append(("Dasar Hukum", bullet_list(laws, r.choice(["num", "letter", "dash"]))))
    if r.random() < 0.4:
        sections.append(("Gambaran Umum", unit_profile(d)))
    sections.append(
        (
            "Permasalahan",
            sentences(
                d.problem(),
                r.choice(["", region_profile(d)]),
                r.choice(
                    [
                        "",
                        f"Kondisi ini dirasakan langsung oleh {inv.target}.",
                        f"Apabila dibiarkan, masalah ini akan terus membebani {inv.target} dan pemerintah "
                        f"daerah.",
                    ]
                ),
            ),
        )
    )
    sections.append(("Isu Strategis", strategic_issue(d)))
    sections.append(
        (
            "Metode Pembaharuan",
            sentences(
                r.choice(
                    [
                        f"Sebelum ada inovasi, {inv.problem[0].lower()}{inv.problem[1:]}",
                        "Metode pembaharuan yang dilakukan adalah sebagai berikut.",
                    ]
                ),
                d.method(),
                *d.group("service"),
                en.sentence(d),
            )
            + ("\nLangkah-langkah:\n" + bullet_list(steps(d)) if r.random() < 0.5 else ""),
        )
    )
    sections.append(("Keunggulan dan Kebaharuan", advantages(d)))
    stage_parts = [d.stage()]
    stage_parts += d.group("time") + d.group("people") + d.group("money") + d.group("legal")
    if r.random() < 0.85:
        stage_parts.append(d.initiator())
    sections.append(("Tahapan Inovasi", sentences(*stage_parts)))
    sections.append(("Tujuan Inovasi", purpose(d)))
    sections.append(("Manfaat yang Diperoleh", sentences(d.benefit(), d.say("kemanfaatan"))))
    results = d.group("results") + d.rest()
    sections.append(
        (
            "Hasil Inovasi",
            sentences(*results)
            or sentences(f"{inv.name} diharapkan menjadi praktik baik di {f.region.pemda}."),
        )
    )
    for i, (title, body) in enumerate(sections):
        blocks.append(heading(style, i, en.heading_text(d, title)) + "\n" + body)
    return paginate(blocks, r.choice([320, 420, 520]))


def latar_belakang(d: Draft) -> str:
    """Older regional template: cover, BAB I PENDAHULUAN with Latar Belakang, Tujuan, Manfaat ... PENUTUP."""
    d.plan(RICH)
    inv, r = d.inv, d.rng
    blocks: list[str] = []
    if r.random() < 0.7:
        blocks += _cover(d, r.choice(["Proposal", "Proposal Kegiatan Inovasi", "Usulan Inovasi Daerah"]))
    if r.random() < 0.4:
        blocks.append(
            "KATA PENGANTAR\n"
            + sentences(
                "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya proposal ini.",
                f"Proposal ini memuat gambaran inovasi {inv.full} yang dikembangkan oleh {inv.place}.",
                "Kami menyadari masih banyak kekurangan, karena itu saran dan masukan sangat kami harapkan.",
            )
        )
        blocks.append(PAGE)
    bab = r.random() < 0.6
    blocks.append("BAB I\nPENDAHULUAN" if bab else "I. PENDAHULUAN")
    blocks.append(
        heading("letter", 0, en.heading_text(d, "Latar Belakang"))
        + "\n"
        + sentences(region_profile(d), d.problem(), strategic_issue(d))
    )
    blocks.append(heading("letter", 1, en.heading_text(d, "Tujuan")) + "\n" + purpose(d))
    blocks.append(heading("letter", 2, en.heading_text(d, "Manfaat")) + "\n" + d.benefit())
    legal = legal_basis(d)
    blocks.append(heading("letter", 3, en.heading_text(d, "Dasar Hukum")) + "\n" + bullet_list(legal))
    blocks.append("BAB II\nGAMBARAN INOVASI" if bab else "II. GAMBARAN INOVASI")
    blocks.append(
        sentences(
            f"{inv.full} adalah inovasi yang dikembangkan oleh {inv.place}.",
            d.method(),
            d.stage(),
            d.initiator() if r.random() < 0.9 else "",
            en.sentence(d),
        )
    )
    if r.random() < 0.5:
        blocks.append(unit_profile(d))
    blocks.append(sentences(advantages(d), *d.group("service")))
    blocks.append("BAB III\nPELAKSANAAN" if bab else "III. PELAKSANAAN")
    blocks.append(sentences(*d.group("time"), *d.group("people"), *d.group("money")))
    blocks.append("BAB IV\nHASIL YANG DICAPAI" if bab else "IV. HASIL")
    blocks.append(
        sentences(*d.group("results"), *d.rest())
        or f"Hasil yang diharapkan: {inv.benefit[0].lower()}{inv.benefit[1:]}"
    )
    blocks.append("BAB V\nPENUTUP" if bab else "V. PENUTUP")
    blocks.append(
        f"Demikian proposal {inv.name} ini disusun. Besar harapan kami inovasi ini mendapat dukungan "
        f"dari semua pihak."
    )
    if r.random() < 0.6:
        blocks.append(signature(d))
    return paginate(blocks, r.choice([300, 400]))


def competition_entry(d: Draft) -> str:
    """Entry for a public-service innovation competition (KIPP style): summary, strategy, resources."""
    d.english = d.english or d.rng.random() < 0.25
    d.plan(dict(RICH, kemanfaatan=0.8, replikasi=0.5, monev=0.5, aktor=0.6))
    f, inv, r = d.f, d.inv, d.rng
    blocks = [
        r.choice(
            [
                f"FORMULIR PROPOSAL KOMPETISI INOVASI PELAYANAN PUBLIK TAHUN {f.t0}",
                f"LOMBA INOVASI DAERAH {f.region.pemda.upper()} TAHUN {f.t0}\nFORMULIR ISIAN INOVASI",
            ]
        ),
        f"Judul Inovasi: {inv.full}\nInstansi: {inv.place}, {f.region.pemda}",
    ]
    parts = [
        (
            "Ringkasan",
            sentences(f"{inv.name} lahir dari persoalan sederhana.", d.problem(), d.method(), en.sentence(d)),
        ),
        ("Latar Belakang", sentences(strategic_issue(d), d.initiator())),
        ("Strategi dan Pelaksanaan", sentences(d.stage(), *d.group("time"), *d.group("service"))),
        (
            "Sumber Daya dan Keberlanjutan",
            sentences(*d.group("people"), *d.group("money"), *d.group("legal")),
        ),
        ("Hasil yang Dicapai", sentences(d.benefit(), *d.group("results"), *d.rest())),
    ]
    for i, (title, body) in enumerate(parts):
        if body:
            blocks.append(f"{i + 1}. {en.heading_text(d, title)}\n{body}")
    if d.english and r.random() < 0.6:
        d.tags.add("english_mixed")
        blocks.append(
            f"Sustainability: {inv.name} is embedded in the routine work of {inv.opd}, "
            f"so it does not depend on a single person."
        )
    return paginate(blocks, 450)


def idea_submission(d: Draft) -> str:
    """Submission of an idea (inisiatif stage or a new unit): short, with plans and denials."""
    d.plan(
        {
            "anggaran": 0.3,
            "sdm": 0.3,
            "jejaring": 0.4,
            "aktor": 0.3,
            "regulasi": 0.2,
            "rkpd": 0.2,
            "sosialisasi": 0.2,
            "pedoman_teknis": 0.2,
            "kemudahan_proses": 0.2,
            "bimtek": 0.2,
        },
        deny_chance=0.9,
    )
    f, inv, r = d.f, d.inv, d.rng
    title = r.choice(
        [
            "USULAN IDE INOVASI",
            "FORMULIR PENGAJUAN IDE INOVASI",
            "PROPOSAL IDE INOVASI",
            "Usulan Inovasi Baru",
        ]
    )
    rows = [
        f"Nama ide inovasi : {inv.full}",
        f"Pengusul : {f.initiator_person}",
        f"Unit kerja : {inv.place}",
        f"Tahun : {f.t0}",
    ]
    body = [
        title,
        "\n".join(rows),
        heading("num", 0, "Permasalahan") + "\n" + d.problem(),
        heading("num", 1, "Gagasan") + "\n" + sentences(d.method(), d.stage()),
        heading("num", 2, "Rencana Pelaksanaan")
        + "\n"
        + sentences(
            *d.group("people"),
            *d.group("legal"),
            *d.group("service"),
            f"Uji coba direncanakan berlangsung selama {r.choice(['tiga', 'empat', 'enam'])} bulan.",
        ),
        heading("num", 3, "Kebutuhan Dukungan") + "\n" + sentences(*d.group("money"), *d.rest()),
        heading("num", 4, "Manfaat yang Diharapkan") + "\n" + d.benefit(),
    ]
    if inv.inisiator in {"asn", "masyarakat", "anggota_dprd"} or r.random() < 0.5:
        body.insert(2, d.initiator())
    return paginate(body, 500)


def profile_sheet(d: Draft) -> str:
    """A one- to two-page profile with key-value lines and short paragraphs, all-caps headings."""
    d.plan({k: v * 0.8 for k, v in RICH.items()})
    f, inv, r = d.f, d.inv, d.rng
    blocks = [
        r.choice(["PROFIL SINGKAT INOVASI", "PROFIL INOVASI DAERAH", "DESKRIPSI INOVASI"]),
        _profile_table(d) if r.random() < 0.6 else f"{inv.full}\n{inv.place} - {f.region.pemda}",
    ]
    blocks.append("LATAR BELAKANG\n" + d.problem())
    blocks.append("CARA KERJA\n" + sentences(d.method(), *d.group("service")))
    evid = d.group("legal") + d.group("people") + d.group("money") + d.group("time")
    if evid:
        blocks.append("DUKUNGAN\n" + bullet_list(evid, "dash"))
    blocks.append("HASIL DAN MANFAAT\n" + sentences(d.benefit(), *d.group("results"), *d.rest()))
    if "tahapan" not in d.shown:
        blocks.append("STATUS\n" + d.stage())
    if r.random() < 0.7:
        blocks.append("INISIATOR\n" + d.initiator())
    return paginate(blocks, 600)


def summary(d: Draft) -> str:
    """A short summary paragraph (often under 80 words), as pasted into a form or an email."""
    d.plan({"kemanfaatan": 0.4, "regulasi": 0.25, "kecepatan_penciptaan": 0.15})
    inv, r = d.inv, d.rng
    head = r.choice([f"Ringkasan Inovasi {inv.name}", f"{inv.name}", f"Deskripsi singkat - {inv.full}"])
    body = sentences(
        f"{inv.full} dikembangkan oleh {inv.place} {d.f.region.pemda}.",
        d.method(),
        d.stage() if r.random() < 0.7 else "",
        d.initiator() if r.random() < 0.3 else "",
        d.say("kemanfaatan"),
        d.say("regulasi"),
        d.say("kecepatan_penciptaan"),
    )
    return f"{head}\n\n{body}"


def timeline_proposal(d: Draft) -> str:
    """Proposal whose Tahapan section is a dated table, with numbered headings."""
    d.plan(dict(RICH, kecepatan_penciptaan=0.0))
    f, inv, r = d.f, d.inv, d.rng
    blocks = [f"PROPOSAL INOVASI\n{inv.full}\n{inv.opd} {f.region.pemda}"]
    blocks.append(
        "1. " + en.heading_text(d, "Latar Belakang") + "\n" + sentences(d.problem(), strategic_issue(d))
    )
    blocks.append(
        "2. "
        + en.heading_text(d, "Metode Pembaharuan")
        + "\n"
        + sentences(d.method(), d.initiator() if r.random() < 0.7 else "", en.sentence(d))
    )
    rows = ["No | Tahapan | Waktu", f"1 | Penjaringan dan pembahasan ide | {month_name(f.idea)}"]
    if f.trial:
        rows.append(f"2 | Uji coba | {month_name(f.trial)}")
    if f.applied:
        rows.append(f"3 | Penerapan | {month_name(f.applied)}")
    d.shown.add("tahapan")
    if f.trial:  # the dated stages are evidence of the speed of creation
        from .narrative_facts import level_speed

        d.indicators["kecepatan_penciptaan"] = level_speed(f.creation_months)
    blocks.append("3. " + en.heading_text(d, "Tahapan Inovasi") + "\n" + "\n".join(rows))
    extra = d.group("people") + d.group("money") + d.group("legal") + d.group("service")
    if extra:
        blocks.append("4. Sumber Daya\n" + bullet_list(extra, "letter"))
    blocks.append(
        "5. " + en.heading_text(d, "Hasil") + "\n" + sentences(d.benefit(), *d.group("results"), *d.rest())
    )
    return paginate(blocks, 420)


LAYOUTS = [
    (rancang_bangun, 5),
    (latar_belakang, 4),
    (competition_entry, 2),
    (idea_submission, 2),
    (profile_sheet, 2),
    (summary, 1),
    (timeline_proposal, 2),
]
