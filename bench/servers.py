"""Real servers for the service benchmarks, started and stopped by the bench itself:

- `postgresql()`: a throw-away PostgreSQL cluster, started by the same code the review tests use
  (tests/review/conftest.py: initdb + pg_ctl in a temporary directory, as the `postgres` user when root);
- `jaring_serve()`: a real `jaring serve` process on a free loopback port with a fresh data directory.

Everything listens on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 90.0


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


@contextlib.contextmanager
def postgresql() -> Iterator[object]:
    """A running PostgreSQL server (tests.review.conftest.PgServer: .url(db), .dsn(db)) with the migrated
    template database `jaring_template`; stopped and removed on exit."""
    import pytest

    from tests.review import conftest

    # The pytest fixture's own generator: one definition of how a test server starts and stops.
    start = contextlib.contextmanager(conftest.pg_server.__wrapped__)
    try:
        with start() as server:
            yield server
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        raise RuntimeError(f"PostgreSQL for the bench: {exc}") from None


def pg_database(server, name: str) -> str:
    """A new database on the server (a copy of the migrated template); returns its SQLAlchemy URL."""
    import psycopg

    from tests.review.conftest import TEMPLATE_DATABASE

    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DATABASE}"')
    return server.url(name)


def free_port() -> int:
    from tests.review.conftest import free_port as port

    return port()


@dataclass
class Served:
    url: str
    data_dir: Path
    env: dict[str, str]
    process: subprocess.Popen

    def jaring(self, *args: str, stdin: str | None = None) -> str:
        """Runs an offline `jaring` command against the same data directory; returns its stdout."""
        done = subprocess.run(
            [str(Path(sys.executable).with_name("jaring")), *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"jaring {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout


@contextlib.contextmanager
def jaring_serve(workers: int = 2, extra_env: dict[str, str] | None = None) -> Iterator[Served]:
    """`jaring serve` on SQLite in a fresh data directory, with the shipped model and `workers` local
    workers, on a free loopback port. Waits for /healthz; terminates the process (and its workers) on exit."""
    data_dir = Path(tempfile.mkdtemp(prefix="jaring-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("JARING_")},
        "JARING_DATA_DIR": str(data_dir / "var"),
        "JARING_WORKERS": str(workers),
        "JARING_LOG_LEVEL": "WARNING",
        **(extra_env or {}),
    }
    port = free_port()
    log = (data_dir / "serve.log").open("wb")
    command = [str(Path(sys.executable).with_name("jaring")), "serve", "--host", "127.0.0.1"]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped with its worker processes
    )
    served = Served(f"http://127.0.0.1:{port}", data_dir, env, process)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"jaring serve exited ({process.returncode}); see {data_dir / 'serve.log'}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{served.url}/healthz", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"jaring serve did not answer within {START_TIMEOUT_S:.0f} s")
            time.sleep(0.2)
        yield served
    finally:
        if process.poll() is None:
            process.terminate()  # SIGTERM to the server; it stops its workers
            try:
                process.wait(40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait(10)
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)
