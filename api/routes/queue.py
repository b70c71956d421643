"""The review queue: least certain first; claim (a renewable lease), release, decide, bulk-accept."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import MAX_ID, CurrentUser, IdPath, SessionDep, Text
from review.access import require_role
from review.models import Action, Role
from review.queue import QueueFilters, bulk_decide, claim, decide, list_queue, release

router = APIRouter(prefix="/api/v1/queue", tags=["queue"])

READERS = (Role.admin, Role.reviewer, Role.auditor)
DECIDERS = (Role.admin, Role.reviewer)
Label = Annotated[Text | None, Field(max_length=40)]
Id = Annotated[int | None, Field(ge=1, le=MAX_ID)]


class QueueFilterModel(BaseModel):
    """Filters of the queue (all optional, combined with AND)."""

    pemda_id: Id = None
    unit_id: Id = None
    urusan: Label = None
    bentuk: Label = None
    jenis: Label = None
    document_type: Label = None
    missing_indicator: Label = None
    state: Literal["open", "pending", "claimed", "decided", "all"] | None = None  # default: open
    min_confidence: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    max_confidence: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    batch_id: Id = None

    def to_filters(self) -> QueueFilters:
        return QueueFilters(**self.model_dump(include=set(QueueFilterModel.model_fields)))


class QueueQuery(QueueFilterModel):
    limit: Annotated[int, Field(ge=1, le=500)] = 50
    offset: Annotated[int, Field(ge=0, le=10_000_000)] = 0


class QueuePage(BaseModel):
    items: list[dict[str, Any]]
    total: int


class DecisionIn(BaseModel):
    action: Action
    labels: dict[str, Any] | None = None
    indicators: Annotated[list[Any] | None, Field(max_length=100)] = None
    comment: Annotated[Text | None, Field(max_length=5000)] = None


class BulkDecisionIn(QueueFilterModel):
    action: Literal[Action.accept, Action.reject]
    comment: Annotated[Text | None, Field(max_length=5000)] = None


class BulkResult(BaseModel):
    decided: int


@router.get("")
def get_queue(query: Annotated[QueueQuery, Query()], user: CurrentUser, session: SessionDep) -> QueuePage:
    """Review items the caller reaches, highest priority (least certain) first."""
    require_role(user, *READERS)
    items, total = list_queue(session, user, query.to_filters(), limit=query.limit, offset=query.offset)
    return QueuePage(items=items, total=total)


@router.post("/bulk-decision")
def bulk_decision(body: BulkDecisionIn, user: CurrentUser, session: SessionDep) -> BulkResult:
    """One decision per pending item matching the filters (typically `accept` of a confident set)."""
    require_role(user, *DECIDERS)
    decided = bulk_decide(session, user, body.to_filters(), action=body.action, comment=body.comment)
    return BulkResult(decided=decided)


@router.post("/{item_id}/claim")
def claim_item(item_id: IdPath, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Claims the item for 15 minutes; claiming it again renews the lease."""
    require_role(user, *DECIDERS)
    return claim(session, item_id, user)


@router.post("/{item_id}/release")
def release_item(item_id: IdPath, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Gives the item back to the queue."""
    require_role(user, *DECIDERS)
    return release(session, item_id, user)


@router.post("/{item_id}/decision", status_code=201)
def decide_item(item_id: IdPath, body: DecisionIn, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Accept, correct (with the corrected labels and indicators) or reject a claimed item."""
    require_role(user, *DECIDERS)
    return decide(
        session,
        item_id,
        user,
        action=body.action,
        labels=body.labels,
        indicators=body.indicators,
        comment=body.comment,
    )
