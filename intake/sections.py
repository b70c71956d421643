"""Finds headed sections (BAB I…, numbered headings, DOCX heading styles, all-caps lines) and keys the
innovation-profile parts (dasar_hukum, permasalahan, …) by their heading."""

from __future__ import annotations

import re

from intake.model import Page, Section
from intake.rules import Rules

_BAB = re.compile(r"^BAB\s+([IVXL]+|\d+)\b\.?\s*(.*)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-H]\.|[IVX]{1,5}\.|[a-h]\))\s+(\S.*)$")
_MAX_HEADING_CHARS = 90
# Counting with regular expressions keeps the per-character work in C: every line of a document is asked.
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _strip_numbering(line: str) -> str:
    m = _BAB.match(line)
    if m:
        return m.group(2).strip()
    m = _NUMBERED.match(line)
    return (m.group(1) if m else line).strip(" :.")


def _looks_like_heading(line: str, known: set[str]) -> bool:
    text = line.strip()
    if not text or len(text) > _MAX_HEADING_CHARS or " | " in text:
        return False
    if text in known or _BAB.match(text):
        return True
    if text.endswith((".", ",", ";")) and not _NUMBERED.match(text):
        return False
    letters = len(_LETTER.findall(text))
    if letters < 4:
        return False
    if _NUMBERED.match(text):
        body = _strip_numbering(text)
        # "1. Pendaftaran dilakukan di loket." is a list item, a heading is short and unpunctuated.
        return len(body.split()) <= 8 and not text.endswith((".", ",", ";")) and body[:1].isupper()
    upper_share = len(_UPPER.findall(text)) / letters
    return upper_share > 0.85 and 1 <= len(text.split()) <= 10


def key_for(heading: str, rules: Rules) -> str | None:
    bare = _strip_numbering(heading).lower()
    bare = re.sub(r"\s+", " ", bare)
    for key, patterns in rules.section_patterns.items():
        if any(p.search(bare) for p in patterns):
            return key
    return None


def find_sections(pages: list[Page], rules: Rules, known_headings: set[str] | None = None) -> list[Section]:
    known = {h.strip() for h in (known_headings or set())}
    sections: list[Section] = []
    heading: str | None = None
    page_no: int | None = None
    body: list[str] = []

    def close() -> None:
        if heading is not None:
            sections.append(
                Section(
                    heading=heading, key=key_for(heading, rules), page=page_no, text="\n".join(body).strip()
                )
            )

    for page in pages:
        for line in page.text.split("\n"):
            if _looks_like_heading(line, known):
                close()
                heading, page_no, body = line.strip(), page.number, []
            elif heading is not None:
                body.append(line)
    close()
    return sections
