"""The README is the manual: these tests fail when something a person can use is not in it."""

from __future__ import annotations

import re

from intake.errors import ERRORS
from review.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    missing = [
        f"JARING_{name.upper()}" for name in Settings.model_fields if f"`JARING_{name.upper()}`" not in README
    ]
    assert missing == []


def test_every_intake_error_code_is_documented():
    assert [code for code in ERRORS if code != "internal" and f"| `{code}` |" not in README] == []


def test_every_command_is_documented():
    from typer.main import get_command

    from api.cli import app

    group = get_command(app)
    names = [f"jaring {name}" for name in group.commands]
    assert [name for name in names if name not in README] == []


def test_every_api_path_is_documented():
    from api.app import create_app

    documented = set(re.findall(r"(/(?:api/v1|healthz|readyz|metrics)[^\s`,|]*)", README))
    paths = set(create_app().openapi()["paths"])
    assert sorted(paths - documented) == []
