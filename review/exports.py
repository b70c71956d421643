"""Exports: dossier completeness (CSV, XLSX), the decisions audit trail (CSV) and corrected decisions as
training examples (JSON lines in the corpus label format, samples/corpus/README.md).

CSV files are UTF-8 with a byte-order mark so spreadsheet programs read Indonesian names right."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifier.catalogue import LABEL_FIELDS, load_catalogue
from review import decisions as dec
from review.access import require_role, row_filter
from review.dossiers import dossier_documents, score_documents
from review.models import (
    Action,
    AssessmentRecord,
    Decision,
    Document,
    Dossier,
    ExtractionRecord,
    Pemda,
    ReviewItem,
    Role,
    Unit,
    User,
)

FIXED_COLUMNS = ("pemda", "unit", "dossier_id", "dossier", "documents")
SUMMARY_COLUMNS = ("score", "max_score", "percentage", "band", "missing_mandatory")
DECISION_COLUMNS = (
    "decision_id",
    "created_at",
    "reviewer",
    "action",
    "document_id",
    "file",
    "pemda",
    "unit",
    "labels_before",
    "labels_after",
    "indicators_changed",
    "comment",
)


# Completeness ----------------------------------------------------------------------------------------


def completeness_columns() -> list[str]:
    return [*FIXED_COLUMNS, *load_catalogue().codes("indicators"), *SUMMARY_COLUMNS]


def completeness_rows(
    session: Session, user: User, *, pemda_id: int | None = None, unit_id: int | None = None
) -> list[dict[str, Any]]:
    """One row per dossier the user may read: each indicator's level (0 = no evidence), score, band and
    the ★ indicators missing."""
    query = (
        select(Dossier, Unit.name, Pemda.name)
        .join(Unit, Unit.id == Dossier.unit_id)
        .join(Pemda, Pemda.id == Unit.pemda_id)
        .where(row_filter(user, Dossier.unit_id, Unit.pemda_id))
        .order_by(Pemda.name, Unit.name, Dossier.name, Dossier.id)
    )
    if pemda_id is not None:
        query = query.where(Unit.pemda_id == pemda_id)
    if unit_id is not None:
        query = query.where(Dossier.unit_id == unit_id)
    rows = session.execute(query).all()
    documents = dossier_documents(session, [d.id for d, _, _ in rows])
    catalogue = load_catalogue()
    out = []
    for dossier, unit_name, pemda_name in rows:
        result = score_documents(documents.get(dossier.id, []), catalogue)
        row: dict[str, Any] = {
            "pemda": pemda_name,
            "unit": unit_name,
            "dossier_id": dossier.id,
            "dossier": dossier.name,
            "documents": result["documents_scored"],
        }
        row.update({i["code"]: i["level"] for i in result["indicators"]})
        row.update(
            score=result["score"],
            max_score=result["max_score"],
            percentage=result["percentage"],
            band=result["band"],
            missing_mandatory=", ".join(result["missing_mandatory"]),
        )
        out.append(row)
    return out


def completeness_csv(rows: list[dict[str, Any]]) -> bytes:
    return _csv(completeness_columns(), rows)


def completeness_xlsx(rows: list[dict[str, Any]]) -> bytes:
    """A workbook with one sheet: a bold, frozen header row and one row per dossier."""
    columns = completeness_columns()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kelengkapan"
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    for index, column in enumerate(columns, start=1):
        longest = max([len(column), *(len(str(r.get(column) or "")) for r in rows)])
        # Text columns get room up to a limit; the 20 level columns stay narrow.
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 6), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Audit trail -----------------------------------------------------------------------------------------


def decisions_csv(session: Session, user: User) -> bytes:
    """Every decision the user may read, oldest first: who decided what, and what changed."""
    require_role(user, Role.admin, Role.reviewer, Role.auditor)
    rows = session.execute(
        select(Decision, User.username, Document.file_name, Unit.name, Pemda.name)
        .join(User, User.id == Decision.reviewer_id)
        .join(Document, Document.id == Decision.document_id)
        .join(Unit, Unit.id == Document.unit_id)
        .join(Pemda, Pemda.id == Unit.pemda_id)
        .where(row_filter(user, Document.unit_id, Unit.pemda_id))
        .order_by(Decision.created_at, Decision.id)
    )
    return _csv(DECISION_COLUMNS, (_decision_row(*row) for row in rows))


def _decision_row(decision: Decision, reviewer: str, file_name: str, unit: str, pemda: str) -> dict[str, Any]:
    return {
        "decision_id": decision.id,
        "created_at": decision.created_at.isoformat() if decision.created_at else "",
        "reviewer": reviewer,
        "action": str(decision.action),
        "document_id": decision.document_id,
        "file": file_name,
        "pemda": pemda,
        "unit": unit,
        "labels_before": _json(decision.labels_before),
        "labels_after": _json(decision.labels_after),
        "indicators_changed": _indicator_changes(decision.indicators_before, decision.indicators_after),
        "comment": decision.comment or "",
    }


def _indicator_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> str:
    """'regulasi: 0→2; sdm: 1→0' — level 0 meaning no evidence, '?' a level that cannot be read."""
    old = {i["code"]: i for i in before or []}
    changes = []
    for entry in after or []:
        if not entry.get("corrected"):
            continue
        was = old.get(entry["code"], {})
        changes.append(f"{entry['code']}: {_level_text(was)}→{_level_text(entry)}")
    return "; ".join(changes)


def _level_text(entry: dict[str, Any]) -> str:
    if not entry.get("found"):
        return "0"
    return str(entry["level"]) if entry.get("level") else "?"


# Training data ---------------------------------------------------------------------------------------


def training_jsonl(session: Session, user: User) -> bytes:
    """Each document's latest decision, when it is a correction, as a labelled corpus example with the
    document's extracted text: the reviewers' corrections become training data for `jaring train`."""
    require_role(user, Role.admin, Role.reviewer, Role.auditor)
    latest = select(func.max(Decision.id)).group_by(Decision.document_id)
    rows = session.execute(
        select(Decision, Document, Pemda.name, ExtractionRecord.data, AssessmentRecord.data)
        .join(Document, Document.id == Decision.document_id)
        .join(Unit, Unit.id == Document.unit_id)
        .join(Pemda, Pemda.id == Unit.pemda_id)
        .join(ExtractionRecord, ExtractionRecord.sha256 == Document.sha256)
        .join(ReviewItem, ReviewItem.id == Decision.review_item_id)
        .join(AssessmentRecord, AssessmentRecord.id == ReviewItem.assessment_id)
        .where(
            Decision.id.in_(latest),
            Decision.action == Action.correct,
            row_filter(user, Document.unit_id, Unit.pemda_id),
        )
        .order_by(Decision.id)
    )
    lines = [json.dumps(training_example(*row), ensure_ascii=False) for row in rows]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


def training_example(
    decision: Decision,
    document: Document,
    pemda_name: str,
    extraction: dict[str, Any],
    assessment: dict[str, Any] | None,
) -> dict[str, Any]:
    """One record of samples/corpus/README.md's labels.jsonl, plus the text the labels describe."""
    labels = decision.labels_after or {}
    profile = (assessment or {}).get("profile") or {}
    found = {i["code"]: i.get("level") for i in decision.indicators_after or [] if i.get("found")}
    # The model's negated mentions stay negated unless a reviewer said the evidence is there.
    negated = [
        i["code"]
        for i in (assessment or {}).get("indicators") or []
        if str(i.get("note") or "").startswith("negated") and i["code"] not in found
    ]
    record: dict[str, Any] = {"file": f"{document.id:06d}-{_safe_stem(document.file_name)}.txt"}
    record.update({name: labels.get(name) for name in LABEL_FIELDS})
    record["urusan_also"] = list(labels.get(dec.URUSAN_ALSO) or [])
    record.update(
        nama_inovasi=profile.get("nama_inovasi"),
        opd=profile.get("opd"),
        pemda=profile.get("pemda") or pemda_name,
        indicators=found,
        negated=negated,
        tags=["review_correction"],
        text=extraction_text(extraction),
        source={"document_id": document.id, "decision_id": decision.id, "sha256": document.sha256},
    )
    return record


def extraction_text(extraction: dict[str, Any]) -> str:
    """The document's text with pages separated by form feeds, as the corpus files are."""
    if isinstance(extraction.get("text"), str):
        return extraction["text"]
    return "\f".join(page.get("text", "") for page in extraction.get("pages") or [])


# Helpers ---------------------------------------------------------------------------------------------


def _csv(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    # A cell starting with = + - @ would run as a formula in a spreadsheet: quote it (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _safe_stem(file_name: str) -> str:
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:80] or "document"
