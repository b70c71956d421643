"""The Celery path with real parts: a redis-server, a PostgreSQL database and a `jaring worker` process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from review.context import Context
from review.models import Document, DocumentStatus, Job, JobState
from review.receive import Upload, receive
from review.runners import CeleryRunner

JOB_LEASE_S = 2  # short: the sweeper re-sends lost messages after this long


@pytest.fixture(params=["postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Celery workers run at scale, on PostgreSQL."""
    return request.param


@pytest.fixture
def celery_ctx(make_ctx, redis_url: str) -> Context:
    return make_ctx(runner="celery", redis_url=redis_url, job_lease_s=JOB_LEASE_S, workers=1)


@pytest.fixture
def worker_log(tmp_path: Path) -> Path:
    return tmp_path / "worker.log"


@pytest.fixture
def celery_worker(celery_ctx: Context, worker_log: Path, wait_for) -> Iterator[subprocess.Popen]:
    """`jaring worker` as its own process (and process group), configured only through JARING_* variables."""
    jaring = Path(sys.executable).with_name("jaring")
    assert jaring.exists(), f"{jaring} is missing: install the project (pip install -e .)"
    settings = celery_ctx.settings
    env = {
        **os.environ,
        "JARING_DATA_DIR": str(settings.data_dir),
        "JARING_DATABASE_URL": settings.sqlalchemy_url,
        "JARING_REDIS_URL": settings.redis_url,
        "JARING_MODEL_DIR": str(settings.model_dir),
        "JARING_RUNNER": "celery",
        "JARING_WORKERS": "1",
        "JARING_JOB_LEASE_S": str(JOB_LEASE_S),
    }
    with worker_log.open("wb") as log:
        process = subprocess.Popen(
            [str(jaring), "worker", "--loglevel", "INFO"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    runner = CeleryRunner(celery_ctx)
    try:
        wait_for(
            lambda: process.poll() is not None or runner.healthy(), "the Celery worker to answer a ping", 180
        )
        assert process.poll() is None, worker_log.read_text()
        yield process
    finally:
        runner.stop()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _status(ctx: Context, document_id: int) -> DocumentStatus:
    with ctx.sessions() as session:
        return session.get(Document, document_id).status


def test_celery_worker_processes_submitted_documents(
    celery_ctx: Context, celery_worker, worker_log: Path, org, samples: Path, wait_for
) -> None:
    """GIVEN a running `jaring worker` on Redis and the test database
    WHEN a proposal and an encrypted PDF are received and submitted through the CeleryRunner
    THEN the worker process brings the proposal to queued and the encrypted PDF to failed (`encrypted`),
    and the runner reports the worker healthy."""
    names = ["proposal-si-pandai.pdf", "sk-terenkripsi.pdf"]
    _, received = receive(
        celery_ctx, [Upload(n, samples / n) for n in names], uploader=org.uploader, unit_id=org.unit_id
    )
    runner = CeleryRunner(celery_ctx)
    try:
        assert runner.healthy()
        runner.submit([r.document_id for r in received])
        settled = {DocumentStatus.queued, DocumentStatus.failed}
        wait_for(lambda: all(_status(celery_ctx, r.document_id) in settled for r in received), "processing")
    finally:
        runner.stop()

    with celery_ctx.sessions() as session:
        proposal, encrypted = (session.get(Document, r.document_id) for r in received)
        assert proposal.status is DocumentStatus.queued
        assert (encrypted.status, encrypted.error_code) == (DocumentStatus.failed, "encrypted")
        jobs = session.scalars(select(Job)).all()
        assert {j.state for j in jobs} == {JobState.done, JobState.failed}
        assert all(j.worker and not j.worker.endswith(f":{os.getpid()}") for j in jobs)  # not this process
    assert "jaring.process_document" in worker_log.read_text()


def test_a_document_whose_message_was_lost_is_sent_again_by_the_sweeper(
    celery_ctx: Context, celery_worker, org, samples: Path, wait_for
) -> None:
    """GIVEN a received document whose task was never sent (as after a crash between commit and submit)
    WHEN the worker's sweeper runs
    THEN it finds the stale pending job, sends it, and the document is processed to queued."""
    text = samples / "ringkasan.txt"
    _, (item,) = receive(celery_ctx, [Upload(text.name, text)], uploader=org.uploader, unit_id=org.unit_id)

    wait_for(lambda: _status(celery_ctx, item.document_id) is DocumentStatus.queued, "the sweeper")
