"""bytes → Extraction: limits, type from content, the reader for that type, then one shared finish
(normalisation, running lines, grades, language, sections)."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from intake import sniff
from intake.docx_reader import read_docx
from intake.errors import IntakeError
from intake.images import read_image
from intake.model import Extraction, ExtractionWarning, Page
from intake.normalise import normalise_text, strip_running_lines
from intake.office import convert_to_docx
from intake.options import ExtractOptions
from intake.pages import RawPage
from intake.pdf import read_pdf
from intake.plaintext import read_text
from intake.rules import Rules, load_rules
from intake.sections import find_sections
from intake.spreadsheet import read_xlsx
from intake.textstats import detect_language, grade_document, grade_page, measure

# Readers whose pages are laid out by a printer or a camera: running headers and page numbers sit in
# the body there. DOCX keeps its headers apart, and text files have none.
_LAID_OUT = {sniff.PDF} | sniff.IMAGES


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):.0f} MB"


def _check_type(media_type: str, filename: str | None, warnings: list[ExtractionWarning]) -> None:
    if media_type == sniff.ZIP:
        raise IntakeError("unsupported_type", detail="a ZIP archive is a batch: read its members one by one")
    if media_type == sniff.ENCRYPTED_OOXML:
        raise IntakeError("encrypted")
    if media_type not in sniff.READABLE:
        raise IntakeError("unsupported_type", detail=sniff.short_name(media_type))
    claimed = sniff.claimed_type(filename)
    if claimed and claimed != media_type:
        warnings.append(
            ExtractionWarning.make(
                "type_mismatch", claimed=sniff.short_name(claimed), actual=sniff.short_name(media_type)
            )
        )


def _read(media_type: str, data: bytes, options: ExtractOptions, rules: Rules, warnings, metadata):
    """Returns (raw pages, paged, known headings)."""
    if media_type == sniff.PDF:
        return list(read_pdf(data, options, rules, warnings, metadata)), True, set()
    if media_type in sniff.IMAGES:
        return list(read_image(data, options, warnings, metadata)), True, set()
    if media_type == sniff.TEXT:
        pages = read_text(data, metadata)
        return pages, len(pages) > 1, set()
    if media_type == sniff.XLSX:
        return read_xlsx(data, options, metadata), True, set()
    if media_type in sniff.CONVERTED:
        data = convert_to_docx(data, media_type, options.convert_timeout_s)
        metadata["converted_with"] = "LibreOffice"
    content = read_docx(data, options)
    metadata.update(content.metadata)
    return content.pages, content.paged, content.headings


def _finish(
    raw: list[RawPage], media_type: str, rules: Rules, metadata: dict
) -> tuple[list[Page], list[tuple[str, int]]]:
    """The pages, and each page's (grade, token count) for the document's grade."""
    texts = [normalise_text(p.text) for p in raw]
    if media_type in _LAID_OUT:
        texts, removed = strip_running_lines(texts, **rules.running_lines)
        metadata.update(removed)
    pages, grades = [], []
    for page, text in zip(raw, texts, strict=True):
        stats = measure(text)
        grades.append((grade_page(stats, page.ocr_confidence, rules), stats.tokens))
        pages.append(
            Page(
                number=page.number,
                text=text,
                source=page.source if text else "none",
                ocr_confidence=round(page.ocr_confidence, 1) if page.ocr_confidence is not None else None,
                quality=grades[-1][0],
                tables=page.tables,
            )
        )
    return pages, grades


def extract_bytes(
    data: bytes, filename: str | None = None, options: ExtractOptions | None = None
) -> Extraction:
    options = options or ExtractOptions()
    rules = load_rules()
    started = time.perf_counter()
    if not data:
        raise IntakeError("empty")
    if len(data) > options.max_bytes:
        raise IntakeError("too_large", limit=_size(options.max_bytes))
    media_type = sniff.sniff(data)
    warnings: list[ExtractionWarning] = []
    metadata: dict = {"filename": filename} if filename else {}
    _check_type(media_type, filename, warnings)

    raw, paged, headings = _read(media_type, data, options, rules, warnings, metadata)
    read_done = time.perf_counter()
    pages, grades = _finish(raw, media_type, rules, metadata)
    if not pages:
        pages, grades = [Page(number=1, text="", source="none", quality="poor")], [("poor", 0)]
    text = "\n".join(p.text for p in pages)
    if not text.strip():
        warnings.append(ExtractionWarning.make("no_text"))
    extraction = Extraction(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        pages=pages,
        metadata=metadata,
        sections=find_sections(pages, rules, headings),
        language=detect_language(text, rules),
        quality=grade_document(grades),
        warnings=warnings,
        paged=paged,
    )
    finished = time.perf_counter()
    extraction.timings = {
        "read_s": round(read_done - started, 4),
        "finish_s": round(finished - read_done, 4),
        "total_s": round(finished - started, 4),
    }
    return extraction


def extract_path(path: Path | str, options: ExtractOptions | None = None) -> Extraction:
    path = Path(path)
    options = options or ExtractOptions()
    size = path.stat().st_size
    if size > options.max_bytes:
        raise IntakeError("too_large", limit=_size(options.max_bytes))
    return extract_bytes(path.read_bytes(), filename=path.name, options=options)
