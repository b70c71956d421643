"""Every refusal has a stable code and a sentence in English and Indonesian; nothing crashes the caller."""

from __future__ import annotations

import io
import zipfile

import pytest

from intake import ExtractOptions, IntakeError, extract_bytes, extract_isolated, extract_path
from intake.errors import ERRORS
from tests.intake.builders import docx_report, pdf_with_pages, zip_of


def refusal(data: bytes, filename: str | None = None, options: ExtractOptions | None = None) -> IntakeError:
    with pytest.raises(IntakeError) as info:
        extract_bytes(data, filename, options)
    return info.value


def test_every_error_code_has_both_sentences():
    for code, (english, indonesian) in ERRORS.items():
        assert english and indonesian and english != indonesian, code
        message = IntakeError(code, limit=1, pages=2, detail="x").message
        assert " / " in message


def test_empty_file():
    error = refusal(b"", "kosong.pdf")
    assert error.code == "empty"
    assert error.to_dict() == {"code": "empty", "message": "The file is empty. / Berkas kosong."}


def test_too_large_is_refused_before_reading():
    error = refusal(b"%PDF-1.4 " + b"x" * 2000, "besar.pdf", ExtractOptions(max_bytes=1000))
    assert error.code == "too_large"
    assert "1000" not in error.message or "MB" in error.message


def test_too_many_pages():
    data = pdf_with_pages([["satu"], ["dua"], ["tiga"]])
    error = refusal(data, options=ExtractOptions(max_pages=2))
    assert error.code == "too_many_pages"
    assert "3" in error.message and "2" in error.message


def test_unsupported_binary_and_the_name_does_not_matter():
    """GIVEN random binary bytes named .pdf
    WHEN extracted
    THEN the content decides: unsupported_type, naming what it is."""
    error = refusal(bytes(range(256)) * 40, "laporan.pdf")
    assert error.code == "unsupported_type"


def test_legacy_excel_is_named_in_the_refusal():
    import olefile  # noqa: F401  (the sniffer reads OLE directories with it)

    error = refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "dpa.xls")
    assert error.code in {"corrupt", "unsupported_type"}


def test_encrypted_pdf_is_refused_but_an_owner_only_password_is_read(samples, tmp_path):
    """GIVEN the sample PDF with a user password, and a PDF with only an owner (permissions) password
    WHEN each is extracted
    THEN the first is `encrypted`, the second opens and is read."""
    assert refusal((samples / "sk-terenkripsi.pdf").read_bytes()).code == "encrypted"
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_pages([["Surat keputusan tim inovasi."]]))))
    writer.encrypt(user_password="", owner_password="rahasia", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert "Surat keputusan tim inovasi." in extract_bytes(buf.getvalue()).text


def test_truncated_pdf_is_corrupt(samples):
    error = refusal((samples / "proposal-terpotong.pdf").read_bytes())
    assert error.code == "corrupt"
    assert "truncated" in error.message


def test_broken_docx_container_and_invalid_xml_are_corrupt():
    good = docx_report()
    assert refusal(good[: len(good) // 2], "potong.docx").code == "corrupt"
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"<w:document><unclosed>" if item.filename == "word/document.xml" else data)
    assert refusal(broken.getvalue(), "rusak.docx").code == "corrupt"


def test_docx_external_entities_are_never_resolved(tmp_path):
    """GIVEN a DOCX whose document.xml declares an external entity pointing at a local file
    WHEN it is extracted
    THEN the file's content never appears (refused or read without the entity)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-NEGARA")
    good = docx_report()
    evil = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                decl = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode()
                data = data.replace(b"?>", b"?>" + decl, 1).replace(b"Latar Belakang", b"&xxe;", 1)
            dst.writestr(item, data)
    try:
        text = extract_bytes(evil.getvalue(), "xxe.docx").text
    except IntakeError as error:
        assert error.code == "corrupt"
    else:
        assert "RAHASIA-NEGARA" not in text


def test_encrypted_office_file_is_encrypted():
    """GIVEN an OLE container holding an EncryptedPackage stream (how Office saves a password DOCX)
    THEN the refusal is `encrypted`, not `corrupt`."""
    import olefile

    # olefile writes no containers; the smallest real one is made by hand: header + directory + one stream.
    data = _ole_with_stream("EncryptedPackage", b"\x00" * 4096)
    assert olefile.isOleFile(data=data)
    assert refusal(data, "rahasia.docx").code == "encrypted"


def _ole_with_stream(name: str, payload: bytes) -> bytes:
    """A minimal Compound File (v3, 512-byte sectors) holding one stream in regular sectors."""
    import struct

    sector = 512
    payload = payload + b"\x00" * (-len(payload) % sector)
    n_stream = len(payload) // sector
    # Layout: sector 0 = FAT, sector 1 = directory, sectors 2.. = stream data.
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i if i < n_stream - 1 else 0xFFFFFFFE for i in range(n_stream)]
    fat = [v if i < 2 else v - 1 if v != 0xFFFFFFFE else v for i, v in enumerate(fat)]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # number of FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)  # no DIFAT sectors
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 76, *difat)

    def entry(entry_name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = entry_name.encode("utf-16-le") + b"\x00\x00"
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry(name, 2, 0xFFFFFFFF, 2, len(payload))
    directory += b"\x00" * (sector - len(directory))
    return bytes(header) + struct.pack("<128I", *fat) + directory + payload


def test_zip_bomb_by_ratio_members_and_total(tmp_path):
    """GIVEN archives that inflate absurdly, hold too many members, or too much in total
    WHEN opened as batches
    THEN each is refused as `zip_bomb` before inflating."""
    from intake.archive import iter_members

    bomb = zip_of({"nol.txt": b"\x00" * 50_000_000})
    with pytest.raises(IntakeError) as info:
        list(iter_members(bomb, ExtractOptions()))
    assert info.value.code == "zip_bomb"
    many = zip_of({f"f{i}.txt": b"a" for i in range(30)})
    with pytest.raises(IntakeError) as info:
        list(iter_members(many, ExtractOptions(zip_max_members=20)))
    assert info.value.code == "zip_bomb"
    with pytest.raises(IntakeError) as info:
        list(iter_members(zip_of({"a.txt": b"x" * 5000}), ExtractOptions(zip_max_unpacked=1000)))
    assert info.value.code == "zip_bomb"


def test_missing_converter_is_a_clear_error(samples, monkeypatch):
    """GIVEN a .doc and a machine without LibreOffice (PATH emptied for this test)
    THEN the refusal is `converter_unavailable` naming the kind of file."""
    monkeypatch.setenv("PATH", "/nonexistent")
    error = refusal((samples / "notulen-rapat.doc").read_bytes(), "notulen.doc")
    assert error.code == "converter_unavailable"
    assert "DOC" in error.message


def test_missing_tesseract_is_a_page_warning_not_a_lost_page(samples, monkeypatch):
    """GIVEN the scanned SK and no Tesseract on the PATH
    WHEN extracted
    THEN both pages are still there, empty, each with an `ocr_unavailable` warning, plus `no_text`."""
    from intake import ocr

    monkeypatch.setenv("PATH", "/nonexistent")
    ocr._installed_languages.cache_clear()  # Tesseract's presence is asked once per process
    try:
        extraction = extract_path(samples / "sk-tim-inovasi-scan.pdf")
    finally:
        monkeypatch.undo()
        ocr._installed_languages.cache_clear()  # so later tests see the real machine again
    assert len(extraction.pages) == 2
    codes = [(w.code, w.page) for w in extraction.warnings]
    assert ("ocr_unavailable", 1) in codes and ("ocr_unavailable", 2) in codes
    assert ("no_text", None) in codes
    assert extraction.quality == "poor"


def test_name_and_content_mismatch_is_a_warning(samples):
    extraction = extract_bytes((samples / "proposal-si-pandai.pdf").read_bytes(), "proposal.docx")
    assert extraction.media_type == "application/pdf"
    assert [w.code for w in extraction.warnings] == ["type_mismatch"]
    assert "DOCX" in extraction.warnings[0].message and "PDF" in extraction.warnings[0].message


@pytest.mark.slow
def test_timeout_kills_the_child_and_the_caller_goes_on(samples):
    """GIVEN a scanned PDF that needs OCR (seconds) and a 0.3 s limit
    WHEN extracted in isolation
    THEN the child is killed and `timeout` is raised quickly; the next extraction works."""
    with pytest.raises(IntakeError) as info:
        extract_isolated(samples / "sk-tim-inovasi-scan.pdf", ExtractOptions(timeout_s=0.3))
    assert info.value.code == "timeout"
    assert extract_isolated(samples / "ringkasan.txt").media_type == "text/plain"


def test_memory_cap_stops_a_greedy_document():
    """GIVEN a tiny PNG declaring a huge canvas and a 200 MB memory cap
    WHEN extracted in isolation
    THEN the child fails with out_of_memory or too_large, never taking the caller down."""
    from PIL import Image

    image = Image.new("L", (9000, 9000), 255)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    with pytest.raises(IntakeError) as info:
        extract_isolated(buf.getvalue(), ExtractOptions(memory_mb=200, ocr="always"), filename="besar.png")
    assert info.value.code in {"out_of_memory", "too_large"}
