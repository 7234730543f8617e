"""GET /events?format=...: GeoJSON, JSON Lines and the three CSV flavours over the same page."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_geojson_has_a_point_per_event(client):
    resp = client.get("/events", params={"format": "geojson", "status": "contested"})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/geo+json")
    assert resp.headers["x-total-count"] == "1"
    fc = resp.json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    feat = fc["features"][0]
    assert feat["geometry"]["type"] == "Point"
    assert feat["geometry"]["coordinates"] == pytest.approx([36.7234, 34.7268], abs=1e-4)
    assert feat["properties"]["fatalities_high"] == 20


def test_jsonl_has_a_line_per_event(client):
    resp = client.get("/events", params={"format": "jsonl", "limit": 3})
    lines = [json.loads(line) for line in resp.text.splitlines()]
    assert len(lines) == 3 and resp.headers["x-total-count"] == "5"
    assert all("claims" in rec for rec in lines)


def _rows(resp) -> list[dict]:
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(resp.text)))


def test_flat_csv(client):
    rows = _rows(client.get("/events", params={"format": "csv", "event_type": "Battles"}))
    assert len(rows) == 1
    assert rows[0]["town"] == "Aleppo" and rows[0]["fatalities_high"] == "2"
    assert rows[0]["sources"] == "opposition activists"


def test_acled_csv(client):
    rows = _rows(client.get("/events", params={"format": "acled"}))
    assert len(rows) == 5
    assert {r["event_type"] for r in rows} >= {"Battles", "Protests"}
    assert "event_date" in rows[0] and "fatalities" in rows[0]


def test_ucdp_csv(client):
    rows = _rows(client.get("/events", params={"format": "ucdp", "min_fatalities": 1}))
    assert len(rows) == 3
    assert {"best", "low", "high"} <= set(rows[0])
    assert max(int(r["high"]) for r in rows) == 20


def test_filters_and_paging_apply_to_exports(client):
    first = _rows(client.get("/events", params={"format": "csv", "limit": 2}))
    second = _rows(client.get("/events", params={"format": "csv", "limit": 2, "offset": 2}))
    assert len(first) == len(second) == 2
    assert not {r["event_id"] for r in first} & {r["event_id"] for r in second}
