"""Other evidence files units upload: presentation slides, leaflets, photo documentation, beneficiary
recaps, screenshots of information channels, testimonies and the innovator's profile.
"""

from __future__ import annotations

from . import narrative_english as en
from .narrative_evidence import Draft, join_id, number_id
from .narrative_facts import MONTHS, level_benefit, level_channels
from .narrative_places import nip, person
from .narrative_text import PAGE, bullet_list, strategic_issue

EVENTS = ["Penilaian Inovasi Daerah", "Tahap Presentasi IGA", "Rapat Pimpinan", "Lomba Inovasi Daerah"]
THANKS = [
    "Sekarang saya sangat terbantu.",
    "Kini urusan saya jauh lebih mudah.",
    "Terima kasih kepada petugas yang sabar melayani.",
]


def slides(d: Draft) -> str:
    d.plan(
        {
            "kemanfaatan": 0.6,
            "regulasi": 0.35,
            "sdm": 0.3,
            "anggaran": 0.3,
            "replikasi": 0.3,
            "kecepatan_penciptaan": 0.3,
            "informasi_layanan": 0.3,
            "monev": 0.25,
            "video": 0.25,
            "jejaring": 0.25,
            "aktor": 0.25,
        }
    )
    f, inv, r = d.f, d.inv, d.rng
    pages = [
        f"{r.choice(['PAPARAN INOVASI', 'Bahan Paparan', 'Presentasi Inovasi Daerah'])}\n{inv.full}\n"
        f"{inv.place}\n{f.region.pemda}\n{r.choice(EVENTS)} {f.t0}"
    ]
    pages.append(
        en.heading_text(d, "Latar Belakang")
        + "\n"
        + bullet_list(
            [s.strip() + "." for s in d.problem().split(".") if s.strip()] + [strategic_issue(d)], "dot"
        )
    )
    about = [s.strip() + "." for s in d.method().split(".") if s.strip()]
    if r.random() < 0.7:
        about.append(d.stage())
    if r.random() < 0.6:
        about.append(d.initiator())
    pages.append(f"Apa itu {inv.name}?\n" + bullet_list(about, "dot"))
    support = d.group("legal") + d.group("people") + d.group("money") + d.group("time")
    if support:
        pages.append(
            r.choice(["Dukungan", "Sumber Daya", "Pendukung Inovasi"]) + "\n" + bullet_list(support, "dot")
        )
    results = d.group("results") + d.group("service") + d.rest()
    if results:
        pages.append(en.heading_text(d, "Hasil yang Dicapai") + "\n" + bullet_list(results, "dot"))
    if d.second:
        d.tags.add("two_innovations")
        pages.append(f"Inovasi Lain: {d.second.full}\n" + bullet_list([d.second.method], "dot"))
    if d.english and r.random() < 0.7:
        d.tags.add("english_mixed")
        pages.append(r.choice(["Thank You", "THANK YOU", "Terima Kasih / Thank You"]) + "\n" + en.sentence(d))
    else:
        pages.append(r.choice(["Terima Kasih", "TERIMA KASIH", "Salam Inovasi!"]))
    return PAGE.join(pages)


def leaflet(d: Draft) -> str:
    d.plan({"informasi_layanan": 0.8, "kemudahan_proses": 0.4})
    f, inv, r = d.f, d.inv, d.rng
    tagline = r.choice(
        [
            "Mudah, Cepat, Gratis!",
            "Layanan dekat, warga sehat",
            "Satu langkah lebih dekat",
            "Tanpa antre, tanpa ribet",
            "Bersama kita bisa",
        ]
    )
    parts = [
        f'{inv.name}\n{inv.expansion or ""}\n"{tagline}"'.replace("\n\n", "\n"),
        d.gist(),
        d.say("kemudahan_proses"),
        d.say("informasi_layanan"),
        f"{inv.place} – {f.region.pemda}",
    ]
    return "\n\n".join(p for p in parts if p)


def documentation(d: Draft) -> str:
    """Photo documentation: captions only, as left after the photos are stripped."""
    f, inv, r = d.f, d.inv, d.rng
    captions = [
        f"Kegiatan pendataan {inv.target} di {r.choice(['Desa', 'Kelurahan'])} "
        f"{r.choice(['Baurung', 'Lembang', 'Sumberejo', 'Tanjung Batu', 'Pakkola', 'Ulumanda'])}",
        f"Pelaksanaan {inv.name} oleh petugas {inv.place}",
        "Rapat pembahasan hasil bersama tim",
    ]
    if r.random() < 0.6:
        captions.append(f"Spanduk {inv.name} terpasang di depan {inv.place}")
        d.indicators["sosialisasi"] = 1
    if inv.digital and r.random() < 0.6:
        captions.append(f"Tampilan aplikasi {inv.name} di telepon genggam petugas")
        d.indicators["alat_kerja"] = 3
    r.shuffle(captions)
    lines = [r.choice(["DOKUMENTASI KEGIATAN", "FOTO KEGIATAN", "LAMPIRAN DOKUMENTASI"]) + f"\n{inv.name}"]
    if r.random() < 0.8:
        lines.append(d.gist())
    for i, cap in enumerate(captions):
        lines.append(f"Foto {i + 1}. {cap}, {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0}.")
    return "\n\n".join(lines)


def beneficiary_recap(d: Draft) -> str:
    f, inv, r = d.f, d.inv, d.rng
    total = f.beneficiaries
    areas = r.sample(
        [
            "Kecamatan Banggae",
            "Kecamatan Pamboang",
            "Kecamatan Sendana",
            "Kecamatan Tammerodo",
            "Kecamatan Ulumanda",
            "Kecamatan Malunda",
            "Kecamatan Kota",
            "Kecamatan Utara",
            "Kecamatan Selatan",
            "Kecamatan Timur",
            "Kecamatan Barat",
            "Kecamatan Tengah",
        ],
        r.randint(3, 6),
    )
    cuts = sorted(r.sample(range(1, total), len(areas) - 1))
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    d.indicators["kemanfaatan"] = level_benefit(total)
    lines = [
        f"REKAPITULASI PENERIMA MANFAAT {inv.name.upper()}",
        f"{inv.place} – Tahun {f.t0 - 1}",
        d.gist() if r.random() < 0.7 else "",
        "",
        "No | Wilayah | Jumlah",
    ]
    lines += [f"{i + 1} | {a} | {number_id(c)}" for i, (a, c) in enumerate(zip(areas, counts, strict=True))]
    lines.append(f"Total | | {number_id(total)}")
    lines += ["", f"Sumber: {r.choice(['database aplikasi', 'buku register', 'laporan bulanan petugas'])}"]
    return "\n".join(lines)


def channel_screenshots(d: Draft) -> str:
    f, inv, r = d.f, d.inv, d.rng
    channels = f.channels
    d.indicators["informasi_layanan"] = level_channels(len(channels))
    lines = [
        r.choice(["LAMPIRAN TANGKAPAN LAYAR KANAL INFORMASI LAYANAN", "Bukti Kemudahan Informasi Layanan"]),
        inv.name,
        d.gist() if r.random() < 0.5 else "",
        "",
    ]
    for i, ch in enumerate(channels):
        detail = {
            "loket layanan": f"Foto loket informasi di {inv.place}",
            "layanan WhatsApp": f"Tangkapan layar percakapan layanan WhatsApp 08{r.randint(11, 59)}-"
            f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            "Instagram": f"Tangkapan layar akun Instagram {f.region.handle}",
            "Facebook": f"Tangkapan layar halaman Facebook {inv.opd} {f.region.short}",
            "laman resmi": f"Tangkapan layar laman {inv.name.lower().replace(' ', '')}.go.id",
            "call center": f"Nomor call center {r.randint(100, 199)} pada papan informasi",
        }[ch]
        lines.append(f"Gambar {i + 1}. {detail}")
    return "\n".join(lines)


def testimony(d: Draft) -> str:
    f, inv, r = d.f, d.inv, d.rng
    who = person(r, with_degree=False)
    return "\n".join(
        [
            r.choice(["SURAT TESTIMONI", "TESTIMONI PENERIMA MANFAAT", "Pernyataan Kesan Pengguna Layanan"]),
            "",
            "Yang bertanda tangan di bawah ini:",
            f"Nama : {who}",
            f"Alamat : {f.region.pemda}",
            "",
            f"menyatakan bahwa saya telah merasakan manfaat {inv.full} dari {inv.place}. "
            f"{r.choice(['Sebelumnya', 'Dulu'])} {d.problem()[0].lower()}{inv.problem[1:]} "
            f"{r.choice(THANKS)}",
            "",
            f"{f.region.dateline.title()}, {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0}",
            "",
            who,
        ]
    )


def innovator_profile(d: Draft) -> str:
    f, inv, r = d.f, d.inv, d.rng
    lines = [r.choice(["PROFIL INOVATOR", "Biodata Inovator"]), f"Nama inovasi : {inv.name}"]
    if inv.inisiator in {"asn", "masyarakat", "anggota_dprd"}:
        lines += [f"Nama : {f.initiator_person}"]
        if inv.inisiator == "asn":
            lines += [f"NIP : {nip(r)}", f"Unit kerja : {inv.place}"]
    lines += [
        "",
        d.gist() if r.random() < 0.6 else "",
        d.initiator(),
        d.stage() if r.random() < 0.6 else "",
        f"Riwayat: aktif dalam kegiatan "
        f"{r.choice(['sosial kemasyarakatan', 'organisasi profesi', 'pemberdayaan warga'])} "
        f"sejak {r.randint(2005, 2018)}.",
    ]
    return "\n".join(x for x in lines if x is not None)


LAYOUTS = [
    (slides, 4),
    (leaflet, 2),
    (documentation, 2),
    (beneficiary_recap, 2),
    (channel_screenshots, 1),
    (testimony, 1),
    (innovator_profile, 1),
]

__all__ = ["LAYOUTS", "join_id"]
