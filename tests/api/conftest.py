"""An API world for the tests: the real app (create_app) through TestClient, on SQLite and on PostgreSQL
(the session's real server from tests/review/conftest.py), with two pemda, three units, a user of every
role, and documents that went through the real pipeline into the review queue.

Jobs run in the test process (InlineRunner: the same job code the workers run, review.jobs.work_one), so a
202 upload is processed by the time the test looks at the queue; one test in test_service.py runs the real
local worker pool instead."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from review.auth import create_token, create_user
from review.context import Context
from review.db import transaction
from review.jobs import work_one
from review.models import Role
from review.settings import Settings
from tests.classifier.tiny_corpus import write_tiny_corpus
from tests.review.conftest import (  # noqa: F401 - fixtures shared with the review tests
    TEST_PASSWORD,
    model_dir,
    pg_server,
)

ROLES = ("admin", "uploader", "other_uploader", "reviewer", "other_reviewer", "auditor", "anonymous")
UPLOAD_LIMIT = 256 * 1024  # small, so the oversize tests stream little


class InlineRunner:
    """Runs due jobs in the calling thread when documents are submitted (review.jobs.work_one)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.ran = 0

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def submit(self, document_ids: list[int]) -> None:
        while work_one(self.ctx, "api-test-inline") is not None:
            self.ran += 1

    def healthy(self) -> bool:
        return True


@dataclass
class World:
    client: TestClient
    ctx: Context
    backend: str
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)
    texts: dict[str, bytes] = field(default_factory=dict)

    def h(self, who: str) -> dict[str, str]:
        return {} if who == "anonymous" else {"Authorization": f"Bearer {self.tokens[who]}"}

    def upload(self, who: str, files: list[tuple[str, bytes]], **fields: object):
        return self.client.post(
            "/api/v1/documents",
            files=[("files", (name, data, "application/octet-stream")) for name, data in files],
            data={k: str(v) for k, v in fields.items()},
            headers=self.h(who),
        )

    def items_by_document(self) -> dict[int, dict]:
        r = self.client.get("/api/v1/queue", params={"state": "all", "limit": 500}, headers=self.h("admin"))
        assert r.status_code == 200, r.text
        return {item["document_id"]: item for item in r.json()["items"]}


def sample_texts(folder: Path) -> dict[str, bytes]:
    """Real Indonesian documents of the classifier tests' tiny corpus, as uploads."""
    corpus = write_tiny_corpus(folder)
    return {p.name: p.read_bytes() for p in sorted(corpus.glob("*.txt"))}


@pytest.fixture(scope="session")
def corpus_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return sample_texts(tmp_path_factory.mktemp("api-corpus"))


def _database(backend: str, request: pytest.FixtureRequest) -> tuple[str | None, object]:
    if backend == "sqlite":
        return None, None
    import psycopg

    server = request.getfixturevalue("pg_server")
    name = f"api_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return server.url(name), drop


def build_world(world: World) -> None:
    """People, places and documents, made through the API the way an administrator would."""
    c, texts = world.client, world.texts
    with transaction(world.ctx.sessions) as session:  # what `jaring user add` + `jaring token create` do
        root = create_user(session, username="root", role=Role.admin, password=TEST_PASSWORD)
        world.tokens["admin"] = create_token(session, root, "tests")
    admin = world.h("admin")

    def post(path: str, body: dict, headers: dict = admin) -> dict:
        r = c.post(path, json=body, headers=headers)
        assert r.status_code in (201, 202), (path, r.status_code, r.text)
        return r.json()

    world.ids["pemda_a"] = post("/api/v1/pemda", {"code": "kab-sukamaju", "name": "Kabupaten Sukamaju"})["id"]
    world.ids["pemda_b"] = post("/api/v1/pemda", {"code": "kota-lain", "name": "Kota Lain"})["id"]
    for key, pemda, name in (
        ("unit_a1", "pemda_a", "Dinas Kesehatan"),
        ("unit_a2", "pemda_a", "Dinas Pendidikan"),
        ("unit_b1", "pemda_b", "Dinas Kesehatan"),
    ):
        world.ids[key] = post("/api/v1/units", {"pemda_id": world.ids[pemda], "name": name})["id"]
    people = {
        "uploader": {"role": "uploader", "unit_id": world.ids["unit_a1"]},
        "other_uploader": {"role": "uploader", "unit_id": world.ids["unit_a2"]},
        "reviewer": {"role": "reviewer", "pemda_ids": [world.ids["pemda_a"]]},
        "other_reviewer": {"role": "reviewer", "pemda_ids": [world.ids["pemda_b"]]},
        "auditor": {"role": "auditor", "pemda_ids": [world.ids["pemda_a"]]},
    }
    for who, fields in people.items():
        body = {"username": who, "password": TEST_PASSWORD, "must_change_password": False, **fields}
        world.ids[f"user_{who}"] = post("/api/v1/users", body)["id"]
        world.tokens[who] = post("/api/v1/tokens", {"username": who, "password": TEST_PASSWORD})["token"]

    names = sorted(texts)
    a_files = [(name, texts[name]) for name in names[:5]]
    batch = post_upload(world, "uploader", a_files)
    world.ids["batch_a"] = batch["batch_id"]
    for i, document in enumerate(batch["documents"], 1):
        world.ids[f"doc_a{i}"] = document["id"]
    b = post_upload(world, "admin", [(names[5], texts[names[5]])], unit_id=world.ids["unit_b1"])
    world.ids["doc_b1"] = b["documents"][0]["id"]
    items = world.items_by_document()
    for key in [k for k in world.ids if k.startswith("doc_")]:
        world.ids[key.replace("doc_", "item_")] = items[world.ids[key]]["id"]
    dossier = post(
        "/api/v1/dossiers",
        {"unit_id": world.ids["unit_a1"], "name": "SI-CANTIK", "document_ids": [world.ids["doc_a1"]]},
        world.h("uploader"),
    )
    world.ids["dossier_a"] = dossier["id"]


def post_upload(world: World, who: str, files: list[tuple[str, bytes]], **fields: object) -> dict:
    r = world.upload(who, files, **fields)
    assert r.status_code == 202, r.text
    return r.json()


def make_world(
    backend: str, request: pytest.FixtureRequest, folder: Path, texts: dict[str, bytes]
) -> Iterator[World]:
    url, drop = _database(backend, request)
    settings = Settings(
        data_dir=folder / "var",
        database_url=url,
        model_dir=request.getfixturevalue("model_dir"),
        max_upload_bytes=UPLOAD_LIMIT,
        workers=1,
    )
    ctx = Context.create(settings)
    try:
        with TestClient(create_app(ctx, InlineRunner(ctx))) as client:
            world = World(client=client, ctx=ctx, backend=backend, texts=texts)
            build_world(world)
            yield world
    finally:
        ctx.close()
        if drop:
            drop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, corpus_texts: dict[str, bytes]
) -> Iterator[World]:
    """One world per test module and database backend; tests in a module share it (mind its state)."""
    yield from make_world(request.param, request, tmp_path_factory.mktemp("world"), corpus_texts)
