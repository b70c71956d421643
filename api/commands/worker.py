"""`jaring worker`: a Celery worker for this app on JARING_REDIS_URL, processing uploaded documents."""

from __future__ import annotations

from typing import Annotated

import typer

from review.settings import Settings


def worker(
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", min=1, help="Worker processes (default JARING_WORKERS).")
    ] = None,
    loglevel: Annotated[str, typer.Option("--loglevel", help="DEBUG, INFO, WARNING or ERROR.")] = "INFO",
) -> None:
    """Run a Celery worker: takes documents from Redis, extracts, classifies and queues them for review."""
    from review.celery_app import run_worker  # Celery loads only for this command
    from review.pipeline import ModelUnavailable

    try:
        run_worker(Settings(), concurrency=concurrency, loglevel=loglevel)
    except ModelUnavailable as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    app.command()(worker)
