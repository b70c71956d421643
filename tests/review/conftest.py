"""Real servers for the review tests: a PostgreSQL cluster (initdb + pg_ctl in a temporary directory) and a
redis-server, both on free ports, started once per session. `ctx` runs a test on SQLite and on PostgreSQL
(a fresh database per test). Locally a missing server binary skips with the reason; in CI the root
conftest turns that skip into a failure."""

from __future__ import annotations

import functools
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from review.auth import hash_password
from review.context import Context
from review.db import make_engine, migrate, transaction
from review.jobs import work_one
from review.models import Pemda, Role, Unit, User
from review.settings import Settings

SERVER_START_TIMEOUT_S = 60.0
TEST_PASSWORD = "rahasia-uji-123"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# PostgreSQL -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PgServer:
    port: int
    user: str = "jaring"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}"


def _pg_bindir() -> Path | None:
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb")).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _as_postgres_user(root: Path) -> list[str]:
    """PostgreSQL refuses to run as root: then the cluster belongs to the unprivileged `postgres` user."""
    if os.geteuid() != 0:
        return []
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root and there is no `postgres` user to run the test PostgreSQL server")
    os.chown(root, account.pw_uid, account.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server programs (initdb, pg_ctl) are not installed: Debian package postgresql"
        )
    root = Path(tempfile.mkdtemp(prefix="jaring-pg-"))  # under /tmp: reachable by the postgres user
    as_user = _as_postgres_user(root)
    data, log = root / "data", root / "server.log"
    server = PgServer(port=free_port())
    initdb = [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", server.user, "-A", "trust"]
    initdb += ["-E", "UTF8", "--no-sync", "--locale=C.UTF-8"]
    subprocess.run(initdb, check=True, capture_output=True)
    options = (
        f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200 "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    pg_ctl = [*as_user, str(bindir / "pg_ctl"), "-D", str(data)]
    started = subprocess.run(
        [*pg_ctl, "-l", str(log), "-w", "-t", str(int(SERVER_START_TIMEOUT_S)), "-o", options, "start"],
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        detail = log.read_text() if log.exists() else started.stderr
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {detail}")
    try:
        _make_template(server)
        yield server
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


TEMPLATE_DATABASE = "jaring_template"


def _make_template(server: PgServer) -> None:
    """A database migrated once per session: each test's database is a copy (fast), migrated again at
    Context.create all the same (a no-op when nothing is new)."""
    import psycopg

    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{TEMPLATE_DATABASE}"')
    engine = make_engine(server.url(TEMPLATE_DATABASE))
    try:
        migrate(engine)
    finally:
        engine.dispose()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database on the session's server, copied from the migrated template."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DATABASE}"')
    yield pg_server.url(name)
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Redis ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    executable = shutil.which("redis-server")
    if executable is None:
        pytest.skip("redis-server is not installed: Debian package redis-server")
    import redis

    port = free_port()
    log = (tmp_path_factory.mktemp("redis") / "redis.log").open("wb")
    command = [executable, "--port", str(port), "--bind", "127.0.0.1"]
    command += ["--save", "", "--appendonly", "no", "--daemonize", "no"]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"redis-server did not start (exit {process.returncode}); see {log.name}")
            time.sleep(0.1)
    try:
        yield port
    finally:
        client.close()
        process.terminate()
        process.wait(10)
        log.close()


@pytest.fixture
def redis_url(redis_server: int) -> str:
    import redis

    with redis.Redis(host="127.0.0.1", port=redis_server) as client:
        client.flushall()  # no messages left over from another test
    return f"redis://127.0.0.1:{redis_server}/0"


# The model ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped model (models/current); while none is shipped, one trained on the classifier tests'
    tiny corpus, so the pipeline runs against a real fitted Classifier either way."""
    from classifier.assess import current_model_dir

    try:
        shipped = current_model_dir()
        if (shipped / "model_card.json").is_file():
            return shipped
    except FileNotFoundError:
        pass
    from classifier.training import train
    from tests.classifier.tiny_corpus import write_tiny_corpus

    root = tmp_path_factory.mktemp("model")
    train(write_tiny_corpus(root / "corpus"), root / "tiny-test", refit=False)
    return root / "tiny-test"


# Contexts -------------------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """None means the default: a SQLite file in the data directory."""
    return request.getfixturevalue("pg_url") if backend == "postgresql" else None


@pytest.fixture
def test_settings(tmp_path: Path, database_url: str | None, model_dir: Path) -> Callable[..., Settings]:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "data_dir": tmp_path / "var",
            "database_url": database_url,
            "model_dir": model_dir,
            "runner": "local",
            "workers": 2,
            "job_backoff_s": 0.2,
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def make_ctx(test_settings: Callable[..., Settings]) -> Iterator[Callable[..., Context]]:
    """Contexts on this test's database (migrated), with setting overrides; closed at teardown."""
    made: list[Context] = []

    def make(**overrides: object) -> Context:
        made.append(Context.create(test_settings(**overrides)))
        return made[-1]

    yield make
    for ctx in made:
        ctx.close()


@pytest.fixture
def ctx(make_ctx: Callable[..., Context]) -> Context:
    return make_ctx()


# People and places ----------------------------------------------------------------------------------------


@dataclass
class Org:
    pemda_id: int
    unit_id: int
    admin: User
    uploader: User
    reviewer: User
    auditor: User


@functools.cache
def _test_password_hash() -> str:
    return hash_password(TEST_PASSWORD)  # argon2 is slow on purpose: hash once per session


def create_org(ctx: Context, code: str = "sukamaju") -> Org:
    """A pemda with one unit, and one user of each role (password TEST_PASSWORD)."""
    with transaction(ctx.sessions) as session:
        pemda = Pemda(code=code, name=f"Kabupaten {code.title()}")
        session.add(pemda)
        session.flush()
        unit = Unit(pemda_id=pemda.id, name="Dinas Pemberdayaan Masyarakat dan Desa")
        session.add(unit)
        session.flush()
        users = {
            "admin": User(username=f"admin-{code}", role=Role.admin),
            "uploader": User(username=f"unggah-{code}", role=Role.uploader, unit_id=unit.id),
            "reviewer": User(username=f"tinjau-{code}", role=Role.reviewer, pemda=[pemda]),
            "auditor": User(username=f"audit-{code}", role=Role.auditor, pemda=[pemda]),
        }
        for user in users.values():
            user.password_hash = _test_password_hash()
            session.add(user)
        session.flush()
        for user in users.values():
            _ = user.unit, user.pemda  # loaded now: the tests use them detached
        return Org(pemda.id, unit.id, **users)


@pytest.fixture
def org(ctx: Context) -> Org:
    return create_org(ctx)


@pytest.fixture
def make_org(ctx: Context) -> Callable[[str], Org]:
    return lambda code: create_org(ctx, code)


def _drain(ctx: Context, worker: str = "test-worker") -> int:
    ran = 0
    while work_one(ctx, worker) is not None:
        ran += 1
    return ran


@pytest.fixture
def drain() -> Callable[..., int]:
    """drain(ctx): runs due jobs in this process until none is left; returns how many ran."""
    return _drain


def _wait_for(
    condition: Callable[[], bool], what: str, timeout_s: float = 300.0, poll_s: float = 0.2
) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what} after {timeout_s:.0f} s")
        time.sleep(poll_s)


@pytest.fixture
def wait_for() -> Callable[..., None]:
    """wait_for(condition, what): polls until the condition holds. The timeout is no assertion about
    speed; it only keeps a broken run from hanging the suite."""
    return _wait_for


@pytest.fixture
def session(ctx):
    """A session on the test's database, for the queue, dossier and export tests."""
    with ctx.sessions() as s:
        yield s


@pytest.fixture
def world(session):
    """Two pemda with units, users of every role and a few queued documents (tests/review/review_rows.py)."""
    from tests.review.review_rows import make_world

    w = make_world(session)
    session.commit()
    return w
