"""Training: leave-one-writer-out validation, then the final fit on everything, then (once) the test set.

The corpus has several writers (file-name prefixes: `a` administrative generator, `n` narrative generator,
`h` hand-written). A validation split by document keeps a writer on both sides and measured 0.96-0.99 where
the separately written test set gave 0.65-0.87, so every choice here is made on out-of-writer predictions:
1. one featuriser per held-out writer (fitted on the others' texts) plus one on everything;
2. per field, out-of-writer decision scores for every document (`field_folds`), calibrated by calibrators
   fitted on the other writers' out-of-writer scores; columns (all, text, layout/cues) and C chosen by
   out-of-writer accuracy, then sigmoid or isotonic calibration by out-of-writer log-loss;
3. review thresholds on those predictions (`safe_thresholds`: checked writer by writer, stricter when they
   do not hold on a writer they were not chosen on), and the `also` threshold;
4. the final models on every document, calibrated on leave-one-writer-out scores (CalibratedClassifierCV
   with the writer folds);
5. only then, if asked, the separate test folder, never used above; write `*.skops` and `model_card.json`.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import _CalibratedClassifier, _fit_calibrator
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC
from sklearn.utils._array_api import get_namespace

from classifier.assess import NEVER_CONFIDENT, Classifier, LabelPrediction
from classifier.catalogue import load_catalogue
from classifier.corpus import FIELDS, Example, corpus_hash, load_corpus, validation_split
from classifier.evaluate import Report, evaluate_examples, expected_calibration_error, labels_right
from classifier.labels import (
    COLUMN_BLOCKS,
    FeatureConfig,
    FieldModel,
    columns,
    featurise,
    fit_featuriser,
    fit_field,
    text_columns,
)
from classifier.model_io import library_versions, save, write_card
from classifier.structure import StructureFeatures

log = logging.getLogger(__name__)

DEFAULT_TARGET_PRECISION = 0.98
ALSO_GRID = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.05))


@dataclass
class ModelCard:
    version: str
    created: str
    training_data_hash: str
    catalogue_edition: str
    documents: dict[str, int]
    fields: dict[str, dict[str, Any]]
    thresholds: dict[str, float]
    target_precision: float
    also_threshold: float
    validation: dict[str, Any]
    refit_on_all: bool
    test: dict[str, Any] | None
    test_fit_only: dict[str, Any] | None
    library_versions: dict[str, str]
    training_seconds: float  # wall clock (other processes on the machine count)
    training_cpu_seconds: float  # this process's CPU time
    routing_tradeoff: dict[str, dict[str, Any]] = field(default_factory=dict)
    label_sets: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def choose_threshold(confidence: list[float], ok: list[bool], target: float) -> float:
    """The lowest confidence t such that the predictions with confidence ≥ t are right ≥ target of the time.

    NEVER_CONFIDENT when even the most confident prediction misses the target.
    """
    order = np.argsort(-np.asarray(confidence, dtype=float), kind="stable")
    conf = np.asarray(confidence, dtype=float)[order]
    right = np.cumsum(np.asarray(ok, dtype=float)[order])
    best = NEVER_CONFIDENT
    for k in range(len(conf)):
        # Only cut between distinct confidences: equal ones pass or fail together.
        if k + 1 < len(conf) and conf[k + 1] == conf[k]:
            continue
        if right[k] / (k + 1) >= target:
            best = float(conf[k])
    return best


def _field_ok(example: Example, name: str, prediction: LabelPrediction) -> bool:
    gold = example.labels[name]
    return gold is None or prediction.label == gold


def choose_thresholds(
    examples: list[Example], predictions: list[dict[str, LabelPrediction]], target: float
) -> tuple[dict[str, float], dict[str, Any]]:
    """Per-field thresholds under which the documents passing every field are right ≥ `target` of the time.

    A document passes when every field's confidence reaches its threshold; it is right when every field
    with a gold label is predicted exactly. Starting with every document passing, each step raises one
    field's threshold to the cut that removes the most wrong documents per right document lost, until the
    passing documents reach `target` (or none pass). The per-field thresholds at `target`, each field on
    its own, are reported for comparison.
    """
    names = list(predictions[0]) if predictions else []
    n = len(examples)
    conf = {f: np.array([p[f].confidence for p in predictions]) for f in names}
    right = np.array(
        [labels_right(e, {f: p[f].label for f in names}) for e, p in zip(examples, predictions, strict=True)]
    )
    thresholds = dict.fromkeys(names, 0.0)
    passing = np.ones(n, dtype=bool)
    steps = 0
    while passing.any() and right[passing].mean() < target:
        best: tuple[float, int, str, float] | None = None  # (ratio, -right lost, field, new threshold)
        for f in names:
            idx = np.flatnonzero(passing)
            order = idx[np.argsort(conf[f][idx], kind="stable")]
            values = conf[f][order]
            wrong_lost = np.cumsum(~right[order])
            right_lost = np.cumsum(right[order])
            for k in range(len(order)):
                if k + 1 < len(order) and values[k + 1] == values[k]:
                    continue  # equal confidences are cut together
                new = float(values[k + 1]) if k + 1 < len(order) else NEVER_CONFIDENT
                candidate = (wrong_lost[k] / (right_lost[k] + 1.0), -int(right_lost[k]), f, new)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
        assert best is not None
        thresholds[best[2]] = best[3]
        passing = np.all([conf[f] >= thresholds[f] for f in names], axis=0)
        steps += 1
    per_field = {
        f: choose_threshold(
            list(conf[f]), [_field_ok(e, f, p[f]) for e, p in zip(examples, predictions, strict=True)], target
        )
        for f in names
    }
    summary = {
        "per_field_thresholds_alone": per_field,
        "steps": steps,
        "passing_share": float(passing.mean()) if n else 0.0,
        "passing_right": float(right[passing].mean()) if passing.any() else None,
    }
    return thresholds, summary


def choose_also_threshold(
    examples: list[Example], probabilities: list[dict[str, float]]
) -> tuple[float, dict]:
    """The probability above which another urusan is reported as `also`, by micro-F1 on validation."""
    rows = [(e, p) for e, p in zip(examples, probabilities, strict=True) if e.labels["urusan"] is not None]
    gold_total = sum(len(e.urusan_also) for e, _ in rows)
    if gold_total == 0:
        return 0.5, {"f1": None, "note": "no overlapping urusan in validation: default 0.5"}
    best = (0.5, -1.0)
    for t in ALSO_GRID:
        tp = fp = 0
        for example, probs in rows:
            primary = max(probs, key=lambda c: probs[c])
            predicted = {c for c, p in probs.items() if c != primary and p >= t}
            tp += len(predicted & set(example.urusan_also))
            fp += len(predicted - set(example.urusan_also))
        f1 = 2 * tp / (2 * tp + fp + (gold_total - tp)) if tp else 0.0
        if f1 > best[1] or (f1 == best[1] and t > best[0]):
            best = (t, f1)
    return best[0], {"f1": best[1], "gold": gold_total}


# Leave-one-writer-out validation ---------------------------------------------------------------------------

C_GRID: tuple[float, ...] = (0.1, 0.5)
DEFAULT_FEATURES = FeatureConfig(structure_weight=0.75, min_writers=1)
INNOVATION_FOLDS = 5


@dataclass
class Fold:
    """Documents `test` get predictions from a model fitted on `train` (document indices into the corpus).

    `featuriser` names the featuriser the fold uses: the writer held out (fitted on the other writers'
    texts), or "" for the one fitted on every document (same-writer fallback folds).
    """

    name: str
    featuriser: str
    train: np.ndarray
    test: np.ndarray


def field_folds(examples: list[Example], name: str) -> tuple[list[Fold], dict[str, Any]]:
    """Out-of-writer folds for one field, plus how they were made (for the model card).

    One fold per writer: fitted on the other writers' documents with a gold label, predicting this writer's
    documents. A document whose gold class no other writer has (say a document type only one writer wrote)
    cannot get an out-of-writer prediction that means anything: it is predicted instead by a model fitted
    on every other document, its own writer's included, in folds grouped by innovation ("same-writer
    fallback"), and it is left out of the out-of-writer accuracy. With a single writer every fold is of
    that kind.
    """
    gold = [e.labels[name] for e in examples]
    writers = np.array([e.writer for e in examples])
    known = np.array([g is not None for g in gold])
    folds: list[Fold] = []
    fallback: list[int] = []
    only_one_writer: dict[str, str] = {}
    names = sorted(set(writers.tolist()))
    if len(names) >= 2:
        for writer in names:
            others = {g for g, w in zip(gold, writers, strict=True) if g is not None and w != writer}
            test = [
                i
                for i in range(len(examples))
                if writers[i] == writer and (gold[i] is None or gold[i] in others)
            ]
            alone = [
                i for i in range(len(examples)) if writers[i] == writer and known[i] and gold[i] not in others
            ]
            fallback += alone
            only_one_writer.update({str(gold[i]): writer for i in alone})
            train = np.flatnonzero(known & (writers != writer))
            folds.append(Fold(f"writer:{writer}", writer, train, np.array(test, dtype=int)))
    else:
        fallback = list(range(len(examples)))
    if fallback:
        keys = np.array([examples[i].innovation_key for i in fallback], dtype=object)
        n_splits = min(INNOVATION_FOLDS, len(set(keys.tolist())))
        if n_splits >= 2:
            splitter = GroupKFold(n_splits=n_splits)
            for k, (_, held) in enumerate(splitter.split(np.zeros(len(fallback)), groups=keys)):
                test = np.array(sorted(fallback[j] for j in held), dtype=int)
                train = np.setdiff1d(np.flatnonzero(known), test)
                folds.append(Fold(f"same_writer:{k}", "", train, test))
    info = {
        "writers": {w: int((writers == w).sum()) for w in names},
        "out_of_writer_documents": sum(int(known[i]) for f in folds if f.featuriser for i in f.test),
        "same_writer_fallback_documents": len(fallback),
        "classes_only_in_one_writer": dict(sorted(only_one_writer.items())),
    }
    return folds, info


def calibration_splits(folds: list[Fold], known: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The folds as CalibratedClassifierCV splits over the known rows only (a partition of them)."""
    position = np.cumsum(known) - 1
    splits = []
    for fold in folds:
        test = np.array([position[i] for i in fold.test if known[i]], dtype=int)
        train = np.array([position[i] for i in fold.train if known[i]], dtype=int)
        if len(test) and len(train):
            splits.append((train, test))
    return splits


class _Scores(ClassifierMixin, BaseEstimator):
    """Stands in for a fitted model whose decision scores are already known (to fit calibrators on them)."""

    def fit(self, X: Any, y: Any = None) -> _Scores:
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        return np.asarray(X)


def _calibrator(scores: np.ndarray, y: np.ndarray, classes: np.ndarray, method: str) -> _CalibratedClassifier:
    holder = _Scores()
    holder.classes_ = classes
    xp, _ = get_namespace(scores)
    response = scores[:, 1:2] if len(classes) == 2 else scores
    return _fit_calibrator(holder, response, y, classes, method, xp)


def calibrated_probabilities(
    scores: np.ndarray, gold: list[str | None], classes: np.ndarray, folds: list[Fold], method: str
) -> np.ndarray:
    """Out-of-writer probabilities: each fold's scores calibrated by a calibrator fitted on the other folds'.

    So neither the model nor its calibration has seen the writer being predicted.
    """
    probabilities = np.full_like(scores, np.nan)
    known = np.array([g is not None for g in gold])
    for fold in folds:
        others = np.ones(len(gold), dtype=bool)
        others[fold.test] = False
        rows = np.flatnonzero(others & known & ~np.isnan(scores[:, 0]))
        y = np.array([gold[i] for i in rows], dtype=object)
        if len(set(y.tolist())) < 2:
            continue
        # A calibrator needs every class among its rows' labels only as negatives at least: fine.
        calibrator = _calibrator(scores[rows], y, classes, method)
        response = scores[fold.test][:, 1:2] if len(classes) == 2 else scores[fold.test]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            probabilities[fold.test] = calibrator.predict_proba(response)
    return probabilities


@dataclass
class Candidate:
    """One field's model choice and what leave-one-writer-out validation measured for it."""

    block: str
    C: float
    method: str
    accuracy: float  # out of writer, documents with a gold label whose class another writer has
    log_loss: float
    ece: float
    probabilities: np.ndarray = field(repr=False)  # out-of-writer, one row per document, columns `classes`
    classes: np.ndarray = field(default_factory=lambda: np.array([], dtype=object), repr=False)

    @property
    def key(self) -> str:
        return f"{self.block}+C{self.C}+{self.method}"

    def scores(self) -> dict[str, float]:
        return {"accuracy": self.accuracy, "log_loss": self.log_loss, "ece": self.ece}


def fold_matrices(examples: list[Example], config: FeatureConfig) -> tuple[dict[str, Any], FeatureUnion]:
    """Per featuriser key ("" = every document, else the writer held out): (feature matrix of every
    document, TF-IDF column count). The layout block is the same for all (stateless), computed once."""
    texts = [e.text for e in examples]
    writers = [e.writer for e in examples]
    structure = sparse.csr_matrix(StructureFeatures(cues=config.cues).fit(texts).transform(texts))
    weighted = structure * config.structure_weight
    out: dict[str, Any] = {}
    full: FeatureUnion | None = None
    for key in ["", *sorted(set(writers))] if len(set(writers)) >= 2 else [""]:
        rows = [i for i, w in enumerate(writers) if w != key]
        featuriser = fit_featuriser([texts[i] for i in rows], [writers[i] for i in rows], config)
        blocks = [
            featuriser.named_transformers[n].transform(texts)
            for n in ("word", "char")
            if n in featuriser.named_transformers
        ]
        out[key] = (sparse.hstack([*blocks, weighted]).tocsr().astype(np.float32), text_columns(featuriser))
        if key == "":
            full = featuriser
    assert full is not None
    return out, full


def out_of_writer_scores(
    matrices: dict[str, Any], gold: list[str | None], folds: list[Fold], block: str, C: float
) -> tuple[np.ndarray, np.ndarray]:
    """(decision scores of every document from its fold's model, classes); rows no fold predicts are NaN."""
    classes = np.array(sorted({g for g in gold if g is not None}), dtype=object)
    column = {c: j for j, c in enumerate(classes)}
    scores = np.full((len(gold), len(classes)), np.nan)
    for fold in folds:
        X, n_text = matrices[fold.featuriser]
        Xb = columns(X, block, n_text)
        y = np.array([gold[i] for i in fold.train], dtype=object)
        if len(set(y.tolist())) < 2 or not len(fold.test):
            continue
        model = LinearSVC(C=C, class_weight="balanced", max_iter=5000, random_state=0).fit(Xb[fold.train], y)
        raw = model.decision_function(Xb[fold.test])
        if raw.ndim == 1:
            raw = np.column_stack([-raw, raw])
        # A class this fold's model never saw scores below everything it did see.
        filled = np.full((len(fold.test), len(classes)), float(raw.min()) - 1.0)
        for j, c in enumerate(model.classes_):
            filled[:, column[c]] = raw[:, j]
        scores[fold.test] = filled
    return scores, classes


def _evaluate_probabilities(
    probabilities: np.ndarray, classes: np.ndarray, gold: list[str | None], scored: np.ndarray
) -> tuple[float, float, float]:
    """(accuracy, log-loss, ECE) over the rows `scored` (documents with gold and an out-of-writer row)."""
    rows = [i for i in np.flatnonzero(scored) if not np.isnan(probabilities[i, 0])]
    if not rows:
        return 0.0, 0.0, 0.0
    predicted = classes[np.argmax(probabilities[rows], axis=1)]
    truth = np.array([gold[i] for i in rows], dtype=object)
    right = predicted == truth
    index = {c: j for j, c in enumerate(classes)}
    loss = float(np.mean([-math.log(max(probabilities[i, index[gold[i]]], 1e-6)) for i in rows]))
    confidence = probabilities[rows].max(axis=1)
    return float(right.mean()), loss, expected_calibration_error(list(confidence), list(right))


def select_field_lowo(
    name: str, examples: list[Example], matrices: dict[str, Any], folds: list[Fold], quick: bool = False
) -> tuple[Candidate, dict[str, dict[str, float]]]:
    """The field's column block, C and calibration with the best out-of-writer accuracy (then log-loss).

    `quick`: only the first candidate (all columns, C 0.5, sigmoid), for tests.
    """
    gold = [e.labels[name] for e in examples]
    out_of_writer = np.zeros(len(examples), dtype=bool)
    for fold in folds:
        if fold.featuriser:
            out_of_writer[fold.test] = True
    scored = out_of_writer & np.array([g is not None for g in gold])
    if not scored.any():  # one writer: the same-writer folds are all there is
        scored = np.array([g is not None for g in gold])
    tried: dict[str, dict[str, float]] = {}
    grid: list[tuple[str, float]] = [("all", 0.5)]
    if not quick:
        grid = [(b, C) for b in COLUMN_BLOCKS for C in C_GRID]
    # Columns and C by out-of-writer accuracy (sigmoid-calibrated; then log-loss) ...
    best: Candidate | None = None
    best_scores: np.ndarray | None = None
    for block, C in grid:
        scores, classes = out_of_writer_scores(matrices, gold, folds, block, C)
        probabilities = calibrated_probabilities(scores, gold, classes, folds, "sigmoid")
        accuracy, loss, ece = _evaluate_probabilities(probabilities, classes, gold, scored)
        candidate = Candidate(block, C, "sigmoid", accuracy, loss, ece, probabilities, classes)
        tried[candidate.key] = candidate.scores()
        if best is None or (round(accuracy, 6), -loss) > (round(best.accuracy, 6), -best.log_loss):
            best, best_scores = candidate, scores
    assert best is not None and best_scores is not None
    # ... then the calibration by out-of-writer log-loss (isotonic's steps overfit small data).
    if not quick:
        probabilities = calibrated_probabilities(best_scores, gold, classes, folds, "isotonic")
        accuracy, loss, ece = _evaluate_probabilities(probabilities, classes, gold, scored)
        isotonic = Candidate(best.block, best.C, "isotonic", accuracy, loss, ece, probabilities, classes)
        tried[isotonic.key] = isotonic.scores()
        if loss < best.log_loss:
            best = isotonic
    assert best is not None
    best.probabilities = np.nan_to_num(best.probabilities, nan=0.0)
    return best, tried


def _predictions(chosen: dict[str, Candidate], n: int) -> list[dict[str, LabelPrediction]]:
    out = []
    for i in range(n):
        row = {}
        for name, candidate in chosen.items():
            p = candidate.probabilities[i]
            classes = candidate.classes
            best = int(np.argmax(p))
            row[name] = LabelPrediction(str(classes[best]), float(p[best]))
        out.append(row)
    return out


STRICTER_TARGETS: tuple[float, ...] = (0.99, 0.995, 1.0)


def field_thresholds(
    examples: list[Example], predictions: list[dict[str, LabelPrediction]], target: float
) -> dict[str, float]:
    """Per field, the lowest confidence at which the documents that state the field are right ≥ target."""
    names = list(predictions[0]) if predictions else []
    out = {}
    for name in names:
        rows = [
            (p[name], e.labels[name]) for e, p in zip(examples, predictions, strict=True) if e.labels[name]
        ]
        out[name] = choose_threshold([p.confidence for p, _ in rows], [p.label == g for p, g in rows], target)
    return out


def safe_thresholds(
    examples: list[Example], predictions: list[dict[str, LabelPrediction]], target: float
) -> tuple[dict[str, float], dict[str, Any], dict[str, Any]]:
    """Review thresholds from the out-of-writer predictions that also keep `target` on unseen writers.

    Thresholds are chosen on all writers' out-of-writer predictions at `target`; if, chosen the same way
    on two writers and applied to the third, the documents passing are right less often than `target`,
    they are chosen again at a stricter internal target (0.99, 0.995, 1.0). If even 1.0 does not hold
    across writers, `field_thresholds` instead (each field alone, over the documents that state it): a
    field that never reaches the target there sends every document to review, rather than promise what
    the data cannot back. Returns (thresholds, summary, cross-writer routing).
    """
    cross: dict[str, Any] = {}
    for internal in (target, *STRICTER_TARGETS):
        if internal < target:
            continue
        cross = cross_writer_routing(examples, predictions, internal)
        accuracy = cross.get("passing_accuracy")
        if accuracy is None or accuracy >= target:
            thresholds, summary = choose_thresholds(examples, predictions, internal)
            summary["internal_target"] = internal
            return thresholds, summary, cross
    # Fallback: each field on its own, over the documents that state it, at the target. A field that never
    # gets there keeps every document in review; the reasons then name the fields that cannot be trusted
    # (and the trusted ones only when their confidence is low), not all six on every document.
    thresholds = field_thresholds(examples, predictions, target)
    held_out = cross_writer_routing(examples, predictions, target, chooser=field_thresholds)
    if (held_out.get("passing_accuracy") or 1.0) < target:
        thresholds = dict.fromkeys(thresholds, NEVER_CONFIDENT)  # not even that holds: review everything
    passing = [all(p[f].confidence >= t for f, t in thresholds.items()) for p in predictions]
    right = [
        labels_right(e, {f: q.label for f, q in p.items()})
        for e, p, ok in zip(examples, predictions, passing, strict=True)
        if ok
    ]
    summary = {
        "internal_target": None,
        "note": (
            "no joint threshold choice kept the target on held-out writers; per-field thresholds over the "
            "documents stating the field instead (fields that never reach the target stop every document)"
        ),
        "passing_share": sum(passing) / len(passing) if passing else 0.0,
        "passing_right": sum(right) / len(right) if right else None,
        "per_field_cross_writer": _brief(held_out),
    }
    return thresholds, summary, cross


def _joint(
    examples: list[Example], predictions: list[dict[str, LabelPrediction]], target: float
) -> dict[str, float]:
    return choose_thresholds(examples, predictions, target)[0]


def cross_writer_routing(
    examples: list[Example],
    predictions: list[dict[str, LabelPrediction]],
    target: float,
    chooser: Any = _joint,
) -> dict[str, Any]:
    """Routing measured on writers the thresholds were not chosen on: per writer, thresholds chosen on
    the other writers' out-of-writer predictions, applied to this writer's. The honest pass figures."""
    writers = sorted({e.writer for e in examples})
    if len(writers) < 2:
        return {}
    per_writer: dict[str, Any] = {}
    passed_total = right_total = 0
    for writer in writers:
        rest = [i for i, e in enumerate(examples) if e.writer != writer]
        own = [i for i, e in enumerate(examples) if e.writer == writer]
        thresholds = chooser([examples[i] for i in rest], [predictions[i] for i in rest], target)
        passing = [i for i in own if all(predictions[i][f].confidence >= thresholds[f] for f in thresholds)]
        right = sum(
            labels_right(examples[i], {f: p.label for f, p in predictions[i].items()}) for i in passing
        )
        per_writer[writer] = {
            "documents": len(own),
            "passing": len(passing),
            "passing_right": right,
            "thresholds": thresholds,
        }
        passed_total += len(passing)
        right_total += right
    return {
        "per_writer": per_writer,
        "passing_share": passed_total / len(examples),
        "passing_accuracy": right_total / passed_total if passed_total else None,
    }


def train(
    corpus_dir: str | Path,
    out_dir: str | Path,
    test_dir: str | Path | None = None,
    *,
    target_precision: float = DEFAULT_TARGET_PRECISION,
    refit: bool = True,
    version: str | None = None,
    features: FeatureConfig = DEFAULT_FEATURES,
) -> ModelCard:
    """Train every label model from `corpus_dir`, write `out_dir/*.skops` and `out_dir/model_card.json`.

    1. per field, out-of-writer predictions for every training document (`field_folds`): models fitted
       on the other writers, calibrators fitted on the other folds' out-of-writer scores;
    2. per field, the column block, C and calibration with the best out-of-writer accuracy (then log-loss);
    3. review thresholds and the `also` threshold chosen on those out-of-writer predictions; the pass share
       and its accuracy also measured writer by writer with thresholds chosen on the other writers;
    4. the final models fitted on every document, each calibrated on its leave-one-writer-out scores;
    5. only then, when `test_dir` is given, the separate test set is scored (never used above).
    With `refit=False` step 2 is skipped (the first candidate is taken): a quick model for tests.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    out = Path(out_dir)
    version = version or out.name
    catalogue = load_catalogue()
    examples = load_corpus(corpus_dir)
    notes: list[str] = []

    matrices, featuriser = fold_matrices(examples, features)
    chosen: dict[str, Candidate] = {}
    field_folds_: dict[str, list[Fold]] = {}
    field_cards: dict[str, dict[str, Any]] = {}
    for name in FIELDS:
        if len({e.labels[name] for e in examples} - {None}) < 2:
            notes.append(f"{name}: fewer than two labels in the training data, not learnt")
            continue
        folds, info = field_folds(examples, name)
        field_folds_[name] = folds
        if refit:
            candidate, tried = select_field_lowo(name, examples, matrices, folds)
        else:
            candidate, tried = select_field_lowo(name, examples, matrices, folds, quick=True)
        chosen[name] = candidate
        field_cards[name] = {
            "folds": info,
            "out_of_writer_candidates": tried,
            "out_of_writer": candidate.scores(),
        }

    predictions = _predictions(chosen, len(examples))
    thresholds, threshold_summary, routing_cross = safe_thresholds(examples, predictions, target_precision)
    also_threshold, also_summary = (0.5, {})
    if "urusan" in chosen:
        classes = chosen["urusan"].classes
        probabilities = [dict(zip(classes, row, strict=True)) for row in chosen["urusan"].probabilities]
        also_threshold, also_summary = choose_also_threshold(examples, probabilities)

    # Final models: every document; calibrators fitted on the leave-one-writer-out scores.
    n_text = text_columns(featuriser)
    X = matrices[""][0]
    groups = [e.innovation_key for e in examples]
    fields: dict[str, FieldModel] = {}
    for name, candidate in chosen.items():
        gold = [e.labels[name] for e in examples]
        known = np.array([g is not None for g in gold])
        splits = calibration_splits(field_folds_[name], known)
        fields[name] = fit_field(
            name,
            X,
            gold,
            groups,
            method=candidate.method,
            block=candidate.block,
            n_text=n_text,
            C=candidate.C,
            splits=splits or None,
        )
    final = Classifier(featuriser, fields, thresholds, also_threshold, version, catalogue)
    training_seconds = time.perf_counter() - started
    training_cpu_seconds = time.process_time() - started_cpu

    for name, model in final.fields.items():
        field_cards[name].update(
            {
                "classes": model.classes,
                "calibration": model.method,
                "columns": model.block,
                "C": chosen[name].C,
                "calibration_folds": model.folds,
                "training_documents": sum(e.labels[name] is not None for e in examples),
                "notes": model.notes,
            }
        )

    out.mkdir(parents=True, exist_ok=True)
    files = {"features.skops": save(final.featuriser, out / "features.skops")}
    for name, model in final.fields.items():
        files[f"{name}.skops"] = save(model.to_state(), out / f"{name}.skops")

    test_report: Report | None = None
    fit_only_report: Report | None = None
    test_examples: list[Example] = []
    tradeoff: dict[str, dict[str, Any]] = {}
    if test_dir is not None:
        test_examples = load_corpus(test_dir)
        test_report = evaluate_examples(final, test_examples, corpus=str(test_dir))
        tradeoff = routing_tradeoff(examples, predictions, test_examples, final)
        fit_only_report = evaluate_examples(
            _fit_only(examples, chosen, features, thresholds, also_threshold, version, catalogue),
            test_examples,
            corpus=str(test_dir),
        )

    card = ModelCard(
        version=version,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        training_data_hash=corpus_hash(examples),
        catalogue_edition=catalogue.edition,
        documents={
            "training": len(examples),
            "fit": len(examples),
            "validation": sum(len(f.test) for f in field_folds_.get("document_type", [])),
            "test": len(test_examples),
        },
        fields=field_cards,
        thresholds=thresholds,
        target_precision=target_precision,
        also_threshold=also_threshold,
        validation={
            "scheme": "leave-one-writer-out (same-writer fallback for classes only one writer has)",
            "writers": dict(Counter(e.writer for e in examples)),
            "features": features.to_dict(),
            "out_of_writer_accuracy": {n: c.accuracy for n, c in chosen.items()},
            "thresholds": threshold_summary,
            "routing_cross_writer": routing_cross,
            "routing_cross_writer_tradeoff": {
                str(t): _brief(cross_writer_routing(examples, predictions, t)) for t in TRADEOFF_TARGETS
            },
            "also": also_summary,
        },
        refit_on_all=True,
        test=test_report.to_dict() if test_report else None,
        test_fit_only=_summary(fit_only_report) if fit_only_report else None,
        library_versions=library_versions(),
        training_seconds=round(training_seconds, 2),
        training_cpu_seconds=round(training_cpu_seconds, 2),
        routing_tradeoff=tradeoff,
        files={n: p.stat().st_size for n, p in files.items()},
        label_sets={f: catalogue.codes(f) for f in FIELDS},
        notes=notes,
    )
    write_card(card.to_dict(), out)
    return card


TRADEOFF_TARGETS = (0.98, 0.95, 0.9, 0.8)


def routing_tradeoff(
    val: list[Example],
    val_predictions: list[dict[str, LabelPrediction]],
    test: list[Example],
    classifier: Classifier,
) -> dict[str, dict[str, Any]]:
    """Label-only routing at other precision targets: thresholds from out-of-writer predictions, figures
    from test.

    Shows what a looser target would buy (share passing without review, and how often those are right);
    reasons that do not come from labels (poor quality, no innovation named, …) are left out here.
    """
    test_predictions = classifier.predict_labels([e.text for e in test])
    passed = [
        labels_right(e, {n: p[n].label for n in p})
        for e, p in zip(test, test_predictions, strict=True)
        if all(p[n].confidence >= classifier.thresholds.get(n, NEVER_CONFIDENT) for n in p)
    ]
    out: dict[str, dict[str, Any]] = {
        "shipped_thresholds": {
            "test_passing_share": len(passed) / len(test) if test else 0.0,
            "test_passing_right": sum(passed) / len(passed) if passed else None,
        }
    }
    for target in TRADEOFF_TARGETS:
        thresholds, summary = choose_thresholds(val, val_predictions, target)
        passed = [
            labels_right(e, {n: p[n].label for n in p})
            for e, p in zip(test, test_predictions, strict=True)
            if all(p[n].confidence >= thresholds[n] for n in p)
        ]
        out[str(target)] = {
            "validation_passing_share": summary["passing_share"],
            "test_passing_share": len(passed) / len(test) if test else 0.0,
            "test_passing_right": sum(passed) / len(passed) if passed else None,
            "thresholds": thresholds,
        }
    return out


def _fit_only(
    examples: list[Example],
    chosen: dict[str, Candidate],
    features: FeatureConfig,
    thresholds: dict[str, float],
    also_threshold: float,
    version: str,
    catalogue: Any,
) -> Classifier:
    """The same choices fitted on the fit part of the old by-document split only (75% of the documents),
    for comparison with the figures 2026.11.0 reported for its fit-only model."""
    fit, _ = validation_split(examples)
    featuriser = fit_featuriser([e.text for e in fit], [e.writer for e in fit], features)
    X = featurise(featuriser, [e.text for e in fit])
    groups = [e.innovation_key for e in fit]
    fields = {}
    for name, candidate in chosen.items():
        gold = [e.labels[name] for e in fit]
        if len(set(gold) - {None}) < 2:
            continue
        fields[name] = fit_field(
            name,
            X,
            gold,
            groups,
            method=candidate.method,
            block=candidate.block,
            n_text=text_columns(featuriser),
            C=candidate.C,
        )
    return Classifier(featuriser, fields, thresholds, also_threshold, version, catalogue)


def _brief(cross: dict[str, Any]) -> dict[str, Any]:
    return {k: cross.get(k) for k in ("passing_share", "passing_accuracy")}


def _summary(report: Report) -> dict[str, Any]:
    return {
        "fields": {
            n: {"accuracy": s.accuracy, "macro_f1": s.macro_f1, "ece": s.ece}
            for n, s in report.fields.items()
        },
        "routing": {k: report.routing[k] for k in ("no_review_share", "no_review_accuracy")},
    }


def set_current(models_dir: str | Path, version: str) -> Path:
    """Point `models/current` at a version folder (the default model `Classifier.load()` uses)."""
    folder = Path(models_dir)
    if not (folder / version / "model_card.json").is_file():
        raise FileNotFoundError(f"{folder / version} has no model_card.json")
    pointer = folder / "current"
    pointer.write_text(version + "\n", encoding="utf-8")
    return pointer
