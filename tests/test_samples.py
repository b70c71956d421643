"""The sample documents in samples/documents/ are what their names claim, checked at the byte level."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

DOCS = Path(__file__).resolve().parent.parent / "samples" / "documents"

# name -> size limit in bytes (the scan and the photo are allowed more).
SAMPLES = {
    "proposal-si-pandai.pdf": 400_000,
    "sk-tim-inovasi-scan.pdf": 1_500_000,
    "laporan-si-pandai.docx": 400_000,
    "notulen-rapat.doc": 400_000,
    "daftar-hadir-foto.jpg": 1_500_000,
    "sk-terenkripsi.pdf": 400_000,
    "proposal-terpotong.pdf": 400_000,
    "ringkasan.txt": 400_000,
}
USER_PASSWORD = "sipandai2023"


def _bytes(name: str) -> bytes:
    return (DOCS / name).read_bytes()


def _page_texts(name: str, password: str | None = None) -> list[str]:
    pdf = pdfium.PdfDocument(DOCS / name, password=password)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_exists_and_is_small(name: str) -> None:
    size = (DOCS / name).stat().st_size
    assert 0 < size <= SAMPLES[name]


def test_readme_lists_every_sample() -> None:
    readme = (DOCS / "README.md").read_text(encoding="utf-8")
    for name in SAMPLES:
        assert name in readme


def test_proposal_is_a_five_page_born_digital_pdf() -> None:
    assert _bytes("proposal-si-pandai.pdf").startswith(b"%PDF-")
    pages = _page_texts("proposal-si-pandai.pdf")
    assert len(pages) == 5
    for number, text in enumerate(pages, start=1):
        assert "Proposal Inovasi Daerah – Kabupaten Sukamaju" in text  # real Unicode en dash
        assert f"Halaman {number}" in text
    whole = "\n".join(pages)
    for phrase in (
        "Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang",
        "Dasar Hukum",
        "Permasalahan",
        "Isu Strategis",
        "Metode Pembaharuan",
        "Keunggulan dan Kebaharuan",
        "Tahapan Inovasi",
        "1.245 orang penerima manfaat",
        "https://www.youtube.com/watch?v=",
    ):
        assert phrase in " ".join(whole.split()), phrase


def test_proposal_has_one_word_hyphenated_across_a_line_end() -> None:
    with pdfplumber.open(DOCS / "proposal-si-pandai.pdf") as pdf:
        assert re.search(r"\bpe-\n\s*layanan\b", pdf.pages[2].extract_text())
    # PDFium recognises a line-end hyphen itself: it joins the lines and leaves U+FFFE where the hyphen was.
    assert "sehingga pe\ufffelayanan" in _page_texts("proposal-si-pandai.pdf")[2]


def test_proposal_has_a_ruled_table_on_page_three_only() -> None:
    with pdfplumber.open(DOCS / "proposal-si-pandai.pdf") as pdf:
        tables = [page.find_tables() for page in pdf.pages]
        assert [len(found) for found in tables] == [0, 0, 1, 0, 0]
        rows = tables[2][0].extract()
        links = [link.get("uri") for page in pdf.pages for link in page.annots]
    assert rows[0] == ["No", "Tahap", "Waktu", "Keterangan"]
    assert len(rows) == 7
    assert any(uri and uri.startswith("https://www.youtube.com/") for uri in links)


def test_scan_is_two_pages_of_images_without_text() -> None:
    assert _bytes("sk-tim-inovasi-scan.pdf").startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(DOCS / "sk-tim-inovasi-scan.pdf")
    try:
        assert len(pdf) == 2
        for page in pdf:
            kinds = [obj.type for obj in page.get_objects()]
            assert kinds == [pdfium_c.FPDF_PAGEOBJ_IMAGE]
            assert page.get_textpage().get_text_range().strip() == ""
    finally:
        pdf.close()


def test_encrypted_pdf_needs_the_user_password() -> None:
    assert _bytes("sk-terenkripsi.pdf").startswith(b"%PDF-")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(DOCS / "sk-terenkripsi.pdf")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(DOCS / "sk-terenkripsi.pdf", password="salah")
    texts = _page_texts("sk-terenkripsi.pdf", password=USER_PASSWORD)
    assert len(texts) == 1
    assert "NOMOR 800/57/DPMD/2023" in texts[0]


def test_encrypted_pdf_uses_aes_256() -> None:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(DOCS / "sk-terenkripsi.pdf")
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"].get_object()["/V"] == 5  # V5 is AES-256


def test_truncated_pdf_is_a_prefix_of_the_proposal_and_does_not_open() -> None:
    truncated, whole = _bytes("proposal-terpotong.pdf"), _bytes("proposal-si-pandai.pdf")
    assert truncated.startswith(b"%PDF-")
    assert whole.startswith(truncated)
    assert 0.3 < len(truncated) / len(whole) < 0.5
    assert b"%%EOF" not in truncated and b"trailer" not in truncated
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(DOCS / "proposal-terpotong.pdf")


def test_report_docx_has_header_footer_headings_tables_and_a_page_break() -> None:
    data = _bytes("laporan-si-pandai.docx")
    assert data.startswith(b"PK\x03\x04")
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert "Laporan Pelaksanaan Inovasi SI-PANDAI" in section.header.paragraphs[0].text
    assert "Kabupaten Sukamaju" in section.footer.paragraphs[0].text
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert headings["BAB I PENDAHULUAN"] == "Heading 1"
    assert headings["BAB II PELAKSANAAN KEGIATAN"] == "Heading 1"
    assert headings["1.1 Latar Belakang"] == "Heading 2"
    assert len(document.tables) == 2
    realisasi, hadir = document.tables
    assert realisasi.rows[0].cells[1].text == "Kegiatan"
    assert [cell.text for cell in hadir.rows[0].cells] == ["No", "Nama", "Jabatan", "Instansi"]
    assert len(hadir.rows) == 11
    assert b'w:type="page"' in _docx_part(data, "word/document.xml")
    props = document.core_properties
    assert props.title == "Laporan Pelaksanaan Inovasi SI-PANDAI Tahun 2023"
    assert props.created is not None and props.created.year == 2023


def _docx_part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def test_doc_is_an_ole2_word_file() -> None:
    data = _bytes("notulen-rapat.doc")
    assert data.startswith(bytes.fromhex("D0CF11E0A1B11AE1"))
    assert "WordDocument".encode("utf-16-le") in data  # the stream every Word 97 file has


def test_photo_is_a_sideways_jpeg_without_orientation_tag() -> None:
    data = _bytes("daftar-hadir-foto.jpg")
    assert data.startswith(b"\xff\xd8\xff")
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert image.width > image.height  # a portrait sheet photographed sideways
        assert image.getexif().get(0x0112) in (None, 1)


def test_summary_is_cp1252_and_not_utf8() -> None:
    data = _bytes("ringkasan.txt")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "–" in text and "André" in text and "“" in text
    assert b"\r\n" in data


def _tesseract(image: Image.Image, tmp_path: Path) -> str:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    source = tmp_path / "page.png"
    image.save(source)
    result = subprocess.run(
        ["tesseract", str(source), "stdout", "-l", "ind+eng"], capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0:
        pytest.skip(f"tesseract failed: {result.stderr.strip()[:200]}")
    return result.stdout


@pytest.mark.slow
def test_photo_is_readable_once_rotated_back(tmp_path: Path) -> None:
    with Image.open(DOCS / "daftar-hadir-foto.jpg") as image:
        upright = image.transpose(Image.Transpose.ROTATE_270)
    text = _tesseract(upright, tmp_path)
    assert "DAFTAR HADIR" in text
    assert "Ujang Supriatna" in text


@pytest.mark.slow
def test_scan_is_readable_by_ocr(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument(DOCS / "sk-tim-inovasi-scan.pdf")
    try:
        image = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    text = _tesseract(image, tmp_path)
    for phrase in ("KEPUTUSAN BUPATI SUKAMAJU", "Menimbang", "KESATU"):
        assert phrase in text, phrase
