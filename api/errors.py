"""Every refusal leaves the API as `{"error": {"code", "message"}}` with its HTTP status: ReviewError codes
(review/errors.py), request validation (422 `invalid`), unknown paths and methods, and a few API-only codes
below. Anything unexpected is turned into a 500 `internal` by the request-id middleware (api/logging.py),
which logs it with the request id."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from review.errors import ReviewError

log = logging.getLogger("jaring.api")

# API-only codes: code -> (HTTP status, English, Indonesian)
API_ERRORS: dict[str, tuple[int, str, str]] = {
    "password_change_required": (
        403,
        "Change your one-time password first (POST /api/v1/users/me/password).",
        "Ganti dulu kata sandi sekali pakai Anda (POST /api/v1/users/me/password).",
    ),
    "method_not_allowed": (405, "This method is not allowed here.", "Metode ini tidak diizinkan di sini."),
    "unsupported_media_type": (
        415,
        "Send the files as multipart/form-data.",
        "Kirim berkas sebagai multipart/form-data.",
    ),
    "blob_corrupted": (
        500,
        "The stored original no longer matches its checksum; an administrator has been told.",
        "Berkas asli yang tersimpan tidak cocok dengan checksum-nya; administrator sudah diberi tahu.",
    ),
    "internal": (
        500,
        "Something went wrong on our side (request {request_id}).",
        "Terjadi kesalahan di sisi kami (permintaan {request_id}).",
    ),
    "unavailable": (
        503,
        "The service is not ready: {detail}.",
        "Layanan belum siap: {detail}.",
    ),
}


class ApiError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.status, english, indonesian = API_ERRORS[code]
        self.code = code
        self.message = f"{english.format(**params)} / {indonesian.format(**params)}"
        super().__init__(f"{code}: {self.message}")

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def error_body(code: str, message: str, **extra: object) -> dict:
    return {"error": {"code": code, "message": message}, **extra}


def error_response(error: ReviewError | ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(error.code, error.message), status_code=error.status, headers=headers)


def _location(loc: tuple | list) -> str:
    return ".".join(str(part) for part in loc if part not in ("body", "query", "path"))


async def _review_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReviewError | ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return error_response(exc, headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in exc.errors()
    ]
    summary = (
        "; ".join(f"{_location(d['loc']) or 'request'}: {d['msg']}" for d in details[:5]) or "bad request"
    )
    error = ReviewError("invalid", detail=summary)
    return JSONResponse(error_body(error.code, error.message, details=details), status_code=422)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 404:
        return error_response(ReviewError("not_found", what="path"), headers)
    if exc.status_code == 405:
        return error_response(ApiError("method_not_allowed"), headers)
    code = {401: "not_authenticated", 403: "forbidden"}.get(exc.status_code)
    if code:
        return error_response(ReviewError(code), headers)
    return JSONResponse(
        error_body(f"http_{exc.status_code}", str(exc.detail)), status_code=exc.status_code, headers=headers
    )


async def _stale(_request: Request, _exc: Exception) -> JSONResponse:
    # Optimistic locking (ReviewItem.version): someone else changed the row first.
    return error_response(ReviewError("conflict"))


async def _data_error(_request: Request, exc: Exception) -> JSONResponse:
    # The database refused a value the request carried (out of range, not storable): the client's input.
    # Validation should catch these first; the warning shows where it did not.
    log.warning("database refused a value: %s", str(getattr(exc, "orig", exc)).splitlines()[0])
    return error_response(ReviewError("invalid", detail="a value is out of range or cannot be stored"))


def install(app: FastAPI) -> None:
    app.add_exception_handler(ReviewError, _review_error)
    app.add_exception_handler(ApiError, _review_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(StaleDataError, _stale)
    app.add_exception_handler(DataError, _data_error)
