"""PDF pages: pypdfium2's text layer (fast), pdfplumber's table finder on pages drawn with a grid,
and OCR for pages whose text layer is missing or garbage."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from intake.errors import IntakeError
from intake.model import ExtractionWarning
from intake.options import ExtractOptions
from intake.pages import RawPage, ocr_page
from intake.rules import Rules
from intake.textstats import measure, usable_text_layer

# Renders are capped so a poster-sized page cannot take the memory of the whole batch.
_MAX_RENDER_PIXELS = 40_000_000


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    if b"%%EOF" not in data[-2048:] and b"%%EOF" not in data:
        # PDFium would rebuild what it can of a cut-off upload; we refuse it so the unit re-uploads it whole.
        raise IntakeError("corrupt", detail="truncated PDF: no end-of-file marker")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise IntakeError("encrypted") from exc
        raise IntakeError("corrupt", detail=str(exc)[:200]) from exc


def pdf_metadata(doc: pdfium.PdfDocument) -> dict[str, str]:
    try:
        raw = doc.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return {}
    names = {
        "Title": "title",
        "Author": "author",
        "Subject": "subject",
        "Keywords": "keywords",
        "Creator": "creator",
        "Producer": "producer",
        "CreationDate": "created",
        "ModDate": "modified",
    }
    return {names.get(k, k.lower()): str(v) for k, v in raw.items() if v}


def has_ruled_table(page: pdfium.PdfPage) -> bool:
    """Cheap look at the page's vector paths: a table drawn with rules has several horizontal and
    vertical lines (or one path with many segments). Only such pages pay for pdfplumber."""
    horizontal = vertical = boxes = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        segments = pdfium_c.FPDFPath_CountSegments(obj.raw)
        if width > 40 and height > 20 and segments >= 10:
            return True
        if height < 3 and width > 20:
            horizontal += 1
        elif width < 3 and height > 8:
            vertical += 1
        elif width > 20 and height > 8 and segments <= 6:
            boxes += 1
        if (horizontal >= 2 and vertical >= 2) or boxes >= 4:
            return True
    return False


def _clean_cell(cell: str | None) -> str:
    return " ".join((cell or "").split())


def plumber_page_with_tables(plumber_page) -> tuple[str, list[list[list[str]]]] | None:
    """Page text with each table written as rows of cells ("No | Nama | Jabatan") where it stands."""
    tables = plumber_page.find_tables()
    if not tables:
        return None
    outside = plumber_page
    for table in tables:
        with contextlib.suppress(ValueError):
            outside = outside.outside_bbox(table.bbox)
    placed: list[tuple[float, str]] = [(line["top"], line["text"]) for line in outside.extract_text_lines()]
    extracted = []
    for table in tables:
        rows = [[_clean_cell(c) for c in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        extracted.append(rows)
        placed.append((table.bbox[1], "\n".join(" | ".join(row) for row in rows)))
    placed.sort(key=lambda item: item[0])
    return "\n".join(text for _, text in placed), extracted


def _render(page: pdfium.PdfPage, dpi: int):
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > _MAX_RENDER_PIXELS:
        scale *= (_MAX_RENDER_PIXELS / pixels) ** 0.5
    return page.render(scale=scale, grayscale=True).to_pil()


def read_pdf(
    data: bytes, options: ExtractOptions, rules: Rules, warnings: list[ExtractionWarning], metadata: dict
) -> Iterator[RawPage]:
    doc = open_pdf(data)
    plumber_doc = None
    try:
        count = len(doc)
        if count > options.max_pages:
            raise IntakeError("too_many_pages", pages=count, limit=options.max_pages)
        metadata.update(pdf_metadata(doc))
        for index in range(count):
            number = index + 1
            try:
                page = doc[index]
            except pdfium.PdfiumError as exc:
                warnings.append(ExtractionWarning.make("page_failed", page=number, detail=str(exc)[:200]))
                yield RawPage(number=number, text="", source="none")
                continue
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_bounded()
                textpage.close()
                tables: list[list[list[str]]] = []
                if options.tables and has_ruled_table(page):
                    try:
                        if plumber_doc is None:
                            import pdfplumber  # imported here: most documents never need it

                            plumber_doc = pdfplumber.open(io.BytesIO(data))
                        plumber_page = plumber_doc.pages[index]
                        try:
                            found = plumber_page_with_tables(plumber_page)
                        finally:
                            plumber_page.close()  # pdfplumber caches every page's objects until closed
                        if found:
                            text, tables = found
                    except Exception as exc:  # pdfminer raises many kinds on odd files; the text layer stays
                        warnings.append(
                            ExtractionWarning.make("table_failed", page=number, detail=repr(exc)[:200])
                        )
                needs_ocr = options.ocr == "always" or (
                    options.ocr == "auto" and not usable_text_layer(measure(text), rules)
                )
                if needs_ocr:
                    ocr_result = ocr_page(_render(page, options.ocr_dpi), number, options, warnings)
                    if ocr_result.source == "ocr" or not text.strip():
                        ocr_result.tables = tables
                        yield ocr_result
                        continue
                yield RawPage(
                    number=number, text=text, source="text" if text.strip() else "none", tables=tables
                )
            finally:
                page.close()
    finally:
        if plumber_doc is not None:
            plumber_doc.close()
        doc.close()
