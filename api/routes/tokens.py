"""API tokens: exchange a username and password for a bearer token (shown once), list and revoke them."""

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from api.deps import CurrentUserAnyState, IdPath, SessionDep, Text
from review.auth import authenticate, create_token, list_tokens, revoke_token
from review.errors import ReviewError

router = APIRouter(prefix="/api/v1/tokens", tags=["auth"])


class TokenRequest(BaseModel):
    username: Annotated[Text, Field(min_length=1, max_length=100)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]
    name: Annotated[Text, Field(max_length=100)] = ""
    expires_in_days: Annotated[int | None, Field(ge=1, le=3650)] = None


class TokenCreated(BaseModel):
    token: str
    token_type: str = "bearer"
    username: str
    role: str
    must_change_password: bool
    expires_at: datetime | None


class TokenInfo(BaseModel):
    id: int
    name: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked: bool


@router.post("", status_code=201, responses={401: {"description": "bad_credentials"}})
def create_api_token(body: TokenRequest, session: SessionDep) -> TokenCreated:
    """A new bearer token for `Authorization: Bearer <token>`. The token is shown only in this answer."""
    user = authenticate(session, body.username, body.password)
    if user is None:
        raise ReviewError("bad_credentials")
    expires_in = timedelta(days=body.expires_in_days) if body.expires_in_days else None
    token = create_token(session, user, body.name, expires_in=expires_in)
    expires_at = datetime.now().astimezone() + expires_in if expires_in else None
    return TokenCreated(
        token=token,
        username=user.username,
        role=user.role.value,
        must_change_password=user.must_change_password,
        expires_at=expires_at,
    )


@router.get("")
def my_tokens(user: CurrentUserAnyState, session: SessionDep) -> list[TokenInfo]:
    """The caller's tokens (never their values)."""
    return [
        TokenInfo(
            id=t.id,
            name=t.name,
            created_at=t.created_at,
            expires_at=t.expires_at,
            last_used_at=t.last_used_at,
            revoked=t.revoked,
        )
        for t in list_tokens(session, user)
    ]


@router.delete("/{token_id}", status_code=204)
def revoke(token_id: IdPath, user: CurrentUserAnyState, session: SessionDep) -> Response:
    """Revokes one of the caller's tokens (admins: anyone's). It stops working at once."""
    revoke_token(session, user, token_id)
    return Response(status_code=204)
