"""Suite-wide rules. In CI (CI=true) nothing may be skipped for a missing component: the components are
checked up front, and any skip is turned into a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# Programs the suite drives for real; CI installs them through .ci/run.
REQUIRED_PROGRAMS = {"tesseract": "tesseract-ocr", "soffice": "libreoffice-writer-nogui"}


def missing_programs() -> list[str]:
    return [
        f"{prog} (Debian package {pkg})" for prog, pkg in REQUIRED_PROGRAMS.items() if not shutil.which(prog)
    ]


def pytest_sessionstart(session: pytest.Session) -> None:
    if IN_CI and (missing := missing_programs()):
        raise pytest.UsageError(f"CI=true but required programs are missing: {', '.join(missing)}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which is not allowed: {report.longrepr}"


def require_program(name: str) -> None:
    """Skip locally when a program is missing; in CI the hook above turns the skip into a failure."""
    if not shutil.which(name):
        pytest.skip(f"{name} is not installed")


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
