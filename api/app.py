"""The JSON API application. `create_app()` is all a server needs: the lifespan builds the Context (the
database migrated to the newest schema) and the job runner from the settings unless they are given."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI

from api import errors, web
from api.logging import RequestIdMiddleware
from api.metrics import make_registry
from api.routes import batches, documents, dossiers, exports, health, queue, tokens, users
from review.context import Context
from review.settings import Settings

if TYPE_CHECKING:
    from review.runners import Runner

API_DESCRIPTION = """Jaring gathers a region's innovation documents, classifies them and queues them for
review. Get a token with `POST /api/v1/tokens` (or `jaring token create`) and send it as
`Authorization: Bearer <token>`. Every refusal is `{"error": {"code", "message"}}` with a stable code."""


def create_app(ctx: Context | None = None, runner: Runner | None = None) -> FastAPI:
    """The API. A Context or runner passed in belongs to the caller (started, stopped and closed there);
    whatever the app builds itself it also starts at startup and stops at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        context = ctx if ctx is not None else Context.create(Settings())
        job_runner = runner
        if job_runner is None:
            from review.runners import make_runner  # the runner module pulls in the pipeline and workers

            job_runner = make_runner(context)
            job_runner.start()
        app.state.ctx = context
        app.state.runner = job_runner
        app.state.metrics = make_registry(context.sessions)
        try:
            yield
        finally:
            if runner is None:
                job_runner.stop()
            if ctx is None:
                context.close()

    app = FastAPI(
        title="Jaring",
        version="0.1.0",
        summary="Intake, classification and review of regional innovation documents.",
        description=API_DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    errors.install(app)
    app.add_middleware(RequestIdMiddleware)
    for module in (tokens, users, documents, batches, queue, dossiers, exports, health):
        app.include_router(module.router)
    # The pages for people (Bahasa Indonesia) share the app's Context and runner through app.state.
    web.install(app, ctx.settings if ctx is not None else Settings())
    return app
