"""XLSX (budget extracts such as DPA and RKA often come as spreadsheets): each sheet is a page, each row a
line of cells separated by " | ", the way tables are written everywhere else."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from intake.errors import IntakeError
from intake.options import ExtractOptions
from intake.pages import RawPage

_MAX_ROWS = 20_000


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def read_xlsx(data: bytes, options: ExtractOptions, metadata: dict) -> list[RawPage]:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IntakeError("corrupt", detail=f"unreadable XLSX: {str(exc)[:150]}") from exc
    try:
        if len(book.worksheets) > options.max_pages:
            raise IntakeError("too_many_pages", pages=len(book.worksheets), limit=options.max_pages)
        pages = []
        for number, sheet in enumerate(book.worksheets, start=1):
            lines = [f"{sheet.title}"]
            rows: list[list[str]] = []
            for i, row in enumerate(sheet.iter_rows(values_only=True)):
                if i >= _MAX_ROWS:
                    break
                cells = [_cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if any(cells):
                    rows.append(cells)
                    lines.append(" | ".join(cells))
            pages.append(RawPage(number=number, text="\n".join(lines), tables=[rows] if rows else []))
        metadata["sheets"] = [s.title for s in book.worksheets]
        return pages
    finally:
        book.close()
