"""Batches: one upload of many files, with counts per state and the files that failed."""

from typing import Any

from fastapi import APIRouter

from api.deps import CurrentUser, IdPath, SessionDep
from review.access import check_read
from review.errors import ReviewError
from review.models import Batch, Unit
from review.receive import batch_summary

router = APIRouter(prefix="/api/v1/batches", tags=["documents"])


@router.get("/{batch_id}")
def get_batch(batch_id: IdPath, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """`{id, total, by_state: {state: n}, failed: [{file, code, message}]}`."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise ReviewError("not_found", what="batch")
    unit = session.get(Unit, batch.unit_id)
    check_read(user, batch.unit_id, unit.pemda_id if unit else -1, what="batch")
    return batch_summary(session, batch_id)
