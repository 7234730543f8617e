"""The built dashboard and its offline basemap are served by the same app."""

from __future__ import annotations

from fastapi.testclient import TestClient

from khaldun.serve import create_app


def test_index_and_assets_are_served(client):
    resp = client.get("/")
    assert resp.status_code == 200 and "text/html" in resp.headers["content-type"]
    assert 'id="map"' in resp.text and 'id="timeline"' in resp.text
    scripts = [part.split('"')[0] for part in resp.text.split('src="')[1:]]
    assert scripts and all(client.get(src).status_code == 200 for src in scripts)


def test_article_page_is_served_with_its_script(client):
    page = client.get("/article.html")
    assert page.status_code == 200 and 'id="article"' in page.text
    scripts = [part.split('"')[0] for part in page.text.split('src="')[1:]]
    assert scripts and all(client.get(src).status_code == 200 for src in scripts)
    assert "<script>" not in page.text  # nothing inline: it works under a strict CSP


def test_offline_basemap_has_countries_and_middle_east_admin1(client):
    countries = client.get("/basemap/countries-50m.json").json()
    assert countries["type"] == "Topology" and "countries" in countries["objects"]
    admin1 = client.get("/basemap/admin1.json").json()
    by_country: dict[str, set[str]] = {}
    for feat in admin1["features"]:
        by_country.setdefault(feat["properties"]["country"], set()).add(feat["properties"]["name"])
    assert {"SY", "IQ", "LB", "JO", "YE", "TR"} <= set(by_country)
    assert len(by_country["SY"]) >= 13 and "Aleppo" in by_country["SY"]


def test_config_gives_taxonomy_and_tile_url(store):
    with TestClient(create_app(store, None, tile_url="https://tiles.example/{z}/{x}/{y}.png")) as c:
        cfg = c.get("/config").json()
    assert cfg["tile_url"].startswith("https://tiles.example/")
    assert "Air/drone strike" in cfg["event_types"]["Explosions/Remote violence"]
    assert cfg["statuses"] == ["single", "corroborated", "contested"]


def test_offline_by_default(client):
    assert client.get("/config").json()["tile_url"] is None


def test_api_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/openapi.json" in page.text
    assert "cdn" not in page.text.split("<body>")[0].lower()
    for asset in ("/api-docs/swagger-ui-bundle.js", "/api-docs/swagger-ui.css"):
        assert asset in page.text and client.get(asset).status_code == 200
