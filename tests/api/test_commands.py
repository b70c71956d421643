"""The commands: setting up an install offline (`jaring pemda add`, `unit add`, `user add`, `token create`)
and `jaring serve` started as a real process with its local workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from tests.review.conftest import _wait_for, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_dir: Path) -> dict[str, str]:
    values = {
        "JARING_DATA_DIR": str(tmp_path / "var"),
        "JARING_MODEL_DIR": str(model_dir),
        "JARING_WORKERS": "1",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("JARING_DATABASE_URL", raising=False)
    return values


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=input)
    return result


def test_setting_up_offline_then_using_the_token(env: dict[str, str]) -> None:
    """GIVEN a fresh data directory WHEN a pemda, a unit, an uploader (password from stdin) and a token are
    made with the commands THEN each prints its record, and the token works against the API"""
    pemda = run("pemda", "add", "--code", "kab-uji", "--name", "Kabupaten Uji")
    assert pemda.exit_code == 0, pemda.output
    pemda_id = json.loads(pemda.stdout)["id"]
    unit = run("unit", "add", "--pemda", str(pemda_id), "--name", "Dinas Kesehatan")
    unit_id = json.loads(unit.stdout)["id"]
    user = run(
        "user",
        "add",
        "--username",
        "ani",
        "--role",
        "uploader",
        "--unit",
        str(unit_id),
        "--password-stdin",
        input="kata-sandi-ani-1\n",
    )
    assert user.exit_code == 0, user.output
    assert json.loads(user.stdout)["unit_id"] == unit_id and "one_time_password" not in user.stdout
    token = run("token", "create", "--username", "ani")
    assert token.exit_code == 0
    value = token.stdout.strip()
    assert len(value) >= 40

    from fastapi.testclient import TestClient

    from api.app import create_app
    from review.context import Context
    from tests.api.conftest import InlineRunner

    ctx = Context.create()
    try:
        with TestClient(create_app(ctx, InlineRunner(ctx))) as client:
            me = client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {value}"})
            assert me.status_code == 200 and me.json()["username"] == "ani"
            login = client.post("/api/v1/tokens", json={"username": "ani", "password": "kata-sandi-ani-1"})
            assert login.status_code == 201
    finally:
        ctx.close()


def test_reviewers_get_several_pemda_and_a_generated_password(env: dict[str, str]) -> None:
    """GIVEN two pemda WHEN a reviewer is added for both without --password-stdin THEN it has both pemda and
    a printed one-time password"""
    a = json.loads(run("pemda", "add", "--code", "a", "--name", "A").stdout)["id"]
    b = json.loads(run("pemda", "add", "--code", "b", "--name", "B").stdout)["id"]
    user = run(
        "user", "add", "--username", "rina", "--role", "reviewer", "--pemda", str(a), "--pemda", str(b)
    )
    assert user.exit_code == 0, user.output
    record = json.loads(user.stdout)
    assert record["pemda_ids"] == sorted([a, b]) and len(record["one_time_password"]) >= 12


def test_command_refusals_exit_2_with_the_code(env: dict[str, str]) -> None:
    """GIVEN bad setup input (an unknown pemda, an uploader without a unit, an unknown user, a short password)
    WHEN run THEN the exit status is 2 and the error code is printed"""
    cases = [
        (["unit", "add", "--pemda", "99", "--name", "X"], None, "unknown_pemda"),
        (
            ["user", "add", "--username", "u", "--role", "uploader", "--password-stdin"],
            "kata-sandi-1\n",
            "invalid",
        ),
        (["user", "add", "--username", "u", "--role", "admin", "--password-stdin"], "pendek\n", "invalid"),
        (["token", "create", "--username", "tidak-ada"], None, "not_found"),
    ]
    for args, stdin, code in cases:
        result = run(*args, input=stdin)
        assert result.exit_code == 2, (args, result.output)
        assert f"error: {code}:" in result.output


def test_serve_prints_the_url_and_first_admin_password_and_processes_uploads(env, tmp_path: Path) -> None:
    """GIVEN a fresh data directory WHEN `jaring serve` starts THEN it prints its URL and a one-time admin
    password; the admin logs in (told to change the password), changes it, sets up a unit and uploads a
    document that the server's own local workers bring into the queue; /readyz reports the workers up"""
    port = free_port()
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "jaring"), "serve", "--port", str(port)],
        cwd=tmp_path,
        env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        lines = []
        while not any("one-time password" in line for line in lines):
            line = process.stdout.readline()
            assert line, f"jaring serve ended early: {lines}"
            lines.append(line)
        password = process.stdout.readline() and process.stdout.readline().strip()
        assert any(f"http://127.0.0.1:{port}" in line for line in lines)
        base = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(f"{base}/readyz").status_code == 200
            except httpx.TransportError:
                return False

        _wait_for(up, "jaring serve to be ready", timeout_s=120)
        login = httpx.post(f"{base}/api/v1/tokens", json={"username": "admin", "password": password})
        assert login.status_code == 201 and login.json()["must_change_password"] is True
        h = {"Authorization": f"Bearer {login.json()['token']}"}
        assert httpx.get(f"{base}/api/v1/queue", headers=h).status_code == 403
        changed = httpx.post(
            f"{base}/api/v1/users/me/password",
            json={"current_password": password, "new_password": "admin-baru-2026"},
            headers=h,
        )
        assert changed.status_code == 200
        pemda = httpx.post(f"{base}/api/v1/pemda", json={"code": "kab-x", "name": "Kab X"}, headers=h).json()
        unit = httpx.post(f"{base}/api/v1/units", json={"pemda_id": pemda["id"], "name": "Dinkes"}, headers=h)
        text = (ROOT / "samples" / "documents" / "ringkasan.txt").read_bytes()
        upload = httpx.post(
            f"{base}/api/v1/documents",
            files=[("files", ("ringkasan.txt", text, "text/plain"))],
            data={"unit_id": str(unit.json()["id"])},
            headers=h,
        )
        assert upload.status_code == 202, upload.text
        batch = upload.json()["batch_id"]

        def processed() -> bool:
            summary = httpx.get(f"{base}/api/v1/batches/{batch}", headers=h).json()
            return summary["by_state"].get("queued", 0) + summary["by_state"].get("failed", 0) == 1

        _wait_for(processed, "the upload to be processed by the local workers", timeout_s=300)
        queue = httpx.get(f"{base}/api/v1/queue", headers=h).json()
        assert queue["total"] == 1 and queue["items"][0]["file"] == "ringkasan.txt"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode in (0, -signal.SIGINT), process.returncode
