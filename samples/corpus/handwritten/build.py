"""Write the hand-written training documents into `train/` and check their labels.

Run: `.venv/bin/python samples/corpus/handwritten/build.py` (from the project root). It numbers the documents
of every `docs_*.py` module in order (h001, h002, ...), writes `train/hNNN-<doctype>-<slug>.txt` and
`train/labels-handwritten.jsonl`, and refuses to write anything when a label is invalid.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAIN = HERE.parent / "train"
LABELS = TRAIN / "labels-handwritten.jsonl"

DOCUMENT_TYPES = {
    "proposal",
    "laporan",
    "regulasi",
    "surat_tugas",
    "undangan_daftar_hadir",
    "sertifikat",
    "anggaran",
    "perencanaan",
    "sop",
    "pedoman",
    "kerja_sama",
    "evaluasi",
    "publikasi",
    "lainnya",
}
BENTUK = {"tata_kelola", "pelayanan_publik", "urusan_lainnya"}
JENIS = {"digital", "non_digital"}
TAHAPAN = {"inisiatif", "uji_coba", "penerapan"}
INISIATOR = {"kepala_daerah", "anggota_dprd", "opd", "asn", "masyarakat"}
URUSAN = {
    "pendidikan",
    "kesehatan",
    "pupr",
    "perumahan",
    "trantibum",
    "sosial",
    "tenaga_kerja",
    "pppa",
    "pangan",
    "pertanahan",
    "lingkungan_hidup",
    "adminduk",
    "desa",
    "kb",
    "perhubungan",
    "kominfo",
    "ukm",
    "penanaman_modal",
    "pemuda_olahraga",
    "statistik",
    "persandian",
    "kebudayaan",
    "perpustakaan",
    "kearsipan",
    "kelautan_perikanan",
    "pariwisata",
    "pertanian",
    "kehutanan",
    "esdm",
    "perdagangan",
    "perindustrian",
    "transmigrasi",
    "perencanaan",
    "keuangan",
    "kepegawaian",
    "diklat",
    "litbang",
    "fungsi_lain",
}
INDICATORS = {
    "regulasi",
    "sdm",
    "anggaran",
    "alat_kerja",
    "bimtek",
    "rkpd",
    "aktor",
    "pelaksana",
    "jejaring",
    "sosialisasi",
    "pedoman_teknis",
    "informasi_layanan",
    "kemudahan_proses",
    "pengaduan",
    "layanan_terintegrasi",
    "replikasi",
    "kecepatan_penciptaan",
    "kemanfaatan",
    "monev",
    "video",
}
TAGS = {
    "negation",
    "two_sector",
    "short",
    "ocr_noise",
    "english_mixed",
    "news_no_innovation",
    "two_innovations",
}
SHORT_WORDS = 80
KEYS = (
    "file",
    "document_type",
    "bentuk",
    "urusan",
    "urusan_also",
    "jenis",
    "tahapan",
    "inisiator",
    "nama_inovasi",
    "opd",
    "pemda",
    "indicators",
    "negated",
    "tags",
)


def load_documents() -> list[dict]:
    """Every document of every docs_*.py module, in module then list order."""
    sys.path.insert(0, str(HERE))
    documents: list[dict] = []
    for module_file in sorted(HERE.glob("docs_*.py")):
        module = importlib.import_module(module_file.stem)
        documents.extend(module.DOCS)
    return documents


def file_name(number: int, labels: dict, slug: str) -> str:
    return f"h{number:03d}-{labels['document_type'].replace('_', '-')}-{slug}.txt"


def problems_of(name: str, slug: str, text: str, labels: dict) -> list[str]:
    """Everything wrong with one document's labels."""
    found: list[str] = []

    def check(field: str, allowed: set[str], nullable: bool = True) -> None:
        value = labels[field]
        if value is None and nullable:
            return
        if value not in allowed:
            found.append(f"{field}={value!r} is not a code")

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        found.append(f"slug {slug!r} is not kebab-case")
    check("document_type", DOCUMENT_TYPES, nullable=False)
    check("bentuk", BENTUK)
    check("jenis", JENIS)
    check("tahapan", TAHAPAN)
    check("inisiator", INISIATOR)
    check("urusan", URUSAN)
    for code in labels["urusan_also"]:
        if code not in URUSAN:
            found.append(f"urusan_also {code!r} is not a code")
        if code == labels["urusan"]:
            found.append(f"urusan_also repeats the primary urusan {code!r}")
    if labels["urusan_also"] and labels["urusan"] is None:
        found.append("urusan_also without a primary urusan")
    for code, level in labels["indicators"].items():
        if code not in INDICATORS:
            found.append(f"indicator {code!r} is not a code")
        if level is not None and level not in (1, 2, 3):
            found.append(f"indicator {code} has level {level!r}")
    for code in labels["negated"]:
        if code not in INDICATORS:
            found.append(f"negated {code!r} is not an indicator code")
        if code in labels["indicators"]:
            found.append(f"{code} is both evidence and negated")
    tags = labels["tags"]
    for tag in tags:
        if tag not in TAGS:
            found.append(f"tag {tag!r} is not a hard-case tag")
    if len(set(tags)) != len(tags):
        found.append("a tag is repeated")
    words = len(text.split())
    if ("short" in tags) != (words < SHORT_WORDS):
        found.append(f"{words} words but short tag {'present' if 'short' in tags else 'absent'}")
    if ("negation" in tags) != bool(labels["negated"]):
        found.append("negation tag and negated list disagree")
    if ("two_sector" in tags) != bool(labels["urusan_also"]):
        found.append("two_sector tag and urusan_also disagree")
    if "news_no_innovation" in tags and labels["nama_inovasi"] is not None:
        found.append("news_no_innovation names an innovation")
    if "two_innovations" in tags and not labels["nama_inovasi"]:
        found.append("two_innovations without a (first) innovation name")
    if "\t" in text:
        found.append("text holds a tab")
    return [f"{name}: {problem}" for problem in found]


def main() -> int:
    documents = load_documents()
    records: list[dict] = []
    texts: dict[str, str] = {}
    problems: list[str] = []
    for number, document in enumerate(documents, start=1):
        labels = document["labels"]
        name = file_name(number, labels, document["slug"])
        text = document["text"].strip("\n") + "\n"
        problems.extend(problems_of(name, document["slug"], text, labels))
        if name in texts:
            problems.append(f"{name}: file name used twice")
        texts[name] = text
        records.append({"file": name, **labels})
    seen_slugs = Counter(d["slug"] for d in documents)
    problems.extend(f"slug {s!r} used {n} times" for s, n in seen_slugs.items() if n > 1)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    for old in TRAIN.glob("h[0-9][0-9][0-9]-*.txt"):
        old.unlink()
    for name, text in texts.items():
        (TRAIN / name).write_text(text, encoding="utf-8")
    with LABELS.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps({k: record[k] for k in KEYS}, ensure_ascii=False) + "\n")
    report(records)
    return 0


def report(records: list[dict]) -> None:
    """Counts per label, measured from the labels just written."""
    print(f"{len(records)} documents written to {TRAIN.name}/, labels in {LABELS.name}")
    for field in ("document_type", "bentuk", "jenis", "tahapan", "inisiator", "urusan"):
        counts = Counter(str(r[field]) for r in records)
        ordered = sorted(counts.items(), key=lambda kv: -kv[1])
        print(f"\n{field}: " + ", ".join(f"{k} {v}" for k, v in ordered))
    any_urusan = Counter(u for r in records for u in [r["urusan"], *r["urusan_also"]] if u)
    missing = sorted(URUSAN - set(any_urusan))
    print("\nurusan (primary or also): " + ", ".join(f"{k} {v}" for k, v in sorted(any_urusan.items())))
    print(f"urusan never used: {missing or 'none'}")
    tags = Counter(t for r in records for t in r["tags"])
    print("\ntags: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items())))
    indicators = Counter(i for r in records for i in r["indicators"])
    print("indicators: " + ", ".join(f"{k} {v}" for k, v in sorted(indicators.items())))
    negated = Counter(i for r in records for i in r["negated"])
    print("negated: " + ", ".join(f"{k} {v}" for k, v in sorted(negated.items())))


if __name__ == "__main__":
    sys.exit(main())
