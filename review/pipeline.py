"""One document through the pipeline: received → extracting → classifying → queued (or failed with its
code). Every step is idempotent: the extraction is stored once per sha256, the assessment once per sha256
and model version, and the review item once per document, so a job that runs again after a crash or a
retry reuses what is there and ends in the same place."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from classifier.assess import Classifier, current_model_dir
from classifier.corpus import FIELDS
from intake import extract_isolated
from intake.errors import IntakeError
from intake.model import Extraction
from review.context import Context
from review.db import transaction
from review.errors import ReviewError
from review.models import (
    AssessmentRecord,
    Document,
    DocumentStatus,
    ExtractionRecord,
    ItemState,
    ReviewItem,
    Unit,
)

log = logging.getLogger(__name__)

# Worth another try: the machine was busy or short of memory. Everything else about a file is permanent.
TRANSIENT_CODES = frozenset({"timeout", "out_of_memory"})
# The columns of ReviewItem that hold one label each (filters of the queue page).
LABEL_COLUMNS = ("document_type", "bentuk", "urusan", "jenis", "tahapan")
# A reviewer has spoken (decided, rejected) or there is nothing to do (duplicate): never processed again.
SETTLED_BY_PEOPLE = frozenset({DocumentStatus.decided, DocumentStatus.rejected, DocumentStatus.duplicate})

_Row = TypeVar("_Row")
_classify_lock = threading.Lock()


class TransientError(Exception):
    """A failure that may go away on another attempt; the job layer retries it with backoff."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@lru_cache(maxsize=2)
def _classifier_at(model_dir: Path) -> Classifier:
    return Classifier.load(model_dir)


class ModelUnavailable(RuntimeError):
    """No trained model where the settings point: a setup problem of the service, not of any document."""


def model_folder(model_dir: Path | None) -> Path:
    """The model folder in use (default: the one models/current names), checked to hold a trained model.
    Runners call this at start, so a missing model stops them with a clear message instead of failing
    every document."""
    try:
        folder = (Path(model_dir) if model_dir else current_model_dir()).resolve()
    except FileNotFoundError as exc:
        raise ModelUnavailable(f"{exc}; or set JARING_MODEL_DIR") from None
    if not (folder / "model_card.json").is_file():
        raise ModelUnavailable(
            f"{folder} holds no trained model (model_card.json): train one with `jaring train` "
            "or set JARING_MODEL_DIR"
        )
    return folder


def load_classifier(model_dir: Path | None) -> Classifier:
    """The classifier of a model folder, loaded once per process."""
    return _classifier_at(model_folder(model_dir))


def priority_for(confidence: float, missing_mandatory: int) -> float:
    """Higher is sooner: the least confident first (to 4 decimals), then the one missing more ★
    indicators. The queue breaks remaining ties by age."""
    confidence = min(max(confidence, 0.0), 1.0)
    return float(round((1.0 - confidence) * 10_000) * 100 + min(max(missing_mandatory, 0), 99))


def process_document(ctx: Context, document_id: int) -> None:
    """Brings one document to `queued`, or records its permanent failure on it. Raises TransientError
    (timeout, out of memory) and database errors for the job layer to retry."""
    with transaction(ctx.sessions) as session:
        document = session.get(Document, document_id)
        if document is None:
            raise ReviewError("not_found", what="document")
        if document.status in SETTLED_BY_PEOPLE:
            return
        sha256, file_name = document.sha256, document.file_name
        _set_status(document, DocumentStatus.extracting)

    try:
        extraction = _extraction(ctx, sha256, file_name)
    except IntakeError as exc:
        if exc.code in TRANSIENT_CODES:
            raise TransientError(exc.code, exc.message) from exc
        with transaction(ctx.sessions) as session:
            record_failure(session, document_id, exc.code, exc.message)
        return

    with transaction(ctx.sessions) as session:
        _set_status(session.get(Document, document_id), DocumentStatus.classifying)
    classifier = load_classifier(ctx.settings.model_dir)
    assessment = _assessment(ctx, sha256, extraction, classifier)
    mandatory = {i.code for i in classifier.catalogue.indicators if i.mandatory}

    with transaction(ctx.sessions) as session:
        document = session.get(Document, document_id)
        if document.status in SETTLED_BY_PEOPLE:
            return
        _upsert_item(session, document, assessment, mandatory)
        _set_status(document, DocumentStatus.queued)


def record_failure(session: Session, document_id: int, code: str, message: str) -> None:
    """A permanent failure, shown with its code. The original stays in the blob store."""
    document = session.get(Document, document_id)
    if document is None or document.status in SETTLED_BY_PEOPLE:
        return
    document.status = DocumentStatus.failed
    document.error_code = code
    document.error_message = message


def _set_status(document: Document, status: DocumentStatus) -> None:
    document.status = status
    document.error_code = None
    document.error_message = None


def _extraction(ctx: Context, sha256: str, file_name: str) -> Extraction:
    with ctx.sessions() as session:
        data = session.scalar(select(ExtractionRecord.data).where(ExtractionRecord.sha256 == sha256))
    if data is not None:
        return Extraction.from_dict(data)
    path = ctx.blobs.verify(sha256)  # a blob that no longer matches its hash is never read
    extraction = extract_isolated(path, ctx.settings.extract_options, filename=Path(file_name).name)
    stored = extraction.to_dict()
    stored.pop("text", None)  # the pages hold it already
    record = ExtractionRecord(
        sha256=sha256,
        data=stored,
        quality=extraction.quality,
        pages=len(extraction.pages),
        ocr_pages=extraction.ocr_pages,
    )
    _insert_once(
        ctx, record, lambda s: s.scalar(select(ExtractionRecord).where(ExtractionRecord.sha256 == sha256))
    )
    return extraction


def _assessment(
    ctx: Context, sha256: str, extraction: Extraction, classifier: Classifier
) -> AssessmentRecord:
    version = classifier.version

    def existing(session: Session) -> AssessmentRecord | None:
        return session.scalar(
            select(AssessmentRecord).where(
                AssessmentRecord.sha256 == sha256, AssessmentRecord.model_version == version
            )
        )

    with ctx.sessions() as session:
        found = existing(session)
    if found is not None:
        return found
    with _classify_lock:  # Celery runs tasks in threads; one assessment at a time is cheap and certain
        data = classifier.assess(extraction).to_dict()
    return _insert_once(ctx, AssessmentRecord(sha256=sha256, model_version=version, data=data), existing)


def _insert_once(ctx: Context, row: _Row, existing: Callable[[Session], _Row | None]) -> _Row:
    """Inserts a row keyed by a unique constraint; when another worker got there first, returns theirs."""
    try:
        with transaction(ctx.sessions) as session:
            session.add(row)
        return row
    except IntegrityError:
        with ctx.sessions() as session:
            found = existing(session)
        if found is None:
            raise
        return found


def _upsert_item(
    session: Session, document: Document, assessment: AssessmentRecord, mandatory: set[str]
) -> None:
    data = assessment.data
    labels: dict[str, Any] = {
        name: data[name].get("label") for name in FIELDS if isinstance(data.get(name), dict)
    }
    confidences = [float(data[name].get("confidence", 0.0)) for name in labels]
    if isinstance(data.get("urusan"), dict) and data["urusan"].get("also"):
        labels["urusan_also"] = list(data["urusan"]["also"])  # as in the corpus label format
    confidence = min(confidences) if confidences else 0.0
    missing = list(data.get("missing_indicators", []))
    missing_mandatory = sum(1 for code in missing if code in mandatory)
    values = {
        "assessment_id": assessment.id,
        "confidence": confidence,
        "missing_mandatory": missing_mandatory,
        "priority": priority_for(confidence, missing_mandatory),
        "needs_review": bool(data.get("needs_review", True)),
        "reasons": list(data.get("review_reasons", [])),
        "labels": labels,
        "missing_indicators": missing,
        "pemda_id": session.get(Unit, document.unit_id).pemda_id,
        "unit_id": document.unit_id,
        "batch_id": document.batch_id,
        **{column: labels.get(column) for column in LABEL_COLUMNS},
    }
    item = session.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
    if item is None:
        # Created at upload time: "older first" among equals means the longest-waiting upload.
        session.add(
            ReviewItem(
                document_id=document.id, state=ItemState.pending, created_at=document.created_at, **values
            )
        )
    elif item.state is ItemState.pending:
        for name, value in values.items():
            setattr(item, name, value)
    # A claimed or decided item is left alone: the reviewer's labels win over a re-run.


def document_view(session: Session, document: Document) -> dict:
    """A document with its extraction and assessment in the command line's contract shapes."""
    extraction = session.scalar(select(ExtractionRecord).where(ExtractionRecord.sha256 == document.sha256))
    assessment = _assessment_for(session, document)
    error = {"code": document.error_code, "message": document.error_message} if document.error_code else None
    return {
        "id": document.id,
        "file": document.file_name,
        "sha256": document.sha256,
        "media_type": document.media_type,
        "status": DocumentStatus(document.status).value,
        "error": error,
        "duplicate_of": document.duplicate_of_id,
        "dossier_id": document.dossier_id,
        "batch_id": document.batch_id,
        "unit_id": document.unit_id,
        "created_at": document.created_at.isoformat() if document.created_at else None,
        "extraction": _extraction_view(extraction) if extraction else None,
        "assessment": _assessment_view(document, extraction, assessment) if assessment else None,
    }


def _assessment_for(session: Session, document: Document) -> AssessmentRecord | None:
    item_assessment = session.scalar(
        select(ReviewItem.assessment_id).where(ReviewItem.document_id == document.id)
    )
    if item_assessment is not None:
        return session.get(AssessmentRecord, item_assessment)
    # A duplicate (or a document not yet queued) shows the newest assessment of the same bytes.
    return session.scalar(
        select(AssessmentRecord)
        .where(AssessmentRecord.sha256 == document.sha256)
        .order_by(AssessmentRecord.created_at.desc(), AssessmentRecord.id.desc())
        .limit(1)
    )


def _extraction_view(record: ExtractionRecord) -> dict[str, Any]:
    return Extraction.from_dict(record.data).to_record()


def _assessment_view(
    document: Document, extraction: ExtractionRecord | None, assessment: AssessmentRecord
) -> dict[str, Any]:
    return {
        "file": document.file_name,
        "sha256": document.sha256,
        "media_type": document.media_type,
        "pages": extraction.pages if extraction else None,
        "ocr_pages": extraction.ocr_pages if extraction else None,
        **assessment.data,
    }
