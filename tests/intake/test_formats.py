"""Each supported format comes back as page-mapped text, its type read from the bytes."""

from __future__ import annotations

import pytest

from intake import ExtractOptions, extract_bytes, extract_path
from tests.conftest import require_program
from tests.intake.builders import PROSE, docx_report, pdf_with_pages, pdf_with_table

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_born_digital_pdf_is_read_page_by_page_from_its_text_layer():
    """GIVEN a three-page PDF with a text layer
    WHEN it is extracted without OCR
    THEN each page keeps its own text, marked as coming from the text layer."""
    data = pdf_with_pages(
        [["Halaman pertama tentang inovasi kesehatan."], ["Kedua: pelayanan desa."], [PROSE]]
    )
    extraction = extract_bytes(data, "proposal.pdf", ExtractOptions(ocr="never"))
    assert extraction.media_type == "application/pdf"
    assert [p.number for p in extraction.pages] == [1, 2, 3]
    assert "inovasi kesehatan" in extraction.pages[0].text
    assert "pelayanan desa" in extraction.pages[1].text
    assert all(p.source == "text" for p in extraction.pages)
    assert extraction.text.split("\f")[1] == extraction.pages[1].text
    assert extraction.language == "id"


def test_ruled_table_survives_as_rows_of_cells():
    """GIVEN a PDF page with a gridded attendance table between two paragraphs
    WHEN it is extracted
    THEN the table comes out as "No | Nama | Jabatan" rows, in place between the paragraphs."""
    rows = [["No", "Nama", "Jabatan"], ["1", "Siti Aminah", "Ketua Tim"], ["2", "Budi Santoso", "Sekretaris"]]
    extraction = extract_bytes(pdf_with_table(rows, "DAFTAR HADIR RAPAT", "Demikian daftar ini dibuat."))
    page = extraction.pages[0]
    lines = page.text.split("\n")
    assert "No | Nama | Jabatan" in lines
    assert "1 | Siti Aminah | Ketua Tim" in lines
    assert (
        lines.index("DAFTAR HADIR RAPAT")
        < lines.index("No | Nama | Jabatan")
        < lines.index("Demikian daftar ini dibuat.")
    )
    assert page.tables == [rows]


def test_running_header_and_page_numbers_leave_the_body_but_stay_in_metadata():
    """GIVEN a four-page PDF with the same header and a page number on every page
    WHEN it is extracted
    THEN the body no longer holds them and the metadata does."""
    bodies = ["Latar belakang inovasi.", "Tahapan pelaksanaan.", "Hasil dan manfaat.", "Penutup laporan."]
    pages = [[body, PROSE[:80]] for body in bodies]
    data = pdf_with_pages(pages, header="Proposal Inovasi Daerah Kabupaten Bantul", numbered=True)
    extraction = extract_bytes(data)
    assert all("Proposal Inovasi Daerah" not in p.text for p in extraction.pages)
    assert all("Halaman" not in p.text for p in extraction.pages)
    assert extraction.metadata["running_headers"] == ["Proposal Inovasi Daerah Kabupaten Bantul"]
    assert extraction.metadata["page_numbers"][:2] == ["Halaman 1", "Halaman 2"]


def test_docx_body_tables_headers_and_properties(tmp_path):
    """GIVEN a DOCX report with a header, footer, heading styles, a table and an explicit page break
    WHEN it is extracted
    THEN body and table rows come in document order over two pages, header and footer and core
    properties are metadata, and the heading styles start sections."""
    extraction = extract_bytes(docx_report(), "laporan.docx")
    assert extraction.media_type == DOCX_TYPE
    assert extraction.paged is True
    assert len(extraction.pages) == 2
    first = extraction.pages[0].text.split("\n")
    assert first[0] == "Latar Belakang"
    assert "1 | Siti Aminah | Ketua" in first
    assert "1.245 orang" in extraction.pages[1].text
    assert extraction.metadata["headers"] == ["Laporan Pelaksanaan Inovasi Posyandu Digital"]
    assert extraction.metadata["footers"] == ["Dinas Kesehatan Kabupaten Bantul"]
    assert extraction.metadata["title"] == "Laporan Inovasi Posyandu Digital"
    assert [(s.heading, s.key) for s in extraction.sections] == [
        ("Latar Belakang", "latar_belakang"),
        ("Hasil", "hasil"),
    ]


def test_docx_without_page_breaks_is_unpaged_and_text_boxes_are_read_once():
    """GIVEN a DOCX with no page break and a text box (with its VML fallback copy)
    WHEN it is extracted
    THEN it is one unpaged page and the text box's text appears exactly once."""
    extraction = extract_bytes(docx_report(page_break=False, textbox="Kotak teks: layanan 24 jam"))
    assert extraction.paged is False
    assert len(extraction.pages) == 1
    assert extraction.text.count("Kotak teks: layanan 24 jam") == 1


def test_legacy_cp1252_text_is_decoded(samples):
    """GIVEN the sample summary saved in Windows-1252
    WHEN it is extracted
    THEN its en dash and accented letters are decoded, and the encoding is recorded."""
    extraction = extract_path(samples / "ringkasan.txt")
    assert extraction.metadata["encoding"] == "cp1252"
    assert "–" in extraction.text
    assert "\ufffd" not in extraction.text


def test_utf8_text_with_form_feeds_becomes_pages():
    extraction = extract_bytes(b"Halaman satu tentang inovasi.\fHalaman dua.", "catatan.txt")
    assert [p.text for p in extraction.pages] == ["Halaman satu tentang inovasi.", "Halaman dua."]


@pytest.mark.slow
def test_legacy_doc_is_converted_through_libreoffice(samples):
    """GIVEN the sample .doc (OLE2 Word 97 file)
    WHEN it is extracted
    THEN LibreOffice converts it and its text is read like a DOCX."""
    require_program("soffice")
    extraction = extract_path(samples / "notulen-rapat.doc")
    assert extraction.media_type == "application/msword"
    assert extraction.metadata["converted_with"] == "LibreOffice"
    assert "NOTULEN" in extraction.text.upper()


@pytest.mark.slow
def test_rtf_and_odt_are_converted(tmp_path):
    """GIVEN an RTF written by hand and an ODT made from the DOCX by LibreOffice
    WHEN each is extracted
    THEN both give their text."""
    require_program("soffice")
    rtf = (
        rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} "
        rb"\f0 Surat Keputusan Kepala Dinas tentang Tim Inovasi.\par}"
    )
    assert "Tim Inovasi" in extract_bytes(rtf, "sk.rtf").text
    import subprocess

    (tmp_path / "r.docx").write_bytes(docx_report())
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--convert-to", "odt",
         "--outdir", str(tmp_path), str(tmp_path / "r.docx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    odt = extract_bytes((tmp_path / "r.odt").read_bytes(), "r.odt")
    assert odt.media_type == "application/vnd.oasis.opendocument.text"
    assert "1.245 orang penerima manfaat" in odt.text


def test_xlsx_sheets_become_pages_of_rows(tmp_path):
    """GIVEN a budget spreadsheet with two sheets
    WHEN it is extracted
    THEN each sheet is a page and each row a line of cells."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DPA"
    sheet.append(["Kode Rekening", "Uraian", "Jumlah (Rp)"])
    sheet.append(["5.1.02", "Belanja bimtek Posyandu Digital", 12500000])
    book.create_sheet("Rekap").append(["Total", 12500000])
    book.save(tmp_path / "dpa.xlsx")
    extraction = extract_path(tmp_path / "dpa.xlsx")
    assert len(extraction.pages) == 2
    assert "5.1.02 | Belanja bimtek Posyandu Digital | 12500000" in extraction.pages[0].text
