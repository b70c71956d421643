"""review.auth: argon2 hashes, tokens stored only as their sha256, revocation and expiry, the first admin."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from review.auth import (
    authenticate,
    create_token,
    create_user,
    ensure_first_admin,
    hash_password,
    revoke_token,
    user_for_token,
    verify_password,
)
from review.context import Context
from review.db import transaction
from review.errors import ReviewError
from review.models import ApiToken, Role, User
from review.settings import Settings


@pytest.fixture
def sqlite_ctx(tmp_path: Path):
    ctx = Context.create(Settings(data_dir=tmp_path / "var"))
    yield ctx
    ctx.close()


def test_password_hashes_are_argon2_and_salted() -> None:
    """GIVEN one password hashed twice WHEN compared THEN both are argon2id, differ, and verify only it"""
    a, b = hash_password("kata-sandi-rahasia"), hash_password("kata-sandi-rahasia")
    assert a.startswith("$argon2id$") and a != b
    assert verify_password(a, "kata-sandi-rahasia") and not verify_password(a, "kata-sandi-lain")
    assert not verify_password("bukan-hash", "kata-sandi-rahasia")


def test_tokens_are_stored_hashed_and_can_be_revoked(sqlite_ctx: Context) -> None:
    """GIVEN a user and a new token WHEN the database is read THEN only the token's sha256 is there; the
    token finds its user until it is revoked"""
    with transaction(sqlite_ctx.sessions) as session:
        user = create_user(session, username="ani", role=Role.admin, password="kata-sandi-1")
        token = create_token(session, user, "laptop")
    with transaction(sqlite_ctx.sessions) as session:
        row = session.scalar(select(ApiToken))
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() and token not in row.token_hash
        assert user_for_token(session, token).username == "ani"
        assert user_for_token(session, token + "x") is None
        revoke_token(session, row.user, row.id)
    with transaction(sqlite_ctx.sessions) as session:
        assert user_for_token(session, token) is None


def test_expired_tokens_and_inactive_users_do_not_authenticate(sqlite_ctx: Context) -> None:
    """GIVEN a token that expired and a token of a deactivated user WHEN used THEN neither finds a user"""
    with transaction(sqlite_ctx.sessions) as session:
        user = create_user(session, username="budi", role=Role.admin, password="kata-sandi-1")
        expired = create_token(session, user, expires_in=timedelta(seconds=-1))
        other = create_user(session, username="citra", role=Role.admin, password="kata-sandi-1")
        live = create_token(session, other)
        other.active = False
    with transaction(sqlite_ctx.sessions) as session:
        assert user_for_token(session, expired) is None
        assert user_for_token(session, live) is None
        assert authenticate(session, "citra", "kata-sandi-1") is None
        assert authenticate(session, "budi", "kata-sandi-1").username == "budi"
        assert authenticate(session, "budi", "salah") is None


def test_the_first_admin_is_created_once_with_a_one_time_password(sqlite_ctx: Context) -> None:
    """GIVEN an empty database WHEN the first start runs twice THEN one admin exists, with a random password
    that must be changed, and the second start creates nothing"""
    with transaction(sqlite_ctx.sessions) as session:
        password = ensure_first_admin(session)
    assert password and len(password) >= 12
    with transaction(sqlite_ctx.sessions) as session:
        assert ensure_first_admin(session) is None
        admins = session.scalars(select(User).where(User.role == Role.admin)).all()
        assert [(a.username, a.must_change_password) for a in admins] == [("admin", True)]
        assert authenticate(session, "admin", password) is not None


def test_user_rules_per_role(sqlite_ctx: Context) -> None:
    """GIVEN role rules WHEN an uploader has no unit, a reviewer no pemda, an admin a unit THEN refused"""
    with transaction(sqlite_ctx.sessions) as session:
        for kwargs in (
            {"role": Role.uploader},
            {"role": Role.reviewer},
            {"role": Role.auditor, "unit_id": 1},
            {"role": Role.admin, "pemda_ids": [1]},
        ):
            with pytest.raises(ReviewError) as refused:
                create_user(session, username="x", password="kata-sandi-1", **kwargs)
            assert refused.value.code in ("invalid", "unknown_unit")
