"""Real files made by the tests: PDFs with reportlab, DOCX with python-docx, images with Pillow."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import parse_xml
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_PATH))

PROSE = (
    "Inovasi pelayanan administrasi kependudukan keliling membawa petugas dan perangkat perekaman ke desa "
    "yang jauh dari kantor dinas sehingga warga tidak perlu menempuh perjalanan panjang untuk mengurus "
    "dokumen mereka."
)


def pdf_with_pages(pages: list[list[str]], *, header: str | None = None, numbered: bool = False) -> bytes:
    """A born-digital PDF: each page a list of lines, optionally a running header and a page number."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        c.setFont("DejaVu", 10)
        if header:
            c.drawString(60, height - 40, header)
        y = height - 80
        for line in lines:
            c.drawString(60, y, line)
            y -= 16
        if numbered:
            c.drawCentredString(width / 2, 30, f"Halaman {number}")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_with_table(rows: list[list[str]], before: str, after: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    c.setFont("DejaVu", 10)
    c.drawString(60, height - 80, before)
    table = Table(rows)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DejaVu")])
    )
    _, table_height = table.wrapOn(c, width - 120, height)
    table.drawOn(c, 60, height - 110 - table_height)
    c.drawString(60, height - 140 - table_height, after)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_text_image(lines: list[str], *, font_px: int = 44, width: int = 2000) -> Image.Image:
    font = ImageFont.truetype(FONT_PATH, font_px)
    step = int(font_px * 1.6)
    image = Image.new("L", (width, 160 + step * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * step), line, font=font, fill=0)
    return image


def image_only_pdf(image: Image.Image) -> bytes:
    """A 'scan': a PDF page holding only a picture, no text layer."""
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="PDF", resolution=300)
    return buf.getvalue()


def image_bytes(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


_TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def docx_report(*, page_break: bool = True, textbox: str | None = None) -> bytes:
    document = docx.Document()
    document.core_properties.title = "Laporan Inovasi Posyandu Digital"
    document.core_properties.author = "Dinas Kesehatan"
    document.sections[0].header.paragraphs[0].text = "Laporan Pelaksanaan Inovasi Posyandu Digital"
    document.sections[0].footer.paragraphs[0].text = "Dinas Kesehatan Kabupaten Bantul"
    document.add_heading("Latar Belakang", level=1)
    intro = document.add_paragraph(PROSE)
    if textbox:
        intro._p.append(parse_xml(_TEXTBOX.format(text=textbox)))
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["No", "Nama", "Jabatan"], ["1", "Siti Aminah", "Ketua"], ["2", "Budi Santoso", "Anggota"]]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    if page_break:
        document.add_page_break()
    document.add_heading("Hasil", level=1)
    document.add_paragraph("Sebanyak 1.245 orang penerima manfaat telah terlayani.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()
