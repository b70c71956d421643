"""`jaring ingest PATH… --unit ID`: uploads files and folders as one batch through the same code path as the
API (review.receive, then the runner), shows progress, and lists the files that failed."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy import func, select
from tqdm import tqdm

from review.models import Batch, Document, DocumentStatus, Role, User

if TYPE_CHECKING:
    from review.context import Context
    from review.receive import Upload

_SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
_SETTLED = (
    DocumentStatus.queued,
    DocumentStatus.decided,
    DocumentStatus.rejected,
    DocumentStatus.failed,
    DocumentStatus.duplicate,
)
_WAIT_POLL_S = 0.5


def uploads_for(paths: list[Path]) -> list[Upload]:
    """Files as given, folders walked (hidden files skipped); names relative to the folder given."""
    from review.receive import Upload

    uploads: list[Upload] = []
    for path in paths:
        if path.is_dir():
            uploads += [Upload(str(f.relative_to(path)), f) for f in _walk(path)]
        else:
            uploads.append(Upload(path.name, path))
    return uploads


def _walk(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.rglob("*")):
        relative = child.relative_to(folder).parts
        if (
            child.is_file()
            and not any(p.startswith(".") for p in relative)
            and child.name not in _SKIPPED_NAMES
        ):
            yield child


def _uploader(ctx: Context, username: str | None) -> User:
    with ctx.sessions() as session:
        query = select(User).where(User.active.is_(True))
        if username is not None:
            user = session.scalar(query.where(User.username == username))
            problem = f"no active user {username!r}"
        else:
            user = session.scalar(query.where(User.role == Role.admin).order_by(User.id).limit(1))
            problem = "no administrator yet; start `jaring serve` once or pass --username"
        if user is None:
            typer.echo(f"error: {problem}", err=True)
            raise typer.Exit(2)
        _ = user.unit  # loaded now: the access check reads it after the session closes
        return user


def _settled_count(ctx: Context, batch_id: int) -> int:
    with ctx.sessions() as session:
        settled = session.scalar(
            select(func.count()).where(Document.batch_id == batch_id, Document.status.in_(_SETTLED))
        )
        return int(settled or 0) + len(session.get(Batch, batch_id).refused or [])


def _wait(ctx: Context, batch_id: int, total: int) -> None:
    bar = tqdm(total=total, desc="processing", unit="file", file=sys.stderr, disable=not sys.stderr.isatty())
    with bar:
        while (done := _settled_count(ctx, batch_id)) < total:
            bar.update(done - bar.n)
            time.sleep(_WAIT_POLL_S)
        bar.update(done - bar.n)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked); ZIP files are batches.")],
    unit: Annotated[int, typer.Option("--unit", help="The unit (OPD) the documents belong to.")],
    username: Annotated[
        str | None, typer.Option("--username", help="Upload as this user (default: the first admin).")
    ] = None,
    dossier: Annotated[
        int | None, typer.Option("--dossier", help="Add the documents to this dossier.")
    ] = None,
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="Wait until every file is processed.")
    ] = True,
) -> None:
    """Upload documents as one batch; processing runs on this machine's workers or on Celery workers."""
    # Loaded here, not at import: the classifier behind them would slow every other command's start.
    from review.context import Context
    from review.errors import ReviewError
    from review.pipeline import ModelUnavailable
    from review.receive import batch_summary, receive
    from review.runners import make_runner
    from review.settings import Settings

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    ctx = Context.create(Settings())
    try:
        uploader = _uploader(ctx, username)
        uploads = uploads_for(paths)
        if not uploads:
            typer.echo("error: no files to upload", err=True)
            raise typer.Exit(2)
        runner = make_runner(ctx)
        if wait:
            try:
                runner.start()  # before receiving: a service that cannot process says so first
            except ModelUnavailable as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2) from None
        try:
            try:
                batch_id, files = receive(ctx, uploads, uploader=uploader, unit_id=unit, dossier_id=dossier)
            except ReviewError as exc:
                typer.echo(f"error: {exc.code}: {exc.message}", err=True)
                raise typer.Exit(2) from None
            new = [f.document_id for f in files if f.document_id is not None and f.duplicate_of is None]
            typer.echo(f"batch {batch_id}: {len(files)} file(s) received, {len(new)} to process", err=True)
            runner.submit(new)
            if wait:
                _wait(ctx, batch_id, len(files))
        except KeyboardInterrupt:
            typer.echo("interrupted: the files received are stored and stay queued for processing", err=True)
            raise typer.Exit(130) from None
        finally:
            if wait:
                runner.stop()
        with ctx.sessions() as session:
            summary = batch_summary(session, batch_id)
    finally:
        ctx.close()
    states = ", ".join(f"{state} {n}" for state, n in sorted(summary["by_state"].items()))
    typer.echo(f"batch {batch_id}: {summary['total']} file(s): {states}")
    for failed in summary["failed"]:
        typer.echo(f"FAILED {failed['file']}: {failed['code']}: {failed['message']}")
    raise typer.Exit(1 if summary["failed"] else 0)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
