"""How intake/ocr.py's two judgement calls were chosen, measured on the scanned fixture pages:

1. ruling lines and page segmentation: word recall and Tesseract's confidence with psm 3 (automatic) and
   psm 6 (one block), with table lines left in and painted out, per page kind, and what ocr_image's rule
   yields (orientation step off);
2. orientation: OSD's answer and confidence on every page turned 0/90/180/270 degrees, at full size and on a
   third-size copy (a poor input, to see the confidence of its wrong answers); with --brute-force
   also the alternative of OCR'ing a half-size copy at all four turns and keeping the most confident.

Run: python -m bench.ocr_modes [--brute-force]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from PIL import Image

from bench.common import markdown_table, word_recall, write_result
from bench.make_fixtures import scanned_pages
from intake.ocr import (
    DEFAULT_PSM,
    OSD_MIN_CONFIDENCE,
    PSM6_BELOW_CONFIDENCE,
    TABLE_PSM,
    detect_rotation,
    erase_ruling_lines,
    ocr_image,
    recognise,
)

TURNS = (0, 90, 180, 270)
# PIL's rotate() turns counter-clockwise; turning a page by t this way needs t clockwise to undo.


def upright_pages() -> list[tuple[str, Image.Image, str]]:
    pages = []
    for kind, image, text in scanned_pages():
        if kind == "prose_sideways":  # built turned 90 degrees counter-clockwise; set it back
            image = image.rotate(-90, expand=True)
        pages.append((kind, image, text))
    return pages


def timed(call: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = call()
    return value, time.perf_counter() - started


def segmentation(pages: list[tuple[str, Image.Image, str]]) -> list[dict[str, Any]]:
    rows = []
    for kind, image, text in pages:
        erased, ruled = erase_ruling_lines(image)
        row: dict[str, Any] = {"kind": kind, "ruling_lines": ruled}
        for label, page in (("raw", image), ("erased", erased)):
            for psm in (DEFAULT_PSM, TABLE_PSM):
                result = recognise(page, psm=psm)
                row[f"psm{psm}_{label}_confidence"] = result.confidence
                row[f"psm{psm}_{label}_recall"] = word_recall(text, result.text)
        chosen, row["chosen_s"] = timed(lambda image=image: ocr_image(image, detect_orientation=False))
        row["chosen_psm"], row["chosen_recall"] = chosen.psm, word_recall(text, chosen.text)
        rows.append(row)
    return rows


def osd(pages: list[tuple[str, Image.Image, str]]) -> list[dict[str, Any]]:
    """OSD at full size, and on a third-size copy (about 100 dpi): how it errs when the input is poor."""
    rows = []
    for reduce_by in (1, 3):
        for kind, image, _ in pages:
            for turn in TURNS:
                turned = image.rotate(turn, expand=True).reduce(reduce_by)
                answer, seconds = timed(lambda turned=turned: detect_rotation(turned))
                rotation, confidence = answer if answer else (None, None)
                applied = rotation if answer and confidence >= OSD_MIN_CONFIDENCE else 0
                rows.append(
                    {
                        "kind": kind,
                        "reduced_by": reduce_by,
                        "turn": turn,
                        "osd_rotation": rotation,
                        "osd_confidence": confidence,
                        "applied": applied,
                        "correct": applied == turn,
                        "seconds": seconds,
                    }
                )
    return rows


def brute_force(pages: list[tuple[str, Image.Image, str]]) -> list[dict[str, Any]]:
    """The alternative: OCR a half-size copy at all four turns and keep the turn with the best confidence."""
    rows = []
    for kind, image, _ in pages:
        for turn in TURNS:
            started = time.perf_counter()
            small = image.rotate(turn, expand=True).reduce(2)
            scores = {}
            for fix in TURNS:
                result = recognise(small.rotate(-fix, expand=True), psm=DEFAULT_PSM)
                scores[fix] = result.confidence if result.confidence is not None else -1.0
            best = max(scores, key=lambda fix: scores[fix])
            rows.append(
                {
                    "kind": kind,
                    "turn": turn,
                    "picked": best,
                    "correct": best == turn,
                    "seconds": time.perf_counter() - started,
                }
            )
    return rows


def run(with_brute_force: bool = False) -> dict[str, Any]:
    pages = upright_pages()
    result: dict[str, Any] = {
        "psm6_below_confidence": PSM6_BELOW_CONFIDENCE,
        "osd_min_confidence": OSD_MIN_CONFIDENCE,
        "segmentation": segmentation(pages),
        "osd": osd(pages),
    }
    if with_brute_force:
        result["brute_force"] = brute_force(pages)
    return result


def report(result: dict[str, Any]) -> str:
    seg = result["segmentation"]
    parts = [
        "### Page segmentation and ruling lines\n\n"
        "Word recall; raw = table lines left in, erased = painted out.\n",
        markdown_table(
            [
                "page",
                "lines",
                "psm 3 raw",
                "psm 6 raw",
                "psm 3 erased (conf)",
                "psm 6 erased (conf)",
                "ocr_image psm",
                "ocr_image recall",
                "ocr_image s",
            ],
            [
                [
                    r["kind"],
                    r["ruling_lines"],
                    r["psm3_raw_recall"],
                    r["psm6_raw_recall"],
                    f"{r['psm3_erased_recall']:.3f} ({_conf(r['psm3_erased_confidence'])})",
                    f"{r['psm6_erased_recall']:.3f} ({_conf(r['psm6_erased_confidence'])})",
                    r["chosen_psm"],
                    r["chosen_recall"],
                    r["chosen_s"],
                ]
                for r in seg
            ],
        ),
        f"\nocr_image: psm 3, plus psm 6 when the page has ruling lines or psm 3's confidence is below "
        f"{result['psm6_below_confidence']}; the more confident result is kept.",
    ]
    for reduce_by in (1, 3):
        rows = [r for r in result["osd"] if r["reduced_by"] == reduce_by]
        wrong = [r for r in rows if r["osd_rotation"] is not None and r["osd_rotation"] != r["turn"]]
        right = [r for r in rows if r["osd_rotation"] == r["turn"]]
        size = "full size (300 dpi)" if reduce_by == 1 else f"reduced {reduce_by}x (~{300 // reduce_by} dpi)"
        upright = sum(r["correct"] for r in rows)
        right_span = _span([r["osd_confidence"] for r in right])
        wrong_span = _span([r["osd_confidence"] for r in wrong])
        parts.append(
            f"\n**OSD, {size}**: {upright}/{len(rows)} pages upright with the answer applied at confidence "
            f"≥ {result['osd_min_confidence']}; confidence of right answers {right_span}, of wrong answers "
            f"{wrong_span}; median {statistics.median(r['seconds'] for r in rows):.2f} s a page."
        )
    if "brute_force" in result:
        rows = result["brute_force"]
        parts.append(
            f"\n**Alternative**, best psm-3 confidence of 4 turns at half size: "
            f"{sum(r['correct'] for r in rows)}/{len(rows)} correct, "
            f"median {statistics.median(r['seconds'] for r in rows):.2f} s a page"
        )
    return "\n".join(parts)


def _conf(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _span(values: list[float]) -> str:
    return f"{min(values):.1f}-{max(values):.1f}" if values else "none"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--brute-force", action="store_true", help="also measure the four-turn alternative")
    result = run(parser.parse_args().brute_force)
    write_result("ocr_modes", result)
    print(report(result))


if __name__ == "__main__":
    main()
