"""Uploads become documents. Every original is durable in the blob store (temporary name, fsync, rename)
before the rows that announce it are committed, so an acknowledged upload is never lost. ZIP uploads are
batches of their own members; files that cannot become documents (empty, oversize, unsupported, a broken
or bombed archive) are recorded on the batch with their code, so the batch report tells every file's fate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake import sniff
from intake.archive import Member, iter_members
from intake.errors import IntakeError
from review.access import check_upload
from review.context import Context
from review.db import transaction
from review.errors import ReviewError
from review.models import Batch, Document, DocumentStatus, Dossier, Job, Unit, User

_SNIFF_HEAD = 65536  # all sniff() looks at, except inside ZIP containers
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Encrypted Office files are not readable, but they are documents: extraction reports them as `encrypted`.
_ACCEPTED_TYPES = (sniff.READABLE - {sniff.ZIP}) | {sniff.ENCRYPTED_OOXML}


@dataclass
class Upload:
    file_name: str
    path: Path  # a temp file the API streamed to disk


@dataclass
class ReceivedFile:
    file: str
    document_id: int | None
    sha256: str | None
    duplicate_of: int | None
    error: dict | None  # {"code", "message"} for refused files


@dataclass
class _Stored:
    """One original already durable in the blob store, waiting for its row."""

    file: str
    sha256: str
    size: int
    media_type: str


@dataclass
class _Refused:
    file: str
    error: IntakeError


def receive(
    ctx: Context,
    uploads: list[Upload],
    *,
    uploader: User,
    unit_id: int,
    dossier_id: int | None = None,
) -> tuple[int, list[ReceivedFile]]:
    """Stores the originals, then records one batch, its documents and one job per new document.
    The caller hands the new document ids to the runner. Returns (batch_id, one entry per file)."""
    if not uploads:
        raise ReviewError("no_files")
    check_upload(uploader, unit_id)
    with ctx.sessions() as session:
        _check_target(session, unit_id, dossier_id)

    # Blobs first: once the rows below commit, the bytes they point at are already on disk.
    outcomes: list[_Stored | _Refused] = []
    for upload in uploads:
        outcomes.extend(_store_upload(ctx, upload))

    with transaction(ctx.sessions) as session:
        _check_target(session, unit_id, dossier_id)
        batch = Batch(
            unit_id=unit_id,
            uploader_id=uploader.id,
            refused=[{"file": o.file, **o.error.to_dict()} for o in outcomes if isinstance(o, _Refused)],
        )
        session.add(batch)
        session.flush()
        files = [_record(session, o, batch, uploader, unit_id, dossier_id) for o in outcomes]
        batch_id = batch.id
    return batch_id, files


def _check_target(session: Session, unit_id: int, dossier_id: int | None) -> None:
    if session.get(Unit, unit_id) is None:
        raise ReviewError("unknown_unit", unit=unit_id)
    if dossier_id is not None:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None or dossier.unit_id != unit_id:
            raise ReviewError("not_found", what="dossier")


def _store_upload(ctx: Context, upload: Upload) -> Iterator[_Stored | _Refused]:
    limit = ctx.settings.max_upload_bytes
    path = Path(upload.path)
    size = path.stat().st_size
    if size == 0:
        yield _Refused(upload.file_name, IntakeError("empty"))
        return
    if size > limit:  # the API enforces this while streaming; other callers may not have
        yield _Refused(upload.file_name, IntakeError("too_large", limit=_mb(limit)))
        return
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_HEAD)
    if head.startswith(_ZIP_MAGIC):
        data = path.read_bytes()
        if sniff.sniff(data) == sniff.ZIP:
            yield from _store_archive(ctx, upload.file_name, data, depth=1)
            return
    media_type = sniff.sniff(head)
    if media_type not in _ACCEPTED_TYPES:
        yield _unsupported(upload.file_name, media_type)
        return
    sha, stored_size = ctx.blobs.put_file(path)
    yield _Stored(upload.file_name, sha, stored_size, media_type)


def _store_archive(ctx: Context, name: str, data: bytes, depth: int) -> Iterator[_Stored | _Refused]:
    """Each member of a ZIP batch (nested archives up to the configured depth) as its own file."""
    options = ctx.settings.extract_options
    try:
        for item in iter_members(data, options):
            if not isinstance(item, Member):
                member_name, error = item
                yield _Refused(f"{name}/{member_name}", error)
                continue
            yield from _store_member(ctx, f"{name}/{item.name}", item.data, depth)
    except IntakeError as exc:  # the archive itself: broken, or a bomb
        yield _Refused(name, exc)


def _store_member(ctx: Context, name: str, data: bytes, depth: int) -> Iterator[_Stored | _Refused]:
    if not data:
        yield _Refused(name, IntakeError("empty"))
        return
    if len(data) > ctx.settings.max_upload_bytes:
        yield _Refused(name, IntakeError("too_large", limit=_mb(ctx.settings.max_upload_bytes)))
        return
    media_type = sniff.sniff(data)
    if media_type == sniff.ZIP and depth < ctx.settings.extract_options.zip_max_depth:
        yield from _store_archive(ctx, name, data, depth + 1)
        return
    if media_type not in _ACCEPTED_TYPES:
        yield _unsupported(name, media_type)
        return
    yield _Stored(name, ctx.blobs.put(data), len(data), media_type)


def _unsupported(name: str, media_type: str) -> _Refused:
    return _Refused(name, IntakeError("unsupported_type", detail=sniff.short_name(media_type)))


def _mb(limit: int) -> str:
    return f"{limit / (1024 * 1024):.0f} MB"


def _record(
    session: Session,
    outcome: _Stored | _Refused,
    batch: Batch,
    uploader: User,
    unit_id: int,
    dossier_id: int | None,
) -> ReceivedFile:
    if isinstance(outcome, _Refused):
        return ReceivedFile(outcome.file, None, None, None, outcome.error.to_dict())
    original = _first_with_content(session, unit_id, outcome.sha256)
    document = Document(
        batch_id=batch.id,
        unit_id=unit_id,
        uploader_id=uploader.id,
        dossier_id=dossier_id,
        file_name=outcome.file[:500],
        sha256=outcome.sha256,
        size=outcome.size,
        media_type=outcome.media_type,
        status=DocumentStatus.duplicate if original else DocumentStatus.received,
        duplicate_of_id=original,
    )
    session.add(document)
    session.flush()
    if original is None:
        session.add(Job(document_id=document.id))
    return ReceivedFile(outcome.file, document.id, outcome.sha256, original, None)


def _first_with_content(session: Session, unit_id: int, sha256: str) -> int | None:
    """The unit's first document with these bytes. Duplicates are per unit: another unit's copy of a shared
    file (a regency regulation, say) is that unit's own submission and is reviewed with its documents;
    its extraction and assessment are reused anyway, keyed by sha256."""
    return session.scalar(
        select(func.min(Document.id)).where(
            Document.unit_id == unit_id,
            Document.sha256 == sha256,
            Document.status != DocumentStatus.duplicate,
        )
    )


def batch_summary(session: Session, batch_id: int) -> dict:
    """{"id", "total", "by_state": {status: n}, "failed": [{file, code, message}]}. Refused files count as
    state `refused`; `failed` lists them and the documents whose processing failed."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise ReviewError("not_found", what="batch")
    by_state: dict[str, int] = {}
    for status, count in session.execute(
        select(Document.status, func.count()).where(Document.batch_id == batch_id).group_by(Document.status)
    ):
        by_state[DocumentStatus(status).value] = count
    refused = list(batch.refused or [])
    if refused:
        by_state["refused"] = len(refused)
    failed = [{"file": r["file"], "code": r["code"], "message": r["message"]} for r in refused]
    failed += [
        {"file": d.file_name, "code": d.error_code, "message": d.error_message}
        for d in session.scalars(
            select(Document)
            .where(Document.batch_id == batch_id, Document.status == DocumentStatus.failed)
            .order_by(Document.id)
        )
    ]
    return {"id": batch_id, "total": sum(by_state.values()), "by_state": by_state, "failed": failed}
