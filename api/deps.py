"""Request dependencies: the Context and runner built at start, a database session per request, and the
user behind the bearer token."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, Field
from sqlalchemy.orm import Session

from api.errors import ApiError
from review.auth import user_for_token
from review.context import Context
from review.errors import ReviewError
from review.models import Role, User

bearer = HTTPBearer(
    auto_error=False, description="An API token from POST /api/v1/tokens or `jaring token create`."
)


def get_context(request: Request) -> Context:
    return request.app.state.ctx


def get_runner(request: Request):
    return request.app.state.runner


ContextDep = Annotated[Context, Depends(get_context)]
RunnerDep = Annotated[object, Depends(get_runner)]


def get_session(ctx: ContextDep) -> Iterator[Session]:
    """One session per request, committed when the handler returns normally and rolled back otherwise.
    Scoped to the handler (scope="function"), so the commit happens before the response is sent and a
    failing commit still reaches the error handlers."""
    with ctx.sessions() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
TokenDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def get_user_any(session: SessionDep, credentials: TokenDep) -> User:
    """The token's user, even one that still has to change a one-time password."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ReviewError("not_authenticated")
    user = user_for_token(session, credentials.credentials)
    if user is None:
        raise ReviewError("not_authenticated")
    session.commit()  # the last-used stamp: keep the write short, not held for the whole request
    return user


def get_current_user(user: Annotated[User, Depends(get_user_any)]) -> User:
    if user.must_change_password:
        raise ApiError("password_change_required")
    return user


CurrentUserAnyState = Annotated[User, Depends(get_user_any)]
CurrentUser = Annotated[User, Depends(get_current_user)]


def get_admin(user: CurrentUser) -> User:
    if user.role is not Role.admin:
        raise ReviewError("forbidden")
    return user


AdminUser = Annotated[User, Depends(get_admin)]


# Database ids: positive and within the tables' INTEGER columns (32-bit on PostgreSQL), so a huge number is
# a 422 here rather than an overflow in the database.
MAX_ID = 2**31 - 1
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
IdField = Annotated[int, Field(ge=1, le=MAX_ID)]


def _no_nul(value: str) -> str:
    # PostgreSQL text cannot hold NUL characters; refuse them as input instead of failing on insert.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]
