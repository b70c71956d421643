from __future__ import annotations

import pytest
from tiny_corpus import tiny_classifier, write_tiny_corpus

from classifier.evaluate import (
    evaluate,
    expected_calibration_error,
    keyword_baseline,
    render,
    score_field,
)


def test_expected_calibration_error_is_zero_when_confidence_matches_accuracy() -> None:
    """GIVEN ten predictions at 0.8 confidence of which eight are right WHEN ECE is computed THEN it is 0;
    GIVEN the same at 0.99 confidence THEN it is the gap, 0.19."""
    right = [True] * 8 + [False] * 2
    assert expected_calibration_error([0.8] * 10, right) == pytest.approx(0.0)
    assert expected_calibration_error([0.99] * 10, right) == pytest.approx(0.19)


def test_score_field_counts_only_documents_with_gold_and_names_confusions() -> None:
    """GIVEN gold with a null and predictions with one mistake and one missing label
    WHEN scored THEN support excludes the null, accuracy is 2/4 and the confusions are listed."""
    gold = ["kesehatan", "kesehatan", "desa", "pendidikan", None]
    predicted = ["kesehatan", "desa", "desa", None, "desa"]
    score = score_field(gold, predicted, [0.9, 0.6, 0.8, 0.7, 0.5])
    assert score.support == 4
    assert score.accuracy == pytest.approx(0.5)
    assert ("kesehatan", "desa", 1) in score.worst_confusions
    assert ("pendidikan", "(none)", 1) in score.worst_confusions
    assert score.per_label["desa"]["precision"] == pytest.approx(0.5)
    assert 0.0 < score.macro_f1 < 1.0


def test_keyword_baseline_reads_telltale_words() -> None:
    """GIVEN a decree about a puskesmas innovation WHEN the keyword baseline labels it
    THEN it says regulasi and kesehatan."""
    text = (
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nMenimbang : bahwa pelayanan puskesmas perlu ditingkatkan;\n"
        "Mengingat : Undang-Undang Nomor 23 Tahun 2014;\nMEMUTUSKAN\nMenetapkan : KESATU\n"
        "Ditetapkan di Majene"
    )
    labels = keyword_baseline(text)
    assert labels["document_type"] == "regulasi"
    assert labels["urusan"] == "kesehatan"


def test_evaluate_reports_fields_indicators_routing_and_baseline(tmp_path) -> None:
    """GIVEN a classifier fitted on the tiny corpus
    WHEN evaluated on a corpus folder THEN every field has scores, indicators and routing are counted,
    and the text rendering shows the figures."""
    classifier = tiny_classifier(tmp_path / "fit")
    report = evaluate(classifier, write_tiny_corpus(tmp_path / "eval"))
    assert report.documents == 36
    assert report.fields["document_type"].support == 36
    assert report.fields["document_type"].accuracy >= 0.9
    assert report.fields["bentuk"].support == 9
    assert report.indicators["true_positives"] + report.indicators["false_negatives"] == 18
    assert 0.0 <= report.routing["no_review_share"] <= 1.0
    assert set(report.baseline) == set(report.fields)
    text = render(report)
    assert "document_type" in text and "No review needed" in text and "Indicators: precision" in text
