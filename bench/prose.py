"""Deterministic Indonesian text for the bench inputs: innovation-report prose, tables and decree lines.

Built from a seeded random generator so every run writes the same words; no real documents are copied."""

from __future__ import annotations

import random

REGIONS = [
    "Kabupaten Sleman",
    "Kota Pontianak",
    "Kabupaten Majene",
    "Kabupaten Kulon Progo",
    "Kota Ambon",
    "Kabupaten Banyuwangi",
    "Kota Bitung",
    "Kabupaten Lombok Timur",
    "Kabupaten Sumba Barat",
]
UNITS = [
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Perencanaan Pembangunan Daerah",
    "Dinas Pertanian",
    "Dinas Sosial",
    "RSUD",
    "Dinas Penanaman Modal dan PTSP",
    "Kecamatan Mlati",
    "Puskesmas Gamping",
]
INNOVATIONS = [
    "Posyandu Digital",
    "SI-CANTIK",
    "Gercep Stunting",
    "Jemput Bola Adminduk",
    "Lapor Cepat",
    "Sekolah Tangguh",
    "Petani Cerdas",
    "Antrean Sehat",
    "Desa Melek Data",
    "Kartu Sehat Lansia",
]
SUBJECTS = [
    "Inovasi ini",
    "Program tersebut",
    "Tim pelaksana",
    "Perangkat daerah",
    "Pemerintah daerah",
    "Masyarakat sasaran",
    "Kader kesehatan",
    "Aplikasi layanan",
    "Petugas lapangan",
]
VERBS = [
    "meningkatkan",
    "mempercepat",
    "mempermudah",
    "memperluas",
    "mengukur",
    "memperbaiki",
    "menyederhanakan",
    "mendukung",
    "memantau",
    "mengintegrasikan",
]
OBJECTS = [
    "kualitas pelayanan publik",
    "akses layanan kesehatan dasar",
    "pencatatan data kependudukan",
    "partisipasi masyarakat desa",
    "transparansi penggunaan anggaran",
    "waktu tunggu pasien",
    "cakupan imunisasi anak",
    "pendapatan petani setempat",
    "koordinasi antar perangkat daerah",
    "penanganan pengaduan warga",
]
TAILS = [
    "sejak tahun {year}",
    "di {n} desa dan kelurahan",
    "dengan anggaran Rp{money} juta",
    "berdasarkan Peraturan Bupati Nomor {n} Tahun {year}",
    "sesuai standar operasional prosedur",
    "melalui kerja sama dengan {unit}",
    "dengan melibatkan {n} orang kader",
    "pada triwulan ketiga",
    "yang dievaluasi setiap bulan",
    "dan hasilnya dilaporkan kepada kepala daerah",
]
OPENERS = [
    "Selain itu,",
    "Oleh karena itu,",
    "Dalam pelaksanaannya,",
    "Berdasarkan hasil evaluasi,",
    "Pada tahap uji coba,",
    "Sebagai tindak lanjut,",
    "Dengan demikian,",
    "",
]
HEADINGS = [
    "Latar Belakang",
    "Permasalahan",
    "Isu Strategis",
    "Metode Pembaharuan",
    "Keunggulan dan Kebaruan",
    "Tahapan Inovasi",
    "Tujuan Inovasi",
    "Manfaat yang Diperoleh",
    "Hasil Inovasi",
    "Kesimpulan",
]
NAMES = [
    "Siti Rahmawati",
    "Budi Santoso",
    "Agus Prasetyo",
    "Dewi Lestari",
    "Rudi Hartono",
    "Nur Aini",
    "Yohanes Lewerissa",
    "Made Wirawan",
    "Fransiska Ndun",
    "Andi Pratama",
    "Rina Marlina",
    "Hendra Gunawan",
]
TITLES = [
    "Kepala Dinas",
    "Sekretaris",
    "Kepala Bidang",
    "Analis Kebijakan",
    "Pranata Komputer",
    "Kader Posyandu",
    "Bidan Desa",
    "Camat",
    "Lurah",
    "Staf Pelaksana",
]


def sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS).format(
        year=rng.randint(2018, 2025), n=rng.randint(2, 60), money=rng.randint(15, 900), unit=rng.choice(UNITS)
    )
    opener = rng.choice(OPENERS)
    subject = rng.choice(SUBJECTS)
    if opener:
        subject = subject[0].lower() + subject[1:]
    words = " ".join(part for part in (opener, subject, rng.choice(VERBS), rng.choice(OBJECTS), tail) if part)
    return words + "."


def paragraph(rng: random.Random, sentences: tuple[int, int] = (3, 6)) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def heading(rng: random.Random, number: int) -> str:
    return f"{number}. {rng.choice(HEADINGS)} {rng.choice(INNOVATIONS)}"


def innovation_table(rng: random.Random, rows: int) -> list[list[str]]:
    table = [["No", "Nama Inovasi", "Perangkat Daerah", "Tahun", "Capaian"]]
    for number in range(1, rows + 1):
        table.append(
            [
                str(number),
                rng.choice(INNOVATIONS),
                rng.choice(UNITS),
                str(rng.randint(2018, 2025)),
                f"{rng.randint(40, 100)} persen",
            ]
        )
    return table


def attendance_table(rng: random.Random, rows: int) -> list[list[str]]:
    table = [["No", "Nama", "Jabatan", "Instansi", "Tanda Tangan"]]
    for number in range(1, rows + 1):
        table.append([str(number), rng.choice(NAMES), rng.choice(TITLES), rng.choice(UNITS), ""])
    return table


def decree_lines(rng: random.Random) -> list[str]:
    region = rng.choice(REGIONS)
    head = "BUPATI" if region.startswith("Kabupaten") else "WALI KOTA"
    place = region.split(" ", 1)[1].upper()
    return [
        f"KEPUTUSAN {head} {place}",
        f"NOMOR {rng.randint(10, 400)} TAHUN {rng.randint(2019, 2025)}",
        f"TENTANG PENETAPAN INOVASI {rng.choice(INNOVATIONS).upper()}",
        f"{head} {place},",
    ]
