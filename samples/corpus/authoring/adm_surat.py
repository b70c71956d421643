"""Letters: surat perintah / surat tugas, invitations, attendance lists, minutes, and certificates."""

from __future__ import annotations

import random

from samples.corpus.authoring.adm_bank import Innovation
from samples.corpus.authoring.adm_common import (
    Draft,
    Person,
    aktor_level,
    count_level,
    day_date,
    indo_date,
    jejaring_level,
    person,
    random_date,
    sdm_level,
    table,
)
from samples.corpus.authoring.adm_places import BUSINESSES, COMMUNITY, MEDIA, PARTNER_UNITS, UNIVERSITIES
from samples.corpus.authoring.adm_text import (
    abbrev,
    core,
    describe,
    english_bits,
    initiator,
    stage,
    wants_initiator,
)

_ZONES = {"Papua": "WIT", "Papua Barat": "WIT", "Maluku": "WIT", "Maluku Utara": "WIT"}
_WITA = {"Sulawesi", "Kalimantan Timur", "Kalimantan Selatan", "Kalimantan Utara", "Bali", "Nusa Tenggara"}
_HALLS = ["Aula Kantor", "Ruang Rapat", "Aula Serbaguna", "Ruang Pertemuan Lantai 2", "Balai Pertemuan"]


def zone(province: str) -> str:
    if province in _ZONES:
        return "WIT"
    return "WITA" if any(province.startswith(z) for z in _WITA) else "WIB"


def letterhead(rng: random.Random, inv: Innovation) -> list[str]:
    pem = inv.pemda
    street = rng.choice(
        ["Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Poros", "Jl. Veteran", "Jl. Pattimura"]
    )
    lines = [f"PEMERINTAH {pem.upper}", inv.opd.upper(), f"{street} No. {rng.randint(1, 150)} {pem.seat}"]
    if rng.random() < 0.5:
        lines.append(
            f"Telepon (0{rng.randint(211, 986)}) {rng.randint(21000, 89999)} "
            f"Email: {abbrev(inv.opd).lower()}@{pem.place.lower().replace(' ', '')}.go.id"
        )
    return [*lines, ""]


def _assignees(rng: random.Random, inv: Innovation, n: int, multi_unit: bool) -> tuple[list[list[str]], int]:
    units = [inv.opd]
    if multi_unit:
        units += rng.sample([u for u in PARTNER_UNITS if u != inv.opd], rng.randint(1, 4))
    rows = [["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"]]
    used = set()
    for i in range(n):
        p = person(rng)
        unit = units[i % len(units)]
        used.add(unit)
        post = rng.choice(["Kepala Seksi", "Staf", "Pengelola Program", "Fungsional", "Pranata Komputer"])
        rows.append([str(i + 1), p.name, p.nip, f"{p.pangkat} ({p.golongan})", f"{post} pada {unit}"])
    return rows, len(used)


def surat_perintah_tim(rng: random.Random, inv: Innovation, *, by_head: bool, english: bool = False) -> Draft:
    """Surat perintah: Dasar / MEMERINTAHKAN / Kepada / Untuk, assigning implementers of the innovation."""
    d = Draft(f"surat-perintah-{inv.slug}", "surat_tugas")
    core(d, inv)
    pem = inv.pemda
    year = rng.randint(2021, 2025)
    n = rng.choice([2, 3, 4, 6, 8, 12, 15, 22, 35])
    multi = rng.random() < 0.4
    rows, units = _assignees(rng, inv, n, multi)
    d.evidence("sdm", sdm_level(n))
    d.evidence("pelaksana", 3 if by_head else 2)
    if jejaring_level(units):
        d.evidence("jejaring", jejaring_level(units))
    title = rng.choice(["SURAT PERINTAH TUGAS", "SURAT PERINTAH", "SURAT TUGAS"])
    dasar = [
        "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah",
        f"Dokumen Pelaksanaan Anggaran {inv.opd} Tahun Anggaran {year}",
        f"Rencana kerja pelaksanaan inovasi {inv.name} Tahun {year}",
    ]
    rng.shuffle(dasar)
    tasks = [
        f"Melaksanakan kegiatan inovasi {inv.full} di wilayah {pem.name};",
        rng.choice(
            [
                "Melakukan pendampingan dan pencatatan hasil kegiatan setiap bulan;",
                "Menyampaikan laporan pelaksanaan tugas kepada pemberi perintah;",
                "Melaksanakan tugas ini dengan penuh tanggung jawab.",
            ]
        ),
    ]
    extra = []
    if rng.random() < 0.4:
        extra.append(describe(d, inv, rng))
    if rng.random() < 0.3:
        extra.append(stage(d, inv, rng, year))
    if wants_initiator(rng, inv, 0.25):
        extra.append(initiator(d, inv, rng))
    head = letterhead(rng, inv) if not by_head else [f"{pem.head.upper()} {pem.place.upper()}", ""]
    date = random_date(rng, year)
    signer = person(rng, senior=True)
    if by_head:
        sign = rng.choice(
            [
                [f"{pem.head.upper()} {pem.place.upper()},", "", "", signer.name.upper()],
                [
                    f"a.n. {pem.head.upper()} {pem.place.upper()}",
                    "SEKRETARIS DAERAH,",
                    "",
                    signer.name,
                    signer.pangkat,
                    f"NIP. {signer.nip}",
                ],
            ]
        )
    else:
        sign = [f"{inv.head.upper()},", "", "", signer.name, signer.pangkat, f"NIP. {signer.nip}"]
    body = [
        *head,
        title,
        f"Nomor : {rng.choice(['094', '800.1.11.1', '090'])}/{rng.randint(10, 999)}/{abbrev(inv.opd)}/{year}",
        "",
        "Dasar :",
        "\n".join(f"{i + 1}. {x};" for i, x in enumerate(dasar[: rng.randint(1, 3)])),
        "",
        "MEMERINTAHKAN:",
        "Kepada :",
        table(rows),
        "",
        "Untuk :",
        "\n".join(f"{i + 1}. {x}" for i, x in enumerate(tasks)),
        *extra,
    ]
    if english:
        body += english_bits(rng)
        d.tag("english_mixed")
    body += ["", f"Dikeluarkan di {pem.seat}", f"Pada tanggal {indo_date(date)}", "", *sign]
    if n > 12:
        split = body.index("Untuk :")
        d.page(*body[:split])
        d.page(*body[split:])
    else:
        d.page(*body)
    return d


def surat_tugas_short(rng: random.Random, inv: Innovation) -> Draft:
    """A few lines assigning one officer to carry out the innovation's field work."""
    d = Draft(f"surat-tugas-singkat-{inv.slug}", "surat_tugas")
    core(d, inv)
    year = rng.randint(2022, 2025)
    officer = person(rng)
    head = person(rng, senior=True)
    d.evidence("sdm", 1)
    d.evidence("pelaksana", 2)
    d.page(
        "SURAT TUGAS",
        f"No. {rng.randint(10, 400)}/{abbrev(inv.opd)}/{year}",
        f"{inv.head} {inv.pemda.name} menugaskan:",
        f"Nama : {officer.name}",
        f"NIP : {officer.nip}",
        f"Untuk melaksanakan inovasi {inv.name} pada {day_date(random_date(rng, year), rng.randint(0, 3))}.",
        "",
        f"{inv.head},",
        "[ttd]",
        head.name,
    )
    return d


def surat_tugas_bimtek(rng: random.Random, inv: Innovation, *, ocr: bool = False) -> Draft:
    """Assignment to attend a training on the innovation: evidence of one bimtek."""
    d = Draft(f"surat-tugas-bimtek-{inv.slug}", "surat_tugas")
    core(d, inv)
    year = rng.randint(2021, 2025)
    n = rng.randint(1, 5)
    rows, _ = _assignees(rng, inv, n, False)
    date = random_date(rng, year)
    d.evidence("bimtek", 1)
    organiser = rng.choice(
        [
            f"Badan Riset dan Inovasi Daerah {inv.pemda.name}",
            f"{inv.opd} {inv.pemda.name}",
            f"Badan Pengembangan Sumber Daya Manusia Provinsi {inv.pemda.province}",
        ]
    )
    signer = person(rng, senior=True)
    d.page(
        *letterhead(rng, inv),
        "SURAT TUGAS",
        f"Nomor: 800/{rng.randint(10, 999)}/{abbrev(inv.opd)}/{year}",
        "",
        f"Dasar : Surat {organiser} tentang Undangan Bimbingan Teknis Inovasi {inv.name}.",
        "",
        "MENUGASKAN",
        "Kepada :",
        table(rows),
        "",
        f"Untuk : Mengikuti Bimbingan Teknis Pengelolaan Inovasi {inv.full} yang diselenggarakan oleh "
        f"{organiser} pada {day_date(date, rng.randint(0, 3))} bertempat di {rng.choice(_HALLS)} "
        f"{organiser}.",
        "Segala biaya perjalanan dinas dibebankan pada DPA yang bersangkutan.",
        "",
        f"{inv.pemda.seat}, {indo_date(date)}",
        f"{inv.head},",
        "",
        signer.name,
        f"NIP. {signer.nip}",
    )
    return d


def surat_tugas_studi_tiru(rng: random.Random, inv: Innovation) -> Draft:
    """Assignment to visit another region to study its innovation: names it, but evidences no indicator."""
    d = Draft(f"surat-tugas-studi-tiru-{inv.slug}", "surat_tugas")
    core(d, inv)
    year = rng.randint(2022, 2025)
    rows, _ = _assignees(rng, inv, rng.randint(2, 4), False)
    host = rng.choice(["Kabupaten Banyuwangi", "Kota Surabaya", "Kabupaten Sumedang", "Kota Makassar"])
    if host == inv.pemda.name:
        host = "Kabupaten Kulon Progo"
    signer = person(rng, senior=True)
    d.page(
        *letterhead(rng, inv),
        "SURAT PERINTAH PERJALANAN DINAS" if rng.random() < 0.3 else "SURAT TUGAS",
        f"Nomor : 094/{rng.randint(10, 999)}/{year}",
        "",
        "Yang bertanda tangan di bawah ini menugaskan kepada:",
        table(rows),
        "",
        f"Untuk melaksanakan studi tiru (benchmarking) pengelolaan inovasi sejenis {inv.name} ke {host} "
        f"selama {rng.randint(2, 4)} hari, mulai {indo_date(random_date(rng, year))}.",
        "Setelah melaksanakan tugas agar membuat laporan tertulis.",
        "",
        f"{inv.head},",
        "",
        signer.name,
    )
    return d


# --- invitations, attendance lists, minutes -------------------------------------------------------


def _invitation_block(rng: random.Random, inv: Innovation, date, hall: str, acara: str) -> list[str]:
    start = rng.choice(["08.00", "08.30", "09.00", "13.30"])
    return [
        f"Hari/Tanggal : {day_date(date, rng.randint(0, 3))}",
        f"Pukul : {start} {zone(inv.pemda.province)} s.d. selesai",
        f"Tempat : {hall}",
        f"Acara : {acara}",
    ]


def _previous_trainings(rng: random.Random, year: int, count: int) -> tuple[str, list]:
    dates = sorted(random_date(rng, y) for y in range(year - count, year))
    phrase = " dan ".join(f"tahap {['I', 'II', 'III'][i]} pada {indo_date(x)}" for i, x in enumerate(dates))
    return phrase, dates


def undangan_bimtek(rng: random.Random, inv: Innovation, *, with_list: bool, follow_up: int = 0) -> Draft:
    """Invitation letter to a training (bimtek) on the innovation, optionally with its attendance list.

    `follow_up` earlier trainings named in the letter raise the bimtek level.
    """
    d = Draft(f"undangan-bimtek-{inv.slug}", "undangan_daftar_hadir")
    core(d, inv)
    pem = inv.pemda
    year = rng.randint(2022, 2025)
    date = random_date(rng, year)
    hall = f"{rng.choice(_HALLS)} {inv.opd}"
    d.evidence("bimtek", count_level(1 + follow_up))
    opening = (
        f"Dalam rangka meningkatkan kapasitas pelaksana inovasi {inv.full}, bersama ini kami mengundang "
        f"Bapak/Ibu/Saudara untuk hadir pada Bimbingan Teknis yang akan dilaksanakan pada:"
    )
    if follow_up:
        phrase, _ = _previous_trainings(rng, year, follow_up)
        opening = (
            f"Menindaklanjuti Bimbingan Teknis inovasi {inv.name} {phrase}, bersama ini kami mengundang "
            f"Bapak/Ibu untuk mengikuti Bimbingan Teknis Lanjutan pada:"
        )
    invitees = rng.sample(
        [
            "Kepala Puskesmas se-" + pem.place,
            "Operator inovasi pada masing-masing unit",
            "Kader pelaksana",
            "Camat se-" + pem.place,
            "Kepala Desa/Lurah",
            "Pengelola program",
            "Kepala Sekolah",
        ],
        3,
    )
    signer = person(rng, senior=True)
    letter = [
        *letterhead(rng, inv),
        f"{pem.seat}, {indo_date(date.replace(day=max(1, date.day - 3)))}",
        f"Nomor : 005/{rng.randint(10, 999)}/{abbrev(inv.opd)}/{year}",
        "Sifat : Penting",
        "Lampiran : -",
        f"Perihal : Undangan Bimtek {inv.name}",
        "",
        "Kepada Yth.",
        "\n".join(f"{i + 1}. {x}" for i, x in enumerate(invitees)),
        "di -",
        "Tempat",
        "",
        opening,
        *_invitation_block(rng, inv, date, hall, f"Bimbingan Teknis Inovasi {inv.name}"),
        "",
        rng.choice(
            [
                "Mengingat pentingnya acara dimaksud, diharapkan kehadiran tepat waktu.",
                "Demikian atas perhatian dan kehadirannya diucapkan terima kasih.",
            ]
        ),
        "",
        f"{inv.head},",
        "",
        signer.name,
    ]
    if rng.random() < 0.4:
        letter.insert(letter.index(opening) + 1, describe(d, inv, rng))
    if rng.random() < 0.3:
        letter.insert(letter.index(opening) + 1, stage(d, inv, rng, year))
    d.page(*letter)
    if with_list:
        d.page(*_attendance(rng, inv, f"Bimbingan Teknis Inovasi {inv.name}", date, hall, rng.randint(8, 30)))
    return d


_PARTICIPANTS = {
    "kesehatan": (
        ["Bidan Desa", "Perawat", "Kader", "Pengelola Program Gizi", "Kepala Puskesmas", "Sanitarian"],
        ["Puskesmas Induk", "Puskesmas Pembantu", "Posyandu Melati", "Posyandu Mawar"],
    ),
    "pendidikan": (
        ["Guru", "Kepala Sekolah", "Operator Dapodik", "Pengawas Sekolah", "Tenaga Kependidikan"],
        ["SD Negeri 1", "SD Negeri 4", "SMP Negeri 1", "SMP Negeri 5", "Kelompok Kerja Guru"],
    ),
    "desa": (
        ["Kepala Desa", "Sekretaris Desa", "Kaur Keuangan", "Kader", "Pendamping Desa", "Ketua BPD"],
        ["Desa Sukamaju", "Desa Bontoa", "Desa Sidomulyo", "Kecamatan Kota", "Tenaga Ahli P3MD"],
    ),
    "default": (
        ["Kepala Seksi", "Staf", "Operator", "Pengelola Program", "Fungsional", "Kepala Subbagian"],
        ["Kecamatan Kota", "Kecamatan Utara", "Bappeda", "Sekretariat Daerah", "Kelurahan"],
    ),
}


def _attendance(rng: random.Random, inv: Innovation, activity: str, date, hall: str, n: int) -> list[str]:
    header = rng.choice(
        [
            ["No", "Nama", "Jabatan", "Instansi", "Tanda Tangan"],
            ["NO", "NAMA / NIP", "JABATAN", "TTD"],
            ["No", "Nama", "Unit Kerja", "No. HP", "Tanda Tangan"],
        ]
    )
    rows = [header]
    posts, places = _PARTICIPANTS.get(inv.urusan, _PARTICIPANTS["default"])
    for i in range(n):
        post = rng.choice(posts)
        p = person(rng, plain=post in ("Kader", "Ketua RT", "Tokoh Masyarakat", "Petani", "Pelaku Usaha"))
        sign = rng.choice([f"{i + 1}. ....", "ttd", "(ttd)", "", "✓"])
        unit = rng.choice([inv.opd, *places])
        if len(header) == 5 and header[3] == "Instansi":
            rows.append([str(i + 1), p.name, post, unit, sign])
        elif len(header) == 4:
            rows.append([str(i + 1), f"{p.name} / {p.nip}", post, sign])
        else:
            rows.append([str(i + 1), p.name, unit, f"08{rng.randint(1100000000, 1399999999)}", sign])
    return [
        "DAFTAR HADIR",
        f"Kegiatan : {activity}",
        f"Hari/Tanggal : {day_date(date, rng.randint(0, 3))}",
        f"Tempat : {hall}",
        "",
        table(rows),
        "",
        f"{inv.pemda.seat}, {indo_date(date)}",
        "Panitia Pelaksana,",
        "",
        person(rng).name,
    ]


def daftar_hadir(rng: random.Random, inv: Innovation, kind: str) -> Draft:
    """Attendance list alone. A training list is bimtek evidence; a socialisation or meeting list is not."""
    d = Draft(f"daftar-hadir-{kind}-{inv.slug}", "undangan_daftar_hadir")
    core(d, inv)
    year = rng.randint(2021, 2025)
    date = random_date(rng, year)
    activity = {
        "bimtek": rng.choice(
            [
                f"Bimbingan Teknis Inovasi {inv.name}",
                f"Pelatihan Operator {inv.name}",
                f"Bimtek Penggunaan {inv.name} bagi Petugas",
            ]
        ),
        "sosialisasi": f"Sosialisasi Inovasi {inv.name} kepada Masyarakat",
        "rapat": f"Rapat Koordinasi Pelaksanaan {inv.name}",
    }[kind]
    if kind == "bimtek":
        d.evidence("bimtek", 1)
    n = rng.randint(6, 40)
    rows = _attendance(rng, inv, activity, date, f"{rng.choice(_HALLS)} {inv.opd}", n)
    if n > 22:
        d.page(*rows[:5], "\n".join(rows[5].split("\n")[:20]))
        d.page("\n".join([rows[5].split("\n")[0], *rows[5].split("\n")[20:]]), *rows[6:])
    else:
        d.page(*rows)
    return d


def undangan_fgd(rng: random.Random, inv: Innovation, english: bool = False) -> Draft:
    """FGD / rembug invitation addressed to several kinds of actors: evidence of actor involvement."""
    d = Draft(f"undangan-fgd-{inv.slug}", "undangan_daftar_hadir")
    core(d, inv)
    year = rng.randint(2021, 2025)
    date = random_date(rng, year)
    pool = [
        ("gov", f"Kepala {rng.choice([u for u in PARTNER_UNITS if u != inv.opd])} {inv.pemda.name}"),
        ("academia", f"Rektor {rng.choice(UNIVERSITIES)} (atau yang mewakili)"),
        ("business", f"Pimpinan {rng.choice(BUSINESSES)}"),
        ("community", f"Ketua {rng.choice(COMMUNITY)} {inv.pemda.place}"),
        ("media", f"Pimpinan Redaksi {rng.choice(MEDIA)} {inv.pemda.place}"),
    ]
    k = rng.choice([2, 3, 4, 5])
    chosen = [pool[0], *rng.sample(pool[1:], k - 1)]
    level = aktor_level(len({kind for kind, _ in chosen}))
    if level:
        d.evidence("aktor", level)
    event = rng.choice(["Focus Group Discussion (FGD)", "Rembug Warga", "Forum Konsultasi Publik"])
    signer = person(rng, senior=True)
    body = [
        *letterhead(rng, inv),
        f"Nomor : 005/{rng.randint(10, 999)}/{abbrev(inv.opd)}/{year}",
        f"Hal : Undangan {event}",
        "",
        "Yth.",
        "\n".join(f"{i + 1}. {who}" for i, (_, who) in enumerate(chosen)),
        "",
        f"Dengan hormat, dalam rangka penguatan inovasi {inv.full}, kami mengharapkan kehadiran "
        f"Bapak/Ibu pada {event} yang akan diselenggarakan pada:",
        *_invitation_block(rng, inv, date, f"{rng.choice(_HALLS)} {inv.opd}", f"{event} Inovasi {inv.name}"),
    ]
    if rng.random() < 0.5:
        body.append(describe(d, inv, rng))
    if rng.random() < 0.4:
        body.append(stage(d, inv, rng, year))
    if wants_initiator(rng, inv, 0.35):
        body.append(initiator(d, inv, rng))
    if english:
        body += english_bits(rng)
        d.tag("english_mixed")
    body += [
        "",
        "Atas perhatian dan kehadirannya kami ucapkan terima kasih.",
        "",
        f"{inv.head},",
        "",
        signer.name,
    ]
    d.page(*body)
    return d


_NEGATIONS = [
    ("regulasi", "SK Tim Inovasi {name} sedang disusun oleh Bagian Hukum dan belum ditandatangani."),
    ("anggaran", "Anggaran khusus untuk {name} belum tersedia dan akan diusulkan pada tahun anggaran depan."),
    ("kemudahan_proses", "Belum ada SOP layanan {name}; tim diminta menyusun draf SOP."),
    ("pedoman_teknis", "Buku panduan/juknis {name} masih dalam proses penyusunan."),
    ("replikasi", "Belum ada daerah lain yang mereplikasi {name}, meskipun beberapa daerah sudah bertanya."),
    ("rkpd", "{name} belum masuk dalam RKPD dan akan diusulkan melalui musrenbang berikutnya."),
    ("sdm", "Tim pelaksana {name} belum dibentuk secara resmi."),
    ("monev", "Monitoring dan evaluasi {name} belum pernah dilakukan."),
]


def notulen(
    rng: random.Random, inv: Innovation, *, negation: bool, monev: bool = False, english: bool = False
) -> Draft:
    """Minutes of a meeting: discussion points, some of which say what is still missing."""
    d = Draft(f"notulen-{'monev' if monev else 'rapat'}-{inv.slug}", "undangan_daftar_hadir")
    core(d, inv)
    year = rng.randint(2021, 2025)
    date = random_date(rng, year)
    lead = person(rng, senior=True)
    points = [f"{inv.head} membuka rapat dan menyampaikan perkembangan inovasi {inv.name}."]
    if rng.random() < 0.6:
        points.append(describe(d, inv, rng))
    if rng.random() < 0.6:
        points.append(stage(d, inv, rng, year))
    if wants_initiator(rng, inv, 0.5):
        points.append(initiator(d, inv, rng))
    if monev:
        d.evidence("monev", 1)
        points += [
            f"Hasil monitoring triwulan: dari {rng.randint(8, 40)} lokasi, {rng.randint(3, 7)} lokasi belum "
            f"melaporkan data secara rutin.",
            rng.choice(
                [
                    "Kendala utama: pergantian petugas dan keterbatasan sarana.",
                    "Kendala utama: pelaporan dari lokasi belum tepat waktu.",
                ]
            ),
            "Rekomendasi evaluasi: pendampingan ulang bagi lokasi dengan capaian rendah.",
        ]
    if negation:
        for code, sentence in rng.sample(_NEGATIONS, rng.randint(1, 3)):
            if code == "monev" and monev:
                continue
            points.append(sentence.format(name=inv.name))
            d.negate(code)
    points.append(rng.choice(["Rapat ditutup pukul 12.15.", "Tindak lanjut dibahas pada rapat berikutnya."]))
    if english:
        points += english_bits(rng)
        d.tag("english_mixed")
    title = (
        "NOTULEN RAPAT MONITORING DAN EVALUASI" if monev else rng.choice(["NOTULEN RAPAT", "NOTULA RAPAT"])
    )
    if english:
        title += " (MINUTES OF MEETING)"
    d.page(
        title,
        f"Hari/Tanggal : {day_date(date, rng.randint(0, 3))}",
        f"Tempat : {rng.choice(_HALLS)} {inv.opd}",
        f"Pimpinan Rapat : {lead.name}",
        f"Peserta : {rng.randint(8, 30)} orang (daftar hadir terlampir)",
        f"Acara : {'Monitoring dan Evaluasi' if monev else 'Pembahasan'} Inovasi {inv.name}",
        "",
        "Pembahasan:",
        "\n".join(f"{i + 1}. {p}" for i, p in enumerate(points)),
        "",
        f"{inv.pemda.seat}, {indo_date(date)}",
        "Notulis,",
        "",
        person(rng).name,
    )
    return d


# --- certificates ---------------------------------------------------------------------------------


def sertifikat_pelatihan(
    rng: random.Random,
    inv: Innovation,
    *,
    role: str = "PESERTA",
    english: bool = False,
    materials: bool = False,
) -> Draft:
    """Training certificate: evidence of one bimtek. Usually well under 80 words."""
    d = Draft(f"sertifikat-{role.lower()}-{inv.slug}", "sertifikat")
    core(d, inv)
    d.evidence("bimtek", 1)
    year = rng.randint(2021, 2025)
    who = person(rng)
    signer = person(rng, senior=True)
    date = random_date(rng, year)
    hours = rng.choice([16, 24, 32, 40])
    lines = [
        "SERTIFIKAT" if not english else "SERTIFIKAT / CERTIFICATE",
        f"Nomor: {rng.randint(100, 999)}/{abbrev(inv.opd)}/BIMTEK/{year}",
        "diberikan kepada" if not english else "diberikan kepada / awarded to",
        who.name.upper(),
        f"NIP. {who.nip}" if rng.random() < 0.5 else "",
        f"sebagai {role}" + (" (participant)" if english and role == "PESERTA" else ""),
        f"Bimbingan Teknis Inovasi {inv.full}",
        f"yang diselenggarakan oleh {inv.opd} {inv.pemda.name} pada {indo_date(date)} ({hours} JP)",
        "",
        f"{inv.pemda.seat}, {indo_date(date)}",
        f"{inv.head},",
        signer.name,
    ]
    if english:
        d.tag("english_mixed")
        lines.insert(8, "in recognition of successful completion of the technical training")
    d.page(*lines)
    if materials:
        rows = [["No", "Materi", "JP"]]
        topics = [
            f"Kebijakan inovasi daerah dan {inv.name}",
            "Tata cara pelaksanaan dan pelaporan",
            "Praktik lapangan",
            "Evaluasi dan rencana tindak lanjut",
        ]
        for i, t in enumerate(topics):
            rows.append([str(i + 1), t, str(hours // 4)])
        rows.append(["", "Jumlah", str(hours)])
        d.page("MATERI PELATIHAN", table(rows))
    return d


def piagam_penghargaan(rng: random.Random, inv: Innovation, *, english: bool = False) -> Draft:
    """Award charter for an innovation: names it and the unit, evidences no indicator."""
    d = Draft(f"piagam-{inv.slug}", "sertifikat")
    core(d, inv)
    year = rng.randint(2021, 2025)
    rank = rng.choice(["JUARA I", "JUARA II", "JUARA III", "TOP 10", "INOVASI TERBAIK"])
    giver = rng.choice(
        [
            f"{inv.pemda.head} {inv.pemda.place}",
            f"Gubernur {inv.pemda.province}",
            "Kepala Badan Strategi Kebijakan Dalam Negeri",
            f"Kepala Badan Riset dan Inovasi Daerah {inv.pemda.name}",
        ]
    )
    lines = [
        "PIAGAM PENGHARGAAN",
        f"Nomor : {rng.randint(1, 300)}/PIAGAM/{year}",
        "diberikan kepada",
        f"{inv.opd.upper()} {inv.pemda.upper}",
        "atas prestasinya sebagai",
        rank,
        f"Lomba Inovasi Daerah Tahun {year}",
        f'dengan inovasi "{inv.name}"',
        "",
        f"{indo_date(random_date(rng, year, 8, 12))}",
        giver.upper() if rng.random() < 0.5 else giver,
        "",
        person(rng, senior=True).name,
    ]
    if english:
        d.tag("english_mixed")
        lines[0] = "CERTIFICATE OF APPRECIATION"
        lines[2] = "This certificate is proudly presented to"
        lines[4] = "in recognition of outstanding achievement as"
        lines[6] = f"Regional Innovation Competition (Lomba Inovasi Daerah) {year}"
    d.page(*lines)
    return d


def sertifikat_kader(rng: random.Random, inv: Innovation, trainer: Person | None = None) -> Draft:
    """Certificate for a community cadre trained to run the innovation."""
    d = Draft(f"sertifikat-kader-{inv.slug}", "sertifikat")
    core(d, inv)
    d.evidence("bimtek", 1)
    year = rng.randint(2021, 2025)
    who = person(rng)
    trainer = trainer or person(rng, senior=True)
    village = rng.choice(
        ["Desa Sukamaju", "Desa Bontoa", "Kelurahan Lembang", "Desa Tamangapa", "Gampong Lamteh"]
    )
    d.page(
        "SERTIFIKAT PELATIHAN KADER",
        f"Diberikan kepada: {who.name.split(',')[0]} ({village})",
        f"Telah mengikuti Pelatihan Kader {inv.name} yang dilaksanakan {inv.opd} {inv.pemda.name} "
        f"tanggal {indo_date(random_date(rng, year))}.",
        "",
        f"{inv.head}",
        trainer.name,
    )
    return d
