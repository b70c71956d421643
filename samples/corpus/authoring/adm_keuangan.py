"""Budget documents (DPA, RKA, RKAS/BOSP, BOK, APBDes) and plans (RKPD, Renja, RUK, RKP Desa, RKAS)."""

from __future__ import annotations

import random

from samples.corpus.authoring.adm_bank import Innovation
from samples.corpus.authoring.adm_common import (
    Draft,
    count_level,
    indo_date,
    person,
    random_date,
    round_amount,
    rupiah,
    table,
)
from samples.corpus.authoring.adm_places import PROGRAM, URUSAN_TEXT
from samples.corpus.authoring.adm_text import core, describe, initiator, stage, urusan_words, wants_initiator

_KEGIATAN = ["Pengelolaan", "Penyediaan", "Peningkatan"]
_ACCOUNTS = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "paket"),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "lembar"),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "kotak"),
    ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "OJ"),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", "OH"),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", "OB"),
]
_INNOVATION_LINES_DIGITAL = [
    ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Ahli pengembangan aplikasi {name}", "paket"),
    ("5.1.02.02.05.0061", "Belanja Langganan Jasa Internet/server untuk {name}", "bulan"),
    ("5.2.02.10.02.0003", "Belanja Modal Tablet operator {name}", "unit"),
]
_INNOVATION_LINES_MANUAL = [
    ("5.1.02.01.01.0026", "Belanja Cetak leaflet dan banner sosialisasi {name}", "lembar"),
    ("5.1.02.02.01.0029", "Honorarium kader pelaksana {name}", "OB"),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas pendampingan lapangan {name}", "OH"),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman kegiatan {name}", "kotak"),
]


def _budget_lines(rng: random.Random, inv: Innovation, mention: bool) -> tuple[list[list[str]], int]:
    header = rng.choice(
        [
            ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah (Rp)"],
            ["KODE REKENING", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH"],
        ]
    )
    chosen = rng.sample(_ACCOUNTS, rng.randint(2, 4))
    if mention:
        pool = _INNOVATION_LINES_DIGITAL if inv.digital else _INNOVATION_LINES_MANUAL
        chosen += [(c, u.format(name=inv.name), s) for c, u, s in rng.sample(pool, rng.randint(1, 2))]
        rng.shuffle(chosen)
    rows, total = [header], 0
    style = rng.randint(0, 3)
    for code, text, unit in chosen:
        qty = rng.randint(2, 60)
        price = round_amount(rng, 25_000, 3_000_000, 5_000)
        amount = qty * price
        total += amount
        rows.append([code, text, str(qty), unit, rupiah(price, style), rupiah(amount, style)])
    rows.append(["", "JUMLAH", "", "", "", rupiah(total, style)])
    return rows, total


def _dpa_page(rng: random.Random, inv: Innovation, year: int, *, kind: str, mention: bool) -> list[str]:
    pem = inv.pemda
    code = URUSAN_TEXT[inv.urusan][1]
    prog = PROGRAM[inv.urusan]
    sub = rng.randint(1, 30)
    prog_no, keg_no = f"{rng.randint(2, 9):02d}", f"{rng.randint(1, 9):02d}"
    title = {
        "DPA": ["DOKUMEN PELAKSANAAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH", "(DPA-SKPD)"],
        "DPPA": ["DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH", "(DPPA-SKPD)"],
        "RKA": ["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH", "RKA - RINCIAN BELANJA SKPD"],
    }[kind]
    sub_name = (
        f"Pengembangan dan Penerapan Inovasi {inv.name}"
        if mention and rng.random() < 0.5
        else rng.choice(
            [
                "Koordinasi dan Sinkronisasi Pelaksanaan Program",
                "Penyediaan Layanan",
                "Pembinaan dan Pengembangan Kapasitas",
            ]
        )
    )
    rows, total = _budget_lines(rng, inv, mention)
    signer = person(rng, senior=True)
    return [
        *title,
        f"PEMERINTAH {pem.upper}",
        f"TAHUN ANGGARAN {year}",
        "",
        f"Nomor {kind} : {kind}/A.1/{code}.0.00.0.00.01.0000/{rng.randint(1, 40):03d}/{year}",
        f"Urusan Pemerintahan : {code} - URUSAN PEMERINTAHAN BIDANG {urusan_words(inv.urusan).upper()}",
        f"Program : {code}.{prog_no} - {prog}",
        f"Kegiatan : {code}.{prog_no}.2.{keg_no} - {rng.choice(_KEGIATAN)} Layanan",
        f"Sub Kegiatan : {code}.{prog_no}.2.{keg_no}.{sub:04d} - {sub_name}",
        f"Organisasi : {code}.0.00.0.00.01.0000 - {inv.opd}",
        f"Sumber Pendanaan : {rng.choice(['DAU', 'PAD', 'DAK Non Fisik', 'DBH', 'DAU Earmark'])}",
        f"Lokasi : {pem.name}",
        f"Waktu Pelaksanaan : Januari s.d. Desember {year}",
        f"Alokasi Tahun {year} : {rupiah(total, 0)}",
        "",
        "Rincian Anggaran Belanja Menurut Sub Kegiatan",
        table(rows),
        "",
        f"{pem.seat}, {indo_date(random_date(rng, year - 1 if kind == 'RKA' else year, 1, 3))}",
        f"{inv.head}," if kind == "RKA" else "Mengesahkan, Pejabat Pengelola Keuangan Daerah",
        "",
        signer.name,
        f"NIP. {signer.nip}",
    ]


def dpa(rng: random.Random, inv: Innovation, *, years: int = 1, kind: str = "DPA") -> Draft:
    """DPA/RKA extract with lines for the innovation; several consecutive years give a higher level."""
    d = Draft(f"{kind.lower()}-{inv.slug}", "anggaran")
    core(d, inv)
    d.sector_shown = True  # "Urusan Pemerintahan : …" heads every DPA page
    last = rng.randint(2022 + years - 1, 2025)
    for year in range(last - years + 1, last + 1):
        d.page(*_dpa_page(rng, inv, year, kind=kind, mention=True))
    d.evidence("anggaran", count_level(years))
    return d


def dpa_not_budgeted(rng: random.Random, inv: Innovation) -> Draft:
    """DPA of the unit whose note says the innovation is not budgeted yet: negation, no evidence."""
    d = Draft(f"dpa-catatan-{inv.slug}", "anggaran")
    core(d, inv)
    d.sector_shown = True
    year = rng.randint(2022, 2025)
    page = _dpa_page(rng, inv, year, kind="DPA", mention=False)
    page += [
        "",
        rng.choice(
            [
                f"Catatan: kegiatan inovasi {inv.name} belum dianggarkan dalam DPA Tahun {year} dan akan "
                f"diusulkan pada Perubahan APBD.",
                f"Keterangan: dukungan anggaran untuk {inv.name} belum tersedia; usulan akan disampaikan "
                f"dalam RKA Tahun {year + 1}.",
            ]
        ),
    ]
    d.page(*page)
    d.negate("anggaran")
    return d


def rekap_anggaran(rng: random.Random, inv: Innovation, years: int) -> Draft:
    """A unit's recap table of budget support per year, each row citing its DPA."""
    d = Draft(f"rekap-anggaran-{inv.slug}", "anggaran")
    core(d, inv)
    last = rng.randint(2023, 2025)
    rows = [["No", "Tahun Anggaran", "Nomor DPA", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"]]
    for i, year in enumerate(range(last - years + 1, last + 1)):
        pagu = round_amount(rng, 15_000_000, 450_000_000, 500_000)
        real = int(pagu * rng.uniform(0.78, 0.99)) // 1000 * 1000
        rows.append(
            [
                str(i + 1),
                str(year),
                f"DPA/A.1/{URUSAN_TEXT[inv.urusan][1]}.0.00.01/{rng.randint(1, 40):03d}/{year}",
                f"Penerapan Inovasi {inv.name}",
                rupiah(pagu, 2),
                rupiah(real, 2),
            ]
        )
    d.evidence("anggaran", count_level(years))
    signer = person(rng, senior=True)
    blocks = [
        f"REKAPITULASI DUKUNGAN ANGGARAN INOVASI {inv.name.upper()}",
        f"{inv.opd.upper()} {inv.pemda.upper}",
        "",
        table(rows),
        "",
        "Sumber: DPA dan laporan realisasi anggaran (terlampir salinan halaman DPA).",
    ]
    if rng.random() < 0.5:
        blocks.append(describe(d, inv, rng))
    if wants_initiator(rng, inv, 0.3):
        blocks.append(initiator(d, inv, rng))
    blocks += ["", f"{inv.head},", "", signer.name, f"NIP. {signer.nip}"]
    d.page(*blocks)
    return d


def rkas(rng: random.Random, inv: Innovation, *, as_plan: bool) -> Draft:
    """School RKAS funded by BOSP: both a budget (anggaran) and an RKPD equivalent (rkpd)."""
    kind = "perencanaan" if as_plan else "anggaran"
    d = Draft(f"rkas-{'kegiatan' if as_plan else 'bosp'}-{inv.slug}", kind)
    core(d, inv)
    year = rng.randint(2022, 2025)
    school = (
        inv.opd
        if inv.opd.startswith(("SD", "SMP", "SMA", "SMK"))
        else rng.choice(["SD Negeri 1 ", "SMP Negeri 2 ", "SD Inpres "]) + inv.pemda.seat
    )
    style = rng.randint(0, 3)
    if as_plan:
        rows = [["No", "Standar / Kegiatan", "Indikator", "Target", "Waktu", "Sumber Dana", "Anggaran (Rp)"]]
        items = [
            ("Standar Isi", "Pengembangan perpustakaan / pojok baca", "Jumlah buku bacaan", "150 eksemplar"),
            ("Standar Proses", f"Pelaksanaan program {inv.name}", "Persentase kelas terlibat", "100%"),
            ("Standar Sarpras", "Pemeliharaan sarana sekolah", "Ruang kelas terpelihara", "12 ruang"),
            ("Standar Penilaian", "Asesmen sumatif akhir semester", "Laporan hasil belajar", "2 kali"),
        ]
        for i, (std, keg, ind, tgt) in enumerate(items):
            rows.append(
                [
                    str(i + 1),
                    f"{std}: {keg}",
                    ind,
                    tgt,
                    rng.choice(["Jan-Des", "Juli-Des", "Semester 1"]),
                    "BOSP Reguler",
                    rupiah(round_amount(rng, 1_500_000, 40_000_000), style),
                ]
            )
        title = "RENCANA KEGIATAN DAN ANGGARAN SEKOLAH (RKAS)"
    else:
        rows = [["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]]
        items = [
            ("5.1.02.01.01.0024", "Pembelian ATK kegiatan pembelajaran", "paket"),
            ("5.1.02.01.01.0026", f"Penggandaan modul {inv.name}", "eksemplar"),
            ("5.1.02.02.01.0029", f"Honor pendamping kegiatan {inv.name}", "OB"),
            ("5.1.02.03.02.0405", "Pemeliharaan ruang kelas", "paket"),
        ]
        for i, (code, text, unit) in enumerate(items):
            qty = rng.randint(2, 40)
            price = round_amount(rng, 20_000, 900_000, 5_000)
            rows.append(
                [str(i + 1), code, text, str(qty), unit, rupiah(price, style), rupiah(qty * price, style)]
            )
        title = "RKAS - RINCIAN BELANJA DANA BOSP REGULER"
    d.evidence("anggaran", 1)
    d.evidence("rkpd", 1)
    head = person(rng, senior=True, degree="S.Pd.")
    d.page(
        title,
        f"TAHUN ANGGARAN {year}",
        f"Nama Sekolah : {school}",
        f"NPSN : {rng.randint(10_000_000, 69_999_999)}",
        f"Kabupaten/Kota : {inv.pemda.name}",
        f"Provinsi : {inv.pemda.province}",
        "",
        table(rows),
        "",
        f"Kegiatan {inv.name} merupakan program {inv.opd} yang dilaksanakan di sekolah."
        if school != inv.opd
        else "",
        "Mengetahui, Kepala Sekolah" if rng.random() < 0.5 else "Kepala Sekolah,",
        "",
        head.name,
        f"NIP. {head.nip}",
    )
    return d


def bok(rng: random.Random, inv: Innovation) -> Draft:
    """BOK extract of a puskesmas or health office with a line for the innovation."""
    d = Draft(f"bok-{inv.slug}", "anggaran")
    core(d, inv)
    d.sector_shown = True
    year = rng.randint(2022, 2025)
    style = rng.randint(0, 3)
    rows = [["No", "Upaya Kesehatan", "Kegiatan", "Rincian Belanja", "Volume", "Jumlah (Rp)"]]
    items = [
        ("UKM Esensial - KIA", "Kelas ibu hamil", "Makan minum peserta"),
        ("UKM Esensial - Gizi", "Pemantauan pertumbuhan balita", "Transport kader"),
        ("UKM Pengembangan", f"Pelaksanaan inovasi {inv.name}", "Transport petugas dan kader"),
        ("Manajemen Puskesmas", "Lokakarya mini bulanan", "Makan minum rapat"),
    ]
    for i, (upaya, keg, rinci) in enumerate(items):
        rows.append(
            [
                str(i + 1),
                upaya,
                keg,
                rinci,
                f"{rng.randint(4, 48)} OK",
                rupiah(round_amount(rng, 1_000_000, 30_000_000), style),
            ]
        )
    d.evidence("anggaran", 1)
    d.page(
        "RINCIAN PENGGUNAAN DANA BANTUAN OPERASIONAL KESEHATAN (BOK)",
        f"{inv.opd.upper()} {inv.pemda.upper}",
        f"TAHUN ANGGARAN {year}",
        f"Sumber Dana : DAK Non Fisik BOK {year}",
        "",
        table(rows),
        "",
        f"{inv.pemda.seat}, {indo_date(random_date(rng, year, 1, 4))}",
        f"{inv.head},",
        "",
        person(rng, senior=True).name,
    )
    return d


def apbdes(rng: random.Random, inv: Innovation) -> Draft:
    """APBDes extract of a village that funds the innovation."""
    d = Draft(f"apbdes-{inv.slug}", "anggaran")
    core(d, inv)
    d.sector_shown = True
    year = rng.randint(2022, 2025)
    village = (
        inv.opd.replace("Pemerintah ", "")
        if inv.opd.startswith("Pemerintah Desa")
        else rng.choice(
            ["Desa Sumber Rejo", "Desa Bonto Lojong", "Desa Karang Anyar", "Desa Lamteh", "Desa Sidomulyo"]
        )
    )
    style = rng.randint(0, 3)
    rows = [["Kode Rek", "Uraian", "Anggaran (Rp)", "Sumber Dana"]]
    lines = [
        ("2.1", "Bidang Penyelenggaraan Pemerintahan Desa", "DD"),
        ("2.2", "Bidang Pelaksanaan Pembangunan Desa", "DD"),
        ("2.2.1.05", "Penyelenggaraan posyandu (makanan tambahan, kelas ibu hamil, insentif kader)", "DD"),
        ("2.3", "Bidang Pembinaan Kemasyarakatan", "ADD"),
        ("2.4.3.01", f"Dukungan pelaksanaan inovasi {inv.name}", rng.choice(["DD", "ADD", "PAD Desa"])),
        ("2.5", "Bidang Penanggulangan Bencana, Darurat dan Mendesak", "DD"),
    ]
    for code, text, src in lines:
        rows.append([code, text, rupiah(round_amount(rng, 2_000_000, 350_000_000), style), src])
    d.evidence("anggaran", 1)
    d.page(
        "ANGGARAN PENDAPATAN DAN BELANJA DESA",
        f"PEMERINTAH {village.upper()}",
        f"KECAMATAN {rng.choice(['KOTA', 'UTARA', 'BARAT', 'PESISIR'])} {inv.pemda.upper}",
        f"TAHUN ANGGARAN {year}",
        "",
        table(rows),
        "",
        f"Pelaksanaan inovasi {inv.name} bersama {inv.opd} {inv.pemda.name}."
        if village not in inv.opd
        else "",
        f"Kepala {village},",
        "",
        person(rng).name.split(",")[0],
    )
    return d


# --- plans ----------------------------------------------------------------------------------------


def _rkpd_page(rng: random.Random, inv: Innovation, year: int, renja: bool) -> list[str]:
    pem = inv.pemda
    code = URUSAN_TEXT[inv.urusan][1]
    rows = [
        rng.choice(
            [
                [
                    "Kode",
                    "Program/Kegiatan/Sub Kegiatan",
                    "Indikator Kinerja",
                    "Target",
                    "Pagu Indikatif (Rp)",
                    "Perangkat Daerah",
                ],
                ["No", "Program / Kegiatan", "Indikator", "Target", "Lokasi", "Pagu (Rp)"],
            ]
        )
    ]
    style = rng.randint(0, 3)
    entries = [
        (f"{code}.{rng.randint(2, 9):02d}", PROGRAM[inv.urusan], "Indeks kepuasan layanan", "82"),
        (
            f"{code}.{rng.randint(2, 9):02d}.2.01",
            f"Penerapan Inovasi {inv.name}",
            f"Persentase wilayah yang menerapkan {inv.name}",
            f"{rng.randint(40, 100)}%",
        ),
        (
            f"{code}.{rng.randint(2, 9):02d}.2.02",
            "Pembinaan dan pengawasan layanan",
            "Jumlah laporan",
            "12 laporan",
        ),
    ]
    for kode, name, indikator, target in entries:
        pagu = rupiah(round_amount(rng, 50_000_000, 2_500_000_000, 1_000_000), style)
        if len(rows[0]) == 6 and rows[0][0] == "Kode":
            rows.append([kode, name, indikator, target, pagu, inv.opd])
        else:
            rows.append([kode, name, indikator, target, pem.name, pagu])
    if renja:
        title = [
            f"RENCANA KERJA (RENJA) {inv.opd.upper()}",
            f"{pem.upper} TAHUN {year}",
            "Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah",
        ]
    else:
        title = [
            rng.choice(["RENCANA KERJA PEMERINTAH DAERAH (RKPD)", "RKPD"]) + f" {pem.upper} TAHUN {year}",
            "BAB V RENCANA KERJA DAN PENDANAAN DAERAH" if rng.random() < 0.6 else "",
            f"Tabel 5.{rng.randint(1, 4)} Rencana Program dan Kegiatan Prioritas Daerah",
            f"Urusan: {urusan_words(inv.urusan).title()} - Perangkat Daerah: {inv.opd}",
        ]
    return [*title, "", table(rows)]


def rkpd(rng: random.Random, inv: Innovation, *, years: int = 1, renja: bool = False) -> Draft:
    """RKPD pages naming the innovation's programme (rkpd evidence); a Renja is not an accepted equivalent."""
    d = Draft(f"{'renja' if renja else 'rkpd'}-{inv.slug}", "perencanaan")
    core(d, inv)
    d.sector_shown = True
    last = rng.randint(2022 + years - 1, 2025)
    for year in range(last - years + 1, last + 1):
        d.page(*_rkpd_page(rng, inv, year, renja))
    if not renja:
        d.evidence("rkpd", count_level(years))
    if rng.random() < 0.4:
        d.pages[-1] += describe(d, inv, rng) + "\n"
    return d


def rkpd_not_included(rng: random.Random, inv: Innovation) -> Draft:
    """List of proposals not accommodated in the RKPD: the innovation is planned, not integrated."""
    d = Draft(f"usulan-rkpd-{inv.slug}", "perencanaan")
    core(d, inv)
    year = rng.randint(2023, 2025)
    rows = [["No", "Usulan", "Pengusul", "Status", "Keterangan"]]
    rows.append(
        [
            "1",
            f"Pengembangan inovasi {inv.name}",
            inv.opd,
            "Belum diakomodasi",
            f"Diusulkan kembali pada RKPD {year + 1}",
        ]
    )
    rows.append(["2", "Rehabilitasi gedung kantor", inv.opd, "Diakomodasi", "Pagu terbatas"])
    d.negate("rkpd")
    d.page(
        f"DAFTAR USULAN PROGRAM DAN KEGIATAN HASIL MUSRENBANG RKPD TAHUN {year}",
        f"{inv.pemda.upper}",
        "",
        table(rows),
        "",
        f"Catatan Bappeda: inovasi {inv.name} belum masuk dalam RKPD {year} dan akan dipertimbangkan pada "
        f"penyusunan RKPD {year + 1}.",
    )
    return d


def ruk(rng: random.Random, inv: Innovation) -> Draft:
    """Puskesmas RUK: an RKPD equivalent for health units."""
    d = Draft(f"ruk-{inv.slug}", "perencanaan")
    core(d, inv)
    d.sector_shown = True
    year = rng.randint(2022, 2025)
    rows = [
        ["No", "Upaya Kesehatan", "Kegiatan", "Tujuan", "Sasaran", "Target", "Waktu", "Kebutuhan Anggaran"]
    ]
    items = [
        ("KIA", "Kunjungan nifas", "Menurunkan AKI", "Ibu nifas", "95%"),
        ("Inovasi", f"Pelaksanaan {inv.name}", inv.goal.capitalize(), "Masyarakat sasaran", "100%"),
        ("Promkes", "Penyuluhan PHBS", "Meningkatkan PHBS", "Rumah tangga", "70%"),
    ]
    for i, (up, keg, tuj, sas, tgt) in enumerate(items):
        rows.append(
            [
                str(i + 1),
                up,
                keg,
                tuj,
                sas,
                tgt,
                "Jan-Des",
                rupiah(round_amount(rng, 2_000_000, 60_000_000), 1),
            ]
        )
    d.evidence("rkpd", 1)
    d.page(
        f"RENCANA USULAN KEGIATAN (RUK) {inv.opd.upper()}",
        f"{inv.pemda.upper} TAHUN {year + 1}",
        "",
        table(rows),
        "",
        stage(d, inv, rng, year) if rng.random() < 0.5 else "",
        f"{inv.head},",
        "",
        person(rng, senior=True, degree="dr").name,
    )
    return d


def rkp_desa(rng: random.Random, inv: Innovation) -> Draft:
    """RKP Desa: an RKPD equivalent for villages."""
    d = Draft(f"rkp-desa-{inv.slug}", "perencanaan")
    core(d, inv)
    d.sector_shown = True
    year = rng.randint(2022, 2025)
    village = (
        inv.opd.replace("Pemerintah ", "")
        if inv.opd.startswith("Pemerintah Desa")
        else rng.choice(["Desa Tanjung Harapan", "Desa Mekar Sari", "Desa Bontomanai", "Desa Wonorejo"])
    )
    rows = [
        [
            "No",
            "Bidang/Jenis Kegiatan",
            "Lokasi",
            "Volume",
            "Sasaran/Manfaat",
            "Waktu",
            "Jumlah Biaya",
            "Sumber",
            "Pelaksana",
        ]
    ]
    items = [
        ("Pembangunan jalan rabat beton", "Dusun I", "250 m", "Warga dusun"),
        (f"Kegiatan inovasi {inv.name}", "Seluruh dusun", "1 paket", "Masyarakat desa"),
        ("Insentif kader posyandu", "Desa", "12 bulan", "Kader"),
    ]
    for i, (keg, lok, vol, sas) in enumerate(items):
        rows.append(
            [
                str(i + 1),
                keg,
                lok,
                vol,
                sas,
                "12 bulan",
                rupiah(round_amount(rng, 5_000_000, 150_000_000), 1),
                "DD",
                "TPK",
            ]
        )
    d.evidence("rkpd", 1)
    d.page(
        "RENCANA KERJA PEMERINTAH DESA (RKP DESA)",
        f"{village.upper()} {inv.pemda.upper}",
        f"TAHUN {year}",
        "",
        table(rows),
        "",
        f"{inv.name} dilaksanakan bersama {inv.opd} {inv.pemda.name}." if village not in inv.opd else "",
        f"Kepala {village},",
        person(rng).name.split(",")[0],
    )
    return d


def rencana_aksi(rng: random.Random, inv: Innovation, negation: bool) -> Draft:
    """Action plan for developing the innovation: reveals its stage; any missing pieces are negated."""
    d = Draft(f"rencana-aksi-{inv.slug}", "perencanaan")
    core(d, inv)
    year = rng.randint(2022, 2025)
    steps = [
        ("Identifikasi masalah dan gagasan", f"Januari {year}", "Tim inovasi", "Dokumen kajian awal"),
        ("Perancangan model layanan", f"Februari - Maret {year}", "Kepala Bidang", "Rancangan inovasi"),
        ("Uji coba terbatas", f"April - Juni {year}", "Tim pelaksana", "Laporan uji coba"),
        ("Penerapan dan sosialisasi", f"Juli - Desember {year}", "Seluruh unit", "Laporan penerapan"),
    ]
    rows = [["No", "Tahapan", "Waktu", "Penanggung Jawab", "Keluaran"]]
    rows += [[str(i + 1), *s] for i, s in enumerate(steps)]
    notes = [stage(d, inv, rng, year)]
    if wants_initiator(rng, inv, 0.6):
        notes.append(initiator(d, inv, rng))
    if negation:
        notes.append(
            f"Catatan: SOP dan petunjuk teknis {inv.name} belum tersedia dan akan disusun pada tahap "
            f"perancangan."
        )
        d.negate("kemudahan_proses")
        d.negate("pedoman_teknis")
    d.page(
        f"RENCANA AKSI PENGEMBANGAN INOVASI {inv.name.upper()}",
        f"{inv.opd} {inv.pemda.name}",
        "",
        describe(d, inv, rng),
        "",
        table(rows),
        "",
        *notes,
    )
    return d
