"""Dossiers: one innovation's documents together, and its evidence completeness."""

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import CurrentUser, IdField, IdPath, IdQuery, SessionDep, Text
from review.access import require_role
from review.dossiers import add_documents, completeness, create_dossier, list_dossiers, suggest_dossiers
from review.errors import ReviewError
from review.models import Role

router = APIRouter(prefix="/api/v1/dossiers", tags=["dossiers"])

EDITORS = (Role.admin, Role.uploader, Role.reviewer)
DocumentIds = Annotated[list[IdField], Field(max_length=1000)]


class DossierIn(BaseModel):
    unit_id: IdField
    name: Annotated[Text, Field(min_length=1, max_length=300)]
    document_ids: DocumentIds = []


class DossierDocuments(BaseModel):
    document_ids: Annotated[list[IdField], Field(min_length=1, max_length=1000)]


@router.get("")
def get_dossiers(user: CurrentUser, session: SessionDep, unit_id: IdQuery = None) -> list[dict[str, Any]]:
    """Dossiers the caller reaches."""
    return list_dossiers(session, user, unit_id=unit_id)


@router.post("", status_code=201)
def post_dossier(body: DossierIn, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """A new dossier of a unit, optionally with documents."""
    require_role(user, *EDITORS)
    return create_dossier(session, user, unit_id=body.unit_id, name=body.name, document_ids=body.document_ids)


@router.get("/suggestions")
def get_suggestions(user: CurrentUser, session: SessionDep, unit_id: IdQuery = None) -> list[dict[str, Any]]:
    """Groups of a unit's documents that name the same innovation (nama_inovasi): dossiers to make."""
    unit = unit_id if unit_id is not None else user.unit_id
    if unit is None:
        raise ReviewError("invalid", detail="unit_id is required")
    return suggest_dossiers(session, user, unit)


@router.post("/{dossier_id}/documents")
def post_dossier_documents(
    dossier_id: IdPath, body: DossierDocuments, user: CurrentUser, session: SessionDep
) -> dict[str, Any]:
    """Adds documents of the dossier's unit to it."""
    require_role(user, *EDITORS)
    return add_documents(session, user, dossier_id, body.document_ids)


@router.get("/{dossier_id}/completeness")
def get_completeness(dossier_id: IdPath, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Evidence per indicator across the dossier's documents (document, page, quote), the estimated score
    (0-111) and the mandatory indicators still missing."""
    return completeness(session, user, dossier_id)
