from __future__ import annotations

import json
from dataclasses import replace

import pytest
from tiny_corpus import tiny_classifier

from classifier.assess import NEVER_CONFIDENT
from classifier.corpus import FIELDS
from intake.model import Extraction

PROPOSAL = (
    "PROFIL INOVASI DAERAH\nSAHABAT POSYANDU\nDinas Kesehatan Kabupaten Mamuju\n\n"
    "Dasar Hukum\nPeraturan Bupati Mamuju Nomor 7 Tahun 2022 tentang Inovasi Sahabat Posyandu.\n\n"
    "Permasalahan\nKunjungan balita ke posyandu rendah dan angka stunting tinggi.\n\n"
    "Metode Pembaharuan\nInovasi SAHABAT POSYANDU menggunakan aplikasi daring berbasis web dan Android.\n\n"
    "Tahapan Inovasi\nInovasi telah diterapkan sejak Januari 2023 di seluruh puskesmas.\n\n"
    "Manfaat\nSebanyak 820 ibu hamil dan balita menerima layanan.\n"
)


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory):
    return tiny_classifier(tmp_path_factory.mktemp("corpus"))


def test_assess_returns_labels_evidence_profile_and_the_contract_fields(classifier) -> None:
    """GIVEN a proposal about a posyandu innovation
    WHEN assessed THEN it is a kesehatan proposal, its legal basis is found as evidence,
    and to_dict has every field of the DESIGN.md contract and is JSON."""
    assessment = classifier.assess(Extraction.from_text(PROPOSAL))
    assert assessment.labels["document_type"].label == "proposal"
    assert assessment.labels["urusan"].label == "kesehatan"
    regulasi = next(r for r in assessment.indicators if r.code == "regulasi")
    assert regulasi.found
    assert "regulasi" not in assessment.missing_indicators
    assert len(assessment.indicators) == 20
    data = json.loads(json.dumps(assessment.to_dict()))
    for key in (*FIELDS, "indicators", "missing_indicators", "profile", "needs_review", "review_reasons"):
        assert key in data
    assert set(data["urusan"]) == {"label", "confidence", "also"}
    assert 0.0 <= data["document_type"]["confidence"] <= 1.0
    assert data["model_version"] == "test"
    assert data["needs_review"] == bool(data["review_reasons"])


def test_low_confidence_names_the_field(classifier) -> None:
    """GIVEN a classifier whose tahapan threshold cannot be reached
    WHEN a proposal is assessed THEN it goes to review with low_confidence:tahapan."""
    saved = dict(classifier.thresholds)
    try:
        classifier.thresholds = {**saved, "tahapan": NEVER_CONFIDENT}
        assessment = classifier.assess(Extraction.from_text(PROPOSAL))
    finally:
        classifier.thresholds = saved
    assert assessment.needs_review
    assert "low_confidence:tahapan" in assessment.review_reasons


def test_poor_and_mostly_ocr_extractions_go_to_review(classifier) -> None:
    """GIVEN the proposal as a poor-quality extraction whose two pages were both OCR'd
    WHEN assessed THEN the reasons include poor_quality and mostly_ocr."""
    extraction = Extraction.from_text(PROPOSAL.replace("Metode Pembaharuan", "\fMetode Pembaharuan"))
    extraction.quality = "poor"
    extraction.pages = [replace(page, source="ocr") for page in extraction.pages]
    assessment = classifier.assess(extraction)
    assert {"poor_quality", "mostly_ocr"} <= set(assessment.review_reasons)


def test_a_proposal_without_mandatory_evidence_is_flagged(classifier) -> None:
    """GIVEN a proposal that names no legal basis and no beneficiaries
    WHEN assessed THEN missing_mandatory names regulasi and kemanfaatan."""
    bare = (
        "PROFIL INOVASI DAERAH\nSAHABAT POSYANDU\nDinas Kesehatan Kabupaten Mamuju\n\n"
        "Permasalahan\nKunjungan balita ke posyandu rendah.\n\n"
        "Metode Pembaharuan\nInovasi SAHABAT POSYANDU menggunakan aplikasi daring.\n"
    )
    assessment = classifier.assess(Extraction.from_text(bare))
    assert assessment.labels["document_type"].label == "proposal"
    assert "missing_mandatory:regulasi" in assessment.review_reasons
    assert "missing_mandatory:kemanfaatan" in assessment.review_reasons
