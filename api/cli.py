"""The `jaring` command line. Exit status: 0 every file read, 1 some failed, 2 bad usage."""

from __future__ import annotations

import importlib
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from tqdm import tqdm

from api.output import error_record, extraction_record, extraction_text, to_json_line
from intake import ExtractOptions, extract_many

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Jaring: intake, classification and review of regional innovation documents.",
)


class Format(StrEnum):
    jsonl = "jsonl"
    text = "text"


class OcrMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


@app.callback()
def _root() -> None:
    """Jaring: intake, classification and review of regional innovation documents."""


DEFAULT_WORKERS = max(1, os.cpu_count() or 2)
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders (walked); ZIP files are batches.")]
FormatOpt = Annotated[
    Format, typer.Option("--format", help="jsonl: one JSON object per file; text: readable.")
]
OcrOpt = Annotated[OcrMode, typer.Option("--ocr", help="auto: OCR pages without a usable text layer.")]
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Parallel worker processes.")]


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)


def _progress(total: int | None, desc: str) -> tqdm:
    # The bar goes to stderr and only on a terminal, so piped JSON lines stay clean.
    return tqdm(total=total, desc=desc, unit="file", file=sys.stderr, disable=not sys.stderr.isatty())


@app.command()
def extract(
    paths: PathsArg,
    format: FormatOpt = Format.jsonl,
    ocr: OcrOpt = OcrMode.auto,
    workers: WorkersOpt = DEFAULT_WORKERS,
) -> None:
    """Extract page-mapped text from documents, one result per file."""
    _check_paths(paths)
    options = ExtractOptions(ocr=ocr.value)
    failed = 0
    with _progress(None, "extract") as bar:
        for outcome in extract_many(paths, options, workers=workers):
            bar.update(1)
            if outcome.error is not None:
                failed += 1
            if format is Format.jsonl:
                record = (
                    error_record(outcome.source.name, outcome.error)
                    if outcome.error is not None
                    else extraction_record(outcome.source.name, outcome.extraction)
                )
                bar.write(to_json_line(record), file=sys.stdout)
            else:
                bar.write(extraction_text(outcome), file=sys.stdout, end="")
    raise typer.Exit(1 if failed else 0)


# Command groups live in api/commands/<name>.py, each with a `register(app)` function.
COMMAND_MODULES = (
    "api.commands.classify",
    "api.commands.service",
    "api.commands.users",
    "api.commands.ingest",
    "api.commands.worker",
)


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
