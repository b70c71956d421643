from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tiny_corpus import write_tiny_corpus

from classifier.assess import NEVER_CONFIDENT, Classifier, LabelPrediction, current_model_dir
from classifier.corpus import FIELDS, Example, corpus_hash, load_corpus
from classifier.training import (
    calibration_splits,
    choose_also_threshold,
    choose_threshold,
    choose_thresholds,
    field_folds,
    safe_thresholds,
    set_current,
    train,
)


def test_choose_threshold_takes_the_lowest_confidence_that_keeps_precision() -> None:
    """GIVEN validation confidences where the fourth most confident prediction is wrong
    WHEN a 0.98 threshold is chosen THEN it stops just above the error; at 0.75 it goes lower."""
    confidence = [0.99, 0.95, 0.90, 0.80, 0.70, 0.60]
    right = [True, True, True, False, True, True]
    assert choose_threshold(confidence, right, 0.98) == pytest.approx(0.90)
    assert choose_threshold(confidence, right, 0.75) == pytest.approx(0.60)


def test_choose_threshold_never_trusts_a_field_whose_best_guess_is_wrong() -> None:
    """GIVEN a field whose most confident validation prediction is wrong and the rest mostly wrong
    WHEN thresholds are chosen THEN nothing passes (the threshold is above 1)."""
    assert choose_threshold([0.9, 0.8, 0.7], [False, True, False], 0.98) == NEVER_CONFIDENT


def test_choose_thresholds_cuts_the_field_that_causes_the_errors() -> None:
    """GIVEN six validation documents whose jenis is wrong on the two least confident ones
    WHEN joint thresholds are chosen for 0.98 THEN only jenis is raised, just above its errors,
    and the four passing documents are all right."""
    examples, predictions = [], []
    for i, (jenis_conf, jenis_right) in enumerate(
        [(0.99, 1), (0.95, 1), (0.9, 1), (0.85, 1), (0.6, 0), (0.5, 0)]
    ):
        labels = dict.fromkeys(FIELDS)
        labels.update(document_type="proposal", jenis="digital")
        examples.append(Example(file=f"{i}.txt", text="", labels=labels))
        predictions.append(
            {
                "document_type": LabelPrediction("proposal", 0.97),
                "jenis": LabelPrediction("digital" if jenis_right else "non_digital", jenis_conf),
            }
        )
    thresholds, summary = choose_thresholds(examples, predictions, 0.98)
    assert thresholds["document_type"] == 0.0
    assert thresholds["jenis"] == pytest.approx(0.85)
    assert summary["passing_share"] == pytest.approx(4 / 6)
    assert summary["passing_right"] == 1.0


def _example(urusan: str, also: tuple[str, ...]) -> Example:
    labels = dict.fromkeys(FIELDS)
    labels.update(document_type="proposal", urusan=urusan)
    return Example(file=f"{urusan}-{len(also)}.txt", text="", labels=labels, urusan_also=also)


def test_choose_also_threshold_reports_the_second_sector_when_it_is_likely() -> None:
    """GIVEN two validation documents, one two-sector (kesehatan + desa) with desa at 0.3
    WHEN the `also` threshold is chosen THEN it sits at or below 0.3 and above the one-sector noise of 0.1."""
    examples = [_example("kesehatan", ("desa",)), _example("pendidikan", ())]
    probabilities = [
        {"kesehatan": 0.6, "desa": 0.3, "pendidikan": 0.1},
        {"pendidikan": 0.8, "kesehatan": 0.1, "desa": 0.1},
    ]
    threshold, summary = choose_also_threshold(examples, probabilities)
    assert 0.1 < threshold <= 0.3
    assert summary["f1"] == pytest.approx(1.0)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory):
    corpus = write_tiny_corpus(tmp_path_factory.mktemp("train"))
    models = tmp_path_factory.mktemp("models")
    card = train(corpus, models / "2026.11.0", test_dir=corpus)
    return corpus, models, card


def test_train_writes_skops_files_and_a_complete_model_card(trained) -> None:
    """GIVEN the tiny corpus WHEN trained THEN the folder holds one skops file per field plus the featuriser,
    and the card records the data hash, label sets, thresholds, test metrics and library versions."""
    corpus, models, card = trained
    folder = models / "2026.11.0"
    assert sorted(p.name for p in folder.glob("*.skops")) == sorted(
        ["features.skops"] + [f"{name}.skops" for name in FIELDS]
    )
    written = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    assert written["version"] == "2026.11.0"
    assert written["training_data_hash"] == corpus_hash(load_corpus(corpus))
    assert set(written["thresholds"]) == set(FIELDS)
    assert all(0 <= t <= NEVER_CONFIDENT for t in written["thresholds"].values())
    assert written["label_sets"]["urusan"][:2] == ["pendidikan", "kesehatan"]
    assert written["library_versions"]["scikit-learn"]
    assert written["documents"]["training"] == 36 and written["documents"]["validation"] > 0
    assert written["test"]["fields"]["document_type"]["accuracy"] >= 0.9
    assert written["refit_on_all"] is True and written["test_fit_only"] is not None
    assert written["training_seconds"] > 0
    for name in FIELDS:
        assert written["fields"][name]["calibration"] in ("sigmoid", "isotonic")
    assert written["files"]["features.skops"] == (folder / "features.skops").stat().st_size
    assert card.version == "2026.11.0"


def test_trained_model_loads_through_current_and_classifies(trained) -> None:
    """GIVEN the trained folder named in models/current
    WHEN the Classifier is loaded by default pointer THEN it labels a new decree as regulasi."""
    _, models, _ = trained
    set_current(models, "2026.11.0")
    assert current_model_dir(models) == models / "2026.11.0"
    classifier = Classifier.load(current_model_dir(models))
    decree = (
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nNOMOR 800/77/2024 TAHUN 2024\nTENTANG\nTIM INOVASI SEHAT JIWA\n"
        "Menimbang :\na. bahwa perlu dibentuk tim;\nMengingat :\n1. Undang-Undang Nomor 23 Tahun 2014;\n"
        "MEMUTUSKAN :\nMenetapkan :\nKESATU : Membentuk tim.\nDitetapkan di Majene\n"
    )
    labels = classifier.predict_labels([decree])[0]
    assert labels["document_type"].label == "regulasi"
    assert classifier.version == "2026.11.0"


def test_set_current_refuses_a_folder_without_a_model(tmp_path: Path) -> None:
    """GIVEN an empty models folder WHEN current is pointed at a missing version THEN it is refused."""
    with pytest.raises(FileNotFoundError, match=r"model_card\.json"):
        set_current(tmp_path, "2026.11.9")


def _labelled(file: str, **labels: str | None) -> Example:
    gold = dict.fromkeys(FIELDS)
    gold.update(document_type="proposal", **labels)
    return Example(file=file, text="", labels=gold)


def test_field_folds_hold_out_one_writer_and_fall_back_for_a_class_only_one_writer_has() -> None:
    """GIVEN two writers who both write kesehatan and desa, and pariwisata only in writer a
    WHEN urusan's folds are made THEN each writer is predicted by a model fitted on the other only,
    the pariwisata documents get same-writer folds and are named, and the folds partition the rows."""
    examples = [
        _labelled("a01-x.txt", urusan="kesehatan"),
        _labelled("a02-x.txt", urusan="desa"),
        _labelled("a03-x.txt", urusan="pariwisata"),
        _labelled("a04-y.txt", urusan="pariwisata"),
        _labelled("n01-x.txt", urusan="kesehatan"),
        _labelled("n02-x.txt", urusan="desa"),
        _labelled("n03-x.txt", urusan=None),
    ]
    folds, info = field_folds(examples, "urusan")
    by_name = {f.name: f for f in folds}
    assert sorted(by_name["writer:a"].test) == [0, 1]
    assert sorted(by_name["writer:a"].train) == [4, 5]  # writer n's labelled documents only
    assert sorted(by_name["writer:n"].test) == [4, 5, 6]  # an unlabelled document still gets a prediction
    assert not {0, 1, 2, 3} & set(by_name["writer:n"].test)
    fallback = [f for f in folds if f.name.startswith("same_writer")]
    assert sorted(i for f in fallback for i in f.test) == [2, 3]
    assert info["classes_only_in_one_writer"] == {"pariwisata": "a"}
    assert info["out_of_writer_documents"] == 4 and info["same_writer_fallback_documents"] == 2
    known = np.array([e.labels["urusan"] is not None for e in examples])
    held = sorted(int(i) for _, test in calibration_splits(folds, known) for i in test)
    assert held == list(range(int(known.sum())))


def test_safe_thresholds_send_everything_to_review_when_a_field_is_never_reliable() -> None:
    """GIVEN three writers whose jenis is wrong on a third of each writer's documents, and more confident
    there than where it is right, with nothing else telling those documents apart
    WHEN review thresholds are chosen THEN some field's threshold is above 1 and no document passes,
    neither on all writers nor on any writer the thresholds were not chosen on."""
    examples, predictions = [], []
    for writer in "anh":
        for i in range(6):
            examples.append(_labelled(f"{writer}{i:02d}.txt", jenis="digital"))
            wrong = i % 3 == 0
            predictions.append(
                {
                    "document_type": LabelPrediction("proposal", 0.97),
                    "jenis": LabelPrediction("non_digital" if wrong else "digital", 0.95 if wrong else 0.9),
                }
            )
    thresholds, summary, cross = safe_thresholds(examples, predictions, 0.98)
    assert NEVER_CONFIDENT in thresholds.values()
    assert summary["passing_share"] == 0.0
    assert cross["passing_share"] == 0.0 and cross["passing_accuracy"] is None
    assert cross["per_writer"].keys() == {"a", "n", "h"}


def test_train_on_three_writers_reports_out_of_writer_accuracy(tmp_path: Path) -> None:
    """GIVEN the tiny corpus written by three writers
    WHEN trained THEN every field is validated out of writer, the card names the writers and the
    out-of-writer accuracy, and the routing is measured on writers the thresholds were not chosen on."""
    corpus = write_tiny_corpus(tmp_path / "corpus", writers=True)
    card = train(corpus, tmp_path / "2026.11.9", refit=False).to_dict()
    assert card["validation"]["writers"] == {"a": 12, "n": 12, "h": 12}
    assert set(card["validation"]["out_of_writer_accuracy"]) == set(FIELDS)
    assert card["validation"]["out_of_writer_accuracy"]["document_type"] >= 0.9
    folds = card["fields"]["document_type"]["folds"]
    assert folds["out_of_writer_documents"] == 36 and folds["same_writer_fallback_documents"] == 0
    assert set(card["validation"]["routing_cross_writer"]["per_writer"]) == {"a", "n", "h"}
