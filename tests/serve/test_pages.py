"""List rows read from the merged-events table equal those built from full MergedEvents."""

from __future__ import annotations

import pytest

from khaldun.serve.pages import summary_page
from khaldun.store.base import EventQuery


class ProtocolOnly:
    """The store seen only through the Store protocol (no SQL engine to read from)."""

    def __init__(self, store):
        self.query_events = store.query_events


@pytest.mark.parametrize(
    "query",
    [EventQuery(), EventQuery(limit=2, offset=1), EventQuery(status="contested"),
     EventQuery(min_fatalities=3, country="sy")],
)
def test_sql_rows_equal_protocol_rows(store, query):
    fast, total = summary_page(store, query)
    slow, slow_total = summary_page(ProtocolOnly(store), query)
    assert total == slow_total and fast == slow
    assert fast, "the seeded store should match every query here"
