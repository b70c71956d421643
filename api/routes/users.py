"""People and places: pemda, units (OPD) and users. Admins manage them; everyone can see themselves and
the units and pemda they reach."""

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.deps import AdminUser, CurrentUser, CurrentUserAnyState, IdField, SessionDep, Text
from review.access import pemda_ids
from review.auth import create_user, set_password, verify_password
from review.errors import ReviewError
from review.models import Pemda, Role, Unit, User

router = APIRouter(prefix="/api/v1", tags=["users and units"])

Name = Annotated[Text, Field(min_length=1, max_length=200)]


class PemdaIn(BaseModel):
    code: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
    name: Name


class PemdaOut(BaseModel):
    id: int
    code: str
    name: str


class UnitIn(BaseModel):
    pemda_id: IdField
    name: Name


class UnitOut(BaseModel):
    id: int
    pemda_id: int
    name: str


class UserIn(BaseModel):
    username: Annotated[Text, Field(min_length=1, max_length=100)]
    role: Role
    password: Annotated[str, Field(min_length=1, max_length=1000)]
    unit_id: IdField | None = None
    pemda_ids: Annotated[list[IdField], Field(max_length=1000)] = []
    must_change_password: bool = True


class UserOut(BaseModel):
    id: int
    username: str
    role: str
    unit_id: int | None
    pemda_ids: list[int]
    active: bool
    must_change_password: bool


class PasswordChange(BaseModel):
    current_password: Annotated[str, Field(min_length=1, max_length=1000)]
    new_password: Annotated[str, Field(min_length=1, max_length=1000)]


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        username=user.username,
        role=user.role.value,
        unit_id=user.unit_id,
        pemda_ids=sorted(p.id for p in user.pemda),
        active=user.active,
        must_change_password=user.must_change_password,
    )


@router.post("/pemda", status_code=201)
def add_pemda(body: PemdaIn, _admin: AdminUser, session: SessionDep) -> PemdaOut:
    """A regional government (admin only)."""
    if session.scalar(select(Pemda.id).where(Pemda.code == body.code)) is not None:
        raise ReviewError("invalid", detail=f"a pemda with code {body.code!r} exists")
    pemda = Pemda(code=body.code, name=body.name.strip())
    session.add(pemda)
    session.flush()
    return PemdaOut(id=pemda.id, code=pemda.code, name=pemda.name)


@router.get("/pemda")
def list_pemda(user: CurrentUser, session: SessionDep) -> list[PemdaOut]:
    """The pemda the caller reaches."""
    query = select(Pemda).order_by(Pemda.id)
    ids = pemda_ids(user)
    if ids is not None:
        query = query.where(Pemda.id.in_(ids))
    return [PemdaOut(id=p.id, code=p.code, name=p.name) for p in session.scalars(query)]


@router.post("/units", status_code=201)
def add_unit(body: UnitIn, _admin: AdminUser, session: SessionDep) -> UnitOut:
    """A unit (OPD) of a pemda (admin only)."""
    if session.get(Pemda, body.pemda_id) is None:
        raise ReviewError("unknown_pemda", pemda=body.pemda_id)
    unit = Unit(pemda_id=body.pemda_id, name=body.name.strip())
    session.add(unit)
    try:
        session.flush()
    except IntegrityError:
        raise ReviewError("invalid", detail=f"the pemda already has a unit named {body.name!r}") from None
    return UnitOut(id=unit.id, pemda_id=unit.pemda_id, name=unit.name)


@router.get("/units")
def list_units(user: CurrentUser, session: SessionDep) -> list[UnitOut]:
    """The units the caller reaches: an uploader its own, reviewers and auditors those of their pemda."""
    query = select(Unit).order_by(Unit.id)
    if user.role is Role.uploader:
        query = query.where(Unit.id == user.unit_id)
    elif (ids := pemda_ids(user)) is not None:
        query = query.where(Unit.pemda_id.in_(ids))
    return [UnitOut(id=u.id, pemda_id=u.pemda_id, name=u.name) for u in session.scalars(query)]


@router.post("/users", status_code=201)
def add_user(body: UserIn, _admin: AdminUser, session: SessionDep) -> UserOut:
    """A user (admin only). By default the password is one-time: the user must change it first."""
    user = create_user(
        session,
        username=body.username,
        role=body.role,
        password=body.password,
        unit_id=body.unit_id,
        pemda_ids=body.pemda_ids,
        must_change_password=body.must_change_password,
    )
    return user_out(user)


@router.get("/users")
def list_users(_admin: AdminUser, session: SessionDep) -> list[UserOut]:
    """All users (admin only)."""
    return [user_out(u) for u in session.scalars(select(User).order_by(User.id))]


@router.get("/users/me")
def me(user: CurrentUserAnyState) -> UserOut:
    """The caller."""
    return user_out(user)


@router.post("/users/me/password")
def change_password(body: PasswordChange, user: CurrentUserAnyState, session: SessionDep) -> UserOut:
    """Sets a new password (at least 8 characters); clears the one-time-password flag."""
    if not verify_password(user.password_hash, body.current_password):
        raise ReviewError("bad_credentials")
    if body.new_password == body.current_password:
        raise ReviewError("invalid", detail="the new password must differ from the current one")
    set_password(session, user, body.new_password)
    return user_out(user)
