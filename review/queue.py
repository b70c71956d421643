"""The review queue: least certain documents first, claimed one reviewer at a time, then decided.

Claims are leases (settings.claim_lease_s, 15 minutes by default) so a reviewer who walks away does not
hold an item forever; the holder renews by claiming again. Two reviewers never both win an item: every
change of a ReviewItem goes through its version column (optimistic lock), and bulk decisions use one
guarded UPDATE that re-checks the state and the claim in the database."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from classifier.catalogue import load_catalogue
from review import decisions as dec
from review.access import check_read, check_review, require_role, row_filter
from review.errors import ReviewError
from review.models import (
    INDICATOR_BITS,
    Action,
    AssessmentRecord,
    Decision,
    Document,
    DocumentStatus,
    ItemState,
    ReviewItem,
    Role,
    User,
    utcnow,
)
from review.settings import Settings

OPEN_STATES = (ItemState.pending, ItemState.claimed)
STATE_FILTERS = ("pending", "claimed", "decided", "open", "all")  # "open" (the default) = not decided
BULK_CHUNK = 500
# Filters on a copied label column, checked against the catalogue so a typo is an error, not an empty page.
LABEL_FILTERS = {"urusan": "urusan", "bentuk": "bentuk", "jenis": "jenis", "document_type": "document_type"}


@dataclass
class QueueFilters:
    pemda_id: int | None = None
    unit_id: int | None = None
    urusan: str | None = None
    bentuk: str | None = None
    jenis: str | None = None
    document_type: str | None = None
    missing_indicator: str | None = None
    state: str | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    batch_id: int | None = None


# Listing ---------------------------------------------------------------------------------------------


def list_queue(
    session: Session,
    user: User,
    filters: QueueFilters | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of the queue in priority order, and the number of items matching the filters."""
    require_role(user, Role.admin, Role.reviewer, Role.auditor)
    if not 1 <= limit <= 500 or offset < 0:
        raise ReviewError("invalid", detail="limit must be 1-500 and offset 0 or more.")
    now = _utc(now)
    where = queue_conditions(user, filters or QueueFilters(), now)
    total = session.scalar(select(func.count()).select_from(ReviewItem).where(*where)) or 0
    # Two steps: the sort runs over narrow, indexed columns only (id, priority, created_at), then the
    # page's 50 full rows are fetched by id. Sorting whole rows (JSON columns included) was ~10x slower.
    page_ids = list(
        session.scalars(
            select(ReviewItem.id)
            .where(*where)
            .order_by(ReviewItem.priority.desc(), ReviewItem.created_at, ReviewItem.id)
            .limit(limit)
            .offset(offset)
        )
    )
    if not page_ids:
        return [], total
    rows = session.execute(
        select(ReviewItem, Document.file_name)
        .join(Document, Document.id == ReviewItem.document_id)
        .where(ReviewItem.id.in_(page_ids))
    ).all()
    position = {item_id: n for n, item_id in enumerate(page_ids)}
    rows.sort(key=lambda row: position[row[0].id])
    return [item_dict(item, file_name, now) for item, file_name in rows], total


def queue_conditions(user: User, filters: QueueFilters, now: datetime) -> list[ColumnElement[bool]]:
    """WHERE clauses on ReviewItem's own (copied, indexed) columns only: no join needed to filter."""
    where: list[ColumnElement[bool]] = [row_filter(user, ReviewItem.unit_id, ReviewItem.pemda_id)]
    for value, column in (
        (filters.pemda_id, ReviewItem.pemda_id),
        (filters.unit_id, ReviewItem.unit_id),
        (filters.batch_id, ReviewItem.batch_id),
    ):
        if value is not None:
            where.append(column == value)
    catalogue = load_catalogue()
    for name, field_name in LABEL_FILTERS.items():
        value = getattr(filters, name)
        if value is None:
            continue
        if value not in catalogue.codes(field_name):
            raise ReviewError("invalid", detail=f"{value!r} is not a {field_name} code.")
        where.append(getattr(ReviewItem, name) == value)
    if filters.missing_indicator is not None:
        where.append(missing_indicator_condition(filters.missing_indicator))
    where.extend(_confidence_conditions(filters))
    where.append(state_condition(filters.state, now))
    return where


def missing_indicator_condition(code: str) -> ColumnElement[bool]:
    """Items whose missing indicators include `code`: its bit in missing_mask (kept in step with the
    missing_indicators list by the model), which the queue's order index carries, so the filter is
    checked on index entries without reading rows. A code without a bit (added to the catalogue after
    INDICATOR_BITS) falls back to matching the quoted code in the list's JSON text."""
    if code not in load_catalogue().codes("indicators"):
        raise ReviewError("invalid", detail=f"{code!r} is not an indicator code.")
    if code in INDICATOR_BITS:
        return ReviewItem.missing_mask.bitwise_and(1 << INDICATOR_BITS.index(code)) != 0
    return cast(ReviewItem.missing_indicators, Text).like(f'%"{code}"%')


def _confidence_conditions(filters: QueueFilters) -> list[ColumnElement[bool]]:
    out = []
    for name, bound in (
        ("min_confidence", filters.min_confidence),
        ("max_confidence", filters.max_confidence),
    ):
        if bound is None:
            continue
        if not isinstance(bound, int | float) or math.isnan(bound) or not 0.0 <= bound <= 1.0:
            raise ReviewError("invalid", detail=f"{name} must be a number from 0 to 1.")
        out.append(
            ReviewItem.confidence >= bound if name == "min_confidence" else ReviewItem.confidence <= bound
        )
    lo, hi = filters.min_confidence, filters.max_confidence
    if lo is not None and hi is not None and lo > hi:
        raise ReviewError("invalid", detail="min_confidence is greater than max_confidence.")
    return out


def state_condition(state: str | None, now: datetime) -> ColumnElement[bool]:
    """States as a reviewer sees them: a claim whose lease has run out is pending again."""
    state = state or "open"
    if state == "open":
        return ReviewItem.state.in_(OPEN_STATES)
    if state == "pending":
        # pending, or claimed with a lapsed lease: written with an IN first so it is an index range (an OR
        # of the two states made PostgreSQL scan the whole table).
        return and_(
            ReviewItem.state.in_(OPEN_STATES),
            or_(ReviewItem.state == ItemState.pending, ReviewItem.claim_expires_at < now),
        )
    if state == "claimed":
        return and_(ReviewItem.state == ItemState.claimed, ReviewItem.claim_expires_at >= now)
    if state == "decided":
        return ReviewItem.state == ItemState.decided
    if state == "all":
        return ReviewItem.id.is_not(None)
    raise ReviewError(
        "invalid", detail=f"Unknown state {state!r}; expected one of {', '.join(STATE_FILTERS)}."
    )


def item_dict(item: ReviewItem, file_name: str, now: datetime | None = None) -> dict[str, Any]:
    now = _utc(now)
    live = _lease_live(item, now)
    state = item.state if item.state is not ItemState.claimed or live else ItemState.pending
    return {
        "id": item.id,
        "document_id": item.document_id,
        "file": file_name,
        "priority": item.priority,
        "confidence": item.confidence,
        "labels": item.labels,
        "missing_indicators": item.missing_indicators,
        "missing_mandatory": item.missing_mandatory,
        "reasons": item.reasons,
        "state": str(state),
        "claimed_by": item.claimed_by_id if state is not ItemState.pending else None,
        "claim_expires_at": _iso(item.claim_expires_at) if state is ItemState.claimed else None,
        "unit_id": item.unit_id,
        "pemda_id": item.pemda_id,
        "batch_id": item.batch_id,
        "created_at": _iso(item.created_at),
    }


# Claims ----------------------------------------------------------------------------------------------


def claim(
    session: Session,
    item_id: int,
    user: User,
    *,
    now: datetime | None = None,
    lease_s: int | None = None,
) -> dict[str, Any]:
    """Takes (or renews) the lease on an item. Someone else's live lease refuses; a lapsed one is taken."""
    now = _utc(now)
    item = _item_for_review(session, item_id, user)
    if item.state is ItemState.decided:
        raise ReviewError("already_decided")
    if item.state is ItemState.claimed and item.claimed_by_id != user.id and _lease_live(item, now):
        raise ReviewError("claimed_by_other")
    file_name = item.document.file_name
    item.state = ItemState.claimed
    item.claimed_by_id = user.id
    item.claim_expires_at = now + timedelta(seconds=lease_s or Settings().claim_lease_s)
    _flush(session)
    return item_dict(item, file_name, now)


def release(session: Session, item_id: int, user: User, *, now: datetime | None = None) -> dict[str, Any]:
    """Gives the item back to the queue. The holder (or an admin) may; releasing a free item is a no-op."""
    now = _utc(now)
    item = _item_for_review(session, item_id, user)
    file_name = item.document.file_name
    if item.state is ItemState.decided:
        raise ReviewError("already_decided")
    if item.state is ItemState.claimed:
        held_by_other = item.claimed_by_id != user.id and _lease_live(item, now)
        if held_by_other and user.role is not Role.admin:
            raise ReviewError("claimed_by_other")
        item.state = ItemState.pending
        item.claimed_by_id = None
        item.claim_expires_at = None
        _flush(session)
    return item_dict(item, file_name, now)


# Decisions -------------------------------------------------------------------------------------------


def decide(
    session: Session,
    item_id: int,
    user: User,
    *,
    action: str | Action,
    labels: dict[str, Any] | None = None,
    indicators: Any = None,
    comment: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The holder's decision: accept keeps the labels, correct writes new labels and/or indicators,
    reject marks the document rejected. Appends one Decision; the item and the document become decided."""
    now = _utc(now)
    action = dec.parse_action(action)
    item = _item_for_review(session, item_id, user)
    if item.state is ItemState.decided:
        raise ReviewError("already_decided")
    _check_holder(item, user, now)
    catalogue = load_catalogue()
    new_labels = dec.validate_labels(labels, catalogue) if labels else {}
    corrections = dec.validate_indicators(indicators, catalogue) if indicators else {}
    if action is Action.correct and not (new_labels or corrections):
        raise ReviewError("invalid", detail="A correction needs new labels or indicator corrections.")
    if action is not Action.correct and (new_labels or corrections):
        raise ReviewError(
            "invalid", detail=f"Use action 'correct' to change labels or indicators, not '{action}'."
        )

    # Everything is read before anything changes, so no lazy load autoflushes a half-made decision.
    assessment = session.get(AssessmentRecord, item.assessment_id)
    document = item.document
    indicators_before = dec.indicators_from_assessment(assessment.data if assessment else {})
    indicators_after = dec.apply_indicators(indicators_before, corrections)
    labels_before = dec.label_codes(item.labels)
    decision = Decision(
        review_item_id=item.id,
        document_id=item.document_id,
        reviewer_id=user.id,
        action=action,
        labels_before=labels_before,
        labels_after={**labels_before, **new_labels},
        indicators_before=indicators_before,
        indicators_after=indicators_after,
        comment=comment,
        created_at=now,
    )
    with session.no_autoflush:
        if new_labels:
            _apply_labels(item, new_labels)
        if corrections:
            item.missing_indicators = [i["code"] for i in indicators_after if not i["found"]]
            item.missing_mandatory = sum(
                1 for code in item.missing_indicators if catalogue.indicator(code).mandatory
            )
        item.state = ItemState.decided
        item.decided_at = now
        item.claim_expires_at = None
        document.status = DocumentStatus.rejected if action is Action.reject else DocumentStatus.decided
        session.add(decision)
    _flush(session)
    return dec.decision_dict(decision)


def bulk_decide(
    session: Session,
    user: User,
    filters: QueueFilters | None,
    *,
    action: str | Action,
    comment: str | None = None,
    now: datetime | None = None,
) -> int:
    """Decides every open item the filters select that is free or the user's own (accept or reject only:
    a correction needs a person's look at one document). One Decision per item; returns how many."""
    now = _utc(now)
    action = dec.parse_action(action)
    require_role(user, Role.admin, Role.reviewer)
    if action is Action.correct:
        raise ReviewError("invalid", detail="Bulk decisions accept or reject; correct items one by one.")
    free = _free_for(user, now)
    where = [
        *queue_conditions(user, filters or QueueFilters(), now),
        ReviewItem.state != ItemState.decided,
        free,
    ]
    ids = list(session.scalars(select(ReviewItem.id).where(*where).order_by(ReviewItem.id)))
    decided = 0
    for start in range(0, len(ids), BULK_CHUNK):
        decided += _bulk_chunk(session, user, ids[start : start + BULK_CHUNK], action, comment, now)
    return decided


def _bulk_chunk(
    session: Session, user: User, ids: list[int], action: Action, comment: str | None, now: datetime
) -> int:
    rows = {
        item_id: (document_id, labels, data)
        for item_id, document_id, labels, data in session.execute(
            select(ReviewItem.id, ReviewItem.document_id, ReviewItem.labels, AssessmentRecord.data)
            .join(AssessmentRecord, AssessmentRecord.id == ReviewItem.assessment_id)
            .where(ReviewItem.id.in_(ids))
        )
    }
    # The guard is repeated in the UPDATE itself: an item decided or claimed by someone else since the
    # SELECT is left alone, and only the rows this statement changed get a Decision.
    won = session.scalars(
        update(ReviewItem)
        .where(ReviewItem.id.in_(ids), ReviewItem.state != ItemState.decided, _free_for(user, now))
        .values(
            state=ItemState.decided,
            decided_at=now,
            claimed_by_id=user.id,
            claim_expires_at=None,
            version=ReviewItem.version + 1,
        )
        .returning(ReviewItem.id)
        .execution_options(synchronize_session=False)
    ).all()
    if not won:
        return 0
    status = DocumentStatus.rejected if action is Action.reject else DocumentStatus.decided
    session.execute(
        update(Document)
        .where(Document.id.in_([rows[i][0] for i in won]))
        .values(status=status, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    for item_id in won:
        document_id, labels, data = rows[item_id]
        codes = dec.label_codes(labels)
        indicators = dec.indicators_from_assessment(data)
        session.add(
            Decision(
                review_item_id=item_id,
                document_id=document_id,
                reviewer_id=user.id,
                action=action,
                labels_before=codes,
                labels_after=codes,
                indicators_before=indicators,
                indicators_after=indicators,
                comment=comment,
                created_at=now,
            )
        )
    session.flush()
    return len(won)


# Helpers ---------------------------------------------------------------------------------------------


def _item_for_review(session: Session, item_id: int, user: User) -> ReviewItem:
    """The item, if the user may see it (else not_found) and review it (else forbidden)."""
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise ReviewError("not_found", what="review item")
    check_read(user, item.unit_id, item.pemda_id, what="review item")
    check_review(user, item.pemda_id)
    return item


def _check_holder(item: ReviewItem, user: User, now: datetime) -> None:
    if item.state is not ItemState.claimed or item.claimed_by_id is None:
        raise ReviewError("not_claimed")
    if item.claimed_by_id != user.id:
        raise ReviewError("claimed_by_other" if _lease_live(item, now) else "not_claimed")
    if not _lease_live(item, now):
        raise ReviewError("claim_expired")


def _free_for(user: User, now: datetime) -> ColumnElement[bool]:
    """Items nobody else holds: unclaimed, claimed by this user, or with a lapsed lease."""
    return or_(
        ReviewItem.claimed_by_id.is_(None),
        ReviewItem.claimed_by_id == user.id,
        ReviewItem.state == ItemState.pending,
        ReviewItem.claim_expires_at < now,
    )


def _apply_labels(item: ReviewItem, codes: dict[str, Any]) -> None:
    item.labels = dec.apply_labels(item.labels, codes)
    # The copied filter columns follow the corrected labels, so the queue filters see the correction.
    for name in ("document_type", "bentuk", "urusan", "jenis", "tahapan"):
        if name in codes:
            setattr(item, name, codes[name])


def _lease_live(item: ReviewItem, now: datetime) -> bool:
    expires = _aware(item.claim_expires_at)
    return expires is not None and expires > _aware(now)


def _utc(now: datetime | None) -> datetime:
    return _aware(now).astimezone(UTC) if now is not None else utcnow()


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands DateTime(timezone=True) back naive; every time the service writes is UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _iso(moment: datetime | None) -> str | None:
    moment = _aware(moment)
    return moment.isoformat() if moment else None


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        # Another session changed the item (claim, release, decision) after we read it.
        raise ReviewError("conflict") from exc
