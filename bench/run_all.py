"""Every benchmark in one go (`make bench`): builds the fixtures if missing, runs each benchmark, prints its
own table and then one combined Markdown table of the headline figures against their targets, and writes
bench/out/summary.json. A few minutes on a 2-core machine; the robustness run over the corpora is most of it.

The review service's benchmarks (queue page at 100,000 items on SQLite and PostgreSQL, upload
acknowledgement against a real `jaring serve`, pipeline throughput with 2 local workers) add ~10 minutes;
--skip-service leaves them out.

Run: python -m bench.run_all [--skip-robustness] [--skip-ocr-modes] [--skip-service] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from bench import (
    docx_speed,
    make_fixtures,
    memory,
    ocr_modes,
    ocr_speed,
    pipeline_speed,
    queue_speed,
    robustness,
    text_layer,
    upload_speed,
)
from bench.common import CORPORA_DIR, intake_ready, machine, markdown_table, write_result


def headline(results: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """Rows of: measure, measured value, target, met."""
    rows: list[list[Any]] = []
    if "text_layer" in results:
        by_reader = {
            r["reader"].split(" ")[0] + (" tables" if "tables on" in r["reader"] else ""): r
            for r in results["text_layer"]["rows"]
        }
        base, raw = by_reader["pdfplumber"], by_reader["pypdfium2"]
        rows += [
            [
                "Text layer, pdfplumber extract_text (baseline)",
                f"{base['pages_per_cpu_s']:.1f} pages/CPU-s",
                "",
                "",
            ],
            [
                "Text layer, raw pypdfium2",
                f"{raw['pages_per_cpu_s']:,.0f} pages/CPU-s ({raw['speedup']:.0f}×)",
                "≥ 50×",
                raw["speedup"] >= text_layer.TARGET_SPEEDUP,
            ],
            [
                "Token agreement, pypdfium2 vs pdfplumber",
                f"{raw['token_agreement']:.2%}",
                "≥ 98%",
                raw["token_agreement"] >= text_layer.TARGET_AGREEMENT,
            ],
            [
                "Text layer through intake, tables off",
                f"{by_reader['intake']['pages_per_cpu_s']:.0f} pages/CPU-s",
                "",
                "",
            ],
            [
                "Text layer through intake, default (tables on)",
                f"{by_reader['intake tables']['pages_per_cpu_s']:.0f} pages/CPU-s, "
                f"{by_reader['intake tables']['token_agreement']:.1%} agreement",
                "",
                "",
            ],
        ]
    if "ocr_speed" in results:
        ocr = results["ocr_speed"]
        rows += [
            [
                "OCR, 300 dpi scans, one core",
                f"{ocr['pages_per_s']:.2f} pages/s wall, {ocr['pages_per_cpu_s']:.2f} pages/CPU-s",
                "",
                "",
            ],
            [
                "OCR word recall (mean / min) and confidence",
                f"{ocr['mean_recall']:.3f} / {ocr['min_recall']:.3f}, conf {ocr['mean_confidence']:.1f}",
                "",
                "",
            ],
        ]
    if "ocr_modes" in results:
        osd_rows = [r for r in results["ocr_modes"]["osd"] if r["reduced_by"] == 1]
        rows.append(
            [
                "OSD orientation, 4 turns of each scanned page",
                f"{sum(r['correct'] for r in osd_rows)}/{len(osd_rows)} upright",
                "",
                "",
            ]
        )
    if "docx_speed" in results:
        rows.append(
            [
                "DOCX through intake",
                f"{results['docx_speed']['documents_per_cpu_s']:.1f} documents/CPU-s",
                "",
                "",
            ]
        )
    if "memory" in results:
        mem = results["memory"]
        long_rows = [r for r in mem["rows"] if r["pages"] == 500]
        if long_rows:
            rows.append(
                [
                    "Peak RSS, 500-page PDF (extract_path, defaults)",
                    f"{long_rows[0]['peak_rss_mb']:.0f} MB",
                    f"≤ {memory.TARGET_MB:.0f} MB",
                    mem["meets_target"],
                ]
            )
    if "robustness" in results:
        rob = results["robustness"]
        outcomes = [r["outcome"] for r in rob["rows"]]
        rows.append(
            [
                f"Robustness, {rob['files']} corpus files, {rob['timeout_s']:.0f} s each",
                f"{outcomes.count('read')} read, {outcomes.count('refused')} refused, "
                f"{outcomes.count('timeout')} timed out, {rob['crashed']} crashed the caller",
                "0 crashed",
                rob["crashed"] == 0,
            ]
        )
    rows += service_headline(results)
    return rows


def service_headline(results: dict[str, dict[str, Any]]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for backend in results.get("queue_speed", {}).get("backends", []):
        rows.append(
            [
                f"Queue page p95 (worst case), {backend['items']:,} items, {backend['backend']}",
                f"{backend['worst_p95_ms']:.0f} ms",
                f"≤ {queue_speed.TARGET_P95_MS:.0f} ms",
                backend["meets_target"],
            ]
        )
    if "upload_speed" in results:
        up = results["upload_speed"]
        rows.append(
            [
                f"Upload acknowledgement p95, 1 MB at {up['clients']} clients",
                f"{up['p95_ms'] or float('nan'):.0f} ms ({up['uploads'] - up['acknowledged']} errors)",
                f"≤ {upload_speed.TARGET_P95_MS:.0f} ms",
                up["meets_target"],
            ]
        )
    if "pipeline_speed" in results:
        pipe = results["pipeline_speed"]
        rows.append(
            [
                f"Pipeline, {pipe['workers']} local workers, samples",
                f"{pipe['documents_per_s']:.2f} documents/s",
                "",
                "",
            ]
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--skip-robustness", action="store_true", help="leave out the corpora run (~5 min)")
    parser.add_argument("--skip-ocr-modes", action="store_true", help="leave out the OCR choices (~1 min)")
    parser.add_argument("--skip-service", action="store_true", help="leave out the service benches (~10 min)")
    parser.add_argument("--corpus", type=Path, default=CORPORA_DIR, help="folder for the robustness run")
    args = parser.parse_args()
    if not intake_ready():
        raise SystemExit("intake does not export extract_path/extract_isolated/ExtractOptions yet")

    make_fixtures.build_all()
    steps: list[tuple[str, Any, Any]] = [
        ("text_layer", text_layer.run, text_layer.report),
        ("ocr_speed", ocr_speed.run, ocr_speed.report),
        ("docx_speed", docx_speed.run, docx_speed.report),
        ("memory", memory.run, memory.report),
    ]
    if not args.skip_ocr_modes:
        steps.append(("ocr_modes", ocr_modes.run, ocr_modes.report))
    if not args.skip_robustness:
        steps.append(("robustness", lambda: robustness.run(args.corpus), robustness.report))
    if not args.skip_service:
        steps += [
            ("queue_speed", queue_speed.run, queue_speed.report),
            ("upload_speed", upload_speed.run, upload_speed.report),
            ("pipeline_speed", pipeline_speed.run, pipeline_speed.report),
        ]

    results: dict[str, dict[str, Any]] = {}
    for name, run, report in steps:
        started = time.perf_counter()
        results[name] = run()
        write_result(name, results[name])
        print(f"{report(results[name])}\n\n_({name}: {time.perf_counter() - started:.0f} s)_\n")

    cpus = machine()["cpus"]
    table = markdown_table(["measure", "measured", "target", "met"], headline(results))
    print(f"## Benchmarks ({time.strftime('%Y-%m-%d')}, {cpus} cores)\n\n{table}")
    write_result("summary", {"headline": headline(results)})


if __name__ == "__main__":
    main()
