"""Report layouts: implementation report with BAB chapters and tables, single-event activity report,
quarterly progress report, a unit's annual report that mentions innovations among other work, a terse
achievement report and a memo (nota dinas).
"""

from __future__ import annotations

from . import narrative_english as en
from .narrative_evidence import Draft, join_id, number_id
from .narrative_facts import MONTHS, level_benefit, level_jejaring, month_name
from .narrative_places import person
from .narrative_text import (
    PAGE,
    SUGGESTIONS,
    activity_discussion,
    activity_table,
    bullet_list,
    conclusion,
    duties,
    findings,
    heading,
    legal_basis,
    obstacles,
    paginate,
    purpose,
    region_profile,
    schedule_table,
    sentences,
    signature,
    strategic_issue,
    team_roster,
    unit_profile,
)

PLAN = {
    "regulasi": 0.45,
    "sdm": 0.55,
    "anggaran": 0.55,
    "alat_kerja": 0.3,
    "bimtek": 0.4,
    "rkpd": 0.3,
    "aktor": 0.35,
    "pelaksana": 0.4,
    "jejaring": 0.35,
    "sosialisasi": 0.4,
    "pedoman_teknis": 0.25,
    "informasi_layanan": 0.3,
    "kemudahan_proses": 0.25,
    "pengaduan": 0.35,
    "layanan_terintegrasi": 0.3,
    "replikasi": 0.25,
    "kecepatan_penciptaan": 0.3,
    "kemanfaatan": 0.75,
    "monev": 0.45,
    "video": 0.2,
}


def _cover(d: Draft, title: str) -> list[str]:
    f, inv = d.f, d.inv
    return [
        "\n".join(
            [
                title.upper(),
                "",
                inv.full.upper() if d.rng.random() < 0.5 else inv.full,
                "",
                inv.place.upper(),
                f.region.pemda.upper(),
                f"TAHUN {f.t0}",
            ]
        ),
        PAGE,
    ]


def implementation_report(d: Draft) -> str:
    d.plan(PLAN)
    f, inv, r = d.f, d.inv, d.rng
    title = r.choice(
        [
            "Laporan Pelaksanaan Inovasi",
            "Laporan Implementasi Inovasi Daerah",
            "Laporan Penerapan Inovasi",
            "Laporan Akhir Kegiatan Inovasi",
        ]
    )
    blocks = _cover(d, title) if r.random() < 0.75 else [f"{title.upper()}\n{inv.full}\n{inv.place}"]
    if r.random() < 0.35:
        blocks += [
            "DAFTAR ISI\n"
            + "\n".join(
                [
                    f"BAB I PENDAHULUAN ........ {r.randint(1, 2)}",
                    f"BAB II GAMBARAN UMUM ........ {r.randint(3, 4)}",
                    f"BAB III PELAKSANAAN ........ {r.randint(5, 6)}",
                    f"BAB IV HASIL ........ {r.randint(7, 9)}",
                    f"BAB V PENUTUP ........ {r.randint(10, 12)}",
                ]
            ),
            PAGE,
        ]
    blocks.append("BAB I\nPENDAHULUAN")
    blocks.append(
        heading("letter", 0, en.heading_text(d, "Latar Belakang"))
        + "\n"
        + sentences(region_profile(d), d.problem(), strategic_issue(d))
    )
    blocks.append(
        heading("letter", 1, en.heading_text(d, "Dasar Hukum")) + "\n" + bullet_list(legal_basis(d))
    )
    blocks.append(heading("letter", 2, "Maksud dan Tujuan") + "\n" + purpose(d))
    blocks.append(
        heading("letter", 3, "Ruang Lingkup")
        + "\n"
        + sentences(
            f"Laporan ini mencakup pelaksanaan {inv.name} di {inv.place} selama tahun {f.t0 - 1} sampai "
            f"dengan "
            f"{MONTHS[r.randint(2, 10)]} {f.t0}."
        )
    )
    blocks.append("BAB II\nGAMBARAN UMUM INOVASI")
    if r.random() < 0.7:
        blocks.append(f"Gambaran Umum {inv.opd}\n" + unit_profile(d))
    blocks.append(
        sentences(d.method(), d.stage(), d.initiator() if r.random() < 0.85 else "", en.sentence(d))
    )
    service = d.group("service")
    if service:
        blocks.append(sentences(*service))
    blocks.append("BAB III\nPELAKSANAAN KEGIATAN")
    blocks.append(
        r.choice(
            [
                "Kegiatan yang dilaksanakan selama periode laporan adalah sebagai berikut.",
                "Rincian kegiatan disajikan pada tabel berikut.",
                "Tabel 3.1 Realisasi Kegiatan",
            ]
        )
    )
    blocks.append(activity_table(d, r.randint(4, 7)))
    long = r.random() < 0.45  # some units write their reports at length
    blocks += activity_discussion(d, r.randint(5, 7) if long else r.randint(2, 4))
    blocks.append(sentences(*d.group("time"), *d.group("people"), *d.group("money"), *d.group("legal")))
    blocks.append("BAB IV\nHASIL DAN PEMBAHASAN")
    blocks.append(sentences(d.benefit(), *d.group("results")))
    blocks += findings(d, r.randint(4, 6) if long else r.randint(2, 4))
    if long:
        blocks.append(
            sentences(
                strategic_issue(d),
                region_profile(d),
                f"Dengan demikian {inv.name} turut mendukung pencapaian sasaran RPJMD.",
            )
        )
        blocks.append(
            "Rencana tindak lanjut tahun berikutnya:\n"
            + activity_table(d, r.randint(4, 6))
            + "\n"
            + duties(d)
        )
    problems, fixes = obstacles(d, r.choice([2, 3]))
    blocks.append(
        en.heading_text(d, "Kendala")
        + " yang dihadapi:\n"
        + bullet_list(problems)
        + "\nUpaya yang dilakukan:\n"
        + bullet_list(fixes)
    )
    rest = d.rest()
    if rest:
        blocks.append(sentences(*rest))
    blocks.append("BAB V\nPENUTUP")
    blocks.append(heading("letter", 0, en.heading_text(d, "Kesimpulan")) + "\n" + conclusion(d))
    blocks.append(
        heading("letter", 1, en.heading_text(d, "Saran")) + "\n" + bullet_list(r.sample(SUGGESTIONS, 3))
    )
    blocks.append(signature(d))
    if r.random() < 0.6:
        blocks += [PAGE, "LAMPIRAN 1\nJADWAL PELAKSANAAN KEGIATAN TAHUN " + str(f.t0 - 1), schedule_table(d)]
    roster = team_roster(d) if "sdm" in d.want or r.random() < 0.3 else None
    if roster:
        blocks += [PAGE, "LAMPIRAN 2\nSUSUNAN TIM PELAKSANA " + inv.name.upper(), roster, duties(d)]
    return paginate(blocks, r.choice([300, 380, 460]))


def activity_report(d: Draft) -> str:
    """Report of one event around the innovation: a training, a coordination meeting or a launch."""
    f, inv, r = d.f, d.inv, d.rng
    kind = r.choice(["bimtek", "rakor", "launching"]) if inv.tahapan != "inisiatif" else "rakor"
    d.plan({"sdm": 0.3, "anggaran": 0.3, "regulasi": 0.3, "kemanfaatan": 0.3, "aktor": 0.2})
    day = r.randint(1, 28)
    month = MONTHS[r.randint(0, 11)]
    place = r.choice(
        [
            f"Aula {inv.opd}",
            f"Ruang Rapat {inv.place}",
            "Hotel " + r.choice(["Grand Mutiara", "Maleo", "Santika", "Aston", "Swiss-Belhotel"]),
            f"Kantor Camat {r.choice(['Banggae', 'Tinambung', 'Sendana', 'Kota', 'Utara'])}",
        ]
    )
    if kind == "bimtek":
        title = f"Bimbingan Teknis Operator {inv.name}"
        if r.random() < 0.4:
            d.want.add("bimtek")  # the report also counts the earlier trainings
        outcome = d.say("bimtek")
        if "bimtek" not in d.indicators:
            d.indicators["bimtek"] = 1  # the report itself documents one training
        participants = f"{r.randint(15, 60)} orang operator dan petugas dari {r.randint(5, 30)} unit layanan"
        result = sentences("Peserta memahami alur kerja dan mampu mempraktikkan tugasnya.", outcome)
    elif kind == "rakor":
        title = f"Rapat Koordinasi Lintas Sektor {inv.name}"
        units = f.network
        d.indicators["jejaring"] = level_jejaring(len(units))
        participants = f"perwakilan {join_id(units)}"
        result = sentences("Rapat menyepakati pembagian peran setiap perangkat daerah.", d.say("regulasi"))
    else:
        title = f"Peluncuran {inv.name}"
        media = r.choice(["Antara", "Tribun", "RRI", "Radar", "TVRI daerah"])
        d.indicators["sosialisasi"] = 3
        participants = f"{f.region.head}, kepala perangkat daerah, camat, dan tokoh masyarakat"
        result = sentences(
            f"Peluncuran diliput oleh media {media} dan disiarkan langsung di akun resmi pemerintah daerah.",
            d.say("kemanfaatan"),
        )
    blocks = [
        r.choice(["LAPORAN KEGIATAN", "LAPORAN HASIL KEGIATAN", "LAPORAN PELAKSANAAN KEGIATAN"])
        + f"\n{title.upper()}"
    ]
    blocks.append(
        "I. DASAR\n"
        + bullet_list(
            [
                f"Surat Undangan {f.head_of_opd} tanggal {day} {month} {f.t0}",
                f"Program kerja {inv.place} tahun {f.t0}",
            ]
        )
    )
    blocks.append(
        "II. MAKSUD DAN TUJUAN\n"
        + sentences(
            f"Kegiatan ini dimaksudkan untuk mendukung pelaksanaan {inv.full}.",
            d.method() if r.random() < 0.6 else d.gist(),
            d.stage() if r.random() < 0.5 else "",
            d.initiator() if r.random() < 0.2 else "",
        )
    )
    blocks.append(
        f"III. WAKTU DAN TEMPAT\nHari/Tanggal : {r.choice(['Senin', 'Selasa', 'Rabu', 'Kamis'])}, "
        f"{day} {month} {f.t0}\nPukul : 08.30 WITA s.d. selesai\nTempat : {place}"
    )
    blocks.append(f"IV. PESERTA\nKegiatan diikuti oleh {participants}.")
    blocks.append("V. HASIL KEGIATAN\n" + sentences(result, *d.rest()))
    blocks.append("VI. PENUTUP\nDemikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya.")
    blocks.append(signature(d, r.choice([None, "Pelapor", "Ketua Panitia"])))
    return paginate(blocks, 500)


def progress_report(d: Draft) -> str:
    """Quarterly progress with a monthly table of services."""
    d.plan({k: v * 0.6 for k, v in PLAN.items()})
    f, inv, r = d.f, d.inv, d.rng
    quarter = r.choice(["I", "II", "III", "IV"])
    blocks = [
        f"LAPORAN PERKEMBANGAN INOVASI {inv.name.upper()}\nTRIWULAN {quarter} TAHUN {f.t0}",
        f"Unit pelaksana: {inv.place}, {f.region.pemda}",
    ]
    blocks.append(
        "1. Gambaran singkat\n" + sentences(d.method(), d.stage(), d.initiator() if r.random() < 0.3 else "")
    )
    if inv.tahapan != "inisiatif" and r.random() < 0.7:
        total = f.beneficiaries
        first = ["I", "II", "III", "IV"].index(quarter) * 3
        months = [first, first + 1, first + 2]
        split = sorted(r.sample(range(1, total), 2)) if total > 3 else [1, 2]
        counts = [split[0], split[1] - split[0], total - split[1]]
        rows = ["Bulan | Jumlah penerima layanan"] + [
            f"{MONTHS[m]} | {number_id(c)}" for m, c in zip(months, counts, strict=True)
        ]
        rows.append(f"Jumlah | {number_id(total)}")
        d.indicators["kemanfaatan"] = level_benefit(total)
        blocks.append("2. Capaian\n" + "\n".join(rows))
    evid = d.group("people") + d.group("money") + d.group("service") + d.group("results") + d.rest()
    if evid:
        blocks.append("3. Perkembangan lain\n" + bullet_list(evid, "dash"))
    problems, fixes = obstacles(d, 1)
    blocks.append("4. Kendala dan tindak lanjut\n" + f"{problems[0]} Tindak lanjut: {fixes[0].lower()}")
    return paginate(blocks, 450)


def annual_report(d: Draft) -> str:
    """Annual report of the unit; the innovation is one section, sometimes next to a second innovation."""
    d.plan({k: v * 0.5 for k, v in PLAN.items()})
    f, inv, r = d.f, d.inv, d.rng
    year = f.t0 - 1
    blocks = [f"LAPORAN TAHUNAN\n{inv.place.upper()}\nTAHUN {year}", PAGE]
    blocks.append(
        "BAB I\nPENDAHULUAN\n"
        + sentences(
            f"Laporan tahunan ini disusun sebagai gambaran kinerja {inv.place} selama tahun {year}.",
            region_profile(d),
            f"Jumlah pegawai {inv.place} seluruhnya {r.randint(25, 140)} orang." if r.random() < 0.4 else "",
            unit_profile(d),
        )
    )
    rows = ["No | Indikator Kinerja | Target | Realisasi"]
    for i in range(r.randint(3, 5)):
        target = r.randint(70, 100)
        rows.append(
            f"{i + 1} | Indikator kinerja utama {i + 1} | {target}% | {min(100, target + r.randint(-9, 6))}%"
        )
    blocks.append("BAB II\nCAPAIAN KINERJA\n" + "\n".join(rows))
    blocks.append(
        "BAB III\nINOVASI\n"
        + sentences(
            f"Pada tahun {year} {inv.place} menjalankan inovasi {inv.full}.",
            d.method(),
            d.stage(),
            d.initiator() if r.random() < 0.5 else "",
            *d.group("results"),
            *d.group("people"),
            *d.group("money"),
        )
    )
    if d.second:
        other = d.second
        d.tags.add("two_innovations")
        blocks.append(sentences(f"Selain itu, dikembangkan pula inovasi {other.full}.", other.method))
    problems, _ = obstacles(d, 2)
    blocks.append("BAB IV\nKENDALA DAN PENUTUP\n" + bullet_list(problems) + "\n" + sentences(*d.rest()))
    blocks.append(signature(d))
    return paginate(blocks, 420)


def achievement_note(d: Draft) -> str:
    """Terse bullet report, a page or less."""
    d.plan(
        {
            "kemanfaatan": 0.7,
            "pengaduan": 0.3,
            "monev": 0.3,
            "sdm": 0.3,
            "replikasi": 0.3,
            "informasi_layanan": 0.3,
            "anggaran": 0.3,
        }
    )
    f, inv, r = d.f, d.inv, d.rng
    lines = [
        d.say(c)
        for c in ("kemanfaatan", "pengaduan", "monev", "sdm", "replikasi", "informasi_layanan", "anggaran")
    ]
    lines = [x for x in lines if x] + [u for u in d.rest() if u]
    if not lines:
        lines = [d.benefit()]
    head = r.choice(
        [
            f"Laporan Capaian {inv.name} s.d. {month_name((f.t0, r.randint(3, 11)))}",
            f"CAPAIAN INOVASI {inv.name.upper()}",
            f"Laporan singkat {inv.name}",
        ]
    )
    intro = sentences(d.gist(), d.stage() if r.random() < 0.5 else "")
    return f"{head}\n{inv.place}\n\n{intro}\n\n" + bullet_list(lines, "dash")


def memo(d: Draft) -> str:
    """Nota dinas from the programme head to the head of unit."""
    d.plan({k: v * 0.5 for k, v in PLAN.items()})
    f, inv, r = d.f, d.inv, d.rng
    sender = r.choice(["Kepala Bidang Pelayanan", "Kepala Seksi", "Koordinator Program", "Kepala UPTD"])
    head = [
        "NOTA DINAS",
        f"Kepada Yth. : {f.head_of_opd}",
        f"Dari : {sender}",
        f"Tanggal : {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0}",
        f"Nomor : {r.randint(400, 900)}/{r.randint(10, 999)}/{f.opd_acronym}/{f.t0}",
        f"Perihal : Laporan perkembangan {inv.name}",
    ]
    body = sentences(
        f"Dengan hormat, bersama ini kami laporkan perkembangan pelaksanaan {inv.name} sebagai berikut.",
        d.gist(),
        d.stage(),
        d.initiator() if r.random() < 0.3 else "",
        *d.group("results"),
        *d.group("people"),
        *d.group("money"),
        *d.rest(),
        "Demikian kami sampaikan, mohon arahan lebih lanjut.",
    )
    return "\n".join(head) + "\n\n" + body + "\n\n" + sender + "\n\n\n" + person(r)


LAYOUTS = [
    (implementation_report, 5),
    (activity_report, 3),
    (progress_report, 2),
    (annual_report, 2),
    (achievement_note, 1),
    (memo, 1),
]
