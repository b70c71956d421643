"""Real rows for the queue, dossier and export tests: two pemda with their units and users, and documents
that went through the pipeline (extraction, assessment in the DESIGN.md contract shape, review item)."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from classifier.catalogue import load_catalogue
from review.errors import ReviewError
from review.models import (
    AssessmentRecord,
    Batch,
    Document,
    DocumentStatus,
    ExtractionRecord,
    ItemState,
    Pemda,
    ReviewItem,
    Role,
    Unit,
    User,
)
from review.pipeline import priority_for

MODEL_VERSION = "test-2026.11"
T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
_counter = itertools.count(1)


@dataclass
class World:
    pemda_a: Pemda
    pemda_b: Pemda
    unit_a: Unit  # Dinas Kesehatan of pemda A
    unit_a2: Unit  # Dinas Pendidikan of pemda A
    unit_b: Unit
    admin: User
    reviewer_a: User
    reviewer_a2: User
    reviewer_b: User
    auditor_a: User
    uploader_a: User
    uploader_b: User
    batch_a: Batch
    batch_b: Batch


def make_world(session: Session) -> World:
    pemda_a = Pemda(code="7605", name="Kabupaten Majene")
    pemda_b = Pemda(code="3273", name="Kota Bandung")
    session.add_all([pemda_a, pemda_b])
    session.flush()
    unit_a = Unit(pemda_id=pemda_a.id, name="Dinas Kesehatan")
    unit_a2 = Unit(pemda_id=pemda_a.id, name="Dinas Pendidikan")
    unit_b = Unit(pemda_id=pemda_b.id, name="Dinas Kependudukan dan Pencatatan Sipil")
    session.add_all([unit_a, unit_a2, unit_b])
    session.flush()

    def user(name: str, role: Role, unit: Unit | None = None, pemda: list[Pemda] | None = None) -> User:
        # The hash is never checked here: these tests call the service functions, not the login.
        person = User(username=name, password_hash="argon2-not-used-in-these-tests", role=role)
        person.unit = unit
        person.pemda = pemda or []
        session.add(person)
        return person

    world_users = {
        "admin": user("admin", Role.admin),
        "reviewer_a": user("rina", Role.reviewer, pemda=[pemda_a]),
        "reviewer_a2": user("yusuf", Role.reviewer, pemda=[pemda_a]),
        "reviewer_b": user("budi", Role.reviewer, pemda=[pemda_b]),
        "auditor_a": user("sari", Role.auditor, pemda=[pemda_a]),
        "uploader_a": user("dinkes", Role.uploader, unit=unit_a),
        "uploader_b": user("dukcapil", Role.uploader, unit=unit_b),
    }
    session.flush()
    batch_a = Batch(unit_id=unit_a.id, uploader_id=world_users["uploader_a"].id, refused=[])
    batch_b = Batch(unit_id=unit_b.id, uploader_id=world_users["uploader_b"].id, refused=[])
    session.add_all([batch_a, batch_b])
    session.flush()
    return World(pemda_a, pemda_b, unit_a, unit_a2, unit_b, batch_a=batch_a, batch_b=batch_b, **world_users)


def assessment_dict(
    *,
    document_type: str = "proposal",
    bentuk: str = "pelayanan_publik",
    urusan: str = "kesehatan",
    urusan_also: tuple[str, ...] = (),
    jenis: str = "digital",
    tahapan: str = "penerapan",
    inisiator: str = "opd",
    confidence: float = 0.9,
    found: dict[str, int | None] | None = None,
    negated: tuple[str, ...] = (),
    nama_inovasi: str | None = "SI-CANTIK",
    innovation_names: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    """An assessment in the contract's shape: all 20 indicators, evidence with page and quote."""
    found = found or {}
    indicators = []
    for number, indicator in enumerate(load_catalogue().indicators, start=1):
        hit = indicator.code in found
        indicators.append(
            {
                "code": indicator.code,
                "found": hit,
                "level": found.get(indicator.code) if hit else None,
                "evidence": [
                    {
                        "page": number % 4 + 1,
                        "quote": f"Bukti {indicator.name} untuk inovasi {nama_inovasi}.",
                        "start": 10,
                        "end": 60,
                    }
                ]
                if hit
                else [],
                "note": f"negated: '{indicator.code} belum ada'" if indicator.code in negated else None,
            }
        )
    names = (
        list(innovation_names) if innovation_names is not None else ([nama_inovasi] if nama_inovasi else [])
    )
    return {
        "document_type": {"label": document_type, "confidence": confidence},
        "bentuk": {"label": bentuk, "confidence": min(1.0, confidence + 0.05)},
        "urusan": {"label": urusan, "confidence": min(1.0, confidence + 0.02), "also": list(urusan_also)},
        "jenis": {"label": jenis, "confidence": min(1.0, confidence + 0.04)},
        "tahapan": {"label": tahapan, "confidence": min(1.0, confidence + 0.01)},
        "inisiator": {"label": inisiator, "confidence": min(1.0, confidence + 0.03)},
        "indicators": indicators,
        "missing_indicators": [i["code"] for i in indicators if not i["found"]],
        "profile": {
            "nama_inovasi": nama_inovasi,
            "innovation_names": names,
            "opd": "Dinas Kesehatan",
            "pemda": "Kabupaten Majene",
            "inisiator": inisiator,
            "waktu_uji_coba": "2022-03-01",
            "waktu_penerapan": "2023-01-02",
            "rancang_bangun_words": 412,
            "rancang_bangun_short": False,
            "sections": {"permasalahan": "Antrean panjang di puskesmas."},
        },
        "needs_review": confidence < 0.8,
        "review_reasons": ["low_confidence:document_type"] if confidence < 0.8 else [],
        "model_version": MODEL_VERSION,
    }


def add_document(
    session: Session,
    world: World,
    *,
    unit: Unit | None = None,
    batch: Batch | None = None,
    assessment: dict[str, Any] | None = None,
    file_name: str | None = None,
    age_minutes: int = 0,
    pages: tuple[str, ...] = (
        "Proposal inovasi SI-CANTIK",
        "Dasar hukum: Peraturan Bupati Nomor 12 Tahun 2023",
    ),
    with_item: bool = True,
) -> Document:
    """A document as the pipeline leaves it: original's hash, extraction, assessment and a queue item
    whose copied columns and priority follow the assessment."""
    unit = unit or world.unit_a
    batch = batch or (world.batch_b if unit.pemda_id == world.pemda_b.id else world.batch_a)
    assessment = assessment or assessment_dict()
    n = next(_counter)
    sha = hashlib.sha256(f"document {n} {file_name}".encode()).hexdigest()
    created = T0 + timedelta(minutes=age_minutes)
    document = Document(
        batch_id=batch.id,
        unit_id=unit.id,
        uploader_id=batch.uploader_id,
        file_name=file_name or f"dokumen-{n}.pdf",
        sha256=sha,
        size=1000 + n,
        media_type="application/pdf",
        status=DocumentStatus.queued,
        created_at=created,
    )
    session.add(document)
    session.add(
        ExtractionRecord(
            sha256=sha,
            data={
                "sha256": sha,
                "media_type": "application/pdf",
                "pages": [{"number": i + 1, "text": t, "source": "text"} for i, t in enumerate(pages)],
                "text": "\f".join(pages),
            },
            quality="good",
            pages=len(pages),
            ocr_pages=0,
        )
    )
    record = AssessmentRecord(sha256=sha, model_version=MODEL_VERSION, data=assessment)
    session.add(record)
    session.flush()
    if with_item:
        add_item(session, document, record, unit, created)
    return document


def add_item(
    session: Session, document: Document, record: AssessmentRecord, unit: Unit, created: datetime
) -> None:
    data = record.data
    catalogue = load_catalogue()
    confidence = min(data[f]["confidence"] for f in ("document_type", "bentuk", "urusan", "jenis", "tahapan"))
    missing = data["missing_indicators"]
    missing_mandatory = sum(1 for code in missing if catalogue.indicator(code).mandatory)
    session.add(
        ReviewItem(
            document_id=document.id,
            assessment_id=record.id,
            state=ItemState.pending,
            confidence=confidence,
            missing_mandatory=missing_mandatory,
            priority=priority_for(confidence, missing_mandatory),
            needs_review=data["needs_review"],
            reasons=data["review_reasons"],
            # Plain codes per field, as review.pipeline stores them.
            labels={
                f: data[f]["label"]
                for f in ("document_type", "bentuk", "urusan", "jenis", "tahapan", "inisiator")
            },
            missing_indicators=missing,
            pemda_id=unit.pemda_id,
            unit_id=unit.id,
            batch_id=document.batch_id,
            document_type=data["document_type"]["label"],
            bentuk=data["bentuk"]["label"],
            urusan=data["urusan"]["label"],
            jenis=data["jenis"]["label"],
            tahapan=data["tahapan"]["label"],
            created_at=created,
        )
    )
    session.flush()


def item_of(session: Session, document: Document) -> ReviewItem:
    from sqlalchemy import select

    return session.scalars(select(ReviewItem).where(ReviewItem.document_id == document.id)).one()


def error_code(call, *args, **kwargs) -> str:
    with pytest.raises(ReviewError) as caught:
        call(*args, **kwargs)
    return caught.value.code
