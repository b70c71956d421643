"""Publication layouts: independent news article with dateline, the regional government's own news page,
a social-media post, a press release, and news about innovation competitions that names no innovation.
"""

from __future__ import annotations

from string import capwords

from .narrative_evidence import Draft, join_id, number_id
from .narrative_facts import MONTHS
from .narrative_places import INDEPENDENT_MEDIA, Region, person
from .narrative_text import sentences

OTHER_HEADLINES = [
    "Harga Cabai Naik Jelang Akhir Tahun",
    "Jalan Poros Rusak Parah, Warga Tanam Pisang",
    "Pemkab Gelar Pasar Murah di Lima Kecamatan",
    "BPBD Imbau Warga Waspada Cuaca Ekstrem",
    "Ribuan Warga Ikuti Jalan Sehat Hari Jadi Daerah",
    "Dua Kecamatan Terendam Banjir",
]
NATIONAL_MEDIA = [
    "Kompas.com",
    "Antara",
    "Detik.com",
    "Republika",
    "RRI",
    "Sindonews",
    "Tempo.co",
    "Liputan6.com",
    "CNN Indonesia",
    "Kumparan",
    "Tribunnews.com",
    "iNews.id",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PLAN = {
    "kemanfaatan": 0.6,
    "replikasi": 0.25,
    "regulasi": 0.25,
    "anggaran": 0.25,
    "sdm": 0.2,
    "informasi_layanan": 0.3,
    "kemudahan_proses": 0.25,
    "kecepatan_penciptaan": 0.15,
    "aktor": 0.15,
    "jejaring": 0.15,
    "monev": 0.15,
}


def _official(d: Draft) -> tuple[str, str]:
    r, f = d.rng, d.f
    if d.inv.inisiator == "kepala_daerah" and r.random() < 0.5:
        return person(r, with_degree=False), f.region.head
    return person(r, with_degree=False), r.choice(
        [f.head_of_opd, f"Kepala {d.inv.place}" if d.inv.unit else f.head_of_opd, "Sekretaris " + d.inv.opd]
    )


def _quote(d: Draft, text: str) -> str:
    """Wrap a sentence as a quotation from an official, the way news articles carry facts."""
    if not text:
        return ""
    name, role = _official(d)
    verb = d.rng.choice(["kata", "ujar", "jelas", "ungkap", "tutur"])
    return f'"{text.rstrip(".")}," {verb} {name}, {role}.'


def _headline(d: Draft) -> str:
    inv, f, r = d.inv, d.f, d.rng
    short = f.region.short
    return r.choice(
        [
            f"{inv.place} Luncurkan {inv.name}, {capwords(inv.target)} Kini Lebih Mudah Terlayani",
            f"Lewat {inv.name}, {inv.opd} {short} Jawab Keluhan Warga",
            f"Inovasi {inv.name} {short} Tuai Apresiasi",
            f"Mengenal {inv.name}, Inovasi {inv.place} untuk {capwords(inv.target)}",
            f"{short} Perluas {inv.name} ke Seluruh Kecamatan",
        ]
    )


def news_article(d: Draft) -> str:
    d.plan(PLAN)
    inv, f, r = d.inv, d.f, d.rng
    media = r.choice(NATIONAL_MEDIA)
    d.indicators["sosialisasi"] = 3  # the article itself is independent media coverage
    day = r.randint(1, 28)
    lead = sentences(
        f"{f.region.dateline}, {media.upper() if r.random() < 0.5 else media} – {inv.place} "
        f"{f.region.pemda} {r.choice(['terus mengembangkan', 'memperkenalkan', 'mengandalkan'])} {inv.full} "
        f"untuk {r.choice(['menjawab', 'mengatasi'])} persoalan yang selama ini dihadapi {inv.target}.",
        d.problem(),
    )
    paras = [
        _headline(d),
        f"{DAYS[r.randint(0, 6)]}, {day} {MONTHS[r.randint(0, 11)]} {f.t0} "
        f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d} WIB",
        lead,
    ]
    paras.append(_quote(d, d.method()))
    if r.random() < 0.6:
        paras.append("Baca juga: " + r.choice(OTHER_HEADLINES))
    facts = [
        x
        for x in (
            d.say(c)
            for c in ("kemanfaatan", "replikasi", "informasi_layanan", "kemudahan_proses", "anggaran", "sdm")
        )
        if x
    ]
    for text in facts:
        paras.append(_quote(d, text) if r.random() < 0.5 else text)
    paras.append(
        sentences(d.stage() if r.random() < 0.8 else "", d.initiator() if r.random() < 0.5 else "", *d.rest())
    )
    if d.second:
        d.tags.add("two_innovations")
        paras.append(f"Selain {inv.name}, {inv.opd} juga menyiapkan {d.second.full}. {d.second.method}")
    paras.append(
        r.choice(
            [
                f"({''.join(w[0] for w in person(r, False).split()).lower()}/"
                f"{r.choice(['ant', 'kmp', 'trb', 'dtk', 'rri'])})",
                f"Penulis: {person(r, False)}\nEditor: {person(r, False)}",
                f"Reporter: {person(r, False)}",
            ]
        )
    )
    return "\n\n".join(p for p in paras if p)


def pemda_news(d: Draft) -> str:
    """News on the regional government's or the unit's own website."""
    d.plan(PLAN)
    inv, f, r = d.inv, d.f, d.rng
    d.indicators["sosialisasi"] = 2
    town = f.region.short.lower().replace(" ", "")
    site = r.choice([f"{town}kab.go.id", f"diskominfo.{town}.go.id", "Berita Daerah"])
    head = [
        _headline(d),
        f"Diposting oleh: Admin {r.choice(['Diskominfo', 'Humas', 'Prokopim'])} | "
        f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0} | Dilihat: {number_id(r.randint(40, 4200))} "
        f"kali",
    ]
    body = [
        sentences(
            f"{f.region.dateline.title()} – {f.region.head} "
            f"{r.choice(['meninjau', 'meresmikan', 'mengapresiasi'])} "
            f"pelaksanaan {inv.full} di {inv.place}.",
            d.problem(),
        ),
        d.method(),
        _quote(d, d.say("kemanfaatan")),
        sentences(*(x for x in (d.say(c) for c in PLAN) if x)),
        d.initiator() if r.random() < 0.6 else "",
        sentences(d.stage(), *d.rest()) if r.random() < 0.7 else sentences(*d.rest()),
        f"Sumber: {site}",
    ]
    return "\n\n".join(head + [b for b in body if b])


def social_post(d: Draft) -> str:
    """Instagram/Facebook caption of the unit or the government; short."""
    d.plan({"informasi_layanan": 0.5, "kemanfaatan": 0.3, "kemudahan_proses": 0.3})
    inv, f, r = d.inv, d.f, d.rng
    d.indicators["sosialisasi"] = 2
    account = r.choice(
        [
            f.region.handle,
            "@" + f.opd_acronym.lower() + f.region.short.lower().replace(" ", ""),
            f"@humas{f.region.short.lower().replace(' ', '')}",
        ]
    )
    tags = " ".join(
        "#" + t
        for t in r.sample(
            [
                inv.name.replace(" ", "").replace("-", ""),
                "InovasiDaerah",
                f.region.short.replace(" ", ""),
                "PelayananPublik",
                "IGA" + str(f.t0),
                "MelayaniDenganHati",
                "BanggaInovasi",
            ],
            4,
        )
    )
    body = sentences(
        r.choice(
            ["Halo Sobat!", "Kabar baik untuk warga!", f"#InfoLayanan {f.region.short}", "Tahukah kamu?"]
        ),
        f"Kini ada {inv.full} dari {inv.place}.",
        d.gist() if r.random() < 0.5 else d.method(),
        d.say("kemudahan_proses"),
        d.say("informasi_layanan"),
        d.say("kemanfaatan"),
    )
    likes = number_id(r.randint(12, 2300))
    return f"{account}\n{body}\n\n{tags}\n\n{likes} suka · {r.randint(1, 90)} komentar"


def press_release(d: Draft) -> str:
    d.plan(PLAN)
    inv, f, r = d.inv, d.f, d.rng
    d.indicators["sosialisasi"] = 2
    number = f"{r.randint(1, 240)}/SP/{r.choice(['Diskominfo', 'Prokopim', 'Humas'])}/{f.t0}"
    paras = [
        f"SIARAN PERS\nNomor: {number}",
        _headline(d),
        sentences(
            f"{f.region.dateline.title()}, {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0} – "
            f"Pemerintah {f.region.pemda} melalui {inv.opd} menghadirkan {inv.full}.",
            d.problem(),
        ),
        d.method(),
        _quote(d, sentences(*(x for x in (d.say(c) for c in PLAN) if x))),
        sentences(d.stage(), d.initiator() if r.random() < 0.5 else "", *d.rest()),
        f"Narahubung: {person(r, False)} ({r.choice(['Humas', 'Diskominfo', 'Protokol'])})",
    ]
    return "\n\n".join(p for p in paras if p)


def competition_news(region: Region, rng) -> tuple[str, str]:
    """News about innovation awards, competitions or meetings that names no single innovation.

    Returns (text, organiser OPD).
    """
    r = rng
    year = r.choice([2023, 2024, 2025])
    organiser = r.choice(
        [
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
            "Badan Riset dan Inovasi Daerah",
            "Bagian Organisasi Sekretariat Daerah",
            "Badan Perencanaan Pembangunan Daerah",
        ]
    )
    count = r.randint(24, 310)
    media = r.choice([*INDEPENDENT_MEDIA, "Humas Pemda", "Prokopim"])
    topic = r.choice(["award", "lomba", "rakor", "bimtek", "gelar"])
    if topic == "award":
        grade = r.choice(["Sangat Inovatif", "Inovatif"])
        title = f"{region.short} Raih Predikat {grade} di Innovative Government Award {year}"
        body = [
            f"{region.dateline}, {media} – Pemerintah {region.pemda} kembali meraih predikat "
            f"{r.choice(['Sangat Inovatif', 'Inovatif'])} dalam penilaian Indeks Inovasi Daerah tahun {year} "
            f"yang diselenggarakan Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri.",
            f"Penghargaan diterima langsung {region.head} dalam malam penganugerahan Innovative Government "
            f"Award "
            f"di Jakarta.",
            f'"Tahun ini kami melaporkan {count} inovasi dari seluruh perangkat daerah. Terima kasih '
            f"kepada semua "
            f'OPD yang sudah bekerja keras melengkapi data dukung," kata {region.head}.',
            "Menurutnya, predikat tersebut bukan tujuan akhir. Pemerintah daerah akan terus mendorong ASN "
            "dan "
            "masyarakat melahirkan inovasi baru.",
        ]
    elif topic == "lomba":
        title = f"Lomba Inovasi Daerah {region.pemda} Tahun {year} Resmi Dibuka"
        body = [
            f"{region.dateline}, {media} – Lomba Inovasi Daerah tingkat {region.pemda.split()[0].lower()} "
            f"tahun "
            f"{year} resmi dibuka. Lomba terbuka bagi perangkat daerah, kecamatan, sekolah, puskesmas, dan "
            f"masyarakat umum.",
            f"Panitia menyediakan hadiah bagi {r.randint(3, 10)} inovasi terbaik pada kategori tata kelola, "
            f"pelayanan publik, dan inovasi lainnya.",
            f"Pendaftaran dibuka hingga akhir {MONTHS[r.randint(4, 9)]} dan proposal dikirim dalam format "
            f"rancang "
            f"bangun enam bagian.",
        ]
    elif topic == "rakor":
        title = f"Rakor Percepatan Pengisian Indeks Inovasi Daerah {year}"
        body = [
            f"{region.dateline}, {media} – Pemerintah {region.pemda} menggelar rapat koordinasi percepatan "
            f"pengisian data Indeks Inovasi Daerah tahun {year} yang diikuti operator inovasi dari seluruh "
            f"perangkat daerah.",
            f"Sampai pekan ini baru {count} inovasi yang diinput, dan sebagian besar belum melengkapi data "
            f"dukung "
            f"seperti SK penetapan, video, dan bukti kemanfaatan.",
            "Peserta diminta menyelesaikan unggahan sebelum batas waktu yang ditetapkan Kementerian Dalam "
            "Negeri.",
        ]
    elif topic == "bimtek":
        title = f"ASN {region.short} Ikuti Bimtek Penyusunan Proposal Inovasi"
        body = [
            f"{region.dateline}, {media} – Sebanyak {r.randint(40, 180)} ASN dari berbagai perangkat daerah "
            f"mengikuti bimbingan teknis penyusunan proposal dan rancang bangun inovasi daerah.",
            "Narasumber dari Badan Strategi Kebijakan Dalam Negeri menjelaskan indikator penilaian dan cara "
            "menyiapkan data dukung yang sah.",
            "Peserta berlatih menulis dasar hukum, permasalahan, isu strategis, metode pembaharuan, "
            "keunggulan, "
            "dan tahapan inovasi.",
        ]
    else:
        title = f"Gelar Inovasi Daerah {region.short}: {count} Inovasi Dipamerkan"
        body = [
            f"{region.dateline}, {media} – Ratusan warga memadati gelar inovasi daerah di halaman kantor "
            f"{region.head.split()[0].lower()} yang menampilkan {count} inovasi dari perangkat daerah, "
            f"kecamatan, "
            "dan desa.",
            "Pengunjung dapat mencoba langsung berbagai layanan dan berdiskusi dengan para inovator.",
            f"Kegiatan ini menjadi bagian dari rangkaian hari jadi {region.pemda}.",
        ]
    body.append(
        r.choice(
            [
                f"({''.join(w[0] for w in person(r, False).split()).lower()})",
                f"Editor: {person(r, False)}",
                "",
            ]
        )
    )
    return "\n\n".join([title, *[b for b in body if b]]), organiser


LAYOUTS = [(news_article, 4), (pemda_news, 3), (social_post, 2), (press_release, 2)]

__all__ = ["LAYOUTS", "competition_news", "join_id"]
