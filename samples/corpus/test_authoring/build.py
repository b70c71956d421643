"""Write the separate test set: `python samples/corpus/test_authoring/build.py` from the project root.

Each `docs_*.py` module holds hand-written documents with their gold labels; this script numbers them,
writes `../test/tNNN-<doctype>-<slug>.txt` and `../test/labels.jsonl`, checks the labels and prints coverage.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import INDICATORS  # noqa: E402

OUT = HERE.parent / "test"
MODULES = ["docs_a", "docs_b", "docs_c", "docs_d", "docs_e", "docs_f", "docs_g"]
DOCTYPES = [
    "proposal", "laporan", "regulasi", "surat_tugas", "undangan_daftar_hadir", "sertifikat",
    "anggaran", "perencanaan", "sop", "pedoman", "kerja_sama", "evaluasi", "publikasi", "lainnya",
]
BENTUK = {"tata_kelola", "pelayanan_publik", "urusan_lainnya"}
JENIS = {"digital", "non_digital"}
TAHAPAN = {"inisiatif", "uji_coba", "penerapan"}
INISIATOR = {"kepala_daerah", "anggota_dprd", "opd", "asn", "masyarakat"}
URUSAN = [
    "pendidikan", "kesehatan", "pupr", "perumahan", "trantibum", "sosial", "tenaga_kerja", "pppa",
    "pangan", "pertanahan", "lingkungan_hidup", "adminduk", "desa", "kb", "perhubungan", "kominfo",
    "ukm", "penanaman_modal", "pemuda_olahraga", "statistik", "persandian", "kebudayaan",
    "perpustakaan", "kearsipan", "kelautan_perikanan", "pariwisata", "pertanian", "kehutanan",
    "esdm", "perdagangan", "perindustrian", "transmigrasi", "perencanaan", "keuangan",
    "kepegawaian", "diklat", "litbang", "fungsi_lain",
]
TAGS = [
    "negation", "two_sector", "short", "ocr_noise", "english_mixed", "news_no_innovation",
    "two_innovations",
]
KEYS = [
    "file", "document_type", "bentuk", "urusan", "urusan_also", "jenis", "tahapan", "inisiator",
    "nama_inovasi", "opd", "pemda", "indicators", "negated", "tags",
]


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def check(rec: dict) -> list[str]:
    errs = []
    name = rec["file"]
    if rec["document_type"] not in DOCTYPES:
        errs.append(f"{name}: document_type {rec['document_type']}")
    checks = (("bentuk", BENTUK), ("jenis", JENIS), ("tahapan", TAHAPAN), ("inisiator", INISIATOR))
    for key, allowed in checks:
        if rec[key] is not None and rec[key] not in allowed:
            errs.append(f"{name}: {key} {rec[key]}")
    for code in [rec["urusan"], *rec["urusan_also"]]:
        if code is not None and code not in URUSAN:
            errs.append(f"{name}: urusan {code}")
    if rec["urusan"] in rec["urusan_also"]:
        errs.append(f"{name}: urusan repeated in urusan_also")
    for code, level in rec["indicators"].items():
        if code not in INDICATORS or level not in (None, 1, 2, 3):
            errs.append(f"{name}: indicator {code}={level}")
    for code in rec["negated"]:
        if code not in INDICATORS or code in rec["indicators"]:
            errs.append(f"{name}: negated {code}")
    for tag in rec["tags"]:
        if tag not in TAGS:
            errs.append(f"{name}: tag {tag}")
    n = rec["_words"]
    if ("short" in rec["tags"]) != (n < 80):
        errs.append(f"{name}: {n} words but tags {rec['tags']}")
    if ("negation" in rec["tags"]) != bool(rec["negated"]):
        errs.append(f"{name}: negation tag and negated list disagree")
    if ("two_sector" in rec["tags"]) != bool(rec["urusan_also"]):
        errs.append(f"{name}: two_sector tag and urusan_also disagree")
    if "news_no_innovation" in rec["tags"] and (rec["nama_inovasi"] or rec["bentuk"] or rec["urusan"]):
        errs.append(f"{name}: news_no_innovation with innovation labels")
    return errs


def main() -> int:
    records = []
    for mod in MODULES:
        try:
            records.extend(importlib.import_module(mod).DOCS)
        except ModuleNotFoundError:
            continue
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("t*.txt"):
        old.unlink()
    errors = []
    lines = []
    for i, rec in enumerate(records, 1):
        rec["file"] = f"t{i:03d}-{rec['document_type']}-{rec['slug']}.txt"
        rec["_words"] = words(rec["text"])
        rec["tags"] = [t for t in rec["tags"] if t != "short"] + (["short"] if rec["_words"] < 80 else [])
        errors += check(rec)
        (OUT / rec["file"]).write_text(rec["text"], encoding="utf-8")
        lines.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def table(title: str, counter: Counter, keys: list[str] | None = None) -> None:
        print(f"\n{title}")
        for key in keys or sorted(counter, key=str):
            print(f"  {key!s:22} {counter.get(key, 0)}")

    table("document_type", Counter(r["document_type"] for r in records), DOCTYPES)
    table("urusan (primary)", Counter(r["urusan"] for r in records), [*URUSAN, None])
    table("urusan_also", Counter(c for r in records for c in r["urusan_also"]))
    for key in ("bentuk", "jenis", "tahapan", "inisiator"):
        table(key, Counter(r[key] for r in records))
    table("tags", Counter(t for r in records for t in r["tags"]), TAGS)
    table("indicators (labelled)", Counter(c for r in records for c in r["indicators"]), INDICATORS)
    table("negated", Counter(c for r in records for c in r["negated"]))
    lengths = [r["_words"] for r in records]
    pages = sum(1 for r in records if "\f" in r["text"])
    print(f"\n{len(records)} documents; words min {min(lengths)} max {max(lengths)}; multi-page {pages}")
    for err in errors:
        print("ERROR", err)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
