"""The storage protocol: what every backend (DuckDB, PostgreSQL) offers the rest of khaldun."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from khaldun.records import Article, Event, MergedEvent

if TYPE_CHECKING:
    from khaldun.store.tables import Records


@dataclass
class EventQuery:
    """Filters for listing merged events; every field optional."""

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    town: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    actor: str | None = None
    status: str | None = None
    min_fatalities: int | None = None
    text: str | None = None  # searched in place names, actors and claim quotes
    inter1: int | None = None  # ACLED inter1 (the generic actor1's class when none is named)
    interaction: int | None = None  # ACLED interaction code, e.g. 37
    updated_since: datetime | None = None  # events with an article ingested at or after this
    limit: int | None = 100  # None: every match
    offset: int = 0


@dataclass
class IngestOutcome:
    """What storing one article did."""

    doc_id: str
    created: bool  # False when the same text was already stored
    event_ids: list[str] = field(default_factory=list)  # merged events created or updated


class Store(Protocol):
    """A khaldun database. Writes are transactional per article."""

    def add_article(self, article: Article, events: list[Event]) -> IngestOutcome:
        """Store an article and its reported events, then merge them into real-world events."""
        ...

    def add_articles(
        self, items: list[tuple[Article, list[Event]]]
    ) -> list[IngestOutcome | Exception]:
        """Store many articles with one merge; each all or nothing, failures in their slot."""
        ...

    def has_article(self, content_hash: str) -> bool: ...

    def get_article(self, doc_id: str) -> Article | None: ...

    def query_events(self, query: EventQuery) -> tuple[list[MergedEvent], int]:
        """One page of merged events matching the query, and the total count."""
        ...

    def iter_events(self, query: EventQuery, page: int = 1000) -> Iterator[MergedEvent]:
        """Every merged event matching the query's filters (its limit and offset ignored)."""
        ...

    def events(self, limit: int | None = None, offset: int = 0, **filters) -> Records:
        """Merged events as a flat table (store.tables.EVENT_COLUMNS), filters as users give
        them (store.filters.event_query)."""
        ...

    def claims(self, limit: int | None = None, offset: int = 0, **filters) -> Records:
        """The claims of the merged events the filters select (store.tables.CLAIM_COLUMNS)."""
        ...

    def get_event(self, event_id: str) -> MergedEvent | None: ...

    def article_reports(self, doc_id: str) -> list[Event]:
        """The events one article reported, with their claims and character offsets."""
        ...

    def event_ids_for_reports(self, report_ids: list[str]) -> dict[str, str]:
        """The merged event each report belongs to."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, reports, claims, events."""
        ...

    def close(self) -> None: ...
