"""Schemathesis over the OpenAPI document (bounded): generated requests to every operation, as the admin,
never get a 5xx. One test per operation, a few examples each."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app
from tests.api.conftest import World

MAX_EXAMPLES = 12
# Revoking tokens would revoke the admin token the run itself uses; every other operation is exercised.
SKIPPED = {("DELETE", "/api/v1/tokens/{token_id}")}
OPERATIONS = [
    (method.upper(), path)
    for path, methods in create_app().openapi()["paths"].items()
    for method in methods
    if (method.upper(), path) not in SKIPPED
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_server_errors(world: World, method: str, path: str) -> None:
    """GIVEN generated requests for one operation WHEN sent with an admin token THEN none gets a 5xx"""
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.client.app)
    operation = schema[path][method]
    headers = world.h("admin")

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def run(case) -> None:
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    run()
