"""Shapes of what the command line prints: one JSON object per file (DESIGN.md's contract), or text."""

from __future__ import annotations

import json
from typing import Any

from intake import IntakeError, Outcome
from intake.model import Extraction


def extraction_record(name: str, extraction: Extraction) -> dict[str, Any]:
    return {"file": name, **extraction.to_record()}


def error_record(name: str, error: IntakeError) -> dict[str, Any]:
    return {"file": name, "error": error.to_dict()}


def to_json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)


def extraction_text(outcome: Outcome) -> str:
    name = outcome.source.name
    if outcome.error is not None:
        return f"==> {name}: ERROR {outcome.error.code}: {outcome.error.message}\n"
    e = outcome.extraction
    assert e is not None
    lines = [
        f"==> {name} ({e.media_type}, {len(e.pages)} pages, {e.ocr_pages} OCR, quality {e.quality}, "
        f"language {e.language or '?'})"
    ]
    lines += [f"  ! {w.code}: {w.message}" + (f" (page {w.page})" if w.page else "") for w in e.warnings]
    keyed = [f"{s.key}" for s in e.sections if s.key]
    if keyed:
        lines.append(f"  sections: {', '.join(keyed)}")
    for page in e.pages:
        conf = f", OCR confidence {page.ocr_confidence:.0f}" if page.ocr_confidence is not None else ""
        lines.append(f"--- page {page.number} ({page.source}{conf}, {page.quality}) ---")
        lines.append(page.text)
    return "\n".join(lines) + "\n"
