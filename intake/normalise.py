"""Text clean-up shared by every reader: Unicode form, ligatures, hyphenation, whitespace, running lines."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Invisible characters that only get in the way of matching: soft hyphen, zero-width space/joiners, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# A word broken at the line end: "pe-\nlayanan". Both sides must be letters; the right side lower-case.
_LINE_END_HYPHEN = re.compile(r"(\w+)-\n[ \t]*([a-z]\w*)")
# PDFium marks a hyphen it took out at a line end with U+0002 (bounded text) or U+FFFE (range text) and
# joins the lines itself: "pe\x02layanan".
_PDFIUM_HYPHEN = re.compile(r"(\w+)[\x02\ufffe][ \t]*\n?[ \t]*(\w+)")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:hal(?:aman|\.)?|page|hlm\.?)?\s*\d{1,4}"
    r"(?:\s*(?:dari|of|/)\s*\d{1,4})?\s*(?:[-–—])?\s*$",
    re.IGNORECASE,
)


def _join_hyphenated(match: re.Match[str]) -> str:
    left, right = match.group(1), match.group(2)
    # Indonesian reduplication ("anak-anak", "sehari-hari", "masing-masing") keeps its hyphen.
    if right.lower().startswith(left.lower()) or left.lower().endswith(right.lower()):
        return f"{left}-{right}"
    return left + right


def normalise_text(text: str) -> str:
    """NFKC (folds ligatures such as "ﬁ" and full-width forms), drops invisible characters, joins words
    hyphenated at line ends, folds runs of spaces and blank lines."""
    text = _PDFIUM_HYPHEN.sub(_join_hyphenated, text).replace("\x02", "").replace("\ufffe", "")
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _LINE_END_HYPHEN.sub(_join_hyphenated, text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line)) and any(ch.isdigit() for ch in line)


def _shape(line: str) -> str:
    # Running headers differ only by their page number: compare lines with digits folded.
    return re.sub(r"\d+", "#", line.strip().lower())


def _edge_lines(lines: list[str], count: int, from_end: bool) -> list[int]:
    idx = [i for i, line in enumerate(lines) if line.strip()]
    return idx[-count:] if from_end else idx[:count]


def strip_running_lines(
    pages: list[str], *, min_pages: int = 3, min_share: float = 0.6, lines_examined: int = 2
) -> tuple[list[str], dict[str, list[str]]]:
    """Takes running headers, footers and page numbers out of the body of each page.

    Returns the cleaned pages and what was removed: {"running_headers": [...], "running_footers": [...],
    "page_numbers": [...]}, so nothing is lost, only moved to metadata."""
    split = [p.split("\n") for p in pages]
    removed: dict[str, list[str]] = {"running_headers": [], "running_footers": [], "page_numbers": []}
    drop: list[set[int]] = [set() for _ in split]

    for i, lines in enumerate(split):
        for j in _edge_lines(lines, lines_examined, False) + _edge_lines(lines, lines_examined, True):
            if is_page_number(lines[j]):
                drop[i].add(j)
                removed["page_numbers"].append(lines[j].strip())

    if len(pages) >= min_pages:
        for from_end, key in ((False, "running_headers"), (True, "running_footers")):
            counts: Counter[str] = Counter()
            for i, lines in enumerate(split):
                shapes = {
                    _shape(lines[j]) for j in _edge_lines(lines, lines_examined, from_end) if j not in drop[i]
                }
                counts.update(s for s in shapes if len(s) > 2)
            repeated = {s for s, n in counts.items() if n >= max(2, min_share * len(pages))}
            seen: set[str] = set()
            for i, lines in enumerate(split):
                body = [j for j, line in enumerate(lines) if line.strip() and j not in drop[i]]
                edge = _edge_lines(lines, lines_examined, from_end)
                # Walk in from the edge and stop at the first line that is not repeated.
                for j in reversed(edge) if from_end else edge:
                    if j in drop[i]:
                        continue  # a page number already taken out
                    shape = _shape(lines[j])
                    if shape not in repeated:
                        break
                    if len(body) > 1:
                        body.remove(j)
                        drop[i].add(j)
                        if shape not in seen:
                            seen.add(shape)
                            removed[key].append(lines[j].strip())

    cleaned = [
        "\n".join(line for j, line in enumerate(lines) if j not in drop[i]).strip()
        for i, lines in enumerate(split)
    ]
    return cleaned, {k: v for k, v in removed.items() if v}
