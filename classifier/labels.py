"""Calibrated label models: one shared text featuriser, then per field a calibrated linear model.

Per field the model is the scikit-learn chain  text → FeatureUnion(word TF-IDF, char TF-IDF, layout) →
LinearSVC(class_weight="balanced") → CalibratedClassifierCV, so `confidence` is a probability. The featuriser
is fitted once and shared by all fields (one file instead of six copies of the same vocabulary, one
transform per document instead of six). Each field uses the column block that does best on writers it
was not fitted on (leave-one-writer-out, training.py): `all` (words, characters, layout and cues), `text`
(TF-IDF only) or `signals` (layout and cues only: a learnt keyword/cue baseline). The calibrator can be
fitted on leave-one-writer-out scores (`splits`), so confidence reflects how the model does on a new writer.

Each field's model is fitted only on documents whose gold is not null, and always names its most likely
label: under the review contract a label on a document that does not tell the field is never counted
wrong, and a first version that abstained ("gate" model: does this document tell the field?) learnt the
training corpus's habits of leaving fields null, which the separately written test set does not share
(it abstained on 34 of 52 test documents labelled pelayanan_publik). Low confidence goes to review.
Measured again out of writer with three writers: a gate for "bentuk is stated" fitted on two writers was
right on 0.29 of the third writer's documents (each writer leaves different fields null), so still none.
"""

from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from classifier.structure import CURRENT_CUES, StructureFeatures

CALIBRATION_METHODS: tuple[str, ...] = ("sigmoid", "isotonic")
MAX_FOLDS = 5
TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w-]+\b"


@dataclass(frozen=True)
class FeatureConfig:
    """How the shared featuriser is built; the model card records the one chosen.

    `min_writers`: a word or character n-gram enters the vocabulary only when it occurs in at least
    `min_df` documents of each of at least this many writers (writer = the corpus file-name prefix).
    Phrasing only one writer uses (a generator's boilerplate) is then no feature at all, so the label
    models must lean on what writers share. 1 = every writer's terms (the 2026.11.0 featuriser).
    `structure_weight` scales the layout/cue block next to the L2-normalised TF-IDF rows.
    """

    word_features: int = 6000
    char_features: int = 9000
    min_df: int = 2
    min_writers: int = 1
    structure_weight: float = 1.5
    cues: str = CURRENT_CUES
    char: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _vectorizer(analyzer: str, config: FeatureConfig, vocabulary: list[str] | None = None) -> TfidfVectorizer:
    common: dict[str, Any] = {"lowercase": True, "sublinear_tf": True, "dtype": np.float32}
    if vocabulary is not None:
        common["vocabulary"] = vocabulary
    else:
        common.update(min_df=config.min_df, max_df=0.9)
    if analyzer == "word":
        if vocabulary is None:
            common["max_features"] = config.word_features
        return TfidfVectorizer(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN, **common)
    if vocabulary is None:
        common["max_features"] = config.char_features
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common)


def build_featuriser(
    config: FeatureConfig | None = None, vocabularies: dict[str, list[str]] | None = None
) -> FeatureUnion:
    """Word 1-2 grams, character 2-5 grams within words (robust to OCR noise), layout and cue features."""
    config = config or FeatureConfig()
    vocabularies = vocabularies or {}
    parts: list[tuple[str, Any]] = [("word", _vectorizer("word", config, vocabularies.get("word")))]
    if config.char:
        parts.append(("char", _vectorizer("char", config, vocabularies.get("char"))))
    parts.append(("structure", StructureFeatures(cues=config.cues)))
    return FeatureUnion(parts, transformer_weights={"structure": config.structure_weight})


def shared_vocabulary(
    texts: list[str], writers: list[str], analyzer: str, config: FeatureConfig
) -> list[str]:
    """Terms in ≥ `min_df` documents of each of ≥ `min_writers` writers, the most frequent first, capped."""
    cap = config.word_features if analyzer == "word" else config.char_features
    settings: dict[str, Any] = {"lowercase": True, "binary": True, "dtype": np.int32}
    if analyzer == "word":
        settings.update(ngram_range=(1, 2), token_pattern=TOKEN_PATTERN)
    else:
        settings.update(analyzer="char_wb", ngram_range=(2, 5))
    writer_hits: Counter[str] = Counter()
    document_freq: Counter[str] = Counter()
    n_docs = len(texts)
    for writer in sorted(set(writers)):
        own = [t for t, w in zip(texts, writers, strict=True) if w == writer]
        counts = CountVectorizer(**settings).fit(own)
        df = np.asarray(counts.transform(own).sum(axis=0)).ravel()
        for term, index in counts.vocabulary_.items():
            document_freq[term] += int(df[index])
            if df[index] >= min(config.min_df, len(own)):
                writer_hits[term] += 1
    needed = min(config.min_writers, len(set(writers)))
    kept = [t for t, n in writer_hits.items() if n >= needed and document_freq[t] <= 0.9 * n_docs]
    kept.sort(key=lambda t: (-document_freq[t], t))
    return sorted(kept[:cap])


def fit_featuriser(
    texts: list[str], writers: list[str] | None = None, config: FeatureConfig | None = None
) -> FeatureUnion:
    """The featuriser fitted on `texts`; with `writers` and `config.min_writers` > 1, a shared vocabulary."""
    config = config or FeatureConfig()
    vocabularies = None
    if writers is not None and config.min_writers > 1:
        analyzers = ("word", "char") if config.char else ("word",)
        vocabularies = {a: shared_vocabulary(texts, writers, a, config) for a in analyzers}
    featuriser = build_featuriser(config, vocabularies).fit(texts)
    for name in ("word", "char"):
        if name not in featuriser.named_transformers:
            continue
        vectorizer = featuriser.named_transformers[name]
        # stop_words_ holds every pruned term: large, and only there for introspection.
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
        # numpy ints would each become a file inside the skops archive; plain ints stay in its schema.
        vectorizer.vocabulary_ = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
        vectorizer.vocabulary = None  # fitted vocabulary_ is what transform uses; no second copy on disk
        vectorizer.fixed_vocabulary_ = False
    return featuriser


COLUMN_BLOCKS: tuple[str, ...] = ("all", "text", "signals")


def columns(X: sparse.csr_matrix, block: str, n_text: int) -> sparse.csr_matrix:
    """The block of the shared feature matrix a field uses."""
    if block == "all":
        return X
    if block == "text":
        return X[:, :n_text]
    if block == "signals":
        return X[:, n_text:]
    raise ValueError(f"unknown column block {block!r}; expected one of {COLUMN_BLOCKS}")


def text_columns(featuriser: FeatureUnion) -> int:
    """How many leading columns of the featuriser's output are TF-IDF (the rest are layout)."""
    return sum(
        len(featuriser.named_transformers[n].vocabulary_)
        for n in ("word", "char")
        if n in featuriser.named_transformers
    )


@dataclass
class FieldPrediction:
    label: str | None
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)  # label model's, over its classes


@dataclass
class FieldModel:
    """The fitted models of one field, plus how they were fitted (for the model card)."""

    field: str
    classifier: CalibratedClassifierCV
    block: str = "all"
    method: str = "sigmoid"
    folds: int = MAX_FOLDS
    notes: list[str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return [str(c) for c in self.classifier.classes_]

    def predict(self, features: sparse.csr_matrix, n_text: int) -> list[FieldPrediction]:
        """Predictions for each row of the shared feature matrix."""
        X = columns(features, self.block, n_text)
        proba = self.classifier.predict_proba(X)
        out = []
        for row in proba:
            best = int(np.argmax(row))
            probabilities = {c: float(p) for c, p in zip(self.classes, row, strict=True)}
            out.append(FieldPrediction(self.classes[best], float(row[best]), probabilities))
        return out

    def to_state(self) -> dict[str, Any]:
        """Plain types and estimators only, for skops."""
        return {
            "field": self.field,
            "classifier": self.classifier,
            "block": self.block,
            "method": self.method,
            "folds": self.folds,
            "notes": list(self.notes),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> FieldModel:
        return cls(**state)


def _folds(y: np.ndarray, groups: np.ndarray) -> tuple[list[tuple[np.ndarray, np.ndarray]], list[str]]:
    """Cross-validation splits for calibration, grouped by innovation so scores are out-of-innovation.

    Classes rarer than the number of folds are allowed: they miss from some training folds, which
    scikit-learn handles (their held-out score is the lowest possible), and end up with low calibrated
    probabilities: they go to review instead of failing the fit. Fold count shrinks with small data.
    """
    counts = Counter(y.tolist())
    notes = []
    n_splits = max(2, min(MAX_FOLDS, len(set(groups.tolist())), len(y) // 4 or 2))
    if len(counts) <= 3:
        # With two or three classes every training fold must keep them all (decision_function rule).
        n_splits = max(2, min(n_splits, min(counts.values())))
    rare = sorted(c for c, n in counts.items() if n < n_splits)
    if rare:
        notes.append(f"classes with fewer than {n_splits} examples (calibrated from partial folds): {rare}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "least populated class" is expected, see above
        try:
            splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=0)
            splits = list(splitter.split(np.zeros(len(y)), y, groups))
        except ValueError:
            notes.append("too few innovations to group folds: plain stratified folds")
            splits = list(StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=0).split(y, y))
    # Grouping can still empty a class from a training fold: then plain stratified folds.
    if len(counts) <= 3 and any(len(set(y[train].tolist())) < len(counts) for train, _ in splits):
        notes.append("grouped folds lost a class: plain stratified folds")
        splits = list(StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=0).split(y, y))
    return splits, notes


def fit_calibrated(
    X: sparse.csr_matrix,
    y: np.ndarray,
    groups: np.ndarray,
    method: str,
    C: float = 0.5,
    splits: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> tuple[CalibratedClassifierCV, int, list[str]]:
    """A LinearSVC calibrated by `method` on out-of-fold scores; returns (model, folds used, notes).

    `splits` (indices into the rows given): the folds whose held-out scores train the calibrator, e.g.
    leave-one-writer-out, so confidence reflects how the model does on writers it was not fitted on;
    default: folds grouped by innovation.
    """
    notes: list[str] = []
    if splits is None:
        splits, notes = _folds(y, groups)
    model = CalibratedClassifierCV(
        LinearSVC(C=C, class_weight="balanced", max_iter=5000, random_state=0),
        method=method,
        cv=splits,
        ensemble=False,  # one final model on all rows (small files); calibrator from out-of-fold scores
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "classes in training fold" for rare classes
        model.fit(X, y)
    model.cv = len(splits)  # keep the fold count, not the index arrays, in the saved model
    for pair in model.calibrated_classifiers_:
        # float32 weights halve the files (urusan: 38 classes × ~15k features); scores differ by ~1e-7.
        pair.estimator.coef_ = pair.estimator.coef_.astype(np.float32)
    return model, len(splits), notes


def fit_field(
    field_name: str,
    X: sparse.csr_matrix,
    gold: list[str | None],
    groups: list[str],
    *,
    method: str,
    block: str,
    n_text: int,
    C: float = 0.5,
    splits: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> FieldModel:
    """Fit one field's label model on the rows whose gold is not null.

    `splits` index the known rows only (in order), as `calibration_splits` in training.py builds them.
    """
    Xf = columns(X, block, n_text)
    known = np.array([g is not None for g in gold])
    y = np.array([g for g in gold if g is not None], dtype=object)
    if len(set(y.tolist())) < 2:
        raise ValueError(f"{field_name}: needs at least two labels in the training data, got {set(y)}")
    classifier, folds, notes = fit_calibrated(
        Xf[known], y, np.array(groups, dtype=object)[known], method, C=C, splits=splits
    )
    return FieldModel(field_name, classifier, block, method, folds, notes)


def featurise(featuriser: FeatureUnion, texts: list[str]) -> sparse.csr_matrix:
    return sparse.csr_matrix(featuriser.transform(texts))
