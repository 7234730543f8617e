"""The OpenAPI schema, fuzzed with schemathesis: no input makes the server fail (5xx)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from khaldun.serve import create_app

EXAMPLES = 50  # per operation: enough to reach every parameter, bounded for CI


def _operations(store, token):
    # Loaded per test (not via schemathesis' pytest fixture loader, which pytest 9 breaks).
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store, token))
    return [result.ok() for result in schema.get_all_operations()]


def test_no_server_errors(store, token, auth):
    operations = _operations(store, token)
    assert len(operations) >= 5
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,  # the same examples every run: repeatable, bounded in time
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(headers=auth, checks=[not_a_server_error])

        check()


def test_schema_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/events", "/events/{event_id}", "/articles", "/articles/{doc_id}", "/config"} <= set(
        paths
    )
    params = {p["name"] for p in paths["/events"]["get"]["parameters"]}
    assert params >= {
        "date_from", "date_to", "event_type", "sub_event_type", "country", "admin1", "town",
        "bbox", "actor", "status", "min_fatalities", "q", "limit", "offset", "format",
    }
