"""Stable refusal codes: every file that cannot be read ends in one of these, with a sentence in both
languages."""

from __future__ import annotations

# code -> (English, Indonesian). The code is the contract; the sentences are for people.
ERRORS: dict[str, tuple[str, str]] = {
    "empty": ("The file is empty.", "Berkas kosong."),
    "too_large": ("The file is larger than the limit of {limit}.", "Berkas melebihi batas ukuran {limit}."),
    "too_many_pages": (
        "The document has {pages} pages, more than the limit of {limit}.",
        "Dokumen berisi {pages} halaman, melebihi batas {limit} halaman.",
    ),
    "unsupported_type": (
        "This kind of file is not supported ({detail}).",
        "Jenis berkas ini tidak didukung ({detail}).",
    ),
    "encrypted": (
        "The document is protected by a password and cannot be opened.",
        "Dokumen dilindungi kata sandi dan tidak dapat dibuka.",
    ),
    "corrupt": (
        "The file is damaged and cannot be read ({detail}).",
        "Berkas rusak dan tidak dapat dibaca ({detail}).",
    ),
    "zip_bomb": (
        "The archive unpacks to more than is allowed ({detail}).",
        "Arsip terlalu besar saat dibuka ({detail}).",
    ),
    "timeout": (
        "Reading the document took longer than {limit} seconds and was stopped.",
        "Pembacaan dokumen melebihi {limit} detik dan dihentikan.",
    ),
    "out_of_memory": (
        "Reading the document needed more memory than allowed and was stopped.",
        "Pembacaan dokumen memerlukan memori melebihi batas dan dihentikan.",
    ),
    "converter_unavailable": (
        "LibreOffice is not installed, so {detail} files cannot be converted.",
        "LibreOffice tidak terpasang, sehingga berkas {detail} tidak dapat dikonversi.",
    ),
    "internal": (
        "The reader failed unexpectedly ({detail}).",
        "Pembaca gagal secara tak terduga ({detail}).",
    ),
}

# Warnings never stop a document; they are attached to it (optionally to one page).
WARNINGS: dict[str, tuple[str, str]] = {
    "ocr_unavailable": (
        "Tesseract is not installed; page has no text layer and was not read.",
        "Tesseract tidak terpasang; halaman tanpa lapisan teks tidak terbaca.",
    ),
    "ocr_failed": ("OCR failed on this page ({detail}).", "OCR gagal pada halaman ini ({detail})."),
    "no_text": ("No text was found in the document.", "Tidak ada teks yang ditemukan dalam dokumen."),
    "type_mismatch": (
        "The file name says {claimed} but the content is {actual}.",
        "Nama berkas menyatakan {claimed} tetapi isinya {actual}.",
    ),
    "table_failed": (
        "Tables on this page could not be read ({detail}).",
        "Tabel pada halaman ini gagal dibaca ({detail}).",
    ),
    "member_skipped": ("Archive member skipped ({detail}).", "Anggota arsip dilewati ({detail})."),
    "page_failed": ("This page could not be read ({detail}).", "Halaman ini tidak dapat dibaca ({detail})."),
}


def _format(template: str, params: dict[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def message(code: str, catalogue: dict[str, tuple[str, str]] | None = None, **params: object) -> str:
    """English sentence, then the Indonesian one: logs and JSON carry both."""
    en, id_ = (catalogue or ERRORS)[code]
    return f"{_format(en, params)} / {_format(id_, params)}"


class IntakeError(Exception):
    """A document that cannot be read: a stable `code` and a sentence for people."""

    def __init__(self, code: str, **params: object) -> None:
        if code not in ERRORS:
            raise ValueError(f"unknown intake error code {code!r}")
        self.code = code
        self.params = params
        self.message = message(code, **params)
        super().__init__(f"{code}: {self.message}")

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
