"""The role matrix: every endpoint × every role, with the status each role must get.

Roles: admin; the uploader of unit A1 (where the world's documents are); the uploader of unit A2 (same
pemda, another unit); the reviewer of pemda A; the reviewer of pemda B; the auditor of pemda A; anonymous.
Out of reach reads as absent (404), a role that may never do something gets 403, no token gets 401.

Cases that change state get their own target (a fresh token, a fresh item, a unique name) so the cases are
independent of each other and of their order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from review.auth import create_token, set_password
from review.db import transaction
from review.models import User
from tests.api.conftest import ROLES, TEST_PASSWORD, World

A, U, OU, R, OR, AU, AN = ROLES


def expect(default: int, **by_role: int) -> dict[str, int]:
    """Statuses per role: `default` for every authenticated role unless named, 401 for anonymous."""
    statuses = {role: default for role in ROLES}
    statuses["anonymous"] = 401
    statuses.update(by_role)
    return statuses


READ_A1 = expect(200, other_uploader=404, other_reviewer=404)  # a unit A1 thing: others see nothing
ADMIN_ONLY_WRITE = expect(403, admin=201)
QUEUE_WRITE = expect(403, admin=200, reviewer=200, other_reviewer=404)


@dataclass
class Case:
    name: str
    method: str
    path: str | Callable[[World, str], str]
    statuses: dict[str, int]
    body: Callable[[World, str], dict] | None = None
    upload: bool = False

    def url(self, world: World, role: str) -> str:
        return self.path(world, role) if callable(self.path) else self.path.format(**world.ids)


def username(role: str) -> str:
    return {"admin": "root", "anonymous": "root"}.get(role, role)


def _spare_token(world: World, role: str) -> str:
    """A token of the caller's own (anonymous: the admin's) that the case may revoke."""
    with transaction(world.ctx.sessions) as session:
        user = session.query(User).filter_by(username=username(role)).one()
        create_token(session, user, "spare")
    listed = world.client.get("/api/v1/tokens", headers=world.h(role if role != "anonymous" else "admin"))
    return f"/api/v1/tokens/{max(t['id'] for t in listed.json())}"


def _decision_target(world: World, role: str) -> str:
    """Admin and the pemda's reviewer each decide an item of their own, claimed first; the others aim at
    an item they may not touch (they are refused before any state is looked at)."""
    item = {"admin": world.ids["item_a4"], "reviewer": world.ids["item_a5"]}.get(role, world.ids["item_a3"])
    if role in ("admin", "reviewer"):
        claimed = world.client.post(f"/api/v1/queue/{item}/claim", headers=world.h(role))
        assert claimed.status_code == 200, claimed.text
    return f"/api/v1/queue/{item}/decision"


def _unique(world: World, role: str) -> str:
    return f"{role}-{world.backend}-{len(world.ids)}"


CASES = [
    Case(
        "create token",
        "POST",
        "/api/v1/tokens",
        expect(201, anonymous=401),
        body=lambda w, role: {
            "username": username(role),
            "password": TEST_PASSWORD if role != "anonymous" else "wrong-password",
        },
    ),
    Case("list own tokens", "GET", "/api/v1/tokens", expect(200)),
    Case("revoke a token", "DELETE", _spare_token, expect(204)),
    Case("who am I", "GET", "/api/v1/users/me", expect(200)),
    Case(
        "change own password",
        "POST",
        "/api/v1/users/me/password",
        expect(200),
        body=lambda w, role: {"current_password": TEST_PASSWORD, "new_password": "sementara-berganti-1"},
    ),
    Case(
        "add pemda",
        "POST",
        "/api/v1/pemda",
        ADMIN_ONLY_WRITE,
        body=lambda w, role: {"code": _unique(w, role), "name": "Kabupaten Uji"},
    ),
    Case("list pemda", "GET", "/api/v1/pemda", expect(200)),
    Case(
        "add unit",
        "POST",
        "/api/v1/units",
        ADMIN_ONLY_WRITE,
        body=lambda w, role: {"pemda_id": w.ids["pemda_a"], "name": _unique(w, role)},
    ),
    Case("list units", "GET", "/api/v1/units", expect(200)),
    Case(
        "add user",
        "POST",
        "/api/v1/users",
        ADMIN_ONLY_WRITE,
        body=lambda w, role: {
            "username": _unique(w, role),
            "role": "auditor",
            "pemda_ids": [w.ids["pemda_a"]],
            "password": "sementara-123",
        },
    ),
    Case("list users", "GET", "/api/v1/users", expect(403, admin=200)),
    Case("upload", "POST", "/api/v1/documents", expect(403, admin=202, uploader=202), upload=True),
    Case("list documents", "GET", "/api/v1/documents", expect(200)),
    Case("get document", "GET", "/api/v1/documents/{doc_a1}", READ_A1),
    Case("get original", "GET", "/api/v1/documents/{doc_a1}/original", READ_A1),
    Case("get batch", "GET", "/api/v1/batches/{batch_a}", READ_A1),
    Case("list queue", "GET", "/api/v1/queue", expect(200, uploader=403, other_uploader=403)),
    Case("claim", "POST", "/api/v1/queue/{item_a2}/claim", QUEUE_WRITE),
    Case("release", "POST", "/api/v1/queue/{item_a2}/release", QUEUE_WRITE),
    Case(
        "decide",
        "POST",
        _decision_target,
        expect(403, admin=201, reviewer=201, other_reviewer=404),
        body=lambda w, role: {"action": "accept"},
    ),
    Case(
        "bulk decision",
        "POST",
        "/api/v1/queue/bulk-decision",
        expect(200, uploader=403, other_uploader=403, auditor=403),
        body=lambda w, role: {"unit_id": w.ids["unit_a2"], "action": "accept"},  # a unit with no items
    ),
    Case("list dossiers", "GET", "/api/v1/dossiers", expect(200)),
    Case(
        "create dossier",
        "POST",
        "/api/v1/dossiers",
        expect(201, other_uploader=403, other_reviewer=403, auditor=403),
        body=lambda w, role: {"unit_id": w.ids["unit_a1"], "name": _unique(w, role)},
    ),
    Case(
        "add documents to a dossier",
        "POST",
        "/api/v1/dossiers/{dossier_a}/documents",
        expect(200, other_uploader=404, other_reviewer=404, auditor=403),
        body=lambda w, role: {"document_ids": [w.ids["doc_a1"]]},
    ),
    Case("dossier suggestions", "GET", "/api/v1/dossiers/suggestions?unit_id={unit_a1}", READ_A1),
    Case("completeness", "GET", "/api/v1/dossiers/{dossier_a}/completeness", READ_A1),
    Case("export completeness xlsx", "GET", "/api/v1/exports/completeness.xlsx", expect(200)),
    Case("export completeness csv", "GET", "/api/v1/exports/completeness.csv", expect(200)),
    Case(
        "export decisions",
        "GET",
        "/api/v1/exports/decisions.csv",
        expect(200, uploader=403, other_uploader=403),
    ),
    Case(
        "export training",
        "GET",
        "/api/v1/exports/training.jsonl",
        expect(200, uploader=403, other_uploader=403),
    ),
    Case("healthz", "GET", "/healthz", expect(200, anonymous=200)),
    Case("readyz", "GET", "/readyz", expect(200, anonymous=200)),
    Case("metrics", "GET", "/metrics", expect(200, anonymous=200)),
]


def test_every_route_of_the_app_is_in_the_matrix(world: World) -> None:
    """GIVEN the app's routes WHEN compared with the matrix THEN every JSON API route is covered"""
    routes = {
        (method, route.path)
        for route in world.client.app.routes
        for method in getattr(route, "methods", ()) or ()
        if route.path.startswith(("/api/", "/healthz", "/readyz", "/metrics")) and method != "HEAD"
    }
    covered = {(c.method, _template(c)) for c in CASES}
    assert routes <= covered, routes - covered


def _template(case: Case) -> str:
    names = {
        "revoke a token": "/api/v1/tokens/{token_id}",
        "decide": "/api/v1/queue/{item_id}/decision",
    }
    if case.name in names:
        return names[case.name]
    path = case.path.split("?")[0]
    for old, new in (
        ("{doc_a1}", "{document_id}"),
        ("{batch_a}", "{batch_id}"),
        ("{item_a2}", "{item_id}"),
        ("{dossier_a}", "{dossier_id}"),
    ):
        path = path.replace(old, new)
    return path


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.replace(" ", "-"))
def test_role_matrix(world: World, case: Case, role: str) -> None:
    """GIVEN a user of a role (or no token) WHEN it calls the endpoint THEN it gets the status the matrix
    gives that role, and a refusal carries a stable error code"""
    url = case.url(world, role)
    if case.upload:
        first = sorted(world.texts)[0]  # a file unit A1 has: accepted uploads come back as duplicates
        r = world.upload(role, [(first, world.texts[first])], unit_id=world.ids["unit_a1"])
    else:
        body = case.body(world, role) if case.body else None
        r = world.client.request(case.method, url, json=body, headers=world.h(role))
    expected = case.statuses[role]
    assert r.status_code == expected, f"{case.name} as {role}: {r.status_code} {r.text[:300]}"
    if expected >= 400:
        codes = {401: "bad_credentials" if case.name == "create token" else "not_authenticated"}
        codes |= {403: "forbidden", 404: "not_found"}
        assert r.json()["error"]["code"] == codes[expected]
    _restore(world, case, role, r.status_code)


def _restore(world: World, case: Case, role: str, status: int) -> None:
    if case.name == "claim" and status == 200:
        assert world.client.post(
            f"/api/v1/queue/{world.ids['item_a2']}/release", headers=world.h(role)
        ).is_success
    if case.name == "change own password" and status == 200:
        with transaction(world.ctx.sessions) as session:
            user = session.query(User).filter_by(username=username(role)).one()
            set_password(session, user, TEST_PASSWORD)
