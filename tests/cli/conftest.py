"""A small store of hand-made events for the command-line tests."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.records import Actor, Article, Claim, Event, Fatalities, Location
from khaldun.store import open_store


def strike(town: str, country: str, killed: int, source: str, actor1: Actor | None) -> Event:
    quote = f"Jets killed {killed} people in {town}, {source} said."
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date_start=date(2016, 3, 11),
        date_end=date(2016, 3, 11),
        time_precision=1,
        location=Location(town, None, town, town, country, 34.73, 36.71, 1),
        actor1=actor1,
        actor2=Actor(f"Civilians ({country})", 7),
        fatalities=Fatalities(killed, killed),
        claims=[Claim(source, "fatalities", killed, quote, start=0, end=len(quote))],
    )


@pytest.fixture
def small_db(tmp_path) -> str:
    """Two events: a state air strike in Homs (SY), an unattributed one in Mosul (IQ)."""
    path = str(tmp_path / "small.duckdb")
    store = open_store(path)
    items = [
        ("a", strike("Homs", "SY", 12, "Syrian Observatory for Human Rights",
                     Actor("Military Forces of Syria", 1)), "https://www.reuters.com/a"),
        ("b", strike("Mosul", "IQ", 3, "Iraqi police", None), None),
    ]
    for doc, event, url in items:
        article = Article(text=f"text {doc}", doc_id=doc, published=date(2016, 3, 12),
                          title=f"Headline {doc}", url=url)
        store.add_article(article, [event])
    store.close()
    return path
