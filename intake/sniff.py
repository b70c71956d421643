"""Type from content, never from the name: magic bytes, container members, and a text check."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

import olefile

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
GIF = "image/gif"
BMP = "image/bmp"
WEBP = "image/webp"
TEXT = "text/plain"
ZIP = "application/zip"
# Not readable, but named so the refusal can say what the file is.
ENCRYPTED_OOXML = "application/x-ooxml-encrypted"
OLE_OTHER = "application/x-ole-storage"
UNKNOWN = "application/octet-stream"

READABLE = {PDF, DOCX, XLSX, DOC, ODT, RTF, PNG, JPEG, TIFF, GIF, BMP, WEBP, TEXT, ZIP}
IMAGES = {PNG, JPEG, TIFF, GIF, BMP, WEBP}
CONVERTED = {DOC, ODT, RTF}  # read through LibreOffice

EXTENSIONS = {
    ".pdf": PDF, ".docx": DOCX, ".xlsx": XLSX, ".pptx": PPTX, ".doc": DOC, ".xls": XLS, ".ppt": PPT,
    ".odt": ODT, ".rtf": RTF, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".tif": TIFF, ".tiff": TIFF,
    ".gif": GIF, ".bmp": BMP, ".webp": WEBP, ".txt": TEXT, ".csv": TEXT, ".zip": ZIP,
}  # fmt: skip

SHORT_NAMES = {
    PDF: "PDF", DOCX: "DOCX", XLSX: "XLSX", PPTX: "PPTX", DOC: "DOC", XLS: "XLS", PPT: "PPT", ODT: "ODT",
    RTF: "RTF", PNG: "PNG", JPEG: "JPEG", TIFF: "TIFF", GIF: "GIF", BMP: "BMP", WEBP: "WEBP", TEXT: "text",
    ZIP: "ZIP", ENCRYPTED_OOXML: "encrypted Office file", OLE_OTHER: "OLE storage", UNKNOWN: "unknown binary",
}  # fmt: skip


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "xl/workbook.xml" in names:
                return XLSX
            if "ppt/presentation.xml" in names:
                return PPTX
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                return ODT if mimetype == ODT else mimetype or ZIP
            return ZIP
    except (zipfile.BadZipFile, OSError, ValueError):
        # A broken container still says what it meant to be; the reader reports it as corrupt.
        head = data[:4096]
        if b"word/" in head:
            return DOCX
        return ZIP


def _sniff_ole(data: bytes) -> str:
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, TypeError):
        return DOC  # a broken .doc, most likely; LibreOffice will say
    try:
        if ole.exists("EncryptedPackage"):
            return ENCRYPTED_OOXML
        if ole.exists("WordDocument"):
            return DOC
        if ole.exists("Workbook") or ole.exists("Book"):
            return XLS
        if ole.exists("PowerPoint Document"):
            return PPT
        return OLE_OTHER
    finally:
        ole.close()


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return sample.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 with BOM
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01


def sniff(data: bytes) -> str:
    head = data[:16]
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _sniff_ole(data)
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"BM"):
        return BMP
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return WEBP
    if _looks_like_text(data):
        return TEXT
    return UNKNOWN


def claimed_type(filename: str | None) -> str | None:
    if not filename:
        return None
    return EXTENSIONS.get(PurePath(filename).suffix.lower())


def short_name(media_type: str) -> str:
    return SHORT_NAMES.get(media_type, media_type)
