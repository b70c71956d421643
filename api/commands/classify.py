"""`jaring classify`, `jaring train`, `jaring evaluate`: the classifier from the command line."""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Annotated, Any

import typer
from tqdm import tqdm

from api.output import error_record, to_json_line
from intake import Extraction, ExtractOptions, extract_isolated, extract_many

_classifier = None  # one per worker process, loaded by the pool's initializer


def _load_in_worker(model_dir: str | None) -> None:
    global _classifier
    from classifier.assess import Classifier

    _classifier = Classifier.load(Path(model_dir) if model_dir else None)


def _assess_in_worker(extraction: dict[str, Any]) -> dict[str, Any]:
    return _classifier.assess(Extraction.from_dict(extraction)).to_dict()


def classification_record(name: str, extraction: Extraction, assessment: dict[str, Any]) -> dict[str, Any]:
    """DESIGN.md's contract: file facts first, then the assessment's fields."""
    facts = extraction.summary()
    return {
        "file": name,
        **{k: facts[k] for k in ("sha256", "media_type", "pages", "ocr_pages", "quality")},
        **assessment,
    }


def classify(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked); ZIP files are batches.")],
    format: Annotated[str, typer.Option("--format", help="jsonl (the only format)")] = "jsonl",
    ocr: Annotated[str, typer.Option("--ocr", help="auto, always or never")] = "auto",
    workers: Annotated[int, typer.Option("--workers", min=1)] = max(1, multiprocessing.cpu_count()),
    model: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default models/current).")
    ] = None,
) -> None:
    """Classify documents: labels with confidence, indicator evidence, profile, review routing."""
    if format != "jsonl" or ocr not in {"auto", "always", "never"}:
        typer.echo("error: --format must be jsonl and --ocr one of auto, always, never", err=True)
        raise typer.Exit(2)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    options = ExtractOptions(ocr=ocr)
    failed = 0
    # Extraction runs in isolated children; classification in a pool whose workers load the model once.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_load_in_worker,
        initargs=(str(model) if model else None,),
    )
    pending: deque[tuple[Any, Future | None]] = deque()
    bar = tqdm(desc="classify", unit="file", file=sys.stderr, disable=not sys.stderr.isatty())

    def emit(outcome, future: Future | None) -> None:
        nonlocal failed
        bar.update(1)
        if future is None:
            failed += 1
            record = error_record(outcome.source.name, outcome.error)
        else:
            record = classification_record(outcome.source.name, outcome.extraction, future.result())
        bar.write(to_json_line(record), file=sys.stdout)

    with pool, bar:
        for outcome in extract_many(paths, options, workers=workers):
            future = None if outcome.error else pool.submit(_assess_in_worker, outcome.extraction.to_dict())
            pending.append((outcome, future))
            while len(pending) > workers * 2:
                emit(*pending.popleft())
        while pending:
            emit(*pending.popleft())
    raise typer.Exit(1 if failed else 0)


def train(
    corpus: Annotated[Path, typer.Option("--corpus", help="Training corpus folder.")] = Path(
        "samples/corpus/train"
    ),
    out: Annotated[Path | None, typer.Option("--out", help="Model folder to write (models/VERSION).")] = None,
    test: Annotated[Path | None, typer.Option("--test", help="Separate test set for the card.")] = Path(
        "samples/corpus/test"
    ),
    set_current: Annotated[bool, typer.Option("--set-current", help="Point models/current at it.")] = False,
) -> None:
    """Train the label models and write skops artifacts plus model_card.json."""
    from datetime import date

    from classifier.training import set_current as point_current
    from classifier.training import train as train_models

    if not corpus.is_dir():
        typer.echo(f"error: no corpus folder {corpus}", err=True)
        raise typer.Exit(2)
    out = out or Path("models") / date.today().strftime("%Y.%m.%d")
    card = train_models(corpus, out, test if test and test.is_dir() else None)
    typer.echo(f"wrote {out} (model card: {out / 'model_card.json'})")
    summary = card.to_dict()
    for name, figures in (summary.get("test") or {}).get("fields", {}).items():
        accuracy, macro_f1 = figures.get("accuracy", 0), figures.get("macro_f1", 0)
        typer.echo(f"  {name:<15} accuracy {accuracy:.3f}  macro-F1 {macro_f1:.3f}")
    if set_current:
        point_current(out.parent, out.name)
        typer.echo(f"models/current -> {out.name}")


def _gold_examples(folder: Path, gold: Path) -> list:
    """Examples from a gold JSONL whose `file` names documents of any readable format in `folder`."""
    from classifier.corpus import FIELDS, Example

    examples = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        path = folder / record["file"]
        text = path.read_text(encoding="utf-8") if path.suffix == ".txt" else extract_isolated(path).text
        examples.append(
            Example(
                file=record["file"],
                text=text,
                labels={f: record.get(f) for f in FIELDS},
                urusan_also=tuple(record.get("urusan_also") or ()),
                indicators=dict(record.get("indicators") or {}),
                negated=tuple(record.get("negated") or ()),
                tags=tuple(record.get("tags") or ()),
                nama_inovasi=record.get("nama_inovasi"),
            )
        )
    return examples


def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder of documents.")],
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Gold labels JSONL (default: labels*.jsonl in the folder).")
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default models/current).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Per-field accuracy and macro-F1, worst confusions, indicator precision/recall, review routing."""
    from classifier.assess import Classifier
    from classifier.evaluate import evaluate as evaluate_dir
    from classifier.evaluate import evaluate_examples, render

    if not folder.is_dir() or (gold is not None and not gold.is_file()):
        typer.echo("error: evaluate takes a folder and, optionally, --gold FILE that exists", err=True)
        raise typer.Exit(2)
    classifier = Classifier.load(model)
    if gold is None:
        report = evaluate_dir(classifier, folder)
    else:
        report = evaluate_examples(classifier, _gold_examples(folder, gold), corpus=str(folder))
    typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json else render(report))


def register(app: typer.Typer) -> None:
    app.command()(classify)
    app.command()(train)
    app.command()(evaluate)
