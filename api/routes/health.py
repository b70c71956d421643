"""Liveness, readiness and Prometheus metrics (no token needed: they reveal counts, never contents)."""

import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from api.metrics import render

router = APIRouter(tags=["health"])
log = logging.getLogger("jaring.api")


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


def _database_ok(request: Request) -> bool:
    try:
        with request.app.state.ctx.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("readiness: database unreachable")
        return False


def _workers_ok(request: Request) -> bool:
    runner = getattr(request.app.state, "runner", None)
    try:
        return runner is not None and bool(runner.healthy())
    except Exception:
        log.exception("readiness: runner health check failed")
        return False


@router.get("/readyz", responses={503: {"description": "database or workers unavailable"}})
async def readyz(request: Request) -> JSONResponse:
    """200 when the database answers and the job runner is healthy, else 503."""
    database = await run_in_threadpool(_database_ok, request)
    workers = await run_in_threadpool(_workers_ok, request)
    body = {
        "status": "ok" if database and workers else "unavailable",
        "database": "ok" if database else "unavailable",
        "workers": "ok" if workers else "unavailable",
    }
    return JSONResponse(body, status_code=200 if database and workers else 503)


@router.get("/metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    """Prometheus text format: documents by state, queue depth, processing-time histogram."""
    data = await run_in_threadpool(render, request.app.state.metrics)
    return Response(data, media_type=CONTENT_TYPE_LATEST)
