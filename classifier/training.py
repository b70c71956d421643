"""Training: fit on the corpus minus validation, choose thresholds on validation, refit, test, save.

The flow of `train()`:
1. split the training folder by document (grouped by innovation, stratified by document type);
2. per field, on the fit part: which feature columns (all, TF-IDF only, layout and cues only: validation
   accuracy, then log-loss), then sigmoid or isotonic calibration (validation expected calibration error);
3. per field, the lowest confidence threshold whose validation precision reaches the target; then tighten
   all fields together until the documents passing every field are right at the target rate;
4. the threshold for overlapping urusan (`also`), by F1 on validation;
5. refit the featuriser and every field on all training documents with the same choices (more data;
   thresholds carry over) — the card records the test figures of both the fit-only and the refit model;
6. score on the separate test folder, never used above; write `*.skops` and `model_card.json`.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifier.assess import NEVER_CONFIDENT, Classifier, LabelPrediction
from classifier.catalogue import load_catalogue
from classifier.corpus import FIELDS, Example, corpus_hash, load_corpus, validation_split
from classifier.evaluate import Report, evaluate_examples, expected_calibration_error, labels_right
from classifier.labels import COLUMN_BLOCKS, FieldModel, featurise, fit_featuriser, fit_field, text_columns
from classifier.model_io import library_versions, save, write_card

log = logging.getLogger(__name__)

DEFAULT_TARGET_PRECISION = 0.98
PREFER_ALL_MARGIN = 0.03
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


def _log_loss(model: FieldModel, X, gold: list[str | None], n_text: int) -> float:
    predictions = model.predict(X, n_text)
    losses = [
        -math.log(max(p.probabilities.get(g, 0.0), 1e-6)) for p, g in zip(predictions, gold, strict=True) if g
    ]
    return float(np.mean(losses)) if losses else 0.0


def _val_scores(model: FieldModel, X, gold: list[str | None], n_text: int) -> dict[str, float]:
    predictions = model.predict(X, n_text)
    known = [(p.label == g) for p, g in zip(predictions, gold, strict=True) if g is not None]
    return {
        "accuracy": float(np.mean(known)) if known else 0.0,
        "ece": expected_calibration_error(
            [p.confidence for p, g in zip(predictions, gold, strict=True) if g is not None],
            [p.label == g for p, g in zip(predictions, gold, strict=True) if g is not None],
        ),
        "log_loss": _log_loss(model, X, gold, n_text),
    }


def select_field(
    name: str, fit: list[Example], val: list[Example], Xf, Xv, n_text: int
) -> tuple[FieldModel, dict[str, Any]]:
    """Fit the field's candidates on `fit`, choose layout features and calibration on `val`."""
    gold_f = [e.labels[name] for e in fit]
    gold_v = [e.labels[name] for e in val]
    groups = [e.innovation_key for e in fit]
    tried: dict[str, dict[str, float]] = {}
    models: dict[str, FieldModel] = {}
    for block in COLUMN_BLOCKS:
        key = f"{block}+sigmoid"
        models[key] = fit_field(name, Xf, gold_f, groups, method="sigmoid", block=block, n_text=n_text)
        tried[key] = _val_scores(models[key], Xv, gold_v, n_text)
    # Layout and cues by default: they carry over to new layouts and wordings better than word n-grams
    # (validation comes from the same writers as fitting, so it cannot show that). Another block only
    # when it beats them on validation by more than PREFER_ALL_MARGIN.
    best = max(COLUMN_BLOCKS, key=lambda b: tried[f"{b}+sigmoid"]["accuracy"])
    gain = tried[f"{best}+sigmoid"]["accuracy"] - tried["all+sigmoid"]["accuracy"]
    block = best if gain > PREFER_ALL_MARGIN else "all"
    key = f"{block}+isotonic"
    models[key] = fit_field(name, Xf, gold_f, groups, method="isotonic", block=block, n_text=n_text)
    tried[key] = _val_scores(models[key], Xv, gold_v, n_text)
    method = min(("sigmoid", "isotonic"), key=lambda m: tried[f"{block}+{m}"]["ece"])
    return models[f"{block}+{method}"], tried


def train(
    corpus_dir: str | Path,
    out_dir: str | Path,
    test_dir: str | Path | None = None,
    *,
    target_precision: float = DEFAULT_TARGET_PRECISION,
    refit: bool = True,
    version: str | None = None,
) -> ModelCard:
    """Train every label model from `corpus_dir`, write `out_dir/*.skops` and `out_dir/model_card.json`."""
    started, started_cpu = time.perf_counter(), time.process_time()
    out = Path(out_dir)
    version = version or out.name
    catalogue = load_catalogue()
    examples = load_corpus(corpus_dir)
    fit, val = validation_split(examples)
    notes: list[str] = []

    featuriser = fit_featuriser([e.text for e in fit])
    n_text = text_columns(featuriser)
    Xf, Xv = featurise(featuriser, [e.text for e in fit]), featurise(featuriser, [e.text for e in val])
    chosen: dict[str, FieldModel] = {}
    field_cards: dict[str, dict[str, Any]] = {}
    for name in FIELDS:
        if len({e.labels[name] for e in fit} - {None}) < 2:
            notes.append(f"{name}: fewer than two labels in the training data, not learnt")
            continue
        model, tried = select_field(name, fit, val, Xf, Xv, n_text)
        chosen[name] = model
        field_cards[name] = {"validation_candidates": tried}

    fit_only = Classifier(featuriser, chosen, {}, 0.5, version, catalogue)
    val_predictions = fit_only.predict_labels([e.text for e in val])
    thresholds, threshold_summary = choose_thresholds(val, val_predictions, target_precision)
    val_probabilities = (
        [p.probabilities for p in chosen["urusan"].predict(Xv, n_text)] if "urusan" in chosen else []
    )
    also_threshold, also_summary = (
        choose_also_threshold(val, val_probabilities) if val_probabilities else (0.5, {})
    )
    fit_only.thresholds, fit_only.also_threshold = thresholds, also_threshold

    final = fit_only
    if refit:
        featuriser = fit_featuriser([e.text for e in examples])
        n_all = text_columns(featuriser)
        X = featurise(featuriser, [e.text for e in examples])
        groups = [e.innovation_key for e in examples]
        refitted = {
            name: fit_field(
                name,
                X,
                [e.labels[name] for e in examples],
                groups,
                method=model.method,
                block=model.block,
                n_text=n_all,
            )
            for name, model in chosen.items()
        }
        final = Classifier(featuriser, refitted, thresholds, also_threshold, version, catalogue)
    training_seconds = time.perf_counter() - started
    training_cpu_seconds = time.process_time() - started_cpu

    for name, model in final.fields.items():
        field_cards[name].update(
            {
                "classes": model.classes,
                "calibration": model.method,
                "columns": model.block,
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
        tradeoff = routing_tradeoff(val, val_predictions, test_examples, final)
        if refit:
            fit_only_report = evaluate_examples(fit_only, test_examples, corpus=str(test_dir))

    card = ModelCard(
        version=version,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        training_data_hash=corpus_hash(examples),
        catalogue_edition=catalogue.edition,
        documents={
            "training": len(examples),
            "fit": len(fit),
            "validation": len(val),
            "test": len(test_examples),
        },
        fields=field_cards,
        thresholds=thresholds,
        target_precision=target_precision,
        also_threshold=also_threshold,
        validation={"thresholds": threshold_summary, "also": also_summary},
        refit_on_all=refit,
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
    """Label-only routing at other precision targets: thresholds from validation, figures from test.

    Shows what a looser target would buy (share passing without review, and how often those are right);
    reasons that do not come from labels (poor quality, no innovation named, …) are left out here.
    """
    test_predictions = classifier.predict_labels([e.text for e in test])
    out = {}
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
