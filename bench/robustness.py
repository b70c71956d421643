"""Robustness on real-world files nobody here made: `extract_isolated` on every file of the shared corpora
folder (read in place, never copied), a 30 s limit each. Every file must come back as an Extraction or as
an IntakeError with a code; anything else reaching this caller is a crash and must not happen.

Tabulates, per file type (extension): read (and how many of those with no text), refused by code, killed
by the time limit, crashed the caller. The LICENSE, README and MANIFEST files of the folder are skipped.

Run: python -m bench.robustness [--corpus DIR] [--timeout 30]
"""

from __future__ import annotations

import argparse
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.common import CORPORA_DIR, markdown_table, write_result

SKIPPED_PREFIXES = ("LICENSE", "README", "MANIFEST")
TIMEOUT_S = 30.0


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        path
        for path in corpus.rglob("*")
        if path.is_file() and not path.name.upper().startswith(SKIPPED_PREFIXES)
    )


def file_type(path: Path) -> str:
    return path.suffix.lower().lstrip(".") or "(none)"


def read_one(path: Path, timeout_s: float) -> dict[str, Any]:
    from intake import ExtractOptions, IntakeError, extract_isolated

    started = time.perf_counter()
    row: dict[str, Any] = {"file": path.name, "type": file_type(path), "bytes": path.stat().st_size}
    try:
        extraction = extract_isolated(path, ExtractOptions(timeout_s=timeout_s))
    except IntakeError as error:
        row.update(outcome="timeout" if error.code == "timeout" else "refused", code=error.code)
    except Exception as error:  # the one outcome that must never happen: the caller sees a non-intake error
        row.update(outcome="crashed", code=type(error).__name__, detail=traceback.format_exc(limit=3))
    else:
        row.update(
            outcome="read",
            pages=len(extraction.pages),
            ocr_pages=extraction.ocr_pages,
            characters=len(extraction.text.strip()),
            warnings=sorted({w.code for w in extraction.warnings}),
        )
    row["seconds"] = time.perf_counter() - started
    return row


def run(corpus: Path = CORPORA_DIR, timeout_s: float = TIMEOUT_S) -> dict[str, Any]:
    files = corpus_files(corpus)
    if not files:
        raise SystemExit(f"no files in {corpus}")
    started = time.perf_counter()
    rows = [read_one(path, timeout_s) for path in files]
    return {
        "corpus": str(corpus),
        "timeout_s": timeout_s,
        "files": len(rows),
        "wall_s": time.perf_counter() - started,
        "crashed": sum(r["outcome"] == "crashed" for r in rows),
        "rows": rows,
    }


def summary_by_type(rows: list[dict[str, Any]]) -> list[list[Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["type"]].append(row)
    table = []
    for kind in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        group = groups[kind]
        outcomes = Counter(r["outcome"] for r in group)
        refused = Counter(r["code"] for r in group if r["outcome"] == "refused")
        empty = sum(1 for r in group if r["outcome"] == "read" and not r["characters"])
        table.append(
            [
                kind,
                len(group),
                f"{outcomes['read']} ({empty} without text)" if empty else outcomes["read"],
                ", ".join(f"{code} {n}" for code, n in refused.most_common()) or "0",
                outcomes["timeout"],
                outcomes["crashed"],
                max(r["seconds"] for r in group),
            ]
        )
    return table


def report(result: dict[str, Any]) -> str:
    rows = result["rows"]
    table = markdown_table(
        ["type", "files", "read", "refused (by code)", "killed by timeout", "crashed caller", "slowest s"],
        summary_by_type(rows),
    )
    head = (
        f"### Robustness: extract_isolated on {result['files']} files of {result['corpus']} "
        f"({result['timeout_s']:.0f} s limit each, {result['wall_s']:.0f} s in all); "
        f"crashed the caller: {result['crashed']} (must be 0)\n"
    )
    crashed = [r for r in rows if r["outcome"] == "crashed"]
    tail = "".join(f"\n- CRASH {r['file']}: {r['code']}" for r in crashed)
    return head + "\n" + table + tail


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPORA_DIR, help=f"folder to read (default {CORPORA_DIR})"
    )
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds allowed per file")
    args = parser.parse_args()
    result = run(args.corpus, args.timeout)
    write_result("robustness", result)
    print(report(result))


if __name__ == "__main__":
    main()
