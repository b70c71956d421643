"""DOCX: body paragraphs and tables in document order, text boxes, headers and footers, core properties.

Pages: Word writes `w:lastRenderedPageBreak` where it last laid out a page; when present those are the
pages. Otherwise explicit page breaks (`w:br w:type="page"`, `pageBreakBefore`) split pages. A document
with neither has no reliable pages: it is one page and `paged` is False, so evidence pages are null."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from intake.errors import IntakeError
from intake.options import ExtractOptions
from intake.pages import RawPage

_P, _TBL, _R, _BR, _T, _TAB = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:br"), qn("w:t"), qn("w:tab")
_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_STYLES = ("heading", "judul", "title")


@dataclass
class DocxContent:
    pages: list[RawPage]
    paged: bool
    headings: set[str] = field(default_factory=set)
    metadata: dict = field(default_factory=dict)


def check_package(data: bytes, options: ExtractOptions) -> None:
    """Refuse a DOCX that would unpack into a bomb before python-docx inflates it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise IntakeError("corrupt", detail=f"broken DOCX container: {exc}") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > options.zip_max_unpacked or total / packed > options.zip_max_ratio * 5:
        raise IntakeError("zip_bomb", detail=f"DOCX unpacks to {total} bytes")


class _Pager:
    """Collects lines and starts a new page at the breaks the document records."""

    def __init__(self, use_rendered: bool) -> None:
        self.use_rendered = use_rendered
        self.pages: list[list[str]] = [[]]
        self.tables: list[list[list[list[str]]]] = [[]]

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
            self.tables.append([])

    def add(self, line: str) -> None:
        self.pages[-1].append(line)


def _run_text(run) -> str:
    parts = []
    for child in run:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BR and child.get(qn("w:type")) not in ("page", "column"):
            parts.append("\n")
    return "".join(parts)


def _is_break(el, use_rendered: bool) -> bool:
    if use_rendered:
        return el.tag == _RENDERED_BREAK
    return el.tag == _BR and el.get(qn("w:type")) == "page"


def _paragraph(p, pager: _Pager, headings: set[str], styles: dict[str, str]) -> None:
    ppr = p.find(qn("w:pPr"))
    if not pager.use_rendered and ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
        pager.new_page()
    text: list[str] = []
    boxes: list[str] = []
    for el in p.iter():
        if _is_break(el, pager.use_rendered):
            if "".join(text).strip():
                pager.add("".join(text))
            text = []
            pager.new_page()
        elif el.tag == _R and el.getparent() is not None and not _inside_textbox(el, p):
            text.append(_run_text(el))
        elif el.tag == _TXBX and not any(a.tag == _FALLBACK for a in el.iterancestors()):
            # Text boxes: VML fallbacks repeat the DrawingML content, so only the choice branch is read.
            for inner in el.iter(_P):
                line = "".join(_run_text(r) for r in inner.iter(_R))
                if line.strip():
                    boxes.append(line)
    line = "".join(text)
    if line.strip():
        pager.add(line)
        pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style_id = pstyle.get(qn("w:val")) if pstyle is not None else ""
        style_name = styles.get(style_id, style_id).lower()
        if style_name.startswith(_HEADING_STYLES):
            headings.add(line.strip())
    for box in boxes:
        pager.add(box)


def _inside_textbox(run, paragraph) -> bool:
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag == _TXBX:
            return True
    return False


def _cell_text(tc) -> str:
    return " ".join(" ".join("".join(_run_text(r) for r in p.iter(_R)).split()) for p in tc.iter(_P)).strip()


def _table(tbl, pager: _Pager) -> None:
    rows: list[list[str]] = []
    for tr in tbl.iter(qn("w:tr")):
        if any(a.tag == _TBL and a is not tbl for a in tr.iterancestors()):
            continue  # nested tables are read as their cell's text
        cells = [_cell_text(tc) for tc in tr.findall(qn("w:tc"))]
        if any(cells):
            rows.append(cells)
        # A table spanning pages stays on the page where it starts.
    for row in rows:
        pager.add(" | ".join(row))
    if rows:
        pager.tables[-1].append(rows)


def _core_properties(document: Document) -> dict[str, str]:
    props = document.core_properties
    values = {
        "title": props.title, "author": props.author, "subject": props.subject, "keywords": props.keywords,
        "last_modified_by": props.last_modified_by,
        "created": props.created.isoformat() if props.created else None,
        "modified": props.modified.isoformat() if props.modified else None,
    }  # fmt: skip
    return {k: v for k, v in values.items() if v}


def _header_footer_text(document: Document) -> tuple[list[str], list[str]]:
    headers, footers = [], []
    for section in document.sections:
        for part, out in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous and out:
                continue
            for p in part.paragraphs:
                if p.text.strip() and p.text.strip() not in out:
                    out.append(p.text.strip())
            for table in part.tables:
                for row in table.rows:
                    line = " | ".join(c.text.strip() for c in row.cells)
                    if line.strip(" |") and line not in out:
                        out.append(line)
    return headers, footers


def read_docx(data: bytes, options: ExtractOptions) -> DocxContent:
    check_package(data, options)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise IntakeError("corrupt", detail=f"unreadable DOCX: {str(exc)[:150]}") from exc
    body = document.element.body
    use_rendered = body.find(f".//{_RENDERED_BREAK}") is not None
    has_explicit = body.find(f".//{_BR}[@{qn('w:type')}='page']") is not None or (
        body.find(f".//{qn('w:pageBreakBefore')}") is not None
    )
    pager = _Pager(use_rendered)
    headings: set[str] = set()
    styles = {s.style_id: s.name or "" for s in document.styles if getattr(s, "style_id", None)}
    for child in body.iterchildren():
        if child.tag == _P:
            _paragraph(child, pager, headings, styles)
        elif child.tag == _TBL:
            _table(child, pager)
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs and tables
            for inner in child.iter(_P, _TBL):
                if inner.tag == _TBL:
                    _table(inner, pager)
                elif not any(a.tag == _TBL for a in inner.iterancestors()):
                    _paragraph(inner, pager, headings, styles)
    headers, footers = _header_footer_text(document)
    metadata = _core_properties(document)
    if headers:
        metadata["headers"] = headers
    if footers:
        metadata["footers"] = footers
    pages = [
        RawPage(number=i + 1, text="\n".join(lines), tables=pager.tables[i])
        for i, lines in enumerate(pager.pages)
    ]
    if len(pages) > options.max_pages:
        raise IntakeError("too_many_pages", pages=len(pages), limit=options.max_pages)
    return DocxContent(pages=pages, paged=use_rendered or has_explicit, headings=headings, metadata=metadata)
