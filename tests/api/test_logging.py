"""JSON-lines logs with a request id, and the 500 `internal` for the unexpected."""

from __future__ import annotations

import io
import json
import logging

from fastapi.testclient import TestClient

from api.logging import JsonFormatter, configure_logging


def test_request_id_is_echoed_or_made(world) -> None:
    """GIVEN requests with and without X-Request-ID WHEN answered THEN a sane id is echoed, a missing or
    malformed one replaced by a generated one"""
    assert (
        world.client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    )
    made = world.client.get("/healthz").headers["x-request-id"]
    assert len(made) == 32
    odd = world.client.get("/healthz", headers={"X-Request-ID": "a b\tc"}).headers["x-request-id"]
    assert odd != "a b\tc" and len(odd) == 32


def test_access_log_is_json_lines_with_the_request_id(world) -> None:
    """GIVEN the JSON formatter on the access logger WHEN a request is made THEN one JSON line names the
    method, path, status and the request id"""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("jaring.access")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        world.client.get("/healthz", headers={"X-Request-ID": "log-test-1"})
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue().splitlines()[-1])
    assert line["request_id"] == "log-test-1"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/healthz", 200)
    assert "duration_ms" in line and line["level"] == "info"


def test_an_unexpected_error_is_a_500_internal_logged_with_its_request_id(world) -> None:
    """GIVEN a route that fails unexpectedly WHEN called THEN the client gets 500 `internal` naming the
    request id (no traceback), and the log line has the traceback and the same id"""
    app = world.client.app

    @app.get("/test-only/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("jaring.api")
    logger.addHandler(handler)
    try:
        r = TestClient(app).get("/test-only/boom", headers={"X-Request-ID": "boom-1"})
    finally:
        logger.removeHandler(handler)
        app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", "") != "/test-only/boom"]
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "internal" and "boom-1" in r.json()["error"]["message"]
    assert "RuntimeError" not in r.text
    logged = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(
        entry["request_id"] == "boom-1" and "RuntimeError: boom" in entry["exception"] for entry in logged
    )


def test_configure_logging_writes_json_lines() -> None:
    """GIVEN configure_logging WHEN something logs THEN the line is JSON with level, logger and message"""
    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("INFO", stream)
        logging.getLogger("jaring.test").info("halo %s", "dunia", extra={"document_id": 7})
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
        logging.getLogger("uvicorn.access").disabled = False
    line = json.loads(stream.getvalue().splitlines()[-1])
    assert line["message"] == "halo dunia" and line["document_id"] == 7 and line["logger"] == "jaring.test"
