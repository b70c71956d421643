"""`jaring classify`, `jaring train` and `jaring evaluate` as a person runs them."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.classifier.tiny_corpus import write_tiny_corpus
from tests.intake.builders import pdf_with_pages

CONTRACT = {
    "file", "sha256", "media_type", "pages", "ocr_pages", "quality", "document_type", "bentuk", "urusan",
    "jenis", "tahapan", "inisiator", "indicators", "missing_indicators", "profile", "needs_review",
    "review_reasons", "model_version",
}  # fmt: skip


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, timeout=900, check=False
    )


def test_classify_emits_every_contract_field_and_error_records(tmp_path):
    """GIVEN a born-digital SK, a text proposal and an empty file
    WHEN `jaring classify DIR --format jsonl` runs
    THEN two records carry every DESIGN.md field with labels and confidences, the empty file an error,
    and the exit status is 1."""
    (tmp_path / "a-sk.pdf").write_bytes(
        pdf_with_pages(
            [["KEPUTUSAN BUPATI BANTUL", "NOMOR 12 TAHUN 2023", "TENTANG TIM INOVASI POSYANDU DIGITAL",
              "MEMUTUSKAN", "Menetapkan: Tim Pelaksana Inovasi Posyandu Digital."]]
        )
    )  # fmt: skip
    (tmp_path / "b-proposal.txt").write_text(
        "PROPOSAL INOVASI SI-CANTIK (Sistem Informasi Cepat Tanggap Kesehatan)\n"
        "Permasalahan\nWarga menunggu lama di puskesmas.\n"
        "Metode Pembaharuan\nPendaftaran daring lewat aplikasi.",
        encoding="utf-8",
    )
    (tmp_path / "c-kosong.pdf").write_bytes(b"")
    result = run_cli("classify", str(tmp_path), "--format", "jsonl", "--workers", "1")
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    for record in records[:2]:
        assert set(record) == CONTRACT
        assert 0.0 <= record["document_type"]["confidence"] <= 1.0
        assert isinstance(record["urusan"]["also"], list)
        assert len(record["indicators"]) == 20
        assert {i["code"] for i in record["indicators"] if not i["found"]} == set(
            record["missing_indicators"]
        )
    assert records[0]["document_type"]["label"] == "regulasi"
    assert records[2]["error"]["code"] == "empty"


def test_train_then_evaluate_on_a_tiny_corpus(tmp_path):
    """GIVEN a tiny labelled corpus written by the test
    WHEN `jaring train` writes a model and `jaring evaluate` scores it with --gold
    THEN the model folder has skops files and a model card, and the report names every field."""
    corpus = tmp_path / "corpus"
    write_tiny_corpus(corpus)
    out = tmp_path / "models" / "t1"
    trained = run_cli("train", "--corpus", str(corpus), "--out", str(out), "--test", str(tmp_path / "none"))
    assert trained.returncode == 0, trained.stderr
    assert (out / "model_card.json").is_file() and list(out.glob("*.skops"))
    gold = next(corpus.glob("labels*.jsonl"))
    evaluated = run_cli("evaluate", str(corpus), "--gold", str(gold), "--model", str(out), "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    report = json.loads(evaluated.stdout)
    assert set(report["fields"]) >= {"document_type", "urusan", "bentuk", "jenis", "tahapan"}
    assert report["documents"] == len(gold.read_text(encoding="utf-8").splitlines())


def test_usage_errors_exit_two(tmp_path):
    assert run_cli("classify", str(tmp_path / "nope")).returncode == 2
    assert run_cli("evaluate", str(tmp_path / "nope")).returncode == 2
    assert run_cli("train", "--corpus", str(tmp_path / "nope")).returncode == 2
