from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classifier.corpus import FIELDS
from review.context import Context
from review.jobs import work_one
from review.models import (
    AssessmentRecord,
    Document,
    DocumentStatus,
    ExtractionRecord,
    ItemState,
    Job,
    JobState,
    ReviewItem,
)
from review.pipeline import document_view, load_classifier, priority_for, process_document
from review.receive import Upload, batch_summary, receive

QUICK_SAMPLES = ("proposal-si-pandai.pdf", "laporan-si-pandai.docx", "ringkasan.txt")


def _count(session, table) -> int:
    return session.scalar(select(func.count()).select_from(table))


def test_samples_are_extracted_classified_and_queued(ctx: Context, org, samples: Path, drain) -> None:
    """GIVEN three sample documents (born-digital PDF, DOCX, cp1252 text) received as one batch
    WHEN their jobs run
    THEN each is queued with its extraction and assessment, and its review item carries the least label
    confidence, the missing ★ count, the priority derived from both and the filter columns."""
    uploads = [Upload(name, samples / name) for name in QUICK_SAMPLES]
    batch_id, received = receive(ctx, uploads, uploader=org.uploader, unit_id=org.unit_id)

    assert drain(ctx) == 3

    mandatory = {i.code for i in load_classifier(ctx.settings.model_dir).catalogue.indicators if i.mandatory}
    with ctx.sessions() as session:
        for item in received:
            document = session.get(Document, item.document_id)
            assert document.status is DocumentStatus.queued, document.error_message
            view = document_view(session, document)
            assert view["extraction"]["pages"] >= 1 and view["extraction"]["text"].strip()
            assessment = view["assessment"]
            assert assessment["model_version"] and len(assessment["indicators"]) == 20
            json.dumps(view)  # the API returns it as is

            review = session.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
            confidences = [assessment[f]["confidence"] for f in FIELDS if f in assessment]
            assert review.confidence == pytest.approx(min(confidences))
            missing = set(assessment["missing_indicators"])
            assert review.missing_mandatory == len(missing & mandatory)
            assert review.priority == priority_for(review.confidence, review.missing_mandatory)
            assert review.state is ItemState.pending
            assert (review.pemda_id, review.unit_id, review.batch_id) == (org.pemda_id, org.unit_id, batch_id)
            assert review.document_type == assessment["document_type"]["label"]
            assert review.urusan == assessment["urusan"]["label"]
            assert review.labels["bentuk"] == assessment["bentuk"]["label"]
            assert review.missing_indicators == assessment["missing_indicators"]
            assert review.reasons == assessment["review_reasons"]
            assert review.needs_review == assessment["needs_review"]
        assert session.scalar(select(func.count()).where(Job.state == JobState.done)) == 3
        assert batch_summary(session, batch_id)["by_state"] == {"queued": 3}


def test_encrypted_pdf_fails_with_its_code_and_keeps_the_original(
    ctx: Context, org, samples: Path, drain
) -> None:
    """GIVEN the password-protected decree
    WHEN its job runs
    THEN the document is failed with code `encrypted` after one attempt (permanent: no retry), the batch
    lists it as failed, and the original is still in the blob store, intact."""
    encrypted = samples / "sk-terenkripsi.pdf"
    batch_id, (item,) = receive(
        ctx, [Upload(encrypted.name, encrypted)], uploader=org.uploader, unit_id=org.unit_id
    )

    drain(ctx)

    with ctx.sessions() as session:
        document = session.get(Document, item.document_id)
        assert (document.status, document.error_code) == (DocumentStatus.failed, "encrypted")
        assert "password" in document.error_message
        job = session.scalar(select(Job).where(Job.document_id == document.id))
        assert (job.state, job.attempts, job.last_error_code) == (JobState.failed, 1, "encrypted")
        assert batch_summary(session, batch_id)["failed"] == [
            {"file": encrypted.name, "code": "encrypted", "message": document.error_message}
        ]
        assert document_view(session, document)["error"]["code"] == "encrypted"
        assert _count(session, ReviewItem) == 0
    assert ctx.blobs.verify(item.sha256).read_bytes() == encrypted.read_bytes()


def test_processing_again_reuses_extraction_and_assessment(
    ctx: Context, org, make_org, samples: Path
) -> None:
    """GIVEN a processed proposal
    WHEN it is processed again, and another unit uploads the same bytes and that is processed too
    THEN there is still one extraction and one assessment for those bytes, one review item per document,
    and the first item is unchanged."""
    proposal = samples / "proposal-si-pandai.pdf"
    _, (item,) = receive(ctx, [Upload(proposal.name, proposal)], uploader=org.uploader, unit_id=org.unit_id)
    process_document(ctx, item.document_id)
    with ctx.sessions() as session:
        before = session.scalar(select(ReviewItem).where(ReviewItem.document_id == item.document_id))

    process_document(ctx, item.document_id)
    other = make_org("lainjaya")
    _, (copy,) = receive(
        ctx, [Upload("usulan.pdf", proposal)], uploader=other.uploader, unit_id=other.unit_id
    )
    assert copy.duplicate_of is None  # another unit's submission: its own document, reviewed there
    process_document(ctx, copy.document_id)

    with ctx.sessions() as session:
        assert _count(session, ExtractionRecord) == 1
        assert _count(session, AssessmentRecord) == 1
        items = session.scalars(select(ReviewItem).order_by(ReviewItem.id)).all()
        assert [i.document_id for i in items] == [item.document_id, copy.document_id]
        again = items[0]
        assert (again.id, again.assessment_id, again.priority) == (
            before.id,
            before.assessment_id,
            before.priority,
        )
        assert items[1].unit_id == other.unit_id and items[1].assessment_id == before.assessment_id


def test_a_timeout_is_retried_with_backoff_then_recorded(make_ctx, org, samples: Path, wait_for) -> None:
    """GIVEN an extraction time limit no reader can meet, and two attempts allowed
    WHEN the job runs
    THEN the first timeout puts the job back for a later attempt (document waiting as received), and the
    second, once due, fails the document with code `timeout`; the original stays stored."""
    ctx = make_ctx(extract_timeout_s=0.001, job_max_attempts=2, job_backoff_s=0.5)
    text = samples / "ringkasan.txt"
    _, (item,) = receive(ctx, [Upload(text.name, text)], uploader=org.uploader, unit_id=org.unit_id)

    first = work_one(ctx, "test-worker")
    assert (first.state, first.error_code, first.retry_in) == ("retry", "timeout", 0.5)
    with ctx.sessions() as session:
        job = session.scalar(select(Job).where(Job.document_id == item.document_id))
        assert (job.state, job.attempts, job.last_error_code) == (JobState.pending, 1, "timeout")
        assert session.get(Document, item.document_id).status is DocumentStatus.received

    results = []
    wait_for(lambda: bool(results.append(work_one(ctx, "test-worker")) or results[-1]), "the retry to be due")
    assert (results[-1].state, results[-1].error_code) == ("failed", "timeout")
    with ctx.sessions() as session:
        document = session.get(Document, item.document_id)
        assert (document.status, document.error_code) == (DocumentStatus.failed, "timeout")
    assert ctx.blobs.exists(item.sha256)


def test_priority_orders_least_confident_then_more_missing_mandatory() -> None:
    """GIVEN review items' confidence and missing ★ counts
    WHEN their priorities are compared
    THEN lower confidence comes first whatever is missing, and equal confidence puts more missing first."""
    assert priority_for(0.30, 0) > priority_for(0.31, 5)
    assert priority_for(0.50, 2) > priority_for(0.50, 1) > priority_for(0.50, 0)
    assert priority_for(1.0, 0) == 0.0
