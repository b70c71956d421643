"""Setting up a fresh install offline: `jaring pemda add`, `jaring unit add`, `jaring user add`,
`jaring token create`. Each prints one JSON object (the token command prints the bare token, once)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

import typer

T = TypeVar("T")

pemda_app = typer.Typer(help="Regional governments (pemda).", no_args_is_help=True)
unit_app = typer.Typer(help="Units (OPD) of a pemda.", no_args_is_help=True)
user_app = typer.Typer(help="Users and their roles.", no_args_is_help=True)
token_app = typer.Typer(help="API bearer tokens.", no_args_is_help=True)


@contextmanager
def _session() -> Iterator:
    from review.context import Context
    from review.db import transaction

    ctx = Context.create()
    try:
        with transaction(ctx.sessions) as session:
            yield session
    finally:
        ctx.close()


def _run(work: Callable[..., T]) -> T:
    """Runs `work(session)` in one transaction; a refusal is printed with its code and exits 2."""
    from review.errors import ReviewError

    try:
        with _session() as session:
            return work(session)
    except ReviewError as exc:
        typer.echo(f"error: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(2) from None


def _print(record: dict) -> None:
    typer.echo(json.dumps(record, ensure_ascii=False))


@pemda_app.command("add")
def pemda_add(
    code: Annotated[str, typer.Option("--code", help="Short unique code, e.g. kab-contoh.")],
    name: Annotated[str, typer.Option("--name", help="Name, e.g. Kabupaten Contoh.")],
) -> None:
    """Add a regional government."""
    from sqlalchemy import select

    from review.errors import ReviewError
    from review.models import Pemda

    def work(session) -> dict:
        if session.scalar(select(Pemda.id).where(Pemda.code == code)) is not None:
            raise ReviewError("invalid", detail=f"a pemda with code {code!r} exists")
        pemda = Pemda(code=code, name=name)
        session.add(pemda)
        session.flush()
        return {"id": pemda.id, "code": pemda.code, "name": pemda.name}

    _print(_run(work))


@unit_app.command("add")
def unit_add(
    pemda: Annotated[int, typer.Option("--pemda", help="Id of the pemda.")],
    name: Annotated[str, typer.Option("--name", help="Name of the unit (OPD).")],
) -> None:
    """Add a unit (OPD) to a pemda."""
    from sqlalchemy import select

    from review.errors import ReviewError
    from review.models import Pemda, Unit

    def work(session) -> dict:
        if session.get(Pemda, pemda) is None:
            raise ReviewError("unknown_pemda", pemda=pemda)
        if session.scalar(select(Unit.id).where(Unit.pemda_id == pemda, Unit.name == name)) is not None:
            raise ReviewError("invalid", detail=f"the pemda already has a unit named {name!r}")
        unit = Unit(pemda_id=pemda, name=name)
        session.add(unit)
        session.flush()
        return {"id": unit.id, "pemda_id": unit.pemda_id, "name": unit.name}

    _print(_run(work))


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Option("--username")],
    role: Annotated[str, typer.Option("--role", help="admin, uploader, reviewer or auditor.")],
    unit: Annotated[int | None, typer.Option("--unit", help="Unit id (uploaders).")] = None,
    pemda: Annotated[
        list[int] | None, typer.Option("--pemda", help="Pemda id (reviewers, auditors); repeatable.")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
    ] = False,
) -> None:
    """Add a user. Without --password-stdin a one-time password is generated and printed."""
    import secrets

    from review.auth import create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        one_time = False
    else:
        password = secrets.token_urlsafe(12)
        one_time = True

    def work(session) -> dict:
        user = create_user(
            session,
            username=username,
            role=role,
            password=password,
            unit_id=unit,
            pemda_ids=pemda or (),
            must_change_password=one_time,
        )
        record = {
            "id": user.id,
            "username": user.username,
            "role": user.role.value,
            "unit_id": user.unit_id,
            "pemda_ids": sorted(p.id for p in user.pemda),
        }
        if one_time:
            record["one_time_password"] = password
        return record

    _print(_run(work))


@token_app.command("create")
def token_create(
    username: Annotated[str, typer.Option("--username")],
    name: Annotated[str, typer.Option("--name", help="What the token is for.")] = "cli",
) -> None:
    """Create an API token for a user and print it (it is shown only once)."""
    from sqlalchemy import select

    from review.auth import create_token
    from review.errors import ReviewError
    from review.models import User

    def work(session) -> str:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise ReviewError("not_found", what="user")
        return create_token(session, user, name)

    typer.echo(_run(work))


def register(app: typer.Typer) -> None:
    app.add_typer(pemda_app, name="pemda")
    app.add_typer(unit_app, name="unit")
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
