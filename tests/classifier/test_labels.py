from __future__ import annotations

import copy
import json
import warnings
from pathlib import Path

import numpy as np
import pytest
import yaml
from sklearn.base import clone
from sklearn.linear_model import SGDClassifier
from tiny_corpus import write_tiny_corpus

from classifier.catalogue import load_catalogue
from classifier.corpus import load_corpus
from classifier.labels import FeatureConfig, featurise, fit_featuriser, fit_field, text_columns
from classifier.model_io import (
    ModelVersionWarning,
    UntrustedModelError,
    load,
    read_card,
    save,
    write_card,
)
from classifier.structure import (
    CUE_PATTERNS,
    CUES_DIR,
    LAYOUT_PATTERNS,
    CueError,
    StructureFeatures,
    load_cues,
    parse_cues,
    pattern_counts,
)

DECREE = (
    "KEPUTUSAN BUPATI MAJENE\nNOMOR 188.45/112 TAHUN 2024\nTENTANG\nTIM INOVASI SI-CANTIK\n"
    "Menimbang :\na. bahwa perlu dibentuk tim;\nMengingat :\n1. Undang-Undang Nomor 23 Tahun 2014;\n"
    "MEMUTUSKAN :\nMenetapkan :\nKESATU : Membentuk tim.\nDitetapkan di Majene\n"
)
ATTENDANCE = (
    "DAFTAR HADIR\nRapat Koordinasi Inovasi\nHari/Tanggal : Senin, 4 Maret 2024\nPukul : 09.00\n"
    "Tempat : Aula Bappeda\nNo | Nama | Jabatan | Tanda Tangan\n1 | Siti | Kepala Seksi | ...\n"
)


def _feature(row: np.ndarray, name: str) -> float:
    names = list(StructureFeatures().fit([]).get_feature_names_out())
    return float(row[names.index(name)])


def test_structure_features_see_a_decree_and_an_attendance_list_apart() -> None:
    """GIVEN a decree and an attendance list
    WHEN the layout features are computed
    THEN the decree lights MENIMBANG/MEMUTUSKAN/Ditetapkan di and the list its table header and fields."""
    X = StructureFeatures().fit_transform([DECREE, ATTENDANCE])
    assert X.shape == (2, len(StructureFeatures().fit([]).get_feature_names_out()))
    decree, attendance = X
    for name in ("layout_decree_menimbang", "layout_decree_memutuskan", "layout_signed_at"):
        assert _feature(decree, name) > 0 and _feature(attendance, name) == 0
    for name in ("layout_attendance_header", "layout_invitation_hari_tanggal", "layout_attendance_title"):
        assert _feature(attendance, name) > 0 and _feature(decree, name) == 0
    assert _feature(attendance, "table_line_share") > _feature(decree, "table_line_share")
    assert np.all((X >= 0) & (X <= 1))


def test_structure_features_follow_estimator_conventions() -> None:
    """GIVEN the transformer WHEN cloned and asked for names
    THEN parameters survive and the names match the columns."""
    transformer = clone(StructureFeatures())
    names = transformer.fit([DECREE]).get_feature_names_out()
    label_scores = len(load_cues().signalled())  # one summed cue score per label a pattern signals
    assert len(names) == len(LAYOUT_PATTERNS) + len(CUE_PATTERNS) + label_scores + 7
    assert transformer.transform([DECREE, DECREE, ATTENDANCE]).shape == (3, len(names))


def test_cue_features_catch_the_phrases_that_tell_jenis_tahapan_and_inisiator() -> None:
    """GIVEN a sentence about an online service in trial, proposed by a DPRD member, and one about a manual
    service in regular use WHEN the cue features are computed THEN each lights its own cues only."""
    online = (
        "Inovasi ini berawal dari usulan anggota DPRD. Pendaftaran dilakukan melalui aplikasi daring "
        "dan saat ini sedang dalam tahap uji coba di dua kecamatan."
    )
    manual = (
        "Petugas melayani warga secara tatap muka dengan buku register; "
        "inovasi telah diterapkan sejak tahun 2021."
    )
    first, second = StructureFeatures().fit_transform([online, manual])
    assert _feature(first, "cue_jenis_digital") > 0 and _feature(second, "cue_jenis_digital") == 0
    assert _feature(second, "cue_jenis_non_digital") > 0 and _feature(first, "cue_jenis_non_digital") == 0
    assert _feature(first, "cue_tahapan_uji_coba") > 0 and _feature(second, "cue_tahapan_uji_coba") == 0
    assert _feature(second, "cue_tahapan_penerapan") > 0
    assert (
        _feature(first, "cue_inisiator_anggota_dprd") > 0
        and _feature(second, "cue_inisiator_anggota_dprd") == 0
    )


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    examples = load_corpus(write_tiny_corpus(tmp_path_factory.mktemp("corpus")))
    featuriser = fit_featuriser([e.text for e in examples])
    return examples, featuriser, featurise(featuriser, [e.text for e in examples])


def test_field_model_learns_from_known_labels_and_gives_probabilities(tiny) -> None:
    """GIVEN the tiny corpus (bentuk is null on decrees, letters and news)
    WHEN the bentuk field is fitted
    THEN it learns only the non-null labels, every prediction is a label with a probability,
    and the proposals get their own bentuk back."""
    examples, featuriser, X = tiny
    n_text = text_columns(featuriser)
    gold = [e.labels["bentuk"] for e in examples]
    groups = [e.innovation_key for e in examples]
    model = fit_field("bentuk", X, gold, groups, method="sigmoid", block="all", n_text=n_text)
    assert set(model.classes) == {"pelayanan_publik", "tata_kelola"}
    predictions = model.predict(X, n_text)
    for prediction in predictions:
        assert 0.0 <= prediction.confidence <= 1.0
        assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
    proposals = [i for i, e in enumerate(examples) if e.labels["document_type"] == "proposal"]
    right = sum(predictions[i].label == examples[i].labels["bentuk"] for i in proposals)
    assert right >= len(proposals) - 1
    assert all(p.label in model.classes for p in predictions)


def test_field_model_survives_a_class_with_one_example(tiny) -> None:
    """GIVEN urusan labels where one sector has a single document
    WHEN fitted THEN calibration does not fail, the rare class is kept, and the note says so."""
    examples, featuriser, X = tiny
    gold = [e.labels["urusan"] for e in examples]
    gold[0] = "pariwisata"
    model = fit_field(
        "urusan",
        X,
        gold,
        [e.innovation_key for e in examples],
        method="isotonic",
        block="text",
        n_text=text_columns(featuriser),
    )
    assert "pariwisata" in model.classes
    assert any("pariwisata" in note for note in model.notes)


def test_saved_models_load_back_and_predict_the_same(tiny, tmp_path: Path) -> None:
    """GIVEN a fitted featuriser and field model saved with skops
    WHEN loaded through the allow-list THEN predictions are identical."""
    examples, featuriser, X = tiny
    n_text = text_columns(featuriser)
    gold = [e.labels["document_type"] for e in examples]
    groups = [e.innovation_key for e in examples]
    model = fit_field("document_type", X, gold, groups, method="sigmoid", block="all", n_text=n_text)
    save(featuriser, tmp_path / "features.skops")
    save(model.to_state(), tmp_path / "document_type.skops")
    loaded_featuriser = load(tmp_path / "features.skops")
    loaded = type(model).from_state(load(tmp_path / "document_type.skops"))
    texts = [e.text for e in examples[:5]]
    before = model.predict(featurise(featuriser, texts), n_text)
    after = loaded.predict(featurise(loaded_featuriser, texts), text_columns(loaded_featuriser))
    assert [p.label for p in before] == [p.label for p in after]
    assert [p.confidence for p in before] == pytest.approx([p.confidence for p in after])


def test_loading_refuses_a_type_outside_the_allow_list(tmp_path: Path) -> None:
    """GIVEN a skops file holding an estimator type we never use
    WHEN loaded THEN it is refused with an error naming that type."""
    path = save(SGDClassifier(), tmp_path / "odd.skops")
    with pytest.raises(UntrustedModelError, match=r"_stochastic_gradient\.SGDClassifier"):
        load(path)


def test_reading_a_card_from_other_library_versions_warns(tmp_path: Path) -> None:
    """GIVEN a model card written with an older scikit-learn
    WHEN read THEN a ModelVersionWarning names the library and both versions."""
    write_card({"version": "t", "library_versions": {"scikit-learn": "0.0.1"}}, tmp_path)
    with pytest.warns(ModelVersionWarning, match=r"scikit-learn 0\.0\.1 \(trained\)"):
        card = read_card(tmp_path)
    assert card["version"] == "t"
    written = json.loads((tmp_path / "model_card.json").read_text())
    assert written["library_versions"]["scikit-learn"] == "0.0.1"


def test_reading_a_card_from_the_same_versions_is_quiet(tmp_path: Path) -> None:
    """GIVEN a card recording the running versions WHEN read THEN no version warning is raised."""
    from classifier.model_io import library_versions

    write_card({"version": "t", "library_versions": library_versions()}, tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ModelVersionWarning)
        read_card(tmp_path)


TRAIN_CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "train"


def test_every_cue_pattern_fires_on_some_training_document() -> None:
    """GIVEN the cue file and the training corpus (never the test set)
    WHEN every pattern is matched against every training text
    THEN each pattern matches at least one document: a pattern nothing uses is a dead feature."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(TRAIN_CORPUS.glob("*.txt"))]
    if not texts:
        pytest.skip("no training corpus")
    unused = set(pattern_counts("").keys())
    for text in texts:
        unused -= {name for name, n in pattern_counts(text).items() if n}
        if not unused:
            break
    assert not unused, f"cue patterns that match no training document: {sorted(unused)}"


def test_every_label_of_the_catalogue_has_a_cue() -> None:
    """GIVEN the current cue file WHEN loaded THEN every code of every label field is signalled by some
    pattern (lainnya excepted, it has no sign of its own); and a file that drops a label's only cue,
    or names a code the catalogue lacks, is refused with the label named."""
    cues = load_cues()
    covered = {pair for cue in cues.cues for pair in cue.signals}
    catalogue = load_catalogue()
    for field_name in ("document_type", "bentuk", "urusan", "jenis", "tahapan", "inisiator"):
        for code in catalogue.codes(field_name):
            assert (field_name, code) in covered or (field_name, code) == ("document_type", "lainnya")
    data = yaml.safe_load((CUES_DIR / "cues.yaml").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    del broken["urusan_words"]["transmigrasi"]
    with pytest.raises(CueError, match="urusan:transmigrasi"):
        parse_cues(broken)
    broken = copy.deepcopy(data)
    broken["cues"]["jenis_digital"]["signals"] = ["jenis:hybrid"]
    with pytest.raises(CueError, match="hybrid"):
        parse_cues(broken)
    broken = copy.deepcopy(data)
    broken["layout"]["decree_title"]["pattern"] = "(unclosed"
    with pytest.raises(CueError, match="decree_title"):
        parse_cues(broken)


def test_featuriser_keeps_only_terms_several_writers_use() -> None:
    """GIVEN two writers who share some words and each have their own boilerplate
    WHEN the featuriser is fitted with min_writers=2 THEN only the shared words are features."""
    texts = [
        "layanan posyandu alfa",
        "layanan posyandu alfa",
        "kantor desa",
        "layanan posyandu beta",
        "layanan posyandu beta beta",
        "kantor desa",
    ]
    writers = ["a", "a", "a", "n", "n", "n"]
    config = FeatureConfig(min_writers=2, char=False)
    featuriser = fit_featuriser(texts, writers, config)
    vocabulary = set(featuriser.named_transformers["word"].vocabulary_)
    assert "alfa" not in vocabulary and "beta" not in vocabulary
    assert "layanan" in vocabulary and "posyandu" in vocabulary
    assert "layanan posyandu" in vocabulary
    assert "kantor" not in vocabulary  # in both writers, but in fewer than min_df documents of each
    assert featurise(featuriser, texts).shape[0] == 6
