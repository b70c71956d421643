"""Shared by the benchmarks: where inputs and results live, token comparisons, Markdown tables."""

from __future__ import annotations

import json
import os
import platform
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
FIXTURES_DIR = OUT_DIR / "fixtures"
CORPORA_DIR = Path("/work/shared/corpora")


def whitespace_tokens(text: str) -> Counter[str]:
    return Counter(text.split())


def token_agreement(a: str, b: str) -> float:
    """|A ∩ B| / max(|A|, |B|) over the multisets of whitespace-separated tokens (1.0 when both are empty)."""
    ta, tb = whitespace_tokens(a), whitespace_tokens(b)
    larger = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / larger if larger else 1.0


def word_tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens without punctuation: what OCR word recall is counted over."""
    return Counter(re.findall(r"\w+", text.lower()))


def word_recall(source: str, found: str) -> float:
    expected, got = word_tokens(source), word_tokens(found)
    total = sum(expected.values())
    return sum((expected & got).values()) / total if total else 1.0


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
        return str(value).replace("|", "\\|")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def write_result(name: str, result: dict[str, Any]) -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{name}.json"
    payload = {"benchmark": name, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine()}
    path.write_text(json.dumps({**payload, **result}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def intake_ready() -> bool:
    """True once the intake package exports its entry points (the benchmarks of intake need them)."""
    try:
        import intake
    except ImportError:
        return False
    return all(hasattr(intake, name) for name in ("extract_path", "extract_isolated", "ExtractOptions"))
