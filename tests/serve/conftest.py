"""Fixtures: a store seeded with hand-written articles and hand-made events (DuckDB, and
PostgreSQL when KHALDUN_TEST_PG is set), and API clients over it."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from khaldun.records import Actor, Article, Claim, Event, Fatalities, Location
from khaldun.serve import create_app
from khaldun.store import open_store

TOKEN = "test-token-123"

# Texts written for these tests (invented reports, not from any news outlet).
HOMS = (
    "Government jets struck the Karm al-Jabal district of Homs on Sunday, killing 12 people, "
    "the Syrian Observatory for Human Rights said. Local Coordination Committees said 20 "
    "people died in the raid. In Aleppo, rebels clashed with army units near the citadel on "
    "Sunday; two fighters were killed, activists said."
)
DARAA = (
    "Thousands of people marched peacefully in Daraa on Tuesday to demand the release of "
    "detainees, residents said. In Idlib, security forces arrested 30 men on Tuesday, the state "
    "news agency SANA reported."
)
DEIR = (
    "A car bomb exploded near a checkpoint in Deir ez-Zor on Friday, killing five soldiers, "
    "SANA said. The Syrian Observatory for Human Rights also reported five dead."
)


def claim(text: str, source: str, kind: str, quote: str, value=None) -> Claim:
    """A claim whose quote is located in the text."""
    start = text.index(quote)
    return Claim(
        source=source, kind=kind, value=value, quote=quote, start=start, end=start + len(quote)
    )


def event(
    etype,
    sub,
    day,
    town,
    admin1,
    lat,
    lon,
    claims,
    actor1,
    actor2=None,
    deaths=None,
    status="single",
    name=None,
) -> Event:
    """A hand-made report of one event in Syria."""
    return Event(
        event_type=etype,
        sub_event_type=sub,
        date_start=day,
        date_end=day,
        time_precision=1,
        location=Location(
            name=name or town,
            neighbourhood=name,
            town=town,
            admin1=admin1,
            country="SY",
            lat=lat,
            lon=lon,
        ),
        actor1=actor1,
        actor2=actor2,
        fatalities=Fatalities(*deaths) if deaths else None,
        status=status,
        claims=claims,
    )


def _homs() -> tuple[Article, list[Event]]:
    q1 = (
        "Government jets struck the Karm al-Jabal district of Homs on Sunday, killing 12 "
        "people, the Syrian Observatory for Human Rights said."
    )
    q2 = "Local Coordination Committees said 20 people died in the raid."
    q3 = (
        "In Aleppo, rebels clashed with army units near the citadel on Sunday; two fighters "
        "were killed, activists said."
    )
    sohr, lcc = "Syrian Observatory for Human Rights", "Local Coordination Committees"
    strike = event(
        "Explosions/Remote violence",
        "Air/drone strike",
        date(2012, 3, 4),
        "Homs",
        "Homs",
        34.7268,
        36.7234,
        [claim(HOMS, sohr, "fatalities", q1, 12), claim(HOMS, lcc, "fatalities", q2, 20)],
        Actor("Military Forces of Syria", 1),
        Actor("Civilians (Syria)", 7),
        (12, 20),
        "contested",
        name="Karm al-Jabal",
    )
    clash = event(
        "Battles",
        "Armed clash",
        date(2012, 3, 4),
        "Aleppo",
        "Aleppo",
        36.2021,
        37.1343,
        [claim(HOMS, "opposition activists", "fatalities", q3, 2)],
        Actor("Opposition Rebels (Syria)", 2),
        Actor("Military Forces of Syria", 1),
        (2, 2),
    )
    article = Article(
        text=HOMS,
        doc_id="t-homs",
        published=date(2012, 3, 5),
        url="https://example.org/homs",
        title="Jets strike Homs",
    )
    return article, [strike, clash]


def _daraa() -> tuple[Article, list[Event]]:
    q1 = (
        "Thousands of people marched peacefully in Daraa on Tuesday to demand the release of "
        "detainees, residents said."
    )
    q2 = (
        "In Idlib, security forces arrested 30 men on Tuesday, the state news agency SANA reported."
    )
    protest = event(
        "Protests",
        "Peaceful protest",
        date(2012, 3, 6),
        "Daraa",
        "Daraa",
        32.6189,
        36.1021,
        [claim(DARAA, "residents", "occurred", q1)],
        Actor("Protesters (Syria)", 6),
    )
    arrests = event(
        "Strategic developments",
        "Arrests",
        date(2012, 3, 6),
        "Idlib",
        "Idlib",
        35.9306,
        36.6339,
        [claim(DARAA, "SANA", "occurred", q2)],
        Actor("Police Forces of Syria", 1),
        Actor("Civilians (Syria)", 7),
    )
    article = Article(
        text=DARAA,
        doc_id="t-daraa",
        published=date(2012, 3, 7),
        url="https://example.org/daraa",
        title="March in Daraa",
    )
    return article, [protest, arrests]


def _deir() -> tuple[Article, list[Event]]:
    q1 = (
        "A car bomb exploded near a checkpoint in Deir ez-Zor on Friday, killing five soldiers, "
        "SANA said."
    )
    q2 = "The Syrian Observatory for Human Rights also reported five dead."
    bomb = event(
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        date(2012, 3, 9),
        "Deir ez-Zor",
        "Deir ez-Zor",
        35.3359,
        40.1408,
        [
            claim(DEIR, "SANA", "fatalities", q1, 5),
            claim(DEIR, "Syrian Observatory for Human Rights", "fatalities", q2, 5),
        ],
        None,
        Actor("Military Forces of Syria", 1),
        (5, 5),
        "corroborated",
    )
    article = Article(
        text=DEIR,
        doc_id="t-deir",
        published=date(2012, 3, 10),
        url="https://example.org/deir",
        title="Car bomb in Deir ez-Zor",
    )
    return article, [bomb]


# Invented reports written for these tests: two more events in Aleppo (a cluster of three with
# the seeded clash), and one with neither a place on the map nor a date.
ALEPPO = (
    "Students protested outside Aleppo University on Thursday, witnesses said. Police detained "
    "eight of them, a rights group said. Elsewhere, unknown gunmen killed a man, relatives said."
)


def aleppo_article() -> tuple[Article, list[Event]]:
    q1 = "Students protested outside Aleppo University on Thursday, witnesses said."
    q2 = "Police detained eight of them, a rights group said."
    q3 = "Elsewhere, unknown gunmen killed a man, relatives said."
    at = ("Aleppo", "Aleppo", 36.2021, 37.1343)
    protest = event("Protests", "Peaceful protest", date(2012, 3, 8), *at,
                    [claim(ALEPPO, "witnesses", "occurred", q1)], Actor("Protesters (Syria)", 6))
    arrests = event("Strategic developments", "Arrests", date(2012, 3, 8), *at,
                    [claim(ALEPPO, "a rights group", "occurred", q2)],
                    Actor("Police Forces of Syria", 1), Actor("Protesters (Syria)", 6))
    killing = Event(
        event_type="Violence against civilians", sub_event_type="Attack", date_start=None,
        date_end=None, time_precision=3, location=Location(name="Syria", country="SY"),
        actor1=Actor("Unidentified Armed Group (Syria)", 3), actor2=Actor("Civilians (Syria)", 7),
        claims=[claim(ALEPPO, "relatives", "fatalities", q3, 1)],
    )
    article = Article(text=ALEPPO, doc_id="t-aleppo", published=date(2012, 3, 9),
                      url="https://news.example.net/aleppo", title="Students detained")
    return article, [protest, arrests, killing]


def seed(store) -> None:
    """Store the three hand-written articles and their five events."""
    for article, events in (_homs(), _daraa(), _deir()):
        store.add_article(article, events)


@pytest.fixture
def store(target):
    """A seeded store on each backend."""
    s = open_store(target)
    seed(s)
    yield s
    s.close()


@pytest.fixture
def seeded_duckdb(tmp_path):
    """A DuckDB file holding the seeded articles and events (closed, ready to open)."""
    path = tmp_path / "seeded.duckdb"
    s = open_store(path)
    seed(s)
    s.close()
    return path


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory):
    """The seeded events and the Aleppo article, in a DuckDB file (for the browser tests)."""
    db = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    s = open_store(db)
    seed(s)
    s.add_article(*aleppo_article())
    s.close()
    return db


@pytest.fixture
def client(store):
    """A client of an app whose writes need TOKEN and whose reads are open."""
    with TestClient(create_app(store, TOKEN), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def token() -> str:
    """The token the `client` app expects."""
    return TOKEN


@pytest.fixture
def auth() -> dict[str, str]:
    """Headers carrying the `client` app's token."""
    return {"Authorization": f"Bearer {TOKEN}"}
