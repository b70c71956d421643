"""The service's tables (SQLAlchemy 2). Changes go through Alembic migrations in review/migrations."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict] = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: DateTime(timezone=True),
    }


class Role(enum.StrEnum):
    admin = "admin"
    uploader = "uploader"  # of one unit
    reviewer = "reviewer"  # of one or more pemda
    auditor = "auditor"  # reads and exports in its pemda


class DocumentStatus(enum.StrEnum):
    received = "received"
    extracting = "extracting"
    classifying = "classifying"
    queued = "queued"
    decided = "decided"
    rejected = "rejected"  # a reviewer rejected it (not evidence of an innovation): kept, not scored
    failed = "failed"
    duplicate = "duplicate"  # byte-identical to an earlier upload: linked, not processed again


class JobState(enum.StrEnum):
    pending = "pending"
    running = "running"
    done = "done"
    failed = "failed"


class ItemState(enum.StrEnum):
    pending = "pending"
    claimed = "claimed"
    decided = "decided"


class Action(enum.StrEnum):
    accept = "accept"
    correct = "correct"
    reject = "reject"


def _enum(kind: type[enum.Enum]) -> Enum:
    # Stored as plain strings (no native ENUM type) so adding a value is a code change, not a migration.
    return Enum(kind, native_enum=False, length=20, validate_strings=True)


user_pemda = Table(
    "user_pemda",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("pemda_id", ForeignKey("pemda.id", ondelete="CASCADE"), primary_key=True),
)


class Pemda(Base):
    __tablename__ = "pemda"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    units: Mapped[list[Unit]] = relationship(back_populates="pemda")


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    pemda_id: Mapped[int] = mapped_column(ForeignKey("pemda.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    pemda: Mapped[Pemda] = relationship(back_populates="units")
    __table_args__ = (UniqueConstraint("pemda_id", "name"),)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    unit: Mapped[Unit | None] = relationship()
    pemda: Mapped[list[Pemda]] = relationship(secondary=user_pemda)


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the token; shown once
    name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column()
    last_used_at: Mapped[datetime | None] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    user: Mapped[User] = relationship()


class Batch(Base):
    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Files refused before they became documents (empty, oversize, broken ZIP member): kept for the report.
    refused: Mapped[list[Any]] = mapped_column(default=list)


class Dossier(Base):
    """One innovation of one unit, with its documents together."""

    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)  # confirmed labels of the innovation
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    unit: Mapped[Unit] = relationship()


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(120))
    status: Mapped[DocumentStatus] = mapped_column(_enum(DocumentStatus), index=True)
    error_code: Mapped[str | None] = mapped_column(String(40))
    error_message: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    batch: Mapped[Batch] = relationship()
    unit: Mapped[Unit] = relationship()
    dossier: Mapped[Dossier | None] = relationship()


class ExtractionRecord(Base):
    """intake's Extraction, stored once per file content (sha256)."""

    __tablename__ = "extractions"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column()
    quality: Mapped[str] = mapped_column(String(10))
    pages: Mapped[int] = mapped_column(Integer)
    ocr_pages: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AssessmentRecord(Base):
    """classifier's Assessment, once per file content and model version (jobs are idempotent on both)."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    model_version: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (UniqueConstraint("sha256", "model_version"),)


class Job(Base):
    """Work on one document; leased by a worker, so a crash leaves a job that is picked up again."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    state: Mapped[JobState] = mapped_column(_enum(JobState), default=JobState.pending)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(100))
    lease_expires_at: Mapped[datetime | None] = mapped_column()
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error_code: Mapped[str | None] = mapped_column(String(40))
    last_error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    __table_args__ = (Index("ix_jobs_state_next", "state", "next_attempt_at"),)


# The 20 indicator codes in a fixed order: bit n of ReviewItem.missing_mask is INDICATOR_BITS[n] (migration
# 0003 back-filled with this order). Append new codes at the end; never reorder.
INDICATOR_BITS = (
    "regulasi",
    "sdm",
    "anggaran",
    "alat_kerja",
    "bimtek",
    "rkpd",
    "aktor",
    "pelaksana",
    "jejaring",
    "sosialisasi",
    "pedoman_teknis",
    "informasi_layanan",
    "kemudahan_proses",
    "pengaduan",
    "layanan_terintegrasi",
    "replikasi",
    "kecepatan_penciptaan",
    "kemanfaatan",
    "monev",
    "video",
)


def missing_mask_of(codes: list[Any] | None) -> int:
    """The bitmask of the missing indicators (codes outside INDICATOR_BITS have no bit)."""
    return sum(1 << INDICATOR_BITS.index(code) for code in set(codes or ()) if code in INDICATOR_BITS)


class ReviewItem(Base):
    """A document waiting for a reviewer. Filter columns are copied here so the queue page is one
    indexed query, fast at 100,000 items."""

    __tablename__ = "review_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"))
    state: Mapped[ItemState] = mapped_column(_enum(ItemState), default=ItemState.pending)
    # Least certain first, then missing mandatory indicators, then age: (confidence, -missing, created).
    confidence: Mapped[float] = mapped_column(Float)
    missing_mandatory: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[float] = mapped_column(Float)  # higher = sooner; derived from the two above
    needs_review: Mapped[bool] = mapped_column(Boolean, default=True)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    labels: Mapped[dict[str, Any]] = mapped_column(
        default=dict
    )  # current labels (corrected ones after a decision)
    missing_indicators: Mapped[list[Any]] = mapped_column(default=list)
    # missing_indicators as bits (INDICATOR_BITS), kept in step by _missing_changed: the queue's
    # missing-indicator filter reads it from the order index instead of matching JSON text.
    missing_mask: Mapped[int] = mapped_column(Integer, default=0)
    pemda_id: Mapped[int] = mapped_column(ForeignKey("pemda.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    document_type: Mapped[str | None] = mapped_column(String(40))
    bentuk: Mapped[str | None] = mapped_column(String(40))
    urusan: Mapped[str | None] = mapped_column(String(40))
    jenis: Mapped[str | None] = mapped_column(String(40))
    tahapan: Mapped[str | None] = mapped_column(String(40))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    claim_expires_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic lock: two reviewers, one wins
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()
    document: Mapped[Document] = relationship()
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}

    @validates("missing_indicators")
    def _missing_changed(self, _key: str, codes: list[Any]) -> list[Any]:
        # Every write of the list (pipeline, decisions, constructors) sets the mask with it.
        self.missing_mask = missing_mask_of(codes)
        return codes

    __table_args__ = (
        Index("ix_items_batch", "batch_id"),
        # Batch pages sort inside the index (migration 0002): no row lookups before the LIMIT.
        Index("ix_items_batch_order", "batch_id", "state", "priority", "created_at", "confidence"),
    )


# The queue's indexes (migration 0003): each holds every column the queue filters on, after its leading
# columns and the queue's order (priority DESC, created_at, id), so the count and the page of any filter
# read index entries only. ix_items_order serves filters without a selective leading column (an admin's
# whole queue, bentuk, jenis, missing indicator, confidence) by walking in queue order; the state and
# document-type ones keep PostgreSQL off a sequential scan of the (wide) table for rarer values.
QUEUE_INDEX_COLUMNS = (
    "state",
    "pemda_id",
    "unit_id",
    "batch_id",
    "confidence",
    "missing_mask",
    "document_type",
    "bentuk",
    "jenis",
    "urusan",
    "claim_expires_at",
)


def _queue_index(name: str, *leading: str) -> Index:
    table = ReviewItem.__table__.c
    order = (table.priority.desc(), table.created_at, table.id)
    rest = [table[c] for c in QUEUE_INDEX_COLUMNS if c not in leading]
    return Index(name, *(table[c] for c in leading), *order, *rest)


_queue_index("ix_items_order")
_queue_index("ix_items_queue", "pemda_id", "state")
_queue_index("ix_items_unit_order", "unit_id", "state")
_queue_index("ix_items_urusan", "urusan", "state")
_queue_index("ix_items_state", "state")
_queue_index("ix_items_document_type", "document_type", "state")


class Decision(Base):
    """Append-only audit trail of what reviewers did."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[Action] = mapped_column(_enum(Action))
    labels_before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    labels_after: Mapped[dict[str, Any]] = mapped_column(default=dict)
    indicators_before: Mapped[list[Any]] = mapped_column(default=list)
    indicators_after: Mapped[list[Any]] = mapped_column(default=list)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
