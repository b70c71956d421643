"""Peak memory of extracting a long PDF: a fresh child process runs `extract_path` (default options) on the
500-page fixture and reports its own peak resident set size (VmHWM in /proc/self/status). Not ru_maxrss:
Linux carries the forking parent's peak into the child's ru_maxrss, so a large bench process would inflate it.
The 40-page fixture and a child that only imports intake give the baseline. Target: ≤ 300 MB for 500 pages.
Also checks that `extract_isolated`, with its default memory cap, reads the 500-page file.

Run: python -m bench.memory [PDF ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import FIXTURES_DIR, markdown_table, write_result

TARGET_MB = 300.0


def child(path: str | None) -> None:
    """In the measured process: import intake, extract (unless measuring the baseline), print a summary."""
    from intake import ExtractOptions, extract_path

    summary: dict[str, Any] = {"pages": 0, "after_import_mb": _status_mb("VmRSS")}
    if path:
        started = time.perf_counter()
        extraction = extract_path(Path(path), ExtractOptions())
        summary = {
            "pages": len(extraction.pages),
            "characters": len(extraction.text),
            "seconds": time.perf_counter() - started,
            "after_import_mb": summary["after_import_mb"],
        }
    summary["peak_rss_mb"] = _status_mb("VmHWM")
    print(json.dumps(summary))


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # the kernel writes kB
    raise RuntimeError(f"{field} not in /proc/self/status")


def measure(path: Path | None) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.memory", "--child", str(path) if path else ""]
    done = subprocess.run(
        command, capture_output=True, cwd=Path(__file__).resolve().parent.parent, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory child failed on {path}: {done.stderr.decode(errors='replace')[-500:]}")
    return {"file": path.name if path else "(import intake only)", **json.loads(done.stdout)}


def isolated_check(path: Path) -> dict[str, Any]:
    from intake import ExtractOptions, IntakeError, extract_isolated

    options = ExtractOptions()
    started = time.perf_counter()
    try:
        pages, outcome = len(extract_isolated(path, options).pages), "read"
    except IntakeError as error:
        pages, outcome = 0, error.code
    return {
        "file": path.name,
        "memory_cap_mb": options.memory_mb,
        "outcome": outcome,
        "pages": pages,
        "seconds": time.perf_counter() - started,
    }


def run(paths: list[Path] | None = None) -> dict[str, Any]:
    long_pdf = FIXTURES_DIR / "text_500.pdf"
    paths = paths or [FIXTURES_DIR / "text_40.pdf", long_pdf]
    rows = [measure(None)] + [measure(path) for path in paths]
    long_rows = [r for r in rows if r["file"] == long_pdf.name]
    return {
        "rows": rows,
        "target_mb": TARGET_MB,
        "meets_target": all(r["peak_rss_mb"] <= TARGET_MB for r in long_rows) if long_rows else None,
        "isolated": isolated_check(long_pdf) if long_pdf in paths else None,
    }


def report(result: dict[str, Any]) -> str:
    table = markdown_table(
        ["file", "pages", "seconds", "RSS after import MB", "peak RSS MB"],
        [
            [r["file"], r["pages"], r.get("seconds", "-"), r["after_import_mb"], r["peak_rss_mb"]]
            for r in result["rows"]
        ],
    )
    text = f"### Memory (target ≤ {TARGET_MB:.0f} MB for 500 pages; met: {result['meets_target']})\n\n{table}"
    if result["isolated"]:
        iso = result["isolated"]
        text += (
            f"\n\nextract_isolated ({iso['memory_cap_mb']} MB cap) on {iso['file']}: {iso['outcome']}, "
            f"{iso['pages']} pages in {iso['seconds']:.1f} s"
        )
    return text


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "pdfs", nargs="*", type=Path, help="PDFs to measure (default: the 40- and 500-page fixtures)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child or None)
        return
    result = run(args.pdfs or None)
    write_result("memory", result)
    print(report(result))


if __name__ == "__main__":
    main()
