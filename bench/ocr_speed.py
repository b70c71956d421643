"""OCR speed and quality through intake: the scanned fixture (image-only pages at 300 dpi) read with
`extract_path(ocr="always")` in this process, one page after another, so one Tesseract runs at a time on
one core (intake sets OMP_THREAD_LIMIT=1).

Reports pages/s of wall time (on a quiet machine that is pages/s per core), pages per CPU-second (this
process and its Tesseract children, which is what a busy machine cannot distort), and per page Tesseract's
mean word confidence and the word recall against the text the page was rendered from.

Run: python -m bench.ocr_speed
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from bench.common import FIXTURES_DIR, markdown_table, word_recall, write_result


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(pdf: Path | None = None) -> dict[str, Any]:
    from intake import ExtractOptions, extract_path

    pdf = pdf or FIXTURES_DIR / "scanned.pdf"
    source = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    cpu_before, started = cpu_seconds(), time.perf_counter()
    extraction = extract_path(pdf, ExtractOptions(ocr="always"))
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before

    pages = []
    for page, expected in zip(extraction.pages, source, strict=True):
        pages.append(
            {
                "page": page.number,
                "kind": expected["kind"],
                "source": page.source,
                "confidence": page.ocr_confidence,
                "recall": word_recall(expected["text"], page.text),
            }
        )
    confidences = [p["confidence"] for p in pages if p["confidence"] is not None]
    return {
        "file": pdf.name,
        "pages": len(pages),
        "ocr_pages": extraction.ocr_pages,
        "wall_s": wall,
        "cpu_s": cpu,
        "pages_per_s": len(pages) / wall,
        "pages_per_cpu_s": len(pages) / cpu,
        "mean_confidence": statistics.mean(confidences) if confidences else None,
        "mean_recall": statistics.mean(p["recall"] for p in pages),
        "min_recall": min(p["recall"] for p in pages),
        "warnings": [w.code for w in extraction.warnings],
        "intake_timings": extraction.timings,
        "per_page": pages,
    }


def report(result: dict[str, Any]) -> str:
    head = (
        f"### OCR ({result['file']}, {result['pages']} pages at 300 dpi, ocr=always): "
        f"{result['pages_per_s']:.2f} pages/s wall on one core, {result['pages_per_cpu_s']:.2f} pages per "
        f"CPU-second; mean confidence {result['mean_confidence']:.1f}, word recall mean "
        f"{result['mean_recall']:.3f}, min {result['min_recall']:.3f}\n"
    )
    table = markdown_table(
        ["page", "kind", "source", "confidence", "word recall"],
        [[p["page"], p["kind"], p["source"], p["confidence"], p["recall"]] for p in result["per_page"]],
    )
    return head + "\n" + table


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "pdf", nargs="?", type=Path, help="image-only PDF with a .json of page texts beside it"
    )
    result = run(parser.parse_args().pdf)
    write_result("ocr_speed", result)
    print(report(result))


if __name__ == "__main__":
    main()
