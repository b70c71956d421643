"""Exports within the caller's reach: dossier completeness (XLSX, CSV), the decision trail (CSV), and the
corrections as training data (JSON lines in the corpus label format)."""

from datetime import date

from fastapi import APIRouter, Response

from api.deps import CurrentUser, IdQuery, SessionDep
from review.access import require_role
from review.exports import (
    completeness_csv,
    completeness_rows,
    completeness_xlsx,
    decisions_csv,
    training_jsonl,
)
from review.models import Role

router = APIRouter(prefix="/api/v1/exports", tags=["exports"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TRAIL_READERS = (Role.admin, Role.reviewer, Role.auditor)


def _download(data: bytes, media_type: str, stem: str, suffix: str) -> Response:
    name = f"jaring-{stem}-{date.today().isoformat()}.{suffix}"
    return Response(
        data, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def _binary(media_type: str) -> dict:
    return {200: {"content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


@router.get("/completeness.xlsx", response_class=Response, responses=_binary(XLSX))
def export_completeness_xlsx(
    user: CurrentUser, session: SessionDep, pemda_id: IdQuery = None, unit_id: IdQuery = None
) -> Response:
    """One row per dossier: indicators found, estimated score, mandatory indicators missing."""
    rows = completeness_rows(session, user, pemda_id=pemda_id, unit_id=unit_id)
    return _download(completeness_xlsx(rows), XLSX, "completeness", "xlsx")


@router.get("/completeness.csv", response_class=Response, responses=_binary("text/csv"))
def export_completeness_csv(
    user: CurrentUser, session: SessionDep, pemda_id: IdQuery = None, unit_id: IdQuery = None
) -> Response:
    """The same rows as the XLSX export, as CSV (UTF-8)."""
    rows = completeness_rows(session, user, pemda_id=pemda_id, unit_id=unit_id)
    return _download(completeness_csv(rows), "text/csv; charset=utf-8", "completeness", "csv")


@router.get("/decisions.csv", response_class=Response, responses=_binary("text/csv"))
def export_decisions(user: CurrentUser, session: SessionDep) -> Response:
    """The decision trail: who decided what, when, labels before and after."""
    require_role(user, *TRAIL_READERS)
    return _download(decisions_csv(session, user), "text/csv; charset=utf-8", "decisions", "csv")


@router.get("/training.jsonl", response_class=Response, responses=_binary("application/x-ndjson"))
def export_training(user: CurrentUser, session: SessionDep) -> Response:
    """Reviewed documents as labelled examples (corpus format), for `jaring train`."""
    require_role(user, *TRAIL_READERS)
    return _download(training_jsonl(session, user), "application/x-ndjson", "training", "jsonl")
