"""List pages of events as summaries, read from the merged-events table alone when possible."""

from __future__ import annotations

from typing import Any

from khaldun.serve.views import event_fields, event_summary
from khaldun.store.base import EventQuery


def _row_summary(row) -> dict[str, Any]:
    from khaldun.store.rows import row_event

    return {
        "id": row.event_id,
        **event_fields(row_event(row, [])),
        "n_reports": row.n_reports,
        "n_sources": row.n_sources,
    }


def summary_page(store, query: EventQuery) -> tuple[list[dict[str, Any]], int]:
    """One page of event summaries and the total count, for the query's filters."""
    engine = getattr(store, "engine", None)
    if engine is None:
        events, total = store.query_events(query)
        return [event_summary(me) for me in events], total
    # A SQL store: a list row needs only the denormalised merged-events row, so skip loading
    # every report and claim (about 80 ms per 100 events on 100,000; see bench/bench_api.py).
    # The filters are the store's own (page_select), so both paths select the same events.
    from khaldun.store.query import page_select

    page_sel, total_sel = page_select(query)
    with engine.connect() as conn:
        rows = list(conn.execute(page_sel))
        total = conn.execute(total_sel).scalar() or 0
    return [_row_summary(r) for r in rows], total
