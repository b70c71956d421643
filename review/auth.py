"""Who is asking: argon2 password hashes, API bearer tokens, the first administrator.

Tokens are 32 random bytes (URL-safe base64), shown once and stored only as their sha256, so a copy of the
database cannot be used to log in. There are no default credentials: the first start creates `admin` with a
random one-time password that must be changed."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from review.errors import ReviewError
from review.models import ApiToken, Pemda, Role, Unit, User

_hasher = PasswordHasher()

FIRST_ADMIN = "admin"
MIN_PASSWORD_LENGTH = 8
# A token's last_used_at is written at most this often, so reads do not turn into writes on every request.
_TOUCH_EVERY = timedelta(minutes=1)
# Checking against this keeps an unknown username as slow as a wrong password (no enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(pw: str) -> str:
    return _hasher.hash(pw)


def verify_password(hash: str, pw: str) -> bool:
    try:
        return _hasher.verify(hash, pw)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(
            "invalid", detail=f"the password must have at least {MIN_PASSWORD_LENGTH} characters"
        )


def create_user(
    session: Session,
    *,
    username: str,
    role: Role | str,
    password: str,
    unit_id: int | None = None,
    pemda_ids: Iterable[int] = (),
    must_change_password: bool = False,
) -> User:
    """A new user, checked against the role rules: an uploader belongs to exactly one unit; reviewers and
    auditors to one or more pemda; an admin to neither."""
    username = (username or "").strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise ReviewError("invalid", detail="a username is 1-100 characters without spaces")
    try:
        role = Role(role)
    except ValueError:
        raise ReviewError("invalid", detail=f"unknown role {role!r}") from None
    _check_password_rules(password)
    pemda_ids = list(dict.fromkeys(pemda_ids))
    if role is Role.uploader:
        if unit_id is None or pemda_ids:
            raise ReviewError("invalid", detail="an uploader belongs to one unit and no pemda")
        if session.get(Unit, unit_id) is None:
            raise ReviewError("unknown_unit", unit=unit_id)
    elif role in (Role.reviewer, Role.auditor):
        if unit_id is not None or not pemda_ids:
            raise ReviewError("invalid", detail=f"a {role.value} works in one or more pemda and no unit")
    elif unit_id is not None or pemda_ids:
        raise ReviewError("invalid", detail="an admin belongs to no unit or pemda")
    pemda = []
    for pid in pemda_ids:
        p = session.get(Pemda, pid)
        if p is None:
            raise ReviewError("unknown_pemda", pemda=pid)
        pemda.append(p)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ReviewError("duplicate_username")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        unit_id=unit_id,
        active=True,
        must_change_password=must_change_password,
    )
    user.pemda = pemda
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    _check_password_rules(password)
    user.password_hash = hash_password(password)
    user.must_change_password = False
    session.flush()


def create_token(session: Session, user: User, name: str = "", *, expires_in: timedelta | None = None) -> str:
    """A new bearer token for the user. The plaintext is returned once and never stored."""
    token = secrets.token_urlsafe(32)
    expires_at = datetime.now(UTC) + expires_in if expires_in is not None else None
    session.add(
        ApiToken(user_id=user.id, token_hash=_token_hash(token), name=name[:100], expires_at=expires_at)
    )
    session.flush()
    return token


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def user_for_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_hash(token)))
    if row is None or row.revoked:
        return None
    now = datetime.now(UTC)
    expires_at = _aware(row.expires_at)
    if expires_at is not None and expires_at <= now:
        return None
    user = row.user
    if not user.active:
        return None
    last = _aware(row.last_used_at)
    if last is None or now - last >= _TOUCH_EVERY:
        row.last_used_at = now
        session.flush()
    return user


def token_id_for(session: Session, token: str) -> int | None:
    return session.scalar(select(ApiToken.id).where(ApiToken.token_hash == _token_hash(token)))


def list_tokens(session: Session, user: User) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))


def revoke_token(session: Session, user: User, token_id: int) -> ApiToken:
    """Revokes one of the user's tokens (an admin may revoke anyone's)."""
    row = session.get(ApiToken, token_id)
    if row is None or (row.user_id != user.id and user.role is not Role.admin):
        raise ReviewError("not_found", what="token")
    row.revoked = True
    session.flush()
    return row


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not user.active or not verify_password(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.flush()
    return user


def ensure_first_admin(session: Session) -> str | None:
    """Creates `admin` with a one-time password when there is no administrator; returns that password
    (to be printed once on the terminal), or None when an administrator already exists."""
    if session.scalar(select(User.id).where(User.role == Role.admin).limit(1)) is not None:
        return None
    password = secrets.token_urlsafe(12)
    username = FIRST_ADMIN
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        username = f"{FIRST_ADMIN}-{secrets.token_hex(3)}"  # "admin" taken by a non-admin: never demote it
    create_user(session, username=username, role=Role.admin, password=password, must_change_password=True)
    return password
