from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from review.context import Context
from review.errors import ReviewError
from review.models import Batch, Document, DocumentStatus, Job, JobState
from review.receive import Upload, batch_summary, receive


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _zip_with_broken_member(samples: Path) -> bytes:
    """A ZIP batch: a PDF, a text file, an empty member, an unsupported binary and a member whose stored
    bytes were damaged after the archive was written (its CRC no longer matches)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(
            "usulan/proposal.pdf", (samples / "proposal-si-pandai.pdf").read_bytes(), zipfile.ZIP_DEFLATED
        )
        zf.writestr("ringkasan.txt", (samples / "ringkasan.txt").read_bytes(), zipfile.ZIP_DEFLATED)
        zf.writestr("kosong.txt", b"")
        zf.writestr("program.bin", bytes(range(256)) * 8, zipfile.ZIP_STORED)
        zf.writestr("rusak.txt", b"Laporan kegiatan bimbingan teknis SI-PANDAI. " * 40, zipfile.ZIP_STORED)
    data = bytearray(buffer.getvalue())
    start = data.index(b"Laporan kegiatan bimbingan")
    data[start + 100 : start + 110] = b"XXXXXXXXXX"
    return bytes(data)


def test_originals_are_in_the_blob_store_before_their_rows_are_written(
    ctx: Context, org, samples: Path
) -> None:
    """GIVEN two sample files
    WHEN they are received
    THEN at the moment each Document row is flushed its original is already on disk under its sha256,
    and the stored bytes are the uploaded bytes."""
    seen: list[bool] = []

    def blob_present(session, _context, _instances) -> None:
        seen.extend(ctx.blobs.path(o.sha256).is_file() for o in session.new if isinstance(o, Document))

    files = [samples / "proposal-si-pandai.pdf", samples / "ringkasan.txt"]
    event.listen(ctx.sessions, "before_flush", blob_present)
    try:
        _, received = receive(
            ctx, [Upload(p.name, p) for p in files], uploader=org.uploader, unit_id=org.unit_id
        )
    finally:
        event.remove(ctx.sessions, "before_flush", blob_present)

    assert seen == [True, True]
    assert [r.sha256 for r in received] == [_sha(p) for p in files]
    for path, item in zip(files, received, strict=True):
        assert ctx.blobs.verify(item.sha256).read_bytes() == path.read_bytes()
        assert item.error is None and item.duplicate_of is None
    with ctx.sessions() as session:
        documents = session.scalars(select(Document).order_by(Document.id)).all()
        assert [d.media_type for d in documents] == ["application/pdf", "text/plain"]
        assert all(d.status is DocumentStatus.received for d in documents)
        jobs = session.scalars(select(Job)).all()
        assert sorted(j.document_id for j in jobs) == [d.id for d in documents]
        assert all(j.state is JobState.pending for j in jobs)


def test_byte_identical_upload_is_linked_as_duplicate_and_gets_no_job(
    ctx: Context, org, samples: Path
) -> None:
    """GIVEN a proposal already uploaded by the unit
    WHEN the same bytes arrive again under another name (and twice within one batch)
    THEN each copy becomes its own Document with status duplicate pointing at the first, and no job."""
    proposal = samples / "proposal-si-pandai.pdf"
    _, (first,) = receive(ctx, [Upload("proposal.pdf", proposal)], uploader=org.uploader, unit_id=org.unit_id)
    batch_id, again = receive(
        ctx,
        [Upload("salinan.pdf", proposal), Upload("salinan-2.pdf", proposal)],
        uploader=org.uploader,
        unit_id=org.unit_id,
    )

    assert [r.duplicate_of for r in again] == [first.document_id, first.document_id]
    assert len({first.document_id, *(r.document_id for r in again)}) == 3
    with ctx.sessions() as session:
        copies = [session.get(Document, r.document_id) for r in again]
        assert [d.status for d in copies] == [DocumentStatus.duplicate] * 2
        assert session.scalar(select(func.count()).select_from(Job)) == 1
        assert batch_summary(session, batch_id)["by_state"] == {"duplicate": 2}


def test_zip_batch_members_become_documents_and_bad_ones_are_refused(
    ctx: Context, org, samples: Path, tmp_path: Path
) -> None:
    """GIVEN a ZIP with two good members, an empty one, an unsupported one and a damaged one, a broken
    archive, and an empty upload
    WHEN they are received as one batch
    THEN the good members are documents named after their path in the archive, every other file is
    refused with its code, recorded on the batch and listed as failed by batch_summary."""
    batch_zip = tmp_path / "berkas.zip"
    batch_zip.write_bytes(_zip_with_broken_member(samples))
    broken_zip = tmp_path / "rusak.zip"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")

    batch_id, received = receive(
        ctx,
        [Upload("berkas.zip", batch_zip), Upload("rusak.zip", broken_zip), Upload("kosong.pdf", empty)],
        uploader=org.uploader,
        unit_id=org.unit_id,
    )

    outcome = {r.file: (r.error or {}).get("code") for r in received}
    assert outcome == {
        "berkas.zip/usulan/proposal.pdf": None,
        "berkas.zip/ringkasan.txt": None,
        "berkas.zip/kosong.txt": "empty",
        "berkas.zip/program.bin": "unsupported_type",
        "berkas.zip/rusak.txt": "corrupt",
        "rusak.zip": "corrupt",
        "kosong.pdf": "empty",
    }
    assert all(r.error["message"] for r in received if r.error)
    with ctx.sessions() as session:
        names = session.scalars(select(Document.file_name).order_by(Document.id)).all()
        assert names == ["berkas.zip/usulan/proposal.pdf", "berkas.zip/ringkasan.txt"]
        refused = session.get(Batch, batch_id).refused
        assert {r["file"] for r in refused} == {f for f, code in outcome.items() if code}
        summary = batch_summary(session, batch_id)
    assert summary["total"] == 7
    assert summary["by_state"] == {"received": 2, "refused": 5}
    assert {(f["file"], f["code"]) for f in summary["failed"]} == {(f, c) for f, c in outcome.items() if c}


def test_oversize_file_is_refused_even_when_the_caller_did_not_check(make_ctx, org, samples: Path) -> None:
    """GIVEN a service whose upload limit is smaller than the proposal
    WHEN the proposal is received
    THEN it is refused as too_large and nothing is stored."""
    small = make_ctx(max_upload_bytes=10_000)  # same database and data directory as `org`'s
    proposal = samples / "proposal-si-pandai.pdf"
    batch_id, (item,) = receive(
        small, [Upload(proposal.name, proposal)], uploader=org.uploader, unit_id=org.unit_id
    )
    assert item.error["code"] == "too_large" and item.document_id is None
    assert not small.blobs.exists(_sha(proposal))
    with small.sessions() as session:
        assert batch_summary(session, batch_id)["failed"][0]["code"] == "too_large"


def test_upload_to_an_unknown_or_foreign_unit_is_refused(ctx: Context, org, make_org, samples: Path) -> None:
    """GIVEN an uploader of one unit
    WHEN they upload to a unit that does not exist, or to another pemda's unit
    THEN the upload is refused (unknown_unit, forbidden) and no batch is written."""
    other = make_org("lainjaya")
    upload = [Upload("ringkasan.txt", samples / "ringkasan.txt")]
    with pytest.raises(ReviewError) as unknown:
        receive(ctx, upload, uploader=org.admin, unit_id=99_999)
    with pytest.raises(ReviewError) as foreign:
        receive(ctx, upload, uploader=org.uploader, unit_id=other.unit_id)
    assert (unknown.value.code, foreign.value.code) == ("unknown_unit", "forbidden")
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Batch)) == 0
