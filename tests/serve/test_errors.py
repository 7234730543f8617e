"""Error paths: every refusal is a 4xx in the one shape {"error": {"code", "message"}}."""

from __future__ import annotations

import pytest


def error_of(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"event_type": "Picnics"}, "event_type"),
        ({"sub_event_type": "Armed"}, "sub_event_type"),
        ({"status": "maybe"}, "status"),
        ({"date_from": "yesterday"}, "date_from"),
        ({"date_from": "2012-03-09", "date_to": "2012-03-01"}, "after"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "40,30,35,36"}, "bbox"),
        ({"bbox": "0,-95,10,10"}, "bbox"),
        ({"bbox": "nan,1,2,3"}, "bbox"),
        ({"min_fatalities": -1}, "min_fatalities"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -5}, "offset"),
        ({"format": "xml"}, "format"),
    ],
)
def test_bad_query_parameters_are_422(client, params, words):
    err = error_of(client.get("/events", params=params), 422)
    assert err["code"] == "invalid_request"
    assert words in err["message"]


def test_unknown_event_article_and_path_are_404(client):
    assert "nope" in error_of(client.get("/events/nope"), 404)["message"]
    assert "nope" in error_of(client.get("/articles/nope"), 404)["message"]
    assert error_of(client.get("/no/such/page"), 404)["code"] == "not_found"


def test_wrong_method_is_405(client):
    assert error_of(client.delete("/events"), 405)["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "path", ["/events?town=a%00b", "/events?q=%00", "/events?actor=x%00", "/events/a%00b",
             "/articles/a%00b"],
)
def test_nul_in_parameters_is_422(client, path):
    assert "NUL" in error_of(client.get(path), 422)["message"]
