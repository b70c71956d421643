"""`jaring extract` as a person runs it: one JSON object per file, exit 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.intake.builders import pdf_with_pages

EXTRACTION_FIELDS = {
    "file", "sha256", "media_type", "pages", "ocr_pages", "language", "quality", "paged", "text",
    "page_details", "sections", "metadata", "warnings", "timings",
}  # fmt: skip
PAGE_FIELDS = {"number", "text", "source", "ocr_confidence", "quality", "tables"}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, timeout=600, check=False
    )


def test_all_files_read_exits_zero_with_every_field(tmp_path):
    (tmp_path / "sk.pdf").write_bytes(pdf_with_pages([["Keputusan Bupati tentang inovasi daerah."]]))
    (tmp_path / "catatan.txt").write_text("Catatan rapat koordinasi inovasi.", encoding="utf-8")
    result = run_cli("extract", str(tmp_path), "--format", "jsonl", "--workers", "2")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in records] == ["catatan.txt", "sk.pdf"]
    for record in records:
        assert set(record) == EXTRACTION_FIELDS
        assert all(set(page) == PAGE_FIELDS for page in record["page_details"])
        assert len(record["sha256"]) == 64


@pytest.mark.slow
def test_samples_folder_gives_one_object_per_file_and_exit_one_for_the_broken_ones(samples):
    """GIVEN the project's sample documents (two of which cannot be read by design)
    WHEN `jaring extract samples/documents --format jsonl` runs
    THEN every file has one line, the encrypted and truncated PDFs carry their codes, exit status 1."""
    result = run_cli("extract", str(samples), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = {
        json.loads(line)["file"].rsplit("/", 1)[-1]: json.loads(line) for line in result.stdout.splitlines()
    }
    documents = {p.name for p in samples.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert set(records) == documents
    assert records["sk-terenkripsi.pdf"]["error"]["code"] == "encrypted"
    assert records["proposal-terpotong.pdf"]["error"]["code"] == "corrupt"
    scan = records["sk-tim-inovasi-scan.pdf"]
    assert scan["ocr_pages"] == 2 and "KEPUTUSAN" in scan["text"].upper()
    photo = records["daftar-hadir-foto.jpg"]
    assert "DAFTAR HADIR" in photo["text"].upper()
    assert set(records["proposal-si-pandai.pdf"]) == EXTRACTION_FIELDS


def test_text_format_is_readable(tmp_path):
    (tmp_path / "a.txt").write_text("Inovasi desa digital.", encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "a.txt"), "--format", "text")
    assert result.returncode == 0
    assert "==> " in result.stdout and "--- page 1 (text, good) ---" in result.stdout


def test_bad_usage_exits_two(tmp_path):
    assert run_cli("extract", str(tmp_path / "tidak-ada.pdf")).returncode == 2
    assert run_cli("extract", str(tmp_path), "--format", "xml").returncode == 2
    assert run_cli("extract", str(tmp_path), "--ocr", "kadang").returncode == 2
