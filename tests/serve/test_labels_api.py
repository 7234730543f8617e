"""GET /labels: town names for the map from the gazetteer, checked input, none without one."""

from __future__ import annotations

from fastapi.testclient import TestClient

from khaldun.serve import create_app

SYRIA = "35.5,32,42.5,37.5"
SYRIAN_CITIES = ["Aleppo", "Damascus", "Homs", "Deir ez-Zor", "Daraa", "Tadmur"]


def test_labels_for_a_syria_view(store, label_gazetteer):
    with TestClient(create_app(store, None, gazetteer=label_gazetteer)) as c:
        resp = c.get("/labels", params={"bbox": SYRIA, "zoom": 7})
        assert resp.status_code == 200
        found = resp.json()["labels"]
        assert [p["name"] for p in found] == SYRIAN_CITIES
        assert set(found[0]) == {"name", "lat", "lon", "population", "placetype", "country"}
        bad = c.get("/labels", params={"bbox": "40,0,30,10", "zoom": 7})
        assert bad.status_code == 422 and "bbox" in bad.json()["error"]["message"]
        assert c.get("/labels", params={"bbox": SYRIA, "zoom": 99}).status_code == 422


def test_no_gazetteer_no_labels(store, tmp_path):
    with TestClient(create_app(store, None, gazetteer=tmp_path / "missing.sqlite")) as c:
        assert c.get("/labels", params={"bbox": SYRIA, "zoom": 7}).json() == {"labels": []}
