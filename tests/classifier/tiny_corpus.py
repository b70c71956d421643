"""A tiny labelled corpus written by the tests: four document types, three sectors, real Indonesian wording.

Small on purpose (training on it takes a second or two on 2 cores), yet it has what training needs:
several labels per field, null gold for fields an attendance list or a decree does not tell, and
several documents per innovation so the validation split has groups to keep together.
"""

from __future__ import annotations

import json
from pathlib import Path

SECTORS = {
    "kesehatan": {
        "opd": "Dinas Kesehatan",
        "words": "puskesmas posyandu ibu hamil balita stunting imunisasi kader kesehatan gizi",
        "problem": "Angka stunting pada balita masih tinggi dan kunjungan posyandu menurun",
    },
    "pendidikan": {
        "opd": "Dinas Pendidikan dan Kebudayaan",
        "words": "sekolah guru murid literasi PAUD kelas belajar membaca kurikulum",
        "problem": "Kemampuan literasi murid sekolah dasar rendah dan guru kekurangan bahan ajar",
    },
    "desa": {
        "opd": "Dinas Pemberdayaan Masyarakat dan Desa",
        "words": "desa BUMDes dana desa perangkat desa musyawarah warga kepala desa",
        "problem": "Pengelolaan dana desa belum tertib dan BUMDes belum berkembang",
    },
}

INNOVATIONS = [
    # (name, sector, jenis, bentuk, tahapan, inisiator)
    ("SI-CANTIK", "kesehatan", "digital", "pelayanan_publik", "penerapan", "opd"),
    ("GERCEP GIZI", "kesehatan", "non_digital", "pelayanan_publik", "uji_coba", "masyarakat"),
    ("POSYANDU PINTAR", "kesehatan", "digital", "pelayanan_publik", "penerapan", "opd"),
    ("GURU MENYAPA", "pendidikan", "non_digital", "pelayanan_publik", "penerapan", "opd"),
    ("SEKOLAH DARING", "pendidikan", "digital", "pelayanan_publik", "uji_coba", "opd"),
    ("LITERASI KELILING", "pendidikan", "non_digital", "pelayanan_publik", "penerapan", "masyarakat"),
    ("SIMDES", "desa", "digital", "tata_kelola", "penerapan", "opd"),
    ("BUMDES MAJU", "desa", "non_digital", "tata_kelola", "uji_coba", "masyarakat"),
    ("DESA CERDAS", "desa", "digital", "tata_kelola", "penerapan", "opd"),
]


def _proposal(name: str, sector: dict, jenis: str, tahapan: str, inisiator: str) -> str:
    tool = (
        "aplikasi daring berbasis web dan Android yang dapat diakses melalui ponsel"
        if jenis == "digital"
        else "kunjungan tatap muka, buku catatan manual dan papan informasi"
    )
    stage = (
        "telah diterapkan sejak Januari 2023 di seluruh wilayah kabupaten"
        if tahapan == "penerapan"
        else "sedang diuji coba sejak Maret 2024 di tiga kecamatan percontohan"
    )
    who = "Kepala Dinas selaku perangkat daerah" if inisiator == "opd" else "kelompok masyarakat dan warga"
    return (
        f"PROFIL INOVASI DAERAH\n{name}\n{sector['opd']} Kabupaten Majene\n\n"
        "Dasar Hukum\nPeraturan Bupati Majene Nomor 12 Tahun 2023 tentang Inovasi Daerah.\n\n"
        f"Permasalahan\n{sector['problem']}. Layanan terkait {sector['words']} belum terpadu.\n\n"
        "Isu Strategis\nPeningkatan mutu layanan dasar bagi masyarakat.\n\n"
        f"Metode Pembaharuan\nInovasi {name} menggunakan {tool}. Inovasi ini digagas oleh {who}.\n\n"
        f"Keunggulan dan Kebaharuan\n{name} memadukan {sector['words']}.\n\n"
        f"Tahapan Inovasi\nInovasi {stage}.\n\n"
        "Manfaat\nSebanyak 650 warga menerima manfaat langsung.\n"
        f"\fHasil\nCakupan layanan meningkat. {sector['words']}.\n"
    )


def _decree(name: str, sector: dict, number: int) -> str:
    return (
        f"KEPUTUSAN KEPALA {sector['opd'].upper()}\nKABUPATEN MAJENE\n"
        f"NOMOR 800/{number}/2024 TAHUN 2024\nTENTANG\nPEMBENTUKAN TIM PELAKSANA INOVASI {name}\n\n"
        f"Menimbang :\na. bahwa untuk melaksanakan inovasi {name} perlu dibentuk tim pelaksana;\n"
        "Mengingat :\n1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n"
        "MEMUTUSKAN :\nMenetapkan :\n"
        f"KESATU : Membentuk Tim Pelaksana Inovasi {name} dengan susunan sebagaimana dalam lampiran.\n"
        "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\n"
        "Ditetapkan di Majene\npada tanggal 2 Februari 2024\nKEPALA DINAS,\n"
    )


def _attendance(name: str, sector: dict) -> str:
    return (
        f"UNDANGAN\nNomor : 005/112/2024\nLampiran : -\nPerihal : Rapat koordinasi inovasi {name}\n\n"
        f"Kepada Yth. Bapak/Ibu peserta di tempat\n\nHari/Tanggal : Senin, 4 Maret 2024\n"
        f"Pukul : 09.00 WITA\nTempat : Aula {sector['opd']}\nAcara : Rapat koordinasi\n"
        "\fDAFTAR HADIR\nNo | Nama | Jabatan | Tanda Tangan\n1 | Siti Rahma | Kepala Seksi | ...\n"
        "2 | Budi Santoso | Staf | ...\n3 | Andi Saputra | Kader | ...\n"
    )


def _news(name: str, sector: dict) -> str:
    return (
        f"MAJENE, SULBARNEWS – {sector['opd']} Kabupaten Majene terus memperluas inovasi {name}. "
        f"Program ini menyasar {sector['words']}.\n\n"
        f"Kepala dinas mengatakan inovasi {name} mendapat sambutan baik dari masyarakat.\n\n"
        "Baca juga: Bupati resmikan pasar rakyat\nEditor : AR\nDilihat 1.204 kali\n"
    )


def write_tiny_corpus(folder: Path, writers: bool = False) -> Path:
    """Writes 36 documents and their labels.jsonl into `folder`; returns the folder.

    `writers=True` prefixes the file names with a writer letter (innovations 0, 3, 6 → "a", 1, 4, 7 → "n",
    2, 5, 8 → "h"), so leave-one-writer-out validation has three writers that each cover every sector.
    """
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for i, (name, sector_code, jenis, bentuk, tahapan, inisiator) in enumerate(INNOVATIONS):
        sector = SECTORS[sector_code]
        slug = name.lower().replace(" ", "-")
        documents = [
            ("proposal", _proposal(name, sector, jenis, tahapan, inisiator), True),
            ("regulasi", _decree(name, sector, 100 + i), False),
            ("undangan_daftar_hadir", _attendance(name, sector), False),
            ("publikasi", _news(name, sector), False),
        ]
        for document_type, text, tells_all in documents:
            prefix = "anh"[i % 3] if writers else ""
            file = f"{prefix}{i:02d}-{document_type}-{slug}.txt"
            (folder / file).write_text(text, encoding="utf-8")
            records.append(
                {
                    "file": file,
                    "document_type": document_type,
                    "bentuk": bentuk if tells_all else None,
                    "urusan": sector_code if document_type != "undangan_daftar_hadir" else None,
                    "urusan_also": [],
                    "jenis": jenis if tells_all else None,
                    "tahapan": tahapan if tells_all else None,
                    "inisiator": inisiator if tells_all else None,
                    "nama_inovasi": name,
                    "opd": sector["opd"],
                    "pemda": "Kabupaten Majene",
                    "indicators": {"regulasi": 3} if document_type in ("proposal", "regulasi") else {},
                    "negated": [],
                    "tags": [],
                }
            )
    with (folder / "labels.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def tiny_classifier(folder: Path, thresholds: dict[str, float] | None = None):
    """A Classifier fitted straight on the tiny corpus (no selection or validation: fast for tests)."""
    from classifier.assess import Classifier
    from classifier.corpus import FIELDS, load_corpus
    from classifier.labels import featurise, fit_featuriser, fit_field, text_columns

    examples = load_corpus(write_tiny_corpus(folder))
    featuriser = fit_featuriser([e.text for e in examples])
    X = featurise(featuriser, [e.text for e in examples])
    groups = [e.innovation_key for e in examples]
    fields = {
        name: fit_field(
            name,
            X,
            [e.labels[name] for e in examples],
            groups,
            method="sigmoid",
            block="all",
            n_text=text_columns(featuriser),
        )
        for name in FIELDS
    }
    return Classifier(featuriser, fields, thresholds or {name: 0.5 for name in FIELDS}, 0.5, "test")
