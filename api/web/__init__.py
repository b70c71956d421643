"""The web pages for people (Bahasa Indonesia): server-rendered with Jinja2 on the review service's
functions, with a little plain JavaScript on top. `install(app)` adds them to the FastAPI app; the pages
use the Context and runner the app's lifespan puts on app.state, like the JSON API does."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from api.web.common import HERE
from review.settings import Settings

SESSION_COOKIE = "jaring_sesi"
SESSION_MAX_AGE_S = 12 * 60 * 60  # one working day


def session_secret(settings: Settings) -> str:
    """settings.session_secret, or a random secret kept in the data directory so sessions survive a
    restart and every server process of one installation signs cookies alike."""
    if settings.session_secret:
        return settings.session_secret
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "session_secret"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def install(app: FastAPI, settings: Settings | None = None) -> None:
    """Adds the page routes, /static and the signed session cookie. Call before the app starts (the
    middleware stack is fixed then), with the same settings the app's Context uses."""
    from api.web import audit, documents, dossiers, login, model, queue_pages, upload

    for module in (login, upload, queue_pages, documents, dossiers, audit, model):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings or Settings()),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE_S,
        same_site="lax",  # with the CSRF token: cross-site POSTs carry no session
        https_only=False,  # served on loopback or behind a TLS proxy that sets Secure
    )
