"""Fixtures: a fresh store per test on DuckDB, and on PostgreSQL when KHALDUN_TEST_PG is set."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.records import Actor, Article, Claim, Event, Fatalities, Location
from khaldun.store import open_store


@pytest.fixture
def store(target):
    s = open_store(target)
    yield s
    s.close()


def _make_event(
    town: str = "Homs",
    day: date = date(2012, 3, 4),
    sub: str = "Air/drone strike",
    etype: str = "Explosions/Remote violence",
    country: str = "SY",
    neighbourhood: str | None = None,
    killed: int | None = None,
    source: str = "reporter",
    quote: str | None = None,
    lat: float | None = 34.73,
    lon: float | None = 36.71,
    actor1: str = "Military Forces of Syria",
) -> Event:
    """A hand-made report of one event."""
    quote = quote or f"Jets struck {neighbourhood or town} on that day."
    claims = [
        Claim(source=source, kind="occurred", value=None, quote=quote, start=0, end=len(quote))
    ]
    if killed is not None:
        claims.append(Claim(source=source, kind="fatalities", value=killed, quote=quote))
    return Event(
        event_type=etype,
        sub_event_type=sub,
        date_start=day,
        date_end=day,
        time_precision=1,
        location=Location(
            name=neighbourhood or town,
            neighbourhood=neighbourhood,
            town=town,
            admin1=town,
            country=country,
            lat=lat,
            lon=lon,
        ),
        actor1=Actor(actor1, 1),
        actor2=Actor("Civilians (Syria)", 7),
        fatalities=Fatalities(killed, killed) if killed is not None else None,
        claims=claims,
    )


def _make_article(
    text: str, doc_id: str = "", published: date | None = date(2012, 3, 5)
) -> Article:
    return Article(
        text=text,
        doc_id=doc_id,
        published=published,
        url=f"http://x/{doc_id}",
        title=f"title {doc_id}",
        origin="test",
    )


@pytest.fixture
def make_event():
    """Factory of hand-made reports."""
    return _make_event


@pytest.fixture
def make_article():
    """Factory of hand-made articles."""
    return _make_article
