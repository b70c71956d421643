"""DOCX documents/s through intake's `extract_path`, over the fixture batch (python-docx files with headings,
paragraphs, a ruled table, header and footer). Each batch is read REPEATS times; the median is reported.

Run: python -m bench.docx_speed [DIR]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from bench.common import FIXTURES_DIR, markdown_table, write_result

REPEATS = 3


def run(folder: Path | None = None) -> dict[str, Any]:
    from intake import ExtractOptions, extract_path

    folder = folder or FIXTURES_DIR / "docx"
    files = sorted(folder.glob("*.docx"))
    if not files:
        raise SystemExit(f"no .docx files in {folder}: run python -m bench.make_fixtures first")
    options = ExtractOptions()
    seconds, cpu, words = [], [], 0
    for _ in range(REPEATS):
        started, cpu_started = time.perf_counter(), time.process_time()
        words = sum(len(extract_path(path, options).text.split()) for path in files)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    median = statistics.median(seconds)
    return {
        "folder": str(folder),
        "documents": len(files),
        "bytes": sum(path.stat().st_size for path in files),
        "words": words,
        "seconds_median": median,
        "seconds_runs": seconds,
        "documents_per_s": len(files) / median,
        "documents_per_cpu_s": len(files) / statistics.median(cpu),
        "words_per_s": words / median,
    }


def report(result: dict[str, Any]) -> str:
    table = markdown_table(
        ["documents", "words", "median s", "documents/s wall", "documents/CPU-s", "words/s wall"],
        [
            [
                result["documents"],
                result["words"],
                result["seconds_median"],
                result["documents_per_s"],
                result["documents_per_cpu_s"],
                result["words_per_s"],
            ]
        ],
    )
    return f"### DOCX (intake extract_path, median of {REPEATS} runs)\n\n{table}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", type=Path, help="folder of .docx files (default: the fixtures)")
    result = run(parser.parse_args().folder)
    write_result("docx_speed", result)
    print(report(result))


if __name__ == "__main__":
    main()
