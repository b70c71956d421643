"""`jaring serve`: the JSON API with the local job workers, on one machine."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Run the API (OpenAPI at /docs) and the local job workers.

    The first start creates the user `admin` and prints its one-time password."""
    import uvicorn
    from sqlalchemy import select

    from api.app import create_app
    from api.logging import configure_logging
    from review.auth import ensure_first_admin
    from review.context import Context
    from review.db import transaction
    from review.models import Role, User
    from review.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level)
    ctx = Context.create(settings)
    try:
        with transaction(ctx.sessions) as session:
            password = ensure_first_admin(session)
            admin = session.scalar(select(User.username).where(User.role == Role.admin).order_by(User.id))
        shown_host = f"[{host}]" if ":" in host else host
        url = f"http://{shown_host}:{port}"
        typer.echo(f"Jaring is serving on {url}  (API documentation: {url}/docs)")
        if password:
            typer.echo(
                f"First start: created the administrator {admin!r} with the one-time password\n\n"
                f"    {password}\n\n"
                "It is shown only now. Get a token with POST /api/v1/tokens and change the password with "
                "POST /api/v1/users/me/password."
            )
        uvicorn.run(create_app(ctx), host=host, port=port, log_config=None, access_log=False)
    finally:
        ctx.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
