"""Build the bench inputs deterministically into bench/out/fixtures/ (git-ignored, never committed).

- text_40.pdf   born-digital, 40 pages of Indonesian prose, a ruled table on every fifth page
                (DejaVuSans embedded)
- text_500.pdf  the same kind of document with 500 pages, for the memory run
- scanned.pdf   image-only pages rendered at 300 dpi (prose, decree, annex table, attendance list, a sparse
                letter, a page turned sideways); scanned.json holds each page's source text and kind
- docx/*.docx   a batch of Word documents with headings, paragraphs, a table, header and footer

Run: python -m bench.make_fixtures [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bench import prose
from bench.common import FIXTURES_DIR, markdown_table

FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SCAN_DPI = 300
A4_AT_300_DPI = (2480, 3508)
DOCX_COUNT = 40

TEXT_PDF = "text_40.pdf"
LONG_PDF = "text_500.pdf"
SCANNED_PDF = "scanned.pdf"
SCANNED_SOURCE = "scanned.json"
DOCX_DIR = "docx"


# ---------------------------------------------------------------- born-digital PDFs (reportlab)


def build_text_pdf(path: Path, pages: int, seed: int) -> None:
    """One heading and prose per page, and a ruled table on every fifth page; explicit page breaks keep the
    page count exact."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT_FILE))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONT_BOLD_FILE))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=6)
    title = ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=13, leading=17, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
    )

    rng = random.Random(seed)
    story: list[object] = []
    for number in range(1, pages + 1):
        story.append(Paragraph(prose.heading(rng, number), title))
        if number % 5 == 0:
            story.append(Paragraph(prose.paragraph(rng), body))
            rows = [[Paragraph(value, cell) for value in row] for row in prose.innovation_table(rng, 10)]
            story.append(Table(rows, colWidths=[1.2 * cm, 4 * cm, 5.5 * cm, 1.8 * cm, 2.5 * cm], style=grid))
            story.append(Spacer(1, 8))
            story.append(Paragraph(prose.paragraph(rng), body))
        else:
            story += [Paragraph(prose.paragraph(rng, (4, 6)), body) for _ in range(5)]
        if number < pages:
            story.append(PageBreak())

    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title="Laporan Inovasi Daerah",
        author="bench",
        invariant=1,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
    )
    document.build(story)


# ---------------------------------------------------------------- scanned pages (PIL at 300 dpi)


class _Sheet:
    """A white A4 page at 300 dpi that text and ruled tables are written onto, remembering the source text."""

    def __init__(self) -> None:
        self.image = Image.new("L", A4_AT_300_DPI, 255)
        self.draw = ImageDraw.Draw(self.image)
        self.font = ImageFont.truetype(FONT_FILE, 46)  # about 11 pt at 300 dpi
        self.bold = ImageFont.truetype(FONT_BOLD_FILE, 50)
        self.small = ImageFont.truetype(FONT_FILE, 38)
        self.y = 220
        self.left, self.right = 240, A4_AT_300_DPI[0] - 240
        self.lines: list[str] = []

    def line(self, text: str, *, bold: bool = False, centre: bool = False, gap: float = 1.5) -> None:
        font = self.bold if bold else self.font
        x = (A4_AT_300_DPI[0] - font.getlength(text)) / 2 if centre else self.left
        self.draw.text((x, self.y), text, font=font, fill=0)
        self.lines.append(text)
        self.y += int(font.size * gap)

    def paragraph(self, text: str) -> None:
        width_chars = int((self.right - self.left) / self.font.getlength("n"))
        for row in textwrap.wrap(text, width=width_chars):
            self.line(row)
        self.y += 30

    def table(self, rows: list[list[str]], widths: list[int]) -> None:
        row_height = 80
        for row in rows:
            x = self.left
            for value, width in zip(row, widths, strict=True):
                self.draw.rectangle((x, self.y, x + width, self.y + row_height), outline=0, width=3)
                self.draw.text((x + 14, self.y + 18), value, font=self.small, fill=0)
                x += width
            self.lines.append(" ".join(value for value in row if value))
            self.y += row_height
        self.y += 40

    def scanned(self, rng: random.Random) -> Image.Image:
        """A light scanner look: a small skew and a slight blur (the text stays well readable)."""
        skewed = self.image.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255)
        return skewed.filter(ImageFilter.GaussianBlur(0.7))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def scanned_pages(seed: int = 7) -> list[tuple[str, Image.Image, str]]:
    """(kind, image, source text) for each scanned page, in order."""
    rng = random.Random(seed)
    pages: list[tuple[str, Image.Image, str]] = []

    for number in (1, 2):
        sheet = _Sheet()
        sheet.line(prose.heading(rng, number), bold=True, gap=2.0)
        for _ in range(6):
            sheet.paragraph(prose.paragraph(rng, (3, 4)))
        pages.append(("prose", sheet.scanned(rng), sheet.text))

    sheet = _Sheet()
    for text in prose.decree_lines(rng):
        sheet.line(text, bold=True, centre=True)
    sheet.y += 40
    for letter in "abcd":
        sheet.paragraph(f"{letter}. bahwa {prose.sentence(rng)[0].lower()}{prose.sentence(rng)[1:]}")
    sheet.line("MEMUTUSKAN:", bold=True, centre=True)
    sheet.paragraph("Menetapkan: " + prose.sentence(rng))
    pages.append(("decree", sheet.scanned(rng), sheet.text))

    sheet = _Sheet()
    sheet.line("LAMPIRAN KEPUTUSAN TENTANG DAFTAR INOVASI DAERAH", bold=True, centre=True, gap=2.2)
    sheet.table(prose.innovation_table(rng, 24), [130, 560, 900, 190, 220])
    pages.append(("annex_table", sheet.scanned(rng), sheet.text))

    sheet = _Sheet()
    sheet.line("DAFTAR HADIR SOSIALISASI INOVASI DAERAH", bold=True, centre=True, gap=2.2)
    sheet.table(prose.attendance_table(rng, 20), [130, 520, 480, 610, 260])
    pages.append(("attendance", sheet.scanned(rng), sheet.text))

    sheet = _Sheet()
    sheet.line(f"PEMERINTAH {rng.choice(prose.REGIONS).upper()}", bold=True, centre=True)
    sheet.line(rng.choice(prose.UNITS).upper(), bold=True, centre=True, gap=3.0)
    sheet.line(f"Perihal: Undangan Rapat {rng.choice(prose.INNOVATIONS)}", gap=3.0)
    sheet.paragraph(prose.sentence(rng))
    sheet.y = 2700
    sheet.left = 1400
    sheet.line("Kepala Dinas,", gap=4.0)
    sheet.line(rng.choice(prose.NAMES))
    pages.append(("sparse_letter", sheet.scanned(rng), sheet.text))

    sheet = _Sheet()
    sheet.line(prose.heading(rng, 7), bold=True, gap=2.0)
    for _ in range(5):
        sheet.paragraph(prose.paragraph(rng, (3, 4)))
    # Photographed sideways: the page image is turned a quarter counter-clockwise.
    pages.append(("prose_sideways", sheet.scanned(rng).rotate(90, expand=True), sheet.text))
    return pages


def build_scanned_pdf(pdf_path: Path, source_path: Path) -> None:
    pages = scanned_pages()
    images = [image for _, image, _ in pages]
    images[0].save(pdf_path, save_all=True, append_images=images[1:], resolution=SCAN_DPI)
    source = [{"page": n, "kind": kind, "text": text} for n, (kind, _, text) in enumerate(pages, start=1)]
    source_path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- DOCX batch (python-docx)


def build_docx(path: Path, seed: int) -> None:
    import docx

    rng = random.Random(seed)
    document = docx.Document()
    properties = document.core_properties
    properties.author, properties.title = "bench", f"Profil Inovasi {rng.choice(prose.INNOVATIONS)}"
    properties.created = properties.modified = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Pemerintah {rng.choice(prose.REGIONS)}"
    section.footer.paragraphs[0].text = "Laporan Indeks Inovasi Daerah"
    document.add_heading(properties.title, level=1)
    for number in range(1, 7):
        document.add_heading(prose.heading(rng, number), level=2)
        for _ in range(2):
            document.add_paragraph(prose.paragraph(rng))
        if number == 3:
            rows = prose.innovation_table(rng, 6)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for cells, values in zip(table.rows, rows, strict=True):
                for target, value in zip(cells.cells, values, strict=True):
                    target.text = value
    document.save(str(path))


# ---------------------------------------------------------------- entry point


def build_all(force: bool = False) -> list[dict[str, object]]:
    """Build whatever is missing (everything with force); returns what was built or found, with timings."""
    FIXTURES_DIR.mkdir(parents=True, exist_ok=True)
    docx_dir = FIXTURES_DIR / DOCX_DIR
    docx_dir.mkdir(exist_ok=True)
    jobs = [
        (TEXT_PDF, lambda p: build_text_pdf(p, pages=40, seed=1)),
        (LONG_PDF, lambda p: build_text_pdf(p, pages=500, seed=2)),
        (SCANNED_PDF, lambda p: build_scanned_pdf(p, FIXTURES_DIR / SCANNED_SOURCE)),
    ]
    jobs += [
        (f"{DOCX_DIR}/report_{i:02d}.docx", lambda p, i=i: build_docx(p, seed=100 + i))
        for i in range(DOCX_COUNT)
    ]
    report = []
    for name, build in jobs:
        path = FIXTURES_DIR / name
        started = time.perf_counter()
        fresh = force or not path.exists()
        if fresh:
            build(path)
        report.append(
            {
                "file": name,
                "built": fresh,
                "seconds": time.perf_counter() - started,
                "bytes": path.stat().st_size,
            }
        )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--force", action="store_true", help="rebuild even when the files exist")
    report = build_all(force=parser.parse_args().force)
    shown = [r for r in report if not str(r["file"]).startswith(DOCX_DIR)]
    docx_rows = [r for r in report if str(r["file"]).startswith(DOCX_DIR)]
    shown.append(
        {
            "file": f"{DOCX_DIR}/*.docx ({len(docx_rows)})",
            "built": any(r["built"] for r in docx_rows),
            "seconds": sum(float(r["seconds"]) for r in docx_rows),
            "bytes": sum(int(r["bytes"]) for r in docx_rows),
        }
    )
    print(f"Fixtures in {FIXTURES_DIR}\n")
    print(
        markdown_table(
            ["file", "built now", "build s", "bytes"],
            [[r["file"], r["built"], r["seconds"], r["bytes"]] for r in shown],
        )
    )


if __name__ == "__main__":
    main()
