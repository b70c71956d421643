"""Documents: upload (streamed), list, one document in the contract's shape, and its original.

The upload body is never buffered by Starlette: the handler declares no body parameters, reads
`request.stream()` chunk by chunk and feeds python-multipart's streaming `MultipartParser`, writing each
file part straight to a temporary file next to the blob store. The size limit is checked on every chunk, so
an oversize file is refused with 413 `too_large` as soon as it crosses the limit, without reading the rest.
Authentication and the role check run (as dependencies) before the first body byte is read."""

import logging
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from api.deps import MAX_ID, ContextDep, CurrentUser, IdPath, IdQuery, RunnerDep, SessionDep
from api.errors import ApiError, error_body
from review.access import check_read, check_upload, require_role, row_filter
from review.blobs import BlobCorrupted
from review.errors import ReviewError
from review.models import Document, DocumentStatus, Dossier, Role, Unit
from review.pipeline import document_view
from review.receive import Upload, receive

log = logging.getLogger("jaring.api")
router = APIRouter(prefix="/api/v1/documents", tags=["documents"])

MAX_FILES_PER_REQUEST = 500
MAX_FIELD_BYTES = 1024
# The whole request may carry several files; it is bounded too (files × per-file limit would be unbounded).
REQUEST_LIMIT_FACTOR = 10
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


def _human(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n} bytes"


def clean_file_name(raw: bytes) -> str:
    """The name a person gave the file, without any directory part or control characters."""
    name = raw.decode("utf-8", errors="replace").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("", name).strip() or "unnamed"
    return name[-255:]


class MultipartSink:
    """Callbacks for python-multipart's streaming parser: file parts named `files` go to temporary files,
    short text fields (`unit_id`, `dossier_id`) are collected; limits are enforced as bytes arrive."""

    TEXT_FIELDS = ("unit_id", "dossier_id")

    def __init__(self, tmp_dir: Path, max_file_bytes: int) -> None:
        self.tmp_dir = tmp_dir
        self.max_file_bytes = max_file_bytes
        self.uploads: list[Upload] = []
        self.fields: dict[str, str] = {}
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._field: str | None = None
        self._file = None
        self._size = 0
        self._value = bytearray()
        self.complete = False  # the closing boundary was seen: a cut-off body is not taken as a whole one

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": lambda d, s, e: self._header_name.extend(d[s:e]),
            "on_header_value": lambda d, s, e: self._header_value.extend(d[s:e]),
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self._headers = {}
        self._field = None
        self._size = 0
        self._value.clear()

    def on_header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value).strip()
        self._header_name.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        _disposition, options = parse_options_header(self._headers.get(b"content-disposition"))
        name = options.get(b"name", b"").decode("latin-1")
        file_name = options.get(b"filename")
        if file_name is not None:
            if name != "files":
                raise ReviewError("invalid", detail=f"files are sent in the field 'files', not {name!r}")
            if len(self.uploads) >= MAX_FILES_PER_REQUEST:
                raise ReviewError("invalid", detail=f"at most {MAX_FILES_PER_REQUEST} files per request")
            path = self.tmp_dir / f"{len(self.uploads):05d}"
            self._file = path.open("wb")
            self.uploads.append(Upload(file_name=clean_file_name(file_name), path=path))
            self._field = "files"
        elif name in self.TEXT_FIELDS:
            self._field = name
        elif name == "files":
            raise ReviewError("invalid", detail="'files' must be file parts (with a file name)")
        else:
            raise ReviewError("invalid", detail=f"unexpected form field {name!r}")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._size += end - start
        if self._file is not None:
            if self._size > self.max_file_bytes:
                raise ReviewError("too_large", limit=_human(self.max_file_bytes))
            self._file.write(data[start:end])
        else:
            if self._size > MAX_FIELD_BYTES:
                raise ReviewError("invalid", detail=f"the field {self._field!r} is too long")
            self._value.extend(data[start:end])

    def on_part_end(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        elif self._field is not None:
            self.fields[self._field] = self._value.decode("utf-8", errors="replace").strip()

    def on_end(self) -> None:
        self.complete = True

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


async def stream_multipart(
    request: Request, tmp_dir: Path, max_file_bytes: int, sink_class: type[MultipartSink] | None = None
) -> MultipartSink:
    """The body to temporary files chunk by chunk, per-file and per-request limits checked as bytes arrive.
    `sink_class` lets a form with more text fields (the web page's CSRF token) use the same path."""
    content_type, params = parse_options_header(request.headers.get("content-type"))
    if content_type != b"multipart/form-data":
        raise ApiError("unsupported_media_type")
    boundary = params.get(b"boundary")
    if not boundary:
        raise ReviewError("invalid", detail="the multipart boundary is missing")
    max_request = max_file_bytes * REQUEST_LIMIT_FACTOR
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_request:
        raise ReviewError("too_large", limit=_human(max_request))
    sink = (sink_class or MultipartSink)(tmp_dir, max_file_bytes)
    try:
        parser = MultipartParser(boundary, sink.callbacks())
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_request:
                raise ReviewError("too_large", limit=_human(max_request))
            parser.write(chunk)
        parser.finalize()
    except FormParserError as exc:
        raise ReviewError("invalid", detail=f"the multipart body is malformed ({exc})") from None
    except ClientDisconnect:
        raise ReviewError("invalid", detail="the upload was interrupted") from None
    finally:
        sink.close()
    if not sink.complete:
        raise ReviewError("invalid", detail="the multipart body ended before its closing boundary")
    return sink


def _int_field(fields: dict[str, str], name: str) -> int | None:
    value = fields.get(name)
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except ValueError:
        raise ReviewError("invalid", detail=f"{name} must be a whole number") from None
    if not 0 < number <= MAX_ID:
        raise ReviewError("invalid", detail=f"{name} is out of range")
    return number


class UploadedDocument(BaseModel):
    id: int
    file: str
    sha256: str | None
    duplicate_of: int | None


class Refusal(BaseModel):
    file: str
    code: str
    message: str


class UploadResult(BaseModel):
    batch_id: int
    documents: list[UploadedDocument]
    refused: list[Refusal]


UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "unit_id": {"type": "integer", "description": "Required for admins."},
                        "dossier_id": {"type": "integer"},
                    },
                }
            }
        },
    }
}


def _status_for(code: str) -> int:
    try:
        return ReviewError(code).status
    except ValueError:
        return 422


def _receive_and_submit(
    ctx, session, runner, user, sink: MultipartSink
) -> tuple[int, list[dict[str, Any]], list[dict[str, Any]]]:
    unit_id = _int_field(sink.fields, "unit_id")
    dossier_id = _int_field(sink.fields, "dossier_id")
    if unit_id is None:
        if user.unit_id is None:
            raise ReviewError("invalid", detail="unit_id is required")
        unit_id = user.unit_id
    if session.get(Unit, unit_id) is None:
        raise ReviewError("unknown_unit", unit=unit_id)
    check_upload(user, unit_id)
    if dossier_id is not None:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None or dossier.unit_id != unit_id:
            raise ReviewError("not_found", what="dossier")
    if not sink.uploads:
        raise ReviewError("no_files")
    session.commit()  # end the read transaction before receive() writes in its own session
    batch_id, files = receive(ctx, sink.uploads, uploader=user, unit_id=unit_id, dossier_id=dossier_id)
    new_ids = [
        f.document_id
        for f in files
        if f.document_id is not None and f.error is None and f.duplicate_of is None
    ]
    if new_ids:
        runner.submit(new_ids)
    documents = [
        {"id": f.document_id, "file": f.file, "sha256": f.sha256, "duplicate_of": f.duplicate_of}
        for f in files
        if f.document_id is not None
    ]
    refused = [
        {"file": f.file, "code": f.error.get("code", "invalid"), "message": f.error.get("message", "")}
        for f in files
        if f.error is not None
    ]
    return batch_id, documents, refused


@router.post(
    "",
    status_code=202,
    openapi_extra=UPLOAD_BODY,
    responses={
        413: {"description": "A file (or the request) is larger than the limit: code too_large."},
        422: {"description": "Bad form, unknown unit, or every file refused (the first refusal's code)."},
    },
)
async def upload_documents(
    request: Request, user: CurrentUser, ctx: ContextDep, session: SessionDep, runner: RunnerDep
) -> UploadResult:
    """Upload one or more files (or ZIPs of files) as one batch. Originals are stored before this answers;
    processing happens in the background. Byte-identical files come back with `duplicate_of`."""
    require_role(user, Role.admin, Role.uploader)
    tmp_root = ctx.settings.data_dir / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix="upload-", dir=tmp_root))
    try:
        sink = await stream_multipart(request, tmp_dir, ctx.settings.max_upload_bytes)
        batch_id, documents, refused = await run_in_threadpool(
            _receive_and_submit, ctx, session, runner, user, sink
        )
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    if not documents and refused:
        first = refused[0]
        return JSONResponse(  # type: ignore[return-value]
            error_body(first["code"], first["message"], batch_id=batch_id, documents=[], refused=refused),
            status_code=_status_for(first["code"]),
        )
    return UploadResult(batch_id=batch_id, documents=documents, refused=refused)


class DocumentSummary(BaseModel):
    id: int
    file: str
    sha256: str
    media_type: str
    status: str
    error: dict[str, Any] | None
    duplicate_of: int | None
    dossier_id: int | None
    batch_id: int
    unit_id: int
    created_at: str


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int


def _summary(d: Document) -> DocumentSummary:
    return DocumentSummary(
        id=d.id,
        file=d.file_name,
        sha256=d.sha256,
        media_type=d.media_type,
        status=d.status.value,
        error={"code": d.error_code, "message": d.error_message} if d.error_code else None,
        duplicate_of=d.duplicate_of_id,
        dossier_id=d.dossier_id,
        batch_id=d.batch_id,
        unit_id=d.unit_id,
        created_at=d.created_at.isoformat(),
    )


@router.get("")
def list_documents(
    user: CurrentUser,
    session: SessionDep,
    status: DocumentStatus | None = None,
    unit_id: IdQuery = None,
    batch_id: IdQuery = None,
    dossier_id: IdQuery = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> DocumentPage:
    """Documents the caller may read, newest first."""
    where = [row_filter(user, Document.unit_id, Unit.pemda_id)]
    if status is not None:
        where.append(Document.status == status)
    if unit_id is not None:
        where.append(Document.unit_id == unit_id)
    if batch_id is not None:
        where.append(Document.batch_id == batch_id)
    if dossier_id is not None:
        where.append(Document.dossier_id == dossier_id)
    base = select(Document).join(Unit, Unit.id == Document.unit_id).where(*where)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.scalars(
        base.order_by(Document.created_at.desc(), Document.id.desc()).limit(limit).offset(offset)
    )
    return DocumentPage(items=[_summary(d) for d in rows], total=total)


def _readable_document(session, user, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise ReviewError("not_found", what="document")
    check_read(user, document.unit_id, document.unit.pemda_id, what="document")
    return document


@router.get("/{document_id}")
def get_document(document_id: IdPath, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """One document with its extraction and assessment (DESIGN.md's contract fields)."""
    return document_view(session, _readable_document(session, user, document_id))


@router.get("/{document_id}/original", response_class=FileResponse)
def get_original(
    document_id: IdPath, user: CurrentUser, session: SessionDep, ctx: ContextDep
) -> FileResponse:
    """The uploaded file as it was received, after checking it against its sha256."""
    document = _readable_document(session, user, document_id)
    try:
        path = ctx.blobs.verify(document.sha256)
    except (BlobCorrupted, FileNotFoundError):
        log.error("original of document %s (sha256 %s) is missing or corrupted", document.id, document.sha256)
        raise ApiError("blob_corrupted") from None
    return FileResponse(path, media_type=document.media_type, filename=document.file_name)
