"""Jobs leased on the database, the same on SQLite and PostgreSQL and for both runners.

A worker claims a due pending job and holds it under a lease it renews while working; when a worker dies
the lease runs out and `requeue_expired` puts the job back, so nothing is lost. Transient failures
(timeout, out of memory, database trouble, anything unexpected) are retried with exponential backoff up to
`job_max_attempts`; permanent ones end on the document with their code. Originals are never deleted."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from intake.errors import IntakeError
from review.context import Context
from review.db import transaction
from review.models import Document, DocumentStatus, Job, JobState
from review.pipeline import SETTLED_BY_PEOPLE, TransientError, process_document, record_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lease:
    job_id: int
    document_id: int
    worker: str
    attempts: int  # including this one


@dataclass(frozen=True)
class JobResult:
    state: Literal["done", "failed", "retry", "lost"]  # lost: another worker owns the job now
    retry_in: float | None = None
    error_code: str | None = None


def now_utc() -> datetime:
    return datetime.now(UTC)


def _claimed_values(worker: str, lease_s: float, now: datetime) -> dict:
    return {
        "state": JobState.running,
        "worker": worker,
        "lease_expires_at": now + timedelta(seconds=lease_s),
        "attempts": Job.attempts + 1,
        "updated_at": now,
    }


def claim_next(session: Session, worker: str, lease_s: float, *, now: datetime | None = None) -> Lease | None:
    """The next due pending job, leased to `worker`; None when there is nothing to do."""
    now = now or now_utc()
    due = select(Job.id).where(Job.state == JobState.pending, Job.next_attempt_at <= now)
    due = due.order_by(Job.next_attempt_at, Job.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        # Row locks, skipping rows other workers hold: many workers claim at once without waiting.
        job_id = session.scalar(due.with_for_update(skip_locked=True))
        if job_id is None:
            return None
        where = Job.id == job_id
    else:
        # SQLite has one writer at a time: a single UPDATE picking its own row is atomic.
        where = Job.id == due.scalar_subquery()
    row = session.execute(
        update(Job)
        .where(where, Job.state == JobState.pending)
        .values(**_claimed_values(worker, lease_s, now))
        .returning(Job.id, Job.document_id, Job.attempts)
        .execution_options(synchronize_session=False)
    ).first()
    return Lease(row.id, row.document_id, worker, row.attempts) if row else None


def claim_document(
    session: Session, document_id: int, worker: str, lease_s: float, *, now: datetime | None = None
) -> Lease | None:
    """The job of one document (the Celery task's way in): pending and due, or running under a lease
    that has run out. None when it is done, failed, not yet due, or another worker holds it."""
    now = now or now_utc()
    claimable = ((Job.state == JobState.pending) & (Job.next_attempt_at <= now)) | (
        (Job.state == JobState.running) & (Job.lease_expires_at < now)
    )
    if session.get_bind().dialect.name == "postgresql":
        job_id = session.scalar(
            select(Job.id).where(Job.document_id == document_id, claimable).with_for_update(skip_locked=True)
        )
        if job_id is None:
            return None
    row = session.execute(
        update(Job)
        .where(Job.document_id == document_id, claimable)
        .values(**_claimed_values(worker, lease_s, now))
        .returning(Job.id, Job.document_id, Job.attempts)
        .execution_options(synchronize_session=False)
    ).first()
    return Lease(row.id, row.document_id, worker, row.attempts) if row else None


def renew(session: Session, lease: Lease, lease_s: float, *, now: datetime | None = None) -> bool:
    """Extends the lease; False when the job is no longer this worker's."""
    now = now or now_utc()
    result = session.execute(
        update(Job)
        .where(Job.id == lease.job_id, Job.worker == lease.worker, Job.state == JobState.running)
        .values(lease_expires_at=now + timedelta(seconds=lease_s), updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def requeue_expired(
    session: Session, *, max_attempts: int | None = None, now: datetime | None = None
) -> list[int]:
    """Running jobs whose lease ran out (their worker died) go back to pending; returns their document ids.
    A job that has used up `max_attempts` this way is failed instead, so a file that kills its worker
    every time cannot loop forever."""
    now = now or now_utc()
    expired = session.execute(
        select(Job.id, Job.document_id, Job.attempts).where(
            Job.state == JobState.running, Job.lease_expires_at < now
        )
    ).all()
    requeued: list[int] = []
    for job_id, document_id, attempts in expired:
        gone = update(Job).where(Job.id == job_id, Job.state == JobState.running, Job.lease_expires_at < now)
        if max_attempts is not None and attempts >= max_attempts:
            error = IntakeError("internal", detail=f"the worker stopped during processing {attempts} times")
            changed = session.execute(
                gone.values(
                    state=JobState.failed,
                    worker=None,
                    lease_expires_at=None,
                    last_error_code=error.code,
                    last_error_message=error.message,
                    updated_at=now,
                ).execution_options(synchronize_session=False)
            ).rowcount
            if changed:
                record_failure(session, document_id, error.code, error.message)
            continue
        changed = session.execute(
            gone.values(
                state=JobState.pending,
                worker=None,
                lease_expires_at=None,
                next_attempt_at=now,
                updated_at=now,
            ).execution_options(synchronize_session=False)
        ).rowcount
        if changed:
            log.warning("job %s (document %s): lease expired, queued again", job_id, document_id)
            requeued.append(document_id)
    return requeued


def release_worker(session: Session, worker: str, *, now: datetime | None = None) -> list[int]:
    """A worker stopped on purpose mid-job: its jobs go back to pending at once, the attempt not counted."""
    now = now or now_utc()
    rows = session.execute(
        select(Job.id, Job.document_id).where(Job.state == JobState.running, Job.worker == worker)
    ).all()
    for job_id, _ in rows:
        session.execute(
            update(Job)
            .where(Job.id == job_id, Job.worker == worker, Job.state == JobState.running)
            .values(
                state=JobState.pending,
                worker=None,
                lease_expires_at=None,
                next_attempt_at=now,
                attempts=Job.attempts - 1,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
    return [document_id for _, document_id in rows]


def stale_pending(
    session: Session, older_than_s: float, *, limit: int = 500, now: datetime | None = None
) -> list[int]:
    """Due pending jobs untouched for a while (their message may be lost, e.g. a crash between commit and
    submit); touched so each is handed out again at most once per period. Returns document ids."""
    now = now or now_utc()
    rows = session.execute(
        select(Job.id, Job.document_id)
        .where(
            Job.state == JobState.pending,
            Job.next_attempt_at <= now,
            Job.updated_at < now - timedelta(seconds=older_than_s),
        )
        .order_by(Job.next_attempt_at, Job.id)
        .limit(limit)
    ).all()
    if rows:
        session.execute(
            update(Job)
            .where(Job.id.in_([r.id for r in rows]))
            .values(updated_at=now)
            .execution_options(synchronize_session=False)
        )
    return [r.document_id for r in rows]


def requeue_document(session: Session, document_id: int, *, now: datetime | None = None) -> bool:
    """Runs a failed document again (after a fix: LibreOffice installed, limits raised)."""
    now = now or now_utc()
    job = session.scalar(select(Job).where(Job.document_id == document_id))
    if job is None or job.state is not JobState.failed:
        return False
    job.state, job.attempts, job.next_attempt_at = JobState.pending, 0, now
    job.worker = job.lease_expires_at = None
    session.get(Document, document_id).status = DocumentStatus.received
    return True


def run_job(ctx: Context, lease: Lease) -> JobResult:
    """Processes the leased document and settles the job: done, failed, or pending again after a backoff."""
    try:
        with LeaseKeeper(ctx, lease):
            process_document(ctx, lease.document_id)
    except TransientError as exc:
        return _after_transient(ctx, lease, exc.code, exc.message)
    except SQLAlchemyError as exc:
        log.warning("job %s: database error: %s", lease.job_id, exc)
        error = IntakeError("internal", detail=f"database error: {type(exc).__name__}")
        return _after_transient(ctx, lease, error.code, error.message)
    except Exception as exc:  # a bug or a broken model: retried, then shown with its type
        log.exception("job %s (document %s) failed", lease.job_id, lease.document_id)
        error = IntakeError("internal", detail=f"{type(exc).__name__}: {str(exc)[:150]}")
        return _after_transient(ctx, lease, error.code, error.message)
    with transaction(ctx.sessions) as session:
        job = _owned(session, lease)
        if job is None:
            return JobResult("lost")
        document = session.get(Document, lease.document_id)
        failed = document.status is DocumentStatus.failed
        job.state = JobState.failed if failed else JobState.done
        job.lease_expires_at = None  # the worker's name stays: who processed it, for the logs
        job.last_error_code = document.error_code if failed else None
        job.last_error_message = document.error_message if failed else None
        return JobResult("failed", error_code=document.error_code) if failed else JobResult("done")


def _after_transient(ctx: Context, lease: Lease, code: str, message: str) -> JobResult:
    settings = ctx.settings
    with transaction(ctx.sessions) as session:
        job = _owned(session, lease)
        if job is None:
            return JobResult("lost")
        job.lease_expires_at = None
        job.last_error_code, job.last_error_message = code, message
        if job.attempts >= settings.job_max_attempts:
            job.state = JobState.failed
            record_failure(session, lease.document_id, code, message)
            log.warning("job %s: %s after %s attempts, failed", lease.job_id, code, job.attempts)
            return JobResult("failed", error_code=code)
        delay = settings.job_backoff_s * 2 ** (job.attempts - 1)
        job.state, job.worker = JobState.pending, None
        job.next_attempt_at = now_utc() + timedelta(seconds=delay)
        document = session.get(Document, lease.document_id)
        if document.status not in SETTLED_BY_PEOPLE:
            document.status = DocumentStatus.received  # waiting for its next attempt
        log.info("job %s: %s, retry %s in %.1f s", lease.job_id, code, job.attempts + 1, delay)
        return JobResult("retry", retry_in=delay, error_code=code)


def _owned(session: Session, lease: Lease) -> Job | None:
    job = session.get(Job, lease.job_id, with_for_update=True)
    if job is None or job.state is not JobState.running or job.worker != lease.worker:
        log.warning("job %s: lease lost to %s; result left to it", lease.job_id, job.worker if job else None)
        return None
    return job


def work_one(ctx: Context, worker: str) -> JobResult | None:
    """Claims and runs one due job; None when there was nothing to do."""
    with transaction(ctx.sessions) as session:
        lease = claim_next(session, worker, ctx.settings.job_lease_s)
    if lease is None:
        return None
    return run_job(ctx, lease)


class LeaseKeeper:
    """Renews a lease from a background thread while the job runs, so a short lease (fast recovery after
    a crash) never expires under a healthy worker that is busy with a long OCR."""

    def __init__(self, ctx: Context, lease: Lease) -> None:
        self._ctx = ctx
        self._lease = lease
        self._interval = max(0.2, ctx.settings.job_lease_s / 3)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{lease.job_id}", daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                with transaction(self._ctx.sessions) as session:
                    if not renew(session, self._lease, self._ctx.settings.job_lease_s):
                        log.warning("job %s: lease lost while working", self._lease.job_id)
                        return
            except SQLAlchemyError as exc:  # try again next tick; the lease has slack for this
                log.warning("job %s: lease renewal failed: %s", self._lease.job_id, exc)
