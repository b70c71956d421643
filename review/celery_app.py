"""The Celery side of job processing: an app on `settings.redis_url` and one task that runs the same job code
as the local workers (claim the document's job, process it, complete it).

The database stays the source of truth. A task is a wake-up for one document: acks_late with
reject_on_worker_lost puts a message back when its worker process dies, the claim makes a duplicate
delivery harmless, and a sweeper thread in every worker requeues jobs whose lease expired (a machine gone)
and re-sends pending jobs whose message was lost. Tasks run in threads of the worker process; each
extraction runs in a child process of its own (intake.extract_isolated)."""

from __future__ import annotations

import logging
import os
import socket
import threading

from celery import Celery, signals

from review.context import Context
from review.db import transaction
from review.jobs import claim_document, requeue_expired, run_job, stale_pending
from review.settings import Settings

log = logging.getLogger(__name__)

TASK_NAME = "jaring.process_document"
QUEUE = "jaring"

_contexts: dict[int, Context] = {}  # one per process (its engine is shared by the worker's threads)


def make_celery(settings: Settings) -> Celery:
    app = Celery("jaring", broker=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_default_queue=QUEUE,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        worker_prefetch_multiplier=1,  # long OCR jobs: never hoard messages another worker could run
        broker_connection_retry_on_startup=True,
        # A message is redelivered when unacknowledged this long: longer than any job with its retries.
        broker_transport_options={"visibility_timeout": max(3600, int(settings.extract_timeout_s * 10))},
        worker_hijack_root_logger=False,
    )
    app.jaring_settings = settings

    @app.task(name=TASK_NAME, bind=True, acks_late=True, reject_on_worker_lost=True)
    def process(task, document_id: int) -> str:
        return run_document(task.app, document_id)

    return app


def send_process(app: Celery, document_id: int, countdown: float | None = None) -> None:
    app.send_task(TASK_NAME, args=[document_id], queue=QUEUE, countdown=countdown)


def worker_context(settings: Settings) -> Context:
    pid = os.getpid()
    if pid not in _contexts:
        _contexts[pid] = Context.create(settings, apply_migrations=False)
    return _contexts[pid]


def run_document(app: Celery, document_id: int) -> str:
    """The task body: claim this document's job, run it, schedule a retry when it asks for one."""
    settings: Settings = app.jaring_settings
    ctx = worker_context(settings)
    worker = f"{socket.gethostname()}:{os.getpid()}"
    with transaction(ctx.sessions) as session:
        lease = claim_document(session, document_id, worker, settings.job_lease_s)
    if lease is None:
        return "skipped"  # done, not due, or held by another live worker: a duplicate message
    result = run_job(ctx, lease)
    if result.state == "retry":
        send_process(app, document_id, countdown=result.retry_in)
    return result.state


def sweep(app: Celery, ctx: Context) -> list[int]:
    """Requeues jobs whose lease expired and re-sends stale pending ones; returns the document ids sent."""
    settings: Settings = app.jaring_settings
    with transaction(ctx.sessions) as session:
        ids = requeue_expired(session, max_attempts=settings.job_max_attempts)
        ids += stale_pending(session, settings.job_lease_s)
    for document_id in ids:
        send_process(app, document_id)
    if ids:
        log.info("sweeper sent %d job(s) again", len(ids))
    return ids


def _start_sweeper(app: Celery, stop: threading.Event) -> threading.Thread:
    from review.runners import sweep_interval

    settings: Settings = app.jaring_settings

    def loop() -> None:
        ctx = Context.create(settings, apply_migrations=False)
        try:
            while True:
                try:
                    sweep(app, ctx)
                except Exception:  # the database or broker being away must not end the sweeper
                    log.exception("sweep failed")
                if stop.wait(sweep_interval(settings)):
                    return
        finally:
            ctx.close()

    thread = threading.Thread(target=loop, name="jaring-sweeper", daemon=True)
    thread.start()
    return thread


def run_worker(settings: Settings, *, concurrency: int | None = None, loglevel: str = "INFO") -> None:
    """`jaring worker`: applies migrations, then runs a Celery worker with the sweeper until stopped."""
    from review.pipeline import model_folder

    model_folder(settings.model_dir)  # raises ModelUnavailable before any task is taken
    Context.create(settings).close()
    app = make_celery(settings)
    stop = threading.Event()

    def on_ready(**_kwargs: object) -> None:
        _start_sweeper(app, stop)

    def on_shutdown(**_kwargs: object) -> None:
        stop.set()

    signals.worker_ready.connect(on_ready, weak=False)
    signals.worker_shutdown.connect(on_shutdown, weak=False)
    app.worker_main(
        [
            "worker",
            # Threads, not prefork: a pool child is a daemon process, which may not start the child
            # processes every extraction runs in. The heavy work happens in those children anyway.
            "--pool=threads",
            f"--concurrency={concurrency or settings.workers}",
            f"--loglevel={loglevel}",
            f"--queues={QUEUE}",
            f"--hostname=jaring-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
        ]
    )
