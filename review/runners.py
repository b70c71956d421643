"""Who runs the jobs. `local` (the default): a small pool of worker processes inside `jaring serve` that
claim jobs from the database. `celery`: tasks sent to Redis for `jaring worker` processes on any number of
machines. Both run the same job code (review.jobs), so leases, retries and idempotency are the same."""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import socket
import threading
import time
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from review.context import Context
from review.db import transaction
from review.jobs import release_worker, requeue_expired, stale_pending, work_one
from review.pipeline import model_folder
from review.settings import Settings

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 2.0  # idle workers look for due jobs (retries, crashed workers' jobs) this often
STOP_GRACE_S = 30.0  # a stopping worker may finish its document this long before it is terminated


class Runner(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def submit(self, document_ids: list[int]) -> None: ...
    def healthy(self) -> bool: ...


def worker_name(pid: int | None = None) -> str:
    return f"{socket.gethostname()}:{pid or os.getpid()}"


def sweep_interval(settings: Settings) -> float:
    """How often expired leases are looked for: well within a lease, at least every minute."""
    return min(max(settings.job_lease_s / 2, 0.5), 60.0)


def make_runner(ctx: Context) -> Runner:
    if ctx.settings.runner == "celery":
        return CeleryRunner(ctx)
    return LocalRunner(ctx)


# Local process pool ---------------------------------------------------------------------------------------


def _worker_main(settings_data: dict, wake: multiprocessing.Queue, stop, poll_interval: float) -> None:
    """One worker process: claim a job, process it, complete it; sleep until woken or the poll interval."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us cleanly
    settings = Settings(**settings_data)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("spacy").setLevel(logging.WARNING)  # its set-up chatter, once per worker
    ctx = Context.create(settings, apply_migrations=False)
    name = worker_name()
    next_sweep = 0.0
    parent = os.getppid()
    try:
        while not stop.is_set() and os.getppid() == parent:  # an orphan (server killed) stops too
            try:
                if time.monotonic() >= next_sweep:
                    with transaction(ctx.sessions) as session:
                        requeue_expired(session, max_attempts=settings.job_max_attempts)
                    next_sweep = time.monotonic() + sweep_interval(settings)
                if work_one(ctx, name) is not None:
                    continue
            except SQLAlchemyError as exc:  # database away for a moment: wait and try again, keep the process
                log.warning("worker %s: database error: %s", name, exc)
            with contextlib.suppress(queue.Empty):
                wake.get(timeout=poll_interval)
    finally:
        ctx.close()


class LocalRunner:
    """`settings.workers` processes (spawned: no inherited database connections or threads). A monitor
    thread replaces a worker that died; the job it held comes back when its lease expires."""

    def __init__(self, ctx: Context, *, poll_interval: float = POLL_INTERVAL_S) -> None:
        self.ctx = ctx
        self.poll_interval = poll_interval
        self._mp = multiprocessing.get_context("spawn")
        self._wake = self._mp.Queue()
        self._stop = self._mp.Event()
        self._processes: list[multiprocessing.process.BaseProcess] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._monitor: threading.Thread | None = None

    def start(self) -> None:
        model_folder(self.ctx.settings.model_dir)  # raises ModelUnavailable: no worker without a model
        with transaction(self.ctx.sessions) as session:
            requeued = requeue_expired(session, max_attempts=self.ctx.settings.job_max_attempts)
        if requeued:
            log.info("requeued %d job(s) whose lease expired", len(requeued))
        with self._lock:
            self._processes = [self._spawn() for _ in range(max(1, self.ctx.settings.workers))]
        # A server that exits without stop() must not wait forever on its (non-daemon) workers.
        atexit.register(self._stop.set)
        self._monitor = threading.Thread(target=self._watch, name="local-runner-monitor", daemon=True)
        self._monitor.start()

    def _spawn(self) -> multiprocessing.process.BaseProcess:
        # Not a daemon: a worker starts extraction children of its own.
        process = self._mp.Process(
            target=_worker_main,
            args=(self.ctx.settings.model_dump(), self._wake, self._stop, self.poll_interval),
            name="jaring-worker",
        )
        process.start()
        return process

    def _watch(self) -> None:
        while not self._stopping.wait(self.poll_interval):
            with self._lock:
                if self._stopping.is_set():
                    return
                for i, process in enumerate(self._processes):
                    if not process.is_alive():
                        log.warning(
                            "worker %s ended (exit %s); starting another", process.pid, process.exitcode
                        )
                        process.join()
                        self._processes[i] = self._spawn()

    def submit(self, document_ids: list[int]) -> None:
        # The jobs are in the database already; this only saves idle workers their poll wait.
        for _ in range(min(len(document_ids), len(self._processes))):
            self._wake.put_nowait(1)

    def healthy(self) -> bool:
        with self._lock:
            return (
                bool(self._processes)
                and not self._stopping.is_set()
                and all(p.is_alive() for p in self._processes)
            )

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._processes if p.pid is not None]

    def stop(self, grace_s: float = STOP_GRACE_S) -> None:
        self._stopping.set()
        if self._monitor is not None:
            self._monitor.join()
        self._stop.set()
        with self._lock:
            processes, self._processes = self._processes, []
        for _ in processes:
            self._wake.put_nowait(1)
        deadline = time.monotonic() + grace_s
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        for process in processes:
            if process.is_alive():
                log.warning("worker %s did not finish in %.0f s; terminating it", process.pid, grace_s)
                process.terminate()
                process.join(5)
                if process.is_alive():
                    process.kill()
                    process.join()
                with transaction(self.ctx.sessions) as session:
                    release_worker(session, worker_name(process.pid))
        self._wake.close()
        self._wake.join_thread()


# Celery ---------------------------------------------------------------------------------------------------


class CeleryRunner:
    """Sends one task per document to Redis; `jaring worker` processes run them."""

    def __init__(self, ctx: Context) -> None:
        from review.celery_app import make_celery  # Celery is imported only when it is used

        self.ctx = ctx
        self.app = make_celery(ctx.settings)

    def start(self) -> None:
        # Jobs whose worker died, and jobs whose message never left (a crash between commit and submit).
        with transaction(self.ctx.sessions) as session:
            ids = requeue_expired(session, max_attempts=self.ctx.settings.job_max_attempts)
            ids += stale_pending(session, self.ctx.settings.job_lease_s)
        self.submit(ids)

    def submit(self, document_ids: list[int]) -> None:
        from review.celery_app import send_process

        for document_id in document_ids:
            send_process(self.app, document_id)

    def healthy(self) -> bool:
        try:
            return bool(self.app.control.ping(timeout=1.0))
        except Exception as exc:  # broker down or unreachable: not healthy, not an error page
            log.warning("celery ping failed: %s", exc)
            return False

    def stop(self) -> None:
        self.app.close()
