"""Browser tests of the web pages: a real `jaring serve` (local workers, SQLite, the shipped model) in a
fresh data directory on a free loopback port, driven by Playwright through Debian's Chromium. Locally a
missing /usr/bin/chromium skips with the reason; in CI the root conftest turns that skip into a failure."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
README_SCREENSHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "rahasia-uji-web-123"
SERVER_START_TIMEOUT_S = 90.0
VIEWPORT = {"width": 1280, "height": 720}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class LiveServer:
    url: str
    data_dir: Path
    log: Path
    unit_id: int
    pemda_id: int
    users: dict[str, str]  # role -> username; every user has PASSWORD


def _jaring(args: list[str], env: dict[str, str], stdin: str | None = None) -> dict:
    """Runs a `jaring` command (the same entry point a person uses) and returns its JSON line."""
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"jaring {' '.join(args)} failed ({done.returncode}): {done.stderr}{done.stdout}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:  # not listening yet
        return 0


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data_dir = tmp_path_factory.mktemp("web-data")
    env = {
        **os.environ,
        "JARING_DATA_DIR": str(data_dir),
        "JARING_RUNNER": "local",
        "JARING_WORKERS": "2",
        "JARING_LOG_LEVEL": "WARNING",
    }
    env.pop("JARING_DATABASE_URL", None)
    pemda = _jaring(["pemda", "add", "--code", "kab-sukamaju", "--name", "Kabupaten Sukamaju"], env)
    unit = _jaring(
        ["unit", "add", "--pemda", str(pemda["id"]), "--name", "Dinas Pemberdayaan Masyarakat dan Desa"], env
    )
    users = {"uploader": "opd-dpmd", "reviewer": "peninjau", "auditor": "auditor"}
    scope = {
        "uploader": ["--unit", str(unit["id"])],
        "reviewer": ["--pemda", str(pemda["id"])],
        "auditor": ["--pemda", str(pemda["id"])],
    }
    for role, username in users.items():
        _jaring(
            ["user", "add", "--username", username, "--role", role, *scope[role], "--password-stdin"],
            env,
            stdin=PASSWORD + "\n",
        )

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = data_dir / "serve.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
            start_new_session=True,  # its worker processes go with it at the end
        )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while _get(f"{url}/healthz") != 200:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"jaring serve did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        if _get(f"{url}/masuk") != 200:
            raise RuntimeError("jaring serve runs without the web pages: api.web.install(app) is not wired")
        yield LiveServer(url, data_dir, log, unit["id"], pemda["id"], users)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


# Module scope: Playwright's sync API keeps an event loop running in this thread while it is open, which
# would break later tests that run their own loop (asyncio.run) in the same session.
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's chromium is not installed ({CHROMIUM}); apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Opens pages in fresh browser contexts (own cookies) at 1280×720; closes them after the test."""
    contexts = []

    def open_page(*, javascript: bool = True):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=VIEWPORT,
            locale="id-ID",
            accept_downloads=True,
            java_script_enabled=javascript,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def login(page, role: str, server: LiveServer) -> None:
    page.goto("/masuk")
    page.get_by_label("Nama pengguna").fill(server.users[role])
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(lambda url: "/masuk" not in url)


def screenshot(page, name: str, *, readme: bool = False) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    # The README's pictures change only when asked (JARING_UPDATE_SCREENSHOTS=1), so a test run
    # leaves the work tree clean.
    if readme and os.environ.get("JARING_UPDATE_SCREENSHOTS") == "1":
        README_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_SCREENSHOTS / f"{name}.png")
    return path
