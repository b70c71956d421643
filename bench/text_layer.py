"""Text-layer speed and agreement, in one run on the same born-digital PDF:

- pdfplumber `page.extract_text()`: the baseline;
- raw pypdfium2 `get_textpage().get_text_bounded()` page by page;
- intake's `extract_path(ocr="never")`, table finding on (the default: pdfplumber on ruled pages) and off.

Reports pages/s, the speed-up over pdfplumber and the token agreement with pdfplumber's text (multiset of
whitespace tokens: |A∩B| / max(|A|, |B|)). Targets: pypdfium2 ≥ 50× pdfplumber with ≥ 98% agreement.
Fast readers are timed REPEATS times and the median is reported; pdfplumber (seconds a run) once. The
speed-up is a ratio of CPU time (all readers are single-threaded), which other load on the machine cannot
inflate the way it does wall time.

Run: python -m bench.text_layer [PDF ...]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import FIXTURES_DIR, markdown_table, token_agreement, write_result

REPEATS = 5
TARGET_SPEEDUP = 50.0
TARGET_AGREEMENT = 0.98


def pdfplumber_text(path: Path) -> list[str]:
    import pdfplumber

    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            page.close()  # drop the page's cached objects, as a long document would need
    return texts


def pypdfium2_text(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def intake_text(path: Path, *, tables: bool) -> list[str]:
    from intake import ExtractOptions, extract_path

    extraction = extract_path(path, ExtractOptions(ocr="never", tables=tables))
    return [page.text for page in extraction.pages]


def timed_runs(read: Callable[[Path], list[str]], path: Path, repeats: int) -> tuple[list[str], float, float]:
    """The pages read, and the median wall time and median CPU time of `repeats` runs."""
    wall, cpu = [], []
    texts: list[str] = []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        texts = read(path)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return texts, statistics.median(wall), statistics.median(cpu)


def measure(path: Path) -> list[dict[str, Any]]:
    readers: list[tuple[str, Callable[[Path], list[str]], int]] = [
        ("pdfplumber extract_text (baseline)", pdfplumber_text, 1),
        ("pypdfium2 get_text_bounded (raw)", pypdfium2_text, REPEATS),
        ("intake extract_path, ocr=never, tables off", lambda p: intake_text(p, tables=False), REPEATS),
        (
            "intake extract_path, ocr=never (default: tables on)",
            lambda p: intake_text(p, tables=True),
            REPEATS,
        ),
    ]
    rows = []
    baseline_text, baseline_cpu_rate = "", 0.0
    for name, read, repeats in readers:
        texts, seconds, cpu_seconds = timed_runs(read, path, repeats)
        rate, cpu_rate = len(texts) / seconds, len(texts) / cpu_seconds
        joined = "\n".join(texts)
        if not rows:
            baseline_text, baseline_cpu_rate = joined, cpu_rate
        rows.append(
            {
                "file": path.name,
                "reader": name,
                "pages": len(texts),
                "seconds": seconds,
                "pages_per_s": rate,
                "pages_per_cpu_s": cpu_rate,
                # From CPU time: single-threaded readers, and CPU time is not inflated by other load.
                "speedup": cpu_rate / baseline_cpu_rate,
                "token_agreement": token_agreement(baseline_text, joined),
                "characters": len(joined),
            }
        )
    return rows


def run(paths: list[Path] | None = None) -> dict[str, Any]:
    paths = paths or [FIXTURES_DIR / "text_40.pdf"]
    rows = [row for path in paths for row in measure(path)]
    raw = [r for r in rows if r["reader"].startswith("pypdfium2")]
    return {
        "rows": rows,
        "targets": {"speedup": TARGET_SPEEDUP, "token_agreement": TARGET_AGREEMENT},
        "meets_targets": all(
            r["speedup"] >= TARGET_SPEEDUP and r["token_agreement"] >= TARGET_AGREEMENT for r in raw
        ),
    }


def report(result: dict[str, Any]) -> str:
    table = markdown_table(
        ["file", "reader", "pages", "pages/s wall", "pages/CPU-s", "× pdfplumber (CPU)", "token agreement"],
        [
            [
                r["file"],
                r["reader"],
                r["pages"],
                r["pages_per_s"],
                r["pages_per_cpu_s"],
                r["speedup"],
                f"{r['token_agreement']:.2%}",
            ]
            for r in result["rows"]
        ],
    )
    return (
        f"### Text layer (targets: ≥ {TARGET_SPEEDUP:.0f}× pdfplumber, ≥ {TARGET_AGREEMENT:.0%} token "
        f"agreement; met by raw pypdfium2: {result['meets_targets']})\n\n{table}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to read (default: the 40-page fixture)")
    result = run(parser.parse_args().pdfs or None)
    write_result("text_layer", result)
    print(report(result))


if __name__ == "__main__":
    main()
