"""Cuts each page's extracted text into plain and highlighted segments, one highlight per evidence quote,
so the template can mark them (autoescaped) and the indicator list can link to each quote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    mark_id: str | None = None
    codes: list[str] = field(default_factory=list)


@dataclass
class HighlightedText:
    pages: list[dict[str, Any]]
    anchors: dict[str, dict[str, Any]]  # code -> {"anchors": [{"id", "page", "quote"}]}


def _locate(text: str, span: dict[str, Any]) -> tuple[int, int] | None:
    """The span's offsets when they still point at its quote, else the quote found in the text."""
    start, end, quote = span.get("start"), span.get("end"), (span.get("quote") or "").strip()
    offsets_fit = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if offsets_fit and (not quote or _squash(text[start:end]) == _squash(quote)):
        return start, end
    at = text.find(quote) if quote else -1
    if at >= 0:
        return at, at + len(quote)
    return (start, end) if offsets_fit else None


def _squash(text: str) -> str:
    return " ".join(text.split())


def highlighted_pages(pages: list[dict[str, Any]], indicators: dict[str, dict[str, Any]]) -> HighlightedText:
    by_number = {int(p.get("number") or i + 1): p for i, p in enumerate(pages)}
    first = min(by_number) if by_number else 1
    spans: dict[int, list[tuple[int, int, str, int, str]]] = {}
    for code, indicator in indicators.items():
        if not indicator.get("found"):
            continue
        for index, span in enumerate(indicator.get("evidence") or []):
            number = span.get("page") or first  # unpaged text (DOCX, plain text) sits on page 1
            page = by_number.get(number)
            where = _locate(page.get("text") or "", span) if page else None
            if where:
                spans.setdefault(number, []).append((*where, code, index, span.get("quote") or ""))

    anchors: dict[str, dict[str, Any]] = {}
    out_pages = []
    for number in sorted(by_number):
        text = by_number[number].get("text") or ""
        segments: list[Segment] = []
        cursor = 0
        current: Segment | None = None
        current_end = 0
        for start, end, code, index, quote in sorted(spans.get(number, [])):
            if current is not None and start < current_end:
                # Overlaps the previous quote: share its highlight rather than nest marks.
                current.codes.append(code)
                mark_id = current.mark_id
            else:
                if start > cursor:
                    segments.append(Segment(text[cursor:start]))
                mark_id = f"bukti-{code}-{index}"
                current = Segment(text[start:end], mark_id, [code])
                current_end = end
                segments.append(current)
                cursor = end
            anchors.setdefault(code, {"anchors": []})["anchors"].append(
                {"id": mark_id, "page": number, "quote": quote}
            )
        if cursor < len(text):
            segments.append(Segment(text[cursor:]))
        page = by_number[number]
        out_pages.append(
            {
                "number": number,
                "source": page.get("source") or "text",
                "ocr_confidence": page.get("ocr_confidence"),
                "segments": segments,
            }
        )
    return HighlightedText(pages=out_pages, anchors=anchors)
