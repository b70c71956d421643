"""Evaluation layouts: satisfaction survey (SKM/IKM) report, internal monitoring report, research-based
impact study, and a monitoring checklist.
"""

from __future__ import annotations

from . import narrative_english as en
from .narrative_evidence import Draft, join_id, number_id
from .narrative_facts import MONTHS
from .narrative_places import person
from .narrative_text import (
    PAGE,
    REFERENCES,
    SUGGESTIONS,
    TAHAPAN_NAMES,
    URUSAN_NAMES,
    bullet_list,
    findings,
    obstacles,
    paginate,
    region_profile,
    sentences,
    signature,
)

UNSUR = [
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
]


def _mutu(ikm: float) -> tuple[str, str]:
    if ikm >= 88.31:
        return "A", "Sangat Baik"
    if ikm >= 76.61:
        return "B", "Baik"
    return "C", "Kurang Baik"


def skm_report(d: Draft) -> str:
    d.plan(
        {
            "kemanfaatan": 0.3,
            "pengaduan": 0.3,
            "informasi_layanan": 0.2,
            "kemudahan_proses": 0.3,
            "regulasi": 0.2,
        }
    )
    f, inv, r = d.f, d.inv, d.rng
    target = f.ikm / 25
    values = [round(min(4.0, max(2.6, target + r.uniform(-0.25, 0.25))), 2) for _ in UNSUR]
    ikm = round(sum(values) / len(values) * 25, 2)
    grade, label = _mutu(ikm)
    d.indicators["monev"] = 2
    respondents = r.randint(60, 400)
    period = r.choice(["Semester I", "Semester II", "Triwulan III", f"Januari - Juni {f.t0}"])
    blocks = [
        r.choice(
            [
                "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT",
                "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)",
                "LAPORAN INDEKS KEPUASAN MASYARAKAT",
            ]
        )
        + f"\nLAYANAN {inv.name.upper()}\n"
        f"{inv.place.upper()}\n{period.upper()} TAHUN {f.t0}"
    ]
    if r.random() < 0.5:
        blocks.append(PAGE)
    blocks.append(
        "BAB I\nPENDAHULUAN\n"
        + sentences(
            "Survei Kepuasan Masyarakat dilaksanakan berdasarkan Peraturan Menteri Pendayagunaan Aparatur "
            "Negara dan "
            "Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat "
            "Unit "
            "Penyelenggara Pelayanan Publik.",
            f"Survei ini mengukur kepuasan pengguna layanan {inv.full}.",
            d.method() if r.random() < 0.6 else d.gist(),
            d.stage() if r.random() < 0.4 else "",
        )
    )
    blocks.append(
        "BAB II\nMETODOLOGI\n"
        + sentences(
            f"Survei dilakukan terhadap {respondents} responden pengguna layanan dengan teknik accidental "
            f"sampling.",
            r.choice(
                [
                    "Kuesioner diisi langsung di lokasi layanan.",
                    "Kuesioner diisi melalui formulir daring.",
                    "Pengisian kuesioner dibantu petugas bagi responden lansia.",
                ]
            ),
            "Nilai IKM dihitung dari nilai rata-rata tertimbang sembilan unsur pelayanan dikalikan 25.",
        )
    )
    rows = ["No | Unsur Pelayanan | NRR | Kategori"]
    for i, (name, value) in enumerate(zip(UNSUR, values, strict=True)):
        rows.append(f"U{i + 1} | {name} | {number_id(value, 2)} | {_mutu(value * 25)[1]}")
    rows.append(f"IKM | | {number_id(ikm, 2)} | {label}")
    blocks.append("BAB III\nHASIL SURVEI\n" + "\n".join(rows))
    weakest = UNSUR[values.index(min(values))]
    blocks.append(
        sentences(
            f"Nilai Indeks Kepuasan Masyarakat sebesar {number_id(ikm, 2)} dengan mutu pelayanan {grade} "
            f"({label}).",
            f"Unsur dengan nilai terendah adalah {weakest}.",
            *d.rest(),
        )
    )
    blocks.append(
        "BAB IV\nRENCANA TINDAK LANJUT\n"
        + bullet_list(
            [
                f"Memperbaiki unsur {weakest.lower()} pada periode berikutnya.",
                r.choice(SUGGESTIONS),
                "Mempublikasikan hasil survei kepada masyarakat.",
            ]
        )
    )
    blocks.append(signature(d))
    return paginate(blocks, 420)


def monev_internal(d: Draft) -> str:
    d.plan(
        {
            "sdm": 0.4,
            "anggaran": 0.4,
            "kemanfaatan": 0.6,
            "pengaduan": 0.3,
            "informasi_layanan": 0.3,
            "sosialisasi": 0.3,
            "pedoman_teknis": 0.3,
            "alat_kerja": 0.3,
            "regulasi": 0.4,
            "replikasi": 0.2,
        },
        deny_chance=0.7,
    )
    f, inv, r = d.f, d.inv, d.rng
    d.indicators["monev"] = 1
    evaluator = r.choice(
        [inv.opd, "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Tim Inovasi Daerah"]
    )
    blocks = [
        f"LAPORAN MONITORING DAN EVALUASI INOVASI DAERAH\n{f.region.pemda.upper()} TAHUN {f.t0}",
        f"Pelaksana monitoring: {evaluator}",
    ]
    blocks.append(
        "1. "
        + en.heading_text(d, "Pendahuluan")
        + "\n"
        + sentences(
            "Monitoring dan evaluasi dilakukan untuk memastikan inovasi daerah berjalan sesuai rencana dan "
            "memperoleh gambaran kendala di lapangan.",
            f"Pemantauan dilakukan melalui kunjungan lapangan dan wawancara dengan pelaksana pada bulan "
            f"{MONTHS[r.randint(3, 10)]} {f.t0}.",
        )
    )
    blocks.append(
        "2. Hasil Monitoring\n"
        + sentences(
            f"Inovasi {inv.full} pada {inv.place}.",
            d.method(),
            d.stage(),
            d.initiator() if r.random() < 0.5 else "",
            *d.group("legal"),
            *d.group("people"),
            *d.group("money"),
            *d.group("service"),
            *d.group("results"),
            *d.rest(),
        )
    )
    if d.second:
        d.tags.add("two_innovations")
        blocks.append(
            sentences(
                f"Inovasi kedua yang dipantau adalah {d.second.full}.",
                d.second.method,
                "Inovasi ini masih memerlukan pendampingan.",
            )
        )
    problems, fixes = obstacles(d, 2)
    blocks.append("3. Permasalahan\n" + bullet_list(problems))
    blocks.append("4. Rekomendasi\n" + bullet_list(fixes + r.sample(SUGGESTIONS, 1)))
    blocks.append(signature(d, "Ketua Tim Monitoring"))
    return paginate(blocks, 420)


def impact_study(d: Draft) -> str:
    d.english = d.english or d.rng.random() < 0.4
    d.plan(
        {
            "kemanfaatan": 0.8,
            "aktor": 0.4,
            "sdm": 0.3,
            "anggaran": 0.3,
            "replikasi": 0.3,
            "kecepatan_penciptaan": 0.3,
            "layanan_terintegrasi": 0.3,
            "jejaring": 0.3,
        }
    )
    f, inv, r = d.f, d.inv, d.rng
    d.indicators["monev"] = 3
    team = r.choice(
        [
            f"Tim Peneliti {f.region.university}",
            "Badan Riset dan Inovasi Daerah",
            f"Pusat Studi Kebijakan Publik {f.region.university}",
        ]
    )
    sample = r.randint(80, 600)
    before = r.randint(30, 65)
    after = min(97, before + r.randint(8, 30))
    blocks = [
        f"KAJIAN EVALUASI DAMPAK INOVASI {inv.name.upper()}\n{inv.expansion or ''}\n\n{team}\n{f.t0}".replace(
            "\n\n\n", "\n\n"
        ),
        PAGE,
    ]
    abstract = sentences(
        f"Kajian ini mengevaluasi dampak {inv.full} di {f.region.pemda}.",
        f"Penelitian menggunakan metode campuran: survei terhadap {sample} responden dan wawancara mendalam "
        f"dengan pelaksana serta pemangku kepentingan.",
        f"Hasil menunjukkan indikator utama meningkat dari {before}% menjadi {after}% setelah inovasi "
        f"diterapkan.",
    )
    blocks.append("ABSTRAK\n" + abstract)
    if d.english:
        d.tags.add("english_mixed")
        blocks.append(
            "ABSTRACT\n"
            + sentences(
                f"This study evaluates the impact of {inv.name} in {f.region.pemda}.",
                f"Using mixed methods, we surveyed {sample} respondents and interviewed implementers.",
                f"The main indicator improved from {before}% to {after}% after the innovation was adopted.",
                "Keywords: regional innovation, public service, impact evaluation.",
            )
        )
    blocks.append(PAGE)
    blocks.append(
        "1. "
        + en.heading_text(d, "Pendahuluan")
        + "\n"
        + sentences(region_profile(d), d.problem(), d.method())
    )
    blocks.append(
        "2. "
        + en.heading_text(d, "Metodologi")
        + "\n"
        + sentences(
            f"Kajian dilaksanakan pada {MONTHS[r.randint(0, 6)]} sampai {MONTHS[r.randint(7, 11)]} "
            f"{f.t0 - 1}.",
            "Data kuantitatif dianalisis secara deskriptif dan dibandingkan sebelum dan sesudah inovasi; "
            "data "
            "kualitatif dianalisis secara tematik.",
            f"Lokasi kajian meliputi {r.randint(2, 9)} kecamatan yang dipilih secara purposif.",
        )
    )
    blocks.append(
        "3. Hasil dan Pembahasan\n"
        + sentences(
            d.stage(),
            f"Sebelum inovasi, capaian indikator utama sebesar {before}%; setelah inovasi menjadi {after}%.",
            *d.group("results"),
            *d.group("people"),
            *d.group("service"),
            *d.group("time"),
            *d.group("money"),
            en.sentence(d),
        )
    )
    blocks += findings(d, r.randint(3, 5))
    if r.random() < 0.5:
        blocks.append(d.initiator())
    if d.second:
        d.tags.add("two_innovations")
        blocks.append(
            sentences(f"Sebagai pembanding, kajian juga menelaah {d.second.full}.", d.second.method)
        )
    blocks.append(
        "4. "
        + en.heading_text(d, "Kesimpulan")
        + " dan Rekomendasi\n"
        + sentences(
            f"{inv.name} terbukti memberikan dampak positif bagi {inv.target}.",
            *d.rest(),
            *r.sample(SUGGESTIONS, 2),
        )
    )
    rows = ["No | Indikator | Sebelum | Sesudah"]
    for i, name in enumerate(
        r.sample(
            [
                "Waktu layanan (hari)",
                "Cakupan sasaran (%)",
                "Kepuasan pengguna (%)",
                "Keluhan per bulan",
                "Ketepatan data (%)",
            ],
            3,
        )
    ):
        a = r.randint(20, 70)
        rows.append(f"{i + 1} | {name} | {a} | {a + r.randint(-15, 25)}")
    blocks.insert(-1, "Tabel 1. Perbandingan kondisi sebelum dan sesudah inovasi\n" + "\n".join(rows))
    blocks += [PAGE, "DAFTAR PUSTAKA\n" + "\n".join(sorted(r.sample(REFERENCES, r.randint(4, 7))))]
    d.indicators.setdefault("kemanfaatan", None)  # the before/after comparison is a positive-trend basis
    return paginate(blocks, r.choice([350, 450]))


def monitoring_checklist(d: Draft) -> str:
    """A filled-in monitoring sheet: each line says Ada/Belum, so denials are frequent here."""
    d.plan(
        {
            "regulasi": 0.6,
            "sdm": 0.5,
            "anggaran": 0.5,
            "kemudahan_proses": 0.5,
            "pedoman_teknis": 0.4,
            "sosialisasi": 0.4,
            "kemanfaatan": 0.5,
            "video": 0.4,
            "monev": 0.0,
            "replikasi": 0.3,
        },
        deny_chance=1.0,
    )
    f, inv, r = d.f, d.inv, d.rng
    d.indicators["monev"] = 1
    lines = [
        f"LEMBAR MONITORING INOVASI DAERAH TAHUN {f.t0}",
        f"Nama inovasi : {inv.name}",
        f"Perangkat daerah : {inv.opd}",
        f"Tanggal kunjungan : {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0}",
    ]
    if r.random() < 0.6:
        d.shown.add("tahapan")
        lines.append(f"Tahapan : {TAHAPAN_NAMES[inv.tahapan]}")
    if r.random() < 0.8:
        d.shown.add("urusan")
        lines.append(f"Urusan : {URUSAN_NAMES[inv.urusan]}")
    lines += ["", "No | Aspek | Keterangan"]
    labels = {
        "regulasi": "Regulasi",
        "sdm": "SDM",
        "anggaran": "Anggaran",
        "kemudahan_proses": "SOP",
        "pedoman_teknis": "Pedoman teknis",
        "sosialisasi": "Sosialisasi",
        "kemanfaatan": "Penerima manfaat",
        "video": "Video",
        "replikasi": "Replikasi",
    }
    n = 1
    for code, label in labels.items():
        text = d.say(code) or d.unsay(code)
        if text:
            lines.append(f"{n} | {label} | {text}")
            n += 1
    lines += ["", "Catatan pemantau: " + r.choice(SUGGESTIONS), "", f"Pemantau,\n\n{person(r)}"]
    return "\n".join(lines)


LAYOUTS = [(skm_report, 3), (monev_internal, 3), (impact_study, 2), (monitoring_checklist, 2)]

__all__ = ["LAYOUTS", "join_id"]
