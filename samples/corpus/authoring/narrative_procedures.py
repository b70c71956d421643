"""Guides and procedures: manual book of an application, technical guide (juknis), short how-to guide,
SOP in the administrative format (Permenpan 35/2012), service standard, puskesmas-style SOP and a simple
numbered SOP.
"""

from __future__ import annotations

from . import narrative_english as en
from .narrative_evidence import Draft, join_id
from .narrative_facts import MONTHS, level_channels, level_days, level_sdm
from .narrative_places import nip, person
from .narrative_text import PAGE, bullet_list, duties, legal_basis, paginate, purpose, sentences, signature

MENU_USES = [
    "melihat ringkasan data",
    "mengisi data baru",
    "memeriksa data yang masuk",
    "mencetak rekap",
    "mengubah data akun",
    "melihat status permohonan",
]
MENU_ACTIONS = ["isi kolom yang tersedia", "pilih periode data", "klik tombol Simpan", "klik tombol Unduh"]


def steps(d: Draft) -> list[str]:
    inv, r = d.inv, d.rng
    site = f"{inv.name.lower().replace(' ', '')}.{d.f.region.short.lower().replace(' ', '')}.go.id"
    if inv.digital and inv.bentuk == "pelayanan_publik":
        bank = [
            f"Pengguna membuka laman {site} atau aplikasi {inv.name} di telepon genggam",
            "Pengguna mendaftar akun dengan NIK dan nomor telepon yang aktif",
            "Pengguna memilih menu layanan dan mengisi formulir permohonan",
            "Pengguna mengunggah dokumen persyaratan",
            "Operator memverifikasi kelengkapan berkas di sistem",
            "Kepala seksi memeriksa dan menyetujui permohonan",
            "Sistem mengirim notifikasi dan hasil layanan dapat diunduh pengguna",
        ]
    elif inv.digital:
        bank = [
            "Operator masuk ke aplikasi dengan akun yang diberikan admin",
            "Operator memilih menu Input Data dan mengisi data sesuai format",
            "Operator menyimpan dan mengirim data",
            "Verifikator memeriksa data yang masuk",
            "Pimpinan menyetujui data melalui menu Persetujuan",
            "Sistem menyusun rekap otomatis pada menu Laporan",
        ]
    elif inv.bentuk == "pelayanan_publik":
        bank = [
            f"Warga datang ke {inv.place} atau menunggu jadwal kunjungan petugas",
            "Petugas menerima dan mencatat kebutuhan warga pada buku register",
            "Petugas memeriksa kelengkapan persyaratan",
            "Petugas memberikan layanan",
            "Petugas mencatat hasil layanan dan menjadwalkan tindak lanjut",
            "Koordinator merekap layanan setiap akhir bulan",
        ]
    else:
        bank = [
            "Tim menyusun jadwal kegiatan bulanan",
            "Tim mendata sasaran bersama aparat desa atau kelurahan",
            "Tim melaksanakan kegiatan di lapangan",
            "Petugas mencatat hasil kegiatan pada formulir",
            "Tim membahas rencana kegiatan berikutnya dalam rapat bulanan",
            f"Koordinator menyampaikan laporan kepada {d.f.head_of_opd}",
        ]
    if inv.digital:  # the steps name the application, which makes the jenis plain
        d.shown.add("jenis")
    count = r.randint(max(3, len(bank) - 2), len(bank))
    return bank[:count]


def _durations(d: Draft, n: int) -> tuple[list[str], str]:
    """Per-step durations that add up to the SOP's total, and the total as written."""
    f, r = d.f, d.rng
    if "menit" in f.process_phrase or "jam" in f.process_phrase:
        total = int(f.process_phrase.split()[0]) * (60 if "jam" in f.process_phrase else 1)
        cuts = sorted(r.sample(range(1, total), n - 1)) if total > n else list(range(1, n))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        return [f"{p} menit" for p in parts], f.process_phrase
    days = f.process_days
    if days == 1 and d.inv.digital:  # an online procedure takes minutes
        parts = [r.choice([2, 5, 5, 10, 15]) for _ in range(n)]
        return [f"{p} menit" for p in parts], f"{sum(parts)} menit"
    if days == 1:
        hours = [r.choice([1, 1, 2]) for _ in range(n)]
        while sum(hours) > 7:
            hours[hours.index(max(hours))] -= 1
        return [f"{h} jam" for h in hours], "1 hari kerja"
    base = [1] * n
    for _ in range(max(0, days - n)):
        base[r.randrange(n)] += 1
    if days < n:  # several short steps share a day
        base = [1] * days + [0] * (n - days)
    return [f"{b} hari" if b else "30 menit" for b in base], f"{days} hari kerja"


def _tools_text(d: Draft) -> str:
    level = d.f.tools
    d.indicators["alat_kerja"] = level
    if level == 3 or (level == 1 and not d.inv.digital):  # an online system, or forms and registers only
        d.shown.add("jenis")
    return {
        3: "Komputer/telepon genggam dengan jaringan internet, aplikasi " + d.inv.name + " (daring), printer",
        2: "Komputer, printer, telepon genggam, alat tulis kantor",
        1: "Formulir, buku register, alat tulis, papan informasi",
    }[level]


def manual_book(d: Draft) -> str:
    d.plan({"informasi_layanan": 0.4, "regulasi": 0.2, "layanan_terintegrasi": 0.3})
    f, inv, r = d.f, d.inv, d.rng
    d.shown.update({"jenis"})
    site = f"https://{inv.name.lower().replace(' ', '')}.{f.region.short.lower().replace(' ', '')}.go.id"
    version = f"{r.randint(1, 3)}.{r.randint(0, 9)}"
    blocks = [
        f"{r.choice(['MANUAL BOOK', 'BUKU PANDUAN PENGGUNAAN', 'PETUNJUK PENGGUNAAN', 'USER GUIDE'])}\n"
        f"APLIKASI {inv.name.upper()}\n{inv.expansion or ''}\nVersi {version}\n\n{inv.opd.upper()}\n"
        f"{f.region.pemda.upper()}\n{f.t0}",
        PAGE,
    ]
    guide_level = {
        1: "Buku panduan ini dicetak dan dibagikan kepada setiap operator.",
        2: "Panduan ini didistribusikan dalam bentuk berkas elektronik (PDF).",
        3: f"Panduan ini juga tersedia daring pada menu Bantuan di {site}.",
    }
    statement = guide_level[f.guide] if r.random() < 0.7 else ""
    d.indicators["pedoman_teknis"] = f.guide if statement else None
    d.indicators["alat_kerja"] = 3  # the guide shows the online system screen by screen
    blocks.append("BAB I\nPENDAHULUAN\n1.1 " + en.heading_text(d, "Latar Belakang") + "\n" + d.problem())
    blocks.append(
        "1.2 Tujuan\n" + f"Buku ini menjadi panduan bagi pengguna dalam mengoperasikan aplikasi "
        f"{inv.full}. {statement}"
    )
    blocks.append("1.3 Gambaran Umum Aplikasi\n" + sentences(d.method(), *d.group("service")))
    blocks.append(
        "BAB II\nMEMULAI APLIKASI\n2.1 Kebutuhan Sistem\n"
        + bullet_list(
            [
                "Peramban Google Chrome atau Mozilla Firefox versi terbaru",
                "Koneksi internet minimal 1 Mbps",
                "Telepon genggam Android 8.0 ke atas untuk versi aplikasi",
            ],
            "dash",
        )
    )
    blocks.append(
        "2.2 Login\n"
        + bullet_list(
            [
                f"Buka alamat {site} pada peramban.",
                "Masukkan username dan password.",
                "Klik tombol Masuk.",
                "Jika lupa password, klik Lupa Password dan ikuti petunjuk.",
            ]
        )
        + f"\nGambar 2.1 Halaman Login {inv.name}"
    )
    menus = r.sample(
        [
            "Dashboard",
            "Input Data",
            "Verifikasi",
            "Laporan",
            "Profil Pengguna",
            "Riwayat",
            "Notifikasi",
            "Pengaturan",
        ],
        r.randint(3, 5),
    )
    chapter = ["BAB III\nPENGGUNAAN MENU"]
    for i, menu in enumerate(menus):
        chapter.append(
            f"3.{i + 1} Menu {menu}\n"
            + sentences(
                f"Menu {menu} digunakan untuk {r.choice(MENU_USES)}.",
                f"Klik menu {menu} pada bilah samping, lalu {r.choice(MENU_ACTIONS)}.",
            )
            + f"\nGambar 3.{i + 1} Tampilan Menu {menu}"
        )
    blocks += chapter
    blocks.append(
        "BAB IV\nPENUTUP\n"
        + sentences(
            f"Demikian panduan penggunaan aplikasi {inv.name}.",
            *d.rest(),
            "Apabila mengalami kendala, hubungi admin aplikasi.",
        )
    )
    return paginate(blocks, r.choice([260, 340]))


def juknis(d: Draft) -> str:
    d.plan(
        {
            "sdm": 0.6,
            "pelaksana": 0.5,
            "jejaring": 0.4,
            "anggaran": 0.5,
            "regulasi": 0.5,
            "aktor": 0.3,
            "informasi_layanan": 0.3,
            "kemudahan_proses": 0.3,
            "alat_kerja": 0.3,
        },
        deny_chance=0.6,
    )
    f, inv, r = d.f, d.inv, d.rng
    medium = r.choice([None, 1, 2])
    d.indicators["pedoman_teknis"] = medium
    title = r.choice(
        ["PETUNJUK TEKNIS", "PETUNJUK TEKNIS PELAKSANAAN", "PEDOMAN PELAKSANAAN", "BUKU PEDOMAN"]
    )
    blocks = [
        f"{title}\n{inv.full.upper()}\n\n{inv.opd.upper()}\n{f.region.pemda.upper()}\nTAHUN {f.t0}",
        PAGE,
    ]
    blocks.append("BAB I\nPENDAHULUAN")
    blocks.append(
        "A. Latar Belakang\n"
        + sentences(
            d.problem(), d.stage() if r.random() < 0.7 else "", d.initiator() if r.random() < 0.5 else ""
        )
    )
    blocks.append("B. Maksud dan Tujuan\n" + purpose(d))
    blocks.append(f"C. Sasaran\nSasaran kegiatan adalah {inv.target} di wilayah {f.region.pemda}.")
    blocks.append("D. Dasar Hukum\n" + bullet_list(legal_basis(d)))
    blocks.append(
        "E. Pengertian\n"
        + bullet_list(
            [
                f"{inv.name} adalah {inv.expansion or 'inovasi'} yang dilaksanakan oleh {inv.place}.",
                f"Sasaran adalah {inv.target}.",
                "Petugas adalah pegawai yang ditunjuk melaksanakan kegiatan.",
            ]
        )
    )
    blocks.append("BAB II\nMEKANISME PELAKSANAAN\n" + sentences(d.method()) + "\n" + bullet_list(steps(d)))
    people = d.group("people") + d.group("legal")
    blocks.append(
        "BAB III\nPENGORGANISASIAN\n"
        + (
            sentences(*people)
            if people
            else "Pelaksana kegiatan terdiri atas penanggung jawab, koordinator, dan petugas lapangan."
        )
    )
    blocks.append("Tugas dan Tanggung Jawab\n" + duties(d))
    money = d.group("money")
    blocks.append(
        "BAB IV\nPEMBIAYAAN\n"
        + (sentences(*money) if money else "Ketentuan pembiayaan mengikuti peraturan perundang-undangan.")
    )
    blocks.append(
        "BAB V\nPELAPORAN\nPelaksana menyampaikan laporan kegiatan setiap bulan kepada "
        + f"{f.head_of_opd}. "
        + sentences(*d.group("service"), *d.rest())
    )
    if medium:
        blocks.append(
            {
                1: "Petunjuk teknis ini dicetak dan dibagikan kepada seluruh pelaksana.",
                2: "Petunjuk teknis ini disebarluaskan dalam bentuk berkas elektronik.",
            }[medium]
        )
    blocks.append(
        "BAB VI\nPENUTUP\n"
        + sentences("Petunjuk teknis ini menjadi acuan bagi seluruh pihak yang terlibat.", "")
    )
    blocks.append(signature(d))
    return paginate(blocks, r.choice([300, 380]))


def quick_guide(d: Draft) -> str:
    """Short 'how to' sheet; often under 80 words."""
    d.plan({"informasi_layanan": 0.6, "kemudahan_proses": 0.4})
    inv, r = d.inv, d.rng
    d.indicators["pedoman_teknis"] = None
    head = r.choice(
        [
            f"Panduan Singkat {inv.name}",
            f"CARA MENGGUNAKAN {inv.name.upper()}",
            f"Langkah-langkah Layanan {inv.name}",
        ]
    )
    body = bullet_list(steps(d)[: r.randint(3, 5)])
    if r.random() < 0.8:
        body = d.gist() + "\n" + body
    tail = sentences(d.say("kemudahan_proses"), d.say("informasi_layanan"))
    return f"{head}\n{inv.place}\n\n{body}\n\n{tail}".strip()


def _sop_header(d: Draft, name: str) -> str:
    f, inv, r = d.f, d.inv, d.rng
    made = f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.reg_year if f.reg_kind else f.t0}"
    signer = person(r)
    return "\n".join(
        [
            f"PEMERINTAH {f.region.pemda.upper()}",
            inv.opd.upper(),
            "",
            f"Nomor SOP : "
            f"{r.choice(['800', '440', '065', '000.8'])}/SOP/{f.opd_acronym}/{r.randint(1, 60)}/{f.t0}",
            f"Tanggal Pembuatan : {made}",
            "Tanggal Revisi : -",
            f"Tanggal Efektif : {made}",
            f"Disahkan oleh : {f.head_of_opd}",
            "",
            signer,
            f"NIP. {nip(r)}",
            "",
            f"Nama SOP : {name}",
        ]
    )


def sop_ap(d: Draft) -> str:
    d.plan({"regulasi": 0.5, "sdm": 0.2})
    f, inv, r = d.f, d.inv, d.rng
    name = f"SOP {r.choice(['Pelayanan', 'Pelaksanaan', 'Penyelenggaraan'])} {inv.name}"
    acts = steps(d)
    times, total = _durations(d, len(acts))
    d.indicators["kemudahan_proses"] = level_days(f.process_days)
    blocks = [_sop_header(d, name)]
    if r.random() < 0.85:
        blocks.append("Deskripsi: " + d.gist())
    blocks.append("Dasar Hukum:\n" + bullet_list(legal_basis(d)))
    blocks.append(
        "Kualifikasi Pelaksana:\n"
        + bullet_list(
            [
                "Memahami tugas dan fungsi unit",
                "Mampu mengoperasikan komputer" if inv.digital else "Mampu berkomunikasi dengan masyarakat",
                "Memahami alur layanan",
            ]
        )
    )
    blocks.append("Keterkaitan: SOP Penerimaan Berkas; SOP Pengarsipan")
    blocks.append("Peralatan/Perlengkapan: " + _tools_text(d))
    blocks.append(
        "Peringatan: Apabila SOP ini tidak dilaksanakan, layanan akan terlambat dan tidak akuntabel."
    )
    blocks.append("Pencatatan dan Pendataan: " + ("Database aplikasi" if inv.digital else "Buku register"))
    roles = ["Pemohon/Sasaran", "Petugas", "Kepala Seksi", f"Kepala {inv.place.split()[0]}"]
    rows = ["No | Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Ket"]
    for i, (act, t) in enumerate(zip(acts, times, strict=True)):
        rows.append(
            f"{i + 1} | {act} | {roles[min(i, len(roles) - 1)] if i else roles[0]} | "
            f"{r.choice(['Formulir', 'Berkas', 'Data', 'KTP/KK', '-'])} | {t} | "
            f"{r.choice(['Data tercatat', 'Berkas lengkap', 'Dokumen', 'Laporan', 'Notifikasi'])} | "
        )
    if r.random() < 0.7:
        rows.append(f"Jumlah waktu | | | | {total} | |")
    blocks.append(("Prosedur:\n" if r.random() < 0.5 else "") + "\n".join(rows))
    rest = d.rest()
    if rest:
        blocks.append(sentences(*rest))
    return paginate(blocks, 420)


def service_standard(d: Draft) -> str:
    d.plan({"regulasi": 0.4})
    f, inv, r = d.f, d.inv, d.rng
    d.indicators["kemudahan_proses"] = level_days(f.process_days)
    d.indicators["sdm"] = level_sdm(f.team)
    d.indicators["pengaduan"] = None
    channels = [c for c in f.channels if c != "loket layanan"] or ["kotak saran"]
    rows = [
        ("Dasar Hukum", "; ".join(legal_basis(d))),
        ("Deskripsi Layanan", d.gist()),
        (
            "Persyaratan",
            r.choice(
                [
                    "KTP dan KK",
                    "Formulir permohonan",
                    "Surat pengantar desa/kelurahan",
                    "Tidak ada persyaratan khusus",
                ]
            ),
        ),
        ("Sistem, Mekanisme, dan Prosedur", "; ".join(steps(d))),
        ("Jangka Waktu Penyelesaian", f.process_phrase),
        ("Biaya/Tarif", r.choice(["Tidak dipungut biaya", "Gratis", "Rp0,00"])),
        (
            "Produk Pelayanan",
            r.choice(
                [
                    "Dokumen hasil layanan",
                    "Layanan langsung kepada sasaran",
                    "Surat keterangan",
                    "Data terverifikasi",
                ]
            ),
        ),
        ("Penanganan Pengaduan, Saran dan Masukan", f"Melalui {join_id(channels)} dan SP4N-LAPOR!"),
        ("Sarana dan Prasarana", _tools_text(d)),
        ("Kompetensi Pelaksana", "Memahami standar pelayanan dan mampu berkomunikasi dengan baik"),
        ("Pengawasan Internal", f"Dilakukan oleh atasan langsung di lingkungan {inv.opd}"),
        ("Jumlah Pelaksana", f"{f.team} orang"),
        ("Jaminan Pelayanan", "Pelayanan diberikan sesuai standar yang ditetapkan"),
        ("Jaminan Keamanan dan Keselamatan", "Data pengguna dijaga kerahasiaannya"),
        ("Evaluasi Kinerja Pelaksana", "Penilaian oleh atasan langsung"),
    ]
    lines = [
        f"STANDAR PELAYANAN\n{inv.full.upper()}\n{inv.place.upper()} {f.region.pemda.upper()}",
        "",
        "No | Komponen | Uraian",
    ]
    lines += [f"{i + 1} | {k} | {v}" for i, (k, v) in enumerate(rows)]
    return "\n".join(lines) + "\n\n" + signature(d)


def puskesmas_sop(d: Draft) -> str:
    """The accreditation format used by puskesmas and hospitals: Pengertian, Tujuan, Kebijakan, Referensi,
    Prosedur, Unit Terkait. Durations are often missing."""
    d.plan({"regulasi": 0.6})
    f, inv, r = d.f, d.inv, d.rng
    acts = steps(d)
    timed = r.random() < 0.5
    times, total = _durations(d, len(acts))
    d.indicators["kemudahan_proses"] = level_days(f.process_days) if timed else None
    policy = d.say("regulasi") or f"Kebijakan {f.head_of_opd} tentang pelayanan di {inv.place}."
    lines = [
        inv.place.upper(),
        f"STANDAR OPERASIONAL PROSEDUR (SOP)\n{inv.name.upper()}",
        f"No. Dokumen : SOP/{f.opd_acronym}/{r.randint(1, 90):03d}/{f.t0}",
        "No. Revisi : 00",
        f"Tanggal Terbit : {r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {f.t0}",
        "Halaman : 1/1",
        "",
        f"1. Pengertian\n{inv.full}: {d.gist()}",
        f"2. Tujuan\nSebagai acuan langkah-langkah pelaksanaan {inv.name}.",
        f"3. Kebijakan\n{policy}",
        "4. Referensi\n" + "; ".join(legal_basis(d)[:2]),
        "5. Prosedur/Langkah-langkah\n"
        + bullet_list([f"{a} ({t})" if timed else a for a, t in zip(acts, times, strict=True)]),
        "6. Unit Terkait\n"
        + r.choice(
            [
                "Loket pendaftaran, ruang pemeriksaan, apotek",
                "Bidan desa, kader, pemerintah desa",
                "Bagian umum, bagian program",
            ]
        ),
    ]
    if timed and r.random() < 0.5:
        lines.insert(-1, f"Waktu penyelesaian: {total}")
    lines.append(f"\nDisahkan oleh: {f.head_of_opd}\n{person(r)}")
    return "\n".join(lines)


def simple_sop(d: Draft) -> str:
    """Numbered steps with a duration each, signed at the bottom; short."""
    f, inv, r = d.f, d.inv, d.rng
    acts = steps(d)
    times, total = _durations(d, len(acts))
    d.indicators["kemudahan_proses"] = level_days(f.process_days)
    head = r.choice(
        [
            f"SOP {inv.name}",
            f"STANDAR OPERASIONAL PROSEDUR {inv.name.upper()}",
            f"Alur Layanan {inv.name} (SOP)",
        ]
    )
    body = bullet_list([f"{a} – waktu {t}" for a, t in zip(acts, times, strict=True)])
    if r.random() < 0.8:
        body = d.gist() + "\n\n" + body
    return f"{head}\n{inv.place}\n\n{body}\n\nTotal waktu: {total}\n\nDisahkan oleh {f.head_of_opd}"


GUIDE_LAYOUTS = [(manual_book, 3), (juknis, 3), (quick_guide, 2)]
SOP_LAYOUTS = [(sop_ap, 4), (service_standard, 2), (puskesmas_sop, 2), (simple_sop, 2)]

__all__ = ["GUIDE_LAYOUTS", "SOP_LAYOUTS", "level_channels"]
