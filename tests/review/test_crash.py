"""A worker killed with SIGKILL in the middle of a job: the lease runs out, the job runs again on another
worker, and the document still reaches the queue. Nothing is lost."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from review.models import Document, DocumentStatus, ExtractionRecord, Job, JobState
from review.receive import Upload, receive
from review.runners import LocalRunner, worker_name
from tests.conftest import require_program

JOB_LEASE_S = 3  # short, so the test waits seconds for the expired lease, not the default ten minutes


@pytest.mark.parametrize("backend", ["sqlite"])  # the default deployment: local workers on SQLite
def test_job_of_a_killed_worker_runs_again_after_its_lease_expires(
    make_ctx, org, samples: Path, wait_for
) -> None:
    """GIVEN a local runner with one worker processing the scanned decree (slow: OCR of two pages)
    WHEN that worker process is killed with SIGKILL while the job is running
    THEN the runner starts a new worker, which requeues the job once its lease has expired and runs it
    again (second attempt) to queued; the killed worker's job left no extraction behind and the original
    is intact."""
    require_program("tesseract")
    ctx = make_ctx(job_lease_s=JOB_LEASE_S, workers=1)
    scan = samples / "sk-tim-inovasi-scan.pdf"
    _, (item,) = receive(ctx, [Upload(scan.name, scan)], uploader=org.uploader, unit_id=org.unit_id)

    def job() -> Job:
        with ctx.sessions() as session:
            return session.scalar(select(Job).where(Job.document_id == item.document_id))

    def extracting() -> bool:
        with ctx.sessions() as session:
            return session.get(Document, item.document_id).status is DocumentStatus.extracting

    runner = LocalRunner(ctx, poll_interval=0.5)
    runner.start()
    try:
        runner.submit([item.document_id])
        wait_for(lambda: job().state is JobState.running and extracting(), "the worker to start the job")
        (pid,) = runner.worker_pids()
        assert job().worker == worker_name(pid)
        os.kill(pid, signal.SIGKILL)

        def queued() -> bool:
            with ctx.sessions() as session:
                return session.get(Document, item.document_id).status is DocumentStatus.queued

        wait_for(queued, "the job to run again and finish")
        replacement = runner.worker_pids()
    finally:
        runner.stop()

    final = job()
    assert pid not in replacement and len(replacement) == 1
    assert (final.state, final.attempts) == (JobState.done, 2)
    assert final.worker == worker_name(replacement[0])
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRecord)) == 1
        assert session.scalar(select(ExtractionRecord.ocr_pages)) == 2
    assert ctx.blobs.verify(item.sha256).read_bytes() == scan.read_bytes()
