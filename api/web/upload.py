"""Unggah: a plain multipart form (many files or ZIPs) that works without JavaScript, and the batch page
with live progress, failed files with their reasons, a retry button and duplicates shown as such."""

from __future__ import annotations

import hmac
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select

from api.routes.documents import MultipartSink, stream_multipart
from api.web.common import (
    PageRoute,
    check_csrf,
    ctx_of,
    current_user,
    db,
    error_message,
    flash,
    redirect,
    render,
    runner_of,
)
from review import access
from review.errors import ReviewError
from review.jobs import requeue_document
from review.models import Batch, Document, DocumentStatus, Role, Unit, User
from review.receive import Upload, batch_summary, receive

router = APIRouter(route_class=PageRoute, include_in_schema=False)

IN_PROGRESS = {DocumentStatus.received, DocumentStatus.extracting, DocumentStatus.classifying}


def upload_units(session, user: User) -> list[Unit]:
    if user.role is Role.uploader:
        return [user.unit] if user.unit else []
    if user.role is Role.admin:
        return list(session.scalars(select(Unit).order_by(Unit.name)))
    raise ReviewError("forbidden")


def unit_dossiers(session, user: User, units: list[Unit]) -> list[dict]:
    from review.dossiers import list_dossiers

    if len(units) != 1:
        return list_dossiers(session, user)
    return list_dossiers(session, user, unit_id=units[0].id)


@router.get("/unggah")
def upload_page(request: Request) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        units = upload_units(session, user)
        context = {
            "title": "Unggah dokumen",
            "nav": "unggah",
            "units": units,
            "dossiers": unit_dossiers(session, user, units),
            "max_mb": ctx_of(request).settings.max_upload_bytes // (1024 * 1024),
        }
        return render(request, "upload.html", context)


class PageUploadSink(MultipartSink):
    """The API's streaming multipart sink, also taking the form's CSRF token field."""

    TEXT_FIELDS = (*MultipartSink.TEXT_FIELDS, "csrf_token")


async def stream_form(request: Request, tmp_dir: Path, max_file_bytes: int) -> PageUploadSink:
    """The API's streaming upload path, with the form's CSRF token among the text fields."""
    return await stream_multipart(request, tmp_dir, max_file_bytes, PageUploadSink)


@router.post("/unggah")
async def upload(request: Request) -> Response:
    """Receives the files as POST /api/v1/documents does (streamed to disk, limits enforced while
    streaming), then redirects to the batch page (plain form) or answers JSON (the page's script, which
    shows per-file progress while sending)."""
    wants_json = "application/json" in request.headers.get("accept", "")
    ctx = ctx_of(request)
    tmp_root = Path(ctx.settings.data_dir) / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="web-upload-", dir=tmp_root))
    try:
        expected = request.session.get("csrf") or ""
        header = request.headers.get("x-csrf-token")
        if header is not None and not _same(header, expected):
            raise ReviewError("forbidden")  # refused before a byte of the body is read
        sink = await stream_form(request, workdir, ctx.settings.max_upload_bytes)
        if not _same(header or sink.fields.get("csrf_token", ""), expected):
            raise ReviewError("forbidden")
        if not sink.uploads:
            raise ReviewError("no_files")
        unit_id = _int_or_none(sink.fields.get("unit_id"))
        dossier_id = _int_or_none(sink.fields.get("dossier_id"))
        batch_id, received = await run_in_threadpool(_receive, request, sink.uploads, unit_id, dossier_id)
    except ReviewError as error:
        if wants_json:
            return JSONResponse({"error": error.to_dict(), "message": error_message(error)}, error.status)
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if wants_json:
        documents = [
            {"file": r.file, "id": r.document_id, "duplicate_of": r.duplicate_of, "error": r.error}
            for r in received
        ]
        return JSONResponse(
            {"batch_id": batch_id, "url": f"/unggah/batch/{batch_id}", "documents": documents},
            status_code=202,
        )
    return redirect(f"/unggah/batch/{batch_id}")


def _same(sent: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(sent.encode(), expected.encode())


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        raise ReviewError("invalid", detail=f"bukan angka: {value!r}") from None


def _receive(request: Request, uploads: list[Upload], unit_id: int | None, dossier_id: int | None):
    ctx = ctx_of(request)
    with db(request) as session:
        user = current_user(request, session)
        if unit_id is None:
            if user.role is not Role.uploader or user.unit_id is None:
                raise ReviewError("invalid", detail="pilih unit kerja")
            unit_id = user.unit_id
        access.check_upload(user, unit_id)
    batch_id, received = receive(ctx, uploads, uploader=user, unit_id=unit_id, dossier_id=dossier_id)
    new_ids = [r.document_id for r in received if r.document_id and not r.duplicate_of and not r.error]
    runner = runner_of(request)
    if new_ids and runner is not None:
        runner.submit(new_ids)
    return batch_id, received


# --- Batch page


def _batch_for(session, user: User, batch_id: int) -> Batch:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise ReviewError("not_found", what="batch")
    unit = session.get(Unit, batch.unit_id)
    access.check_read(user, unit.id, unit.pemda_id, what="batch")
    return batch


def batch_state(session, batch: Batch) -> dict:
    summary = batch_summary(session, batch.id)
    documents = list(
        session.scalars(select(Document).where(Document.batch_id == batch.id).order_by(Document.id))
    )
    rows = [
        {
            "id": d.id,
            "file": d.file_name,
            "status": str(d.status),
            "error_code": d.error_code,
            "error_message": (d.error_message or "").split(" / ", 1)[-1] or None,
            "duplicate_of": d.duplicate_of_id,
            "retryable": d.status is DocumentStatus.failed,
        }
        for d in documents
    ]
    total = summary.get("total") or len(rows)
    finished = sum(1 for d in documents if d.status not in IN_PROGRESS)
    return {
        "summary": summary,
        "documents": rows,
        "refused": batch.refused or [],
        "total": total,
        "finished": finished,
        "done": finished >= len(rows),
        "percent": round(100 * finished / len(rows)) if rows else 100,
    }


@router.get("/unggah/batch/{batch_id}")
def batch_page(request: Request, batch_id: int) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        batch = _batch_for(session, user, batch_id)
        context = {
            "title": f"Batch {batch_id}",
            "nav": "unggah",
            "batch": batch,
            **batch_state(session, batch),
        }
        return render(request, "batch.html", context)


@router.get("/unggah/batch/{batch_id}/status.json")
def batch_status(request: Request, batch_id: int) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        batch = _batch_for(session, user, batch_id)
        return JSONResponse(batch_state(session, batch))


@router.post("/unggah/batch/{batch_id}/ulang", dependencies=[Depends(check_csrf)])
def retry_failed(request: Request, batch_id: int, document_id: int | None = Form(None)) -> Response:
    """Processing failures are kept with their code and their original; this puts them back in the job
    queue (after a fix such as raised limits or an installed converter)."""
    with db(request) as session:
        user = current_user(request, session)
        batch = _batch_for(session, user, batch_id)
        if user.role not in (Role.admin, Role.uploader, Role.reviewer):
            raise ReviewError("forbidden")
        query = select(Document.id).where(
            Document.batch_id == batch.id, Document.status == DocumentStatus.failed
        )
        if document_id is not None:
            query = query.where(Document.id == document_id)
        ids = [i for i in session.scalars(query) if requeue_document(session, i)]
    if ids:
        runner = runner_of(request)
        if runner is not None:
            runner.submit(ids)
        flash(request, f"{len(ids)} berkas diproses ulang.")
    else:
        flash(request, "Tidak ada berkas gagal untuk diproses ulang.")
    return redirect(f"/unggah/batch/{batch_id}")
