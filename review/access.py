"""Who may see and do what. Every query of documents, items, dossiers and exports goes through these
scopes, so a role's reach is decided in one place.

- admin: everything, and manages users and units;
- uploader: its own unit's documents and dossiers; uploads there; no queue;
- reviewer: the documents, queue and dossiers of its pemda (one or more); decides items;
- auditor: reads and exports in its pemda; changes nothing."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, true

from review.errors import ReviewError
from review.models import Role, User


def require_role(user: User, *roles: Role) -> None:
    if user.role not in roles:
        raise ReviewError("forbidden")


def pemda_ids(user: User) -> list[int] | None:
    """The pemda a user reaches; None means all (admin)."""
    if user.role is Role.admin:
        return None
    if user.role is Role.uploader:
        return [user.unit.pemda_id] if user.unit else []
    return [p.id for p in user.pemda]


def row_filter(user: User, unit_col, pemda_col) -> ColumnElement[bool]:
    """A WHERE clause limiting rows (with a unit and a pemda column) to what the user may read."""
    if user.role is Role.admin:
        return true()
    if user.role is Role.uploader:
        return unit_col == user.unit_id if user.unit_id is not None else false()
    ids = pemda_ids(user) or []
    return pemda_col.in_(ids) if ids else false()


def can_read(user: User, unit_id: int, pemda_id: int) -> bool:
    if user.role is Role.admin:
        return True
    if user.role is Role.uploader:
        return user.unit_id == unit_id
    return pemda_id in (pemda_ids(user) or [])


def check_read(user: User, unit_id: int, pemda_id: int, what: str = "document") -> None:
    # Out of reach reads as absent: a unit cannot probe for other units' document ids.
    if not can_read(user, unit_id, pemda_id):
        raise ReviewError("not_found", what=what)


def check_upload(user: User, unit_id: int) -> None:
    if user.role is Role.admin:
        return
    if user.role is not Role.uploader or user.unit_id != unit_id:
        raise ReviewError("forbidden")


def check_review(user: User, pemda_id: int) -> None:
    if user.role is Role.admin:
        return
    if user.role is not Role.reviewer or pemda_id not in (pemda_ids(user) or []):
        raise ReviewError("forbidden")
