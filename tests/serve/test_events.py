"""GET /events: every filter, pagination and the JSON shape, on each backend."""

from __future__ import annotations

import pytest


def towns(resp) -> set[str]:
    assert resp.status_code == 200, resp.text
    return {e["location"]["town"] for e in resp.json()["events"]}


def test_lists_every_event_newest_first(client):
    body = client.get("/events").json()
    assert body["total"] == 5 and body["offset"] == 0 and body["next"] is None
    dates = [e["date_start"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    strike = next(e for e in body["events"] if e["sub_event_type"] == "Air/drone strike")
    assert strike["fatalities"] == {"low": 12, "high": 20}
    assert strike["status"] == "contested"
    assert strike["location"]["neighbourhood"] == "Karm al-Jabal"
    assert strike["n_sources"] == 2 and strike["n_reports"] == 1
    detail = client.get(f"/events/{strike['id']}").json()
    assert set(detail["sources"]) == {
        "Syrian Observatory for Human Rights", "Local Coordination Committees"}
    assert {k: v for k, v in detail.items() if k in strike} == strike


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"date_from": "2012-03-06"}, {"Daraa", "Idlib", "Deir ez-Zor"}),
        ({"date_to": "2012-03-05"}, {"Homs", "Aleppo"}),
        ({"date_from": "2012-03-05", "date_to": "2012-03-08"}, {"Daraa", "Idlib"}),
        ({"event_type": "Explosions/Remote violence"}, {"Homs", "Deir ez-Zor"}),
        ({"sub_event_type": "Armed clash"}, {"Aleppo"}),
        ({"country": "SY"}, {"Homs", "Aleppo", "Daraa", "Idlib", "Deir ez-Zor"}),
        ({"country": "IQ"}, set()),
        ({"admin1": "idlib"}, {"Idlib"}),
        ({"town": "Deir ez-Zor"}, {"Deir ez-Zor"}),
        ({"bbox": "36.0,32.0,37.0,35.0"}, {"Homs", "Daraa"}),
        ({"actor": "police forces"}, {"Idlib"}),
        ({"status": "contested"}, {"Homs"}),
        ({"status": "corroborated"}, {"Deir ez-Zor"}),
        ({"min_fatalities": 5}, {"Homs", "Deir ez-Zor"}),
        ({"min_fatalities": 0}, {"Homs", "Aleppo", "Deir ez-Zor"}),
        ({"q": "citadel"}, {"Aleppo"}),
        ({"q": "Karm"}, {"Homs"}),
        ({"event_type": "Explosions/Remote violence", "min_fatalities": 15}, {"Homs"}),
    ],
)
def test_filters(client, params, expected):
    assert towns(client.get("/events", params=params)) == expected


def test_pagination_walks_all_events_once(client):
    seen, url = [], "/events?limit=2"
    while url:
        body = client.get(url).json()
        assert body["total"] == 5 and len(body["events"]) <= 2
        seen += [e["id"] for e in body["events"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == 5
    assert client.get("/events", params={"offset": 10}).json()["events"] == []


def test_event_detail_has_claims_quotes_and_article_links(client):
    listed = client.get("/events", params={"status": "contested"}).json()["events"][0]
    detail = client.get(f"/events/{listed['id']}").json()
    assert detail["id"] == listed["id"]
    assert {c["value"] for c in detail["claims"]} == {12, 20}
    for c in detail["claims"]:
        assert c["article"] == "/articles/t-homs"
        assert c["quote"] and c["start"] is not None
    assert [r["doc_id"] for r in detail["reports"]] == ["t-homs"]
    article = client.get(detail["claims"][0]["article"]).json()
    for c in detail["claims"]:
        assert article["text"][c["start"] : c["end"]] == c["quote"]


def test_article_has_text_and_claim_offsets(client):
    article = client.get("/articles/t-homs").json()
    assert article["title"] == "Jets strike Homs" and article["published"] == "2012-03-05"
    assert len(article["claims"]) == 3
    for c in article["claims"]:
        assert article["text"][c["start"] : c["end"]] == c["quote"]
        assert c["event_id"]
    owners = {c["event_id"] for c in article["claims"]}
    assert len(owners) == 2  # the strike's two claims and the clash's one
    strike_id = client.get("/events", params={"status": "contested"}).json()["events"][0]["id"]
    assert strike_id in owners
