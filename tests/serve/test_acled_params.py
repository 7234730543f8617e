"""ACLED-style query parameters next to the native ones, checked as the CLI checks them."""

from __future__ import annotations


def ids(client, **params) -> list[str]:
    resp = client.get("/events", params=params)
    assert resp.status_code == 200, resp.text
    return [e["id"] for e in resp.json()["events"]]


def test_event_date_range_is_date_from_and_to(client):
    every = ids(client)
    assert ids(client, event_date="2000-01-01|2030-01-01") == every
    assert ids(client, event_date="2030-01-01|") == []
    assert "event_date" in client.get("/events", params={"event_date": "soon"}).text


def test_country_as_iso_number_name_or_code(client):
    syria = ids(client, country="SY")
    assert syria and ids(client, iso=760) == syria == ids(client, country="Syria")
    assert ids(client, iso=368) == []
    assert client.get("/events", params={"country": "Atlantis"}).status_code == 422


def test_types_in_any_case(client):
    assert ids(client, event_type="battles") == ids(client, event_type="Battles")


def test_fields_page_and_updated_since(client):
    body = client.get("/events", params={"fields": "id,event_type", "limit": 1}).json()
    assert set(body["events"][0]) == {"id", "event_type"}
    assert client.get("/events", params={"fields": "id,colour"}).status_code == 422
    paged = client.get("/events", params={"limit": 2, "page": 2}).json()
    assert [e["id"] for e in paged["events"]] == ids(client, limit=2, offset=2)
    if paged["next"]:
        assert "page=3" in paged["next"]
    assert ids(client, updated_since="2000-01-01T00:00:00") == ids(client)
    assert ids(client, updated_since="2999-01-01T00:00:00") == []


def test_inter_codes(client):
    every = set(ids(client))
    state = set(ids(client, inter1=1))
    assert state and state <= every
    assert client.get("/events", params={"interaction": 19}).status_code == 422


def test_flat_csv_is_the_cli_table(client):
    import csv
    import io

    from khaldun.store.tables import EVENT_COLUMNS

    text = client.get("/events", params={"format": "csv"}).text
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == list(EVENT_COLUMNS)
    assert all(row["updated_at"] for row in reader)
