"""Events and claims as Arrow-backed records (store.events / store.claims), and the filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pyarrow as pa
import pytest

from khaldun.store.filters import FilterError, event_query, parse_event_date
from khaldun.store.tables import CLAIM_COLUMNS, EVENT_COLUMNS


@pytest.fixture
def filled(store, make_event, make_article):
    """A state air strike in Homs (SY, 12 dead), an unattributed bomb in Mosul (IQ)."""
    store.add_article(make_article("Homs text", "a"), [make_event(killed=12)])
    bomb = make_event(town="Mosul", country="IQ", lat=36.34, lon=43.13,
                      sub="Remote explosive/landmine/IED", day=date(2012, 3, 6))
    bomb.actor1 = None
    store.add_article(make_article("Mosul text", "b"), [bomb])
    return store


def test_events_table_has_the_documented_columns_and_types(filled):
    records = filled.events()
    table = records.to_arrow()
    assert table.schema == pa.schema(list(EVENT_COLUMNS.items())) and len(records) == 2
    first, second = list(records)
    assert first["town"] == "Mosul" and second["town"] == "Homs"  # newest first
    assert second["fatalities_low"] == 12 and second["sources"] == "reporter"
    assert isinstance(second["updated_at"], datetime)


def test_filters_as_users_give_them(filled):
    assert [r["town"] for r in filled.events(country="Syria")] == ["Homs"]
    assert [r["town"] for r in filled.events(country="IRQ")] == ["Mosul"]
    # inter1 and interaction as the ACLED export codes them: no actor1 -> 3, with civilians 37
    assert [r["town"] for r in filled.events(inter1=3)] == ["Mosul"]
    assert [r["town"] for r in filled.events(interaction=17)] == ["Homs"]
    assert [r["town"] for r in filled.events(interaction=37)] == ["Mosul"]
    assert len(filled.events(updated_since=datetime.now() - timedelta(hours=1))) == 2
    assert len(filled.events(updated_since=datetime.now() + timedelta(hours=1))) == 0
    assert len(filled.events(limit=1, offset=1)) == 1
    with pytest.raises(FilterError, match="country"):
        filled.events(country="Atlantis")


def test_claims_table(filled):
    claims = filled.claims(country="SY")
    assert claims.columns == list(CLAIM_COLUMNS)
    rows = claims.to_pylist()
    assert {r["kind"] for r in rows} == {"occurred", "fatalities"}
    assert all(r["url"] == "http://x/a" and r["published"] == date(2012, 3, 5) for r in rows)


def test_to_pandas_keeps_the_types(filled):
    pytest.importorskip("pandas")
    frame = filled.events().to_pandas()
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert str(frame["fatalities_low"].dtype) == "int32" or frame["fatalities_low"].isna().any()
    assert str(frame["lat"].dtype) == "float64"


def test_event_query_checks_every_filter():
    q = event_query(country="Syrian Arab Republic", event_type="battles", status="CONTESTED",
                    sub_event_type="armed clash")
    assert (q.country, q.event_type, q.status, q.sub_event_type) == (
        "SY", "Battles", "contested", "Armed clash")
    assert parse_event_date("2016-03-01|2016-03-31") == (date(2016, 3, 1), date(2016, 3, 31))
    assert parse_event_date("2016-03-01") == (date(2016, 3, 1), date(2016, 3, 1))
    for bad, param in (
        ({"sub_event_type": "Armed clash", "event_type": "Protests"}, "sub_event_type"),
        ({"limit": 0}, "limit"),
        ({"limit": 10, "max_limit": 5}, "limit"),
        ({"offset": -1}, "offset"),
        ({"inter1": 9}, "inter1"),
        ({"updated_since": "later"}, "updated_since"),
        ({"date_from": "2016-03-02", "date_to": "2016-03-01"}, "date_from"),
    ):
        with pytest.raises(FilterError) as caught:
            event_query(**bad)
        assert caught.value.param == param
