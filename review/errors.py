"""Refusals of the service: a stable code, an HTTP status and a sentence in English and Indonesian."""

from __future__ import annotations

from intake.errors import ERRORS as INTAKE_ERRORS

# code -> (HTTP status, English, Indonesian)
REVIEW_ERRORS: dict[str, tuple[int, str, str]] = {
    "not_authenticated": (
        401,
        "Log in or send a valid bearer token.",
        "Silakan masuk atau kirim token yang sah.",
    ),
    "bad_credentials": (401, "Wrong username or password.", "Nama pengguna atau kata sandi salah."),
    "forbidden": (403, "Your role does not allow this.", "Peran Anda tidak mengizinkan tindakan ini."),
    "not_found": (404, "No such {what}.", "{what} tidak ditemukan."),
    "unknown_unit": (422, "No such unit: {unit}.", "Unit kerja tidak dikenal: {unit}."),
    "unknown_pemda": (422, "No such regional government: {pemda}.", "Pemda tidak dikenal: {pemda}."),
    "invalid": (422, "{detail}", "{detail}"),
    "no_files": (422, "No files were sent.", "Tidak ada berkas yang dikirim."),
    "claim_expired": (
        409,
        "Your claim on this item has expired; claim it again.",
        "Klaim Anda atas butir ini sudah kedaluwarsa; klaim ulang.",
    ),
    "claimed_by_other": (
        409,
        "Another reviewer is working on this item.",
        "Butir ini sedang dikerjakan peninjau lain.",
    ),
    "not_claimed": (409, "Claim the item before deciding it.", "Klaim butir ini sebelum memutuskan."),
    "already_decided": (409, "This item has already been decided.", "Butir ini sudah diputuskan."),
    "conflict": (
        409,
        "The item changed while you were working on it; reload it.",
        "Butir berubah saat Anda mengerjakannya; muat ulang.",
    ),
    "duplicate_username": (409, "That username is taken.", "Nama pengguna sudah dipakai."),
    "not_ready": (409, "The document has not been processed yet.", "Dokumen belum selesai diproses."),
}


class ReviewError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        if code in REVIEW_ERRORS:
            self.status, english, indonesian = REVIEW_ERRORS[code]
        elif code in INTAKE_ERRORS:
            english, indonesian = INTAKE_ERRORS[code]
            self.status = 413 if code == "too_large" else 422
        else:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.message = f"{_fmt(english, params)} / {_fmt(indonesian, params)}"
        super().__init__(f"{code}: {self.message}")

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def _fmt(template: str, params: dict[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
