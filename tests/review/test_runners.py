from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from api.cli import app as cli
from review.context import Context
from review.db import transaction
from review.jobs import Lease, claim_next, requeue_expired
from review.models import Document, DocumentStatus, Job, JobState
from review.receive import Upload, batch_summary, receive
from review.runners import LocalRunner, make_runner, worker_name

SETTLED = {DocumentStatus.queued, DocumentStatus.failed, DocumentStatus.duplicate}


def _text_uploads(folder: Path, n: int) -> list[Upload]:
    folder.mkdir(parents=True, exist_ok=True)
    uploads = []
    for i in range(n):
        path = folder / f"catatan-{i}.txt"
        path.write_text(
            f"Catatan rapat koordinasi inovasi nomor {i} di Kabupaten Sukamaju.\n", encoding="utf-8"
        )
        uploads.append(Upload(path.name, path))
    return uploads


def _statuses(ctx: Context, batch_id: int) -> dict[str, DocumentStatus]:
    with ctx.sessions() as session:
        rows = session.execute(
            select(Document.file_name, Document.status).where(Document.batch_id == batch_id)
        )
        return dict(rows.all())


def test_local_runner_processes_a_batch_end_to_end(ctx: Context, org, samples: Path, wait_for) -> None:
    """GIVEN a batch with three readable samples, a byte-identical copy and an encrypted PDF
    WHEN a LocalRunner with two worker processes is started and the documents are submitted
    THEN the worker processes bring the readable ones to queued and the encrypted one to failed, the copy
    stays a duplicate, the runner is healthy while running, and stop() ends its processes."""
    names = ["proposal-si-pandai.pdf", "laporan-si-pandai.docx", "ringkasan.txt", "sk-terenkripsi.pdf"]
    uploads = [Upload(n, samples / n) for n in names] + [Upload("salinan.txt", samples / "ringkasan.txt")]
    batch_id, received = receive(ctx, uploads, uploader=org.uploader, unit_id=org.unit_id)
    runner = LocalRunner(ctx, poll_interval=0.5)
    runner.start()
    try:
        assert runner.healthy()
        pids = runner.worker_pids()
        assert len(pids) == 2
        runner.submit([r.document_id for r in received if r.duplicate_of is None])
        wait_for(lambda: set(_statuses(ctx, batch_id).values()) <= SETTLED, "the batch to be processed")
    finally:
        runner.stop()

    assert not runner.healthy() and runner.worker_pids() == []
    assert _statuses(ctx, batch_id) == {
        "proposal-si-pandai.pdf": DocumentStatus.queued,
        "laporan-si-pandai.docx": DocumentStatus.queued,
        "ringkasan.txt": DocumentStatus.queued,
        "sk-terenkripsi.pdf": DocumentStatus.failed,
        "salinan.txt": DocumentStatus.duplicate,
    }
    with ctx.sessions() as session:
        workers = set(session.scalars(select(Job.worker)))
        assert workers and workers <= {worker_name(pid) for pid in pids}  # the pool did the work
        assert batch_summary(session, batch_id)["failed"][0]["code"] == "encrypted"


def test_each_job_is_claimed_by_exactly_one_of_many_concurrent_workers(
    ctx: Context, org, tmp_path: Path
) -> None:
    """GIVEN eight pending jobs
    WHEN four threads claim jobs at the same time until none is left
    THEN every job is claimed exactly once, with its attempt counted."""
    receive(ctx, _text_uploads(tmp_path / "files", 8), uploader=org.uploader, unit_id=org.unit_id)
    leases: list[Lease] = []
    lock = threading.Lock()

    def claim_all(name: str) -> None:
        while True:
            with transaction(ctx.sessions) as session:
                lease = claim_next(session, name, 600)
            if lease is None:
                return
            with lock:
                leases.append(lease)

    threads = [threading.Thread(target=claim_all, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    with ctx.sessions() as session:
        jobs = session.scalars(select(Job).order_by(Job.id)).all()
    assert sorted(lease.job_id for lease in leases) == [job.id for job in jobs]  # each once, none missed
    owner = {lease.job_id: lease.worker for lease in leases}
    assert all(job.state is JobState.running and job.attempts == 1 for job in jobs)
    assert all(job.worker == owner[job.id] for job in jobs)


def test_expired_leases_are_requeued_and_a_job_that_keeps_dying_is_failed(
    make_ctx, org, tmp_path: Path
) -> None:
    """GIVEN a job claimed under a 60-second lease, and at most two attempts
    WHEN its worker vanishes: before the lease runs out, after it, and again after the second attempt
    THEN the job is left alone, then put back to pending for another worker, then failed with its document
    (code internal) instead of looping forever."""
    ctx = make_ctx(job_max_attempts=2)
    _, (item,) = receive(ctx, _text_uploads(tmp_path / "one", 1), uploader=org.uploader, unit_id=org.unit_id)
    t0 = datetime.now(UTC)
    with transaction(ctx.sessions) as session:
        assert claim_next(session, "lost-worker", 60, now=t0).attempts == 1
    with transaction(ctx.sessions) as session:
        assert requeue_expired(session, max_attempts=2, now=t0 + timedelta(seconds=30)) == []
    with transaction(ctx.sessions) as session:
        assert requeue_expired(session, max_attempts=2, now=t0 + timedelta(seconds=61)) == [item.document_id]
    with transaction(ctx.sessions) as session:
        job = session.scalar(select(Job))
        assert (job.state, job.worker) == (JobState.pending, None)
        assert claim_next(session, "second-worker", 60, now=t0 + timedelta(seconds=62)).attempts == 2
    with transaction(ctx.sessions) as session:
        assert requeue_expired(session, max_attempts=2, now=t0 + timedelta(seconds=200)) == []
    with ctx.sessions() as session:
        assert session.scalar(select(Job.state)) is JobState.failed
        document = session.get(Document, item.document_id)
        assert (document.status, document.error_code) == (DocumentStatus.failed, "internal")


def test_make_runner_follows_the_settings(make_ctx) -> None:
    """GIVEN the runner setting
    WHEN a runner is made
    THEN `local` gives the process pool and `celery` the Celery runner (nothing started yet)."""
    assert type(make_runner(make_ctx())).__name__ == "LocalRunner"
    celery_runner = make_runner(make_ctx(runner="celery", redis_url="redis://127.0.0.1:1/0"))
    assert type(celery_runner).__name__ == "CeleryRunner"
    celery_runner.stop()


@pytest.mark.parametrize("backend", ["sqlite"])  # the same receive + runner path is run on both above
def test_ingest_command_uploads_a_folder_and_lists_failed_files(
    ctx: Context, org, samples: Path, tmp_path: Path
) -> None:
    """GIVEN a folder with a readable text, an encrypted PDF and an empty file
    WHEN `jaring ingest FOLDER --unit ID --username U` runs
    THEN the files go through receive and the local workers, the readable one is queued, and the summary
    lists the encrypted and the empty file with their codes; the exit status is 1."""
    folder = tmp_path / "unggah"
    folder.mkdir()
    (folder / "ringkasan.txt").write_bytes((samples / "ringkasan.txt").read_bytes())
    (folder / "sk.pdf").write_bytes((samples / "sk-terenkripsi.pdf").read_bytes())
    (folder / "kosong.docx").write_bytes(b"")
    settings = ctx.settings
    env = {
        "JARING_DATA_DIR": str(settings.data_dir),
        "JARING_DATABASE_URL": settings.sqlalchemy_url,
        "JARING_MODEL_DIR": str(settings.model_dir),
        "JARING_RUNNER": "local",
        "JARING_WORKERS": "1",
    }

    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--unit", str(org.unit_id), "--username", org.uploader.username], env=env
    )

    assert result.exit_code == 1, result.output
    assert "FAILED kosong.docx: empty:" in result.output
    assert "FAILED sk.pdf: encrypted:" in result.output
    with ctx.sessions() as session:
        statuses = dict(session.execute(select(Document.file_name, Document.status)).all())
    assert statuses == {"ringkasan.txt": DocumentStatus.queued, "sk.pdf": DocumentStatus.failed}
