"""A factory for hand-built reports (one Event as one article tells it)."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.records import SUB_TO_TYPE, Actor, Claim, Event, Location

# An approximate point inside Homs, for coordinate rules.
HOMS = (34.7308, 36.7094)
ACTOR_NAMES = {
    1: "Military Forces of Syria",
    2: "Opposition Rebels (Syria)",
    7: "Civilians (Syria)",
}


def _actor(inter: int | None) -> Actor | None:
    return Actor(ACTOR_NAMES.get(inter, f"Class {inter}"), inter) if inter else None


def build_report(
    doc: str,
    n: int = 0,
    *,
    town: str | None = "Homs",
    hood: str | None = None,
    day: date = date(2014, 5, 9),
    end: date | None = None,
    sub: str = "Air/drone strike",
    inter: tuple[int | None, int | None] = (1, 7),
    claims: list[tuple[str, str, int | str | None]] | None = None,
    originator: str | None = None,
    point: tuple[float, float] | None = HOMS,
    precision: int = 1,
    country: str | None = "SY",
    admin1: str | None = "Homs",
) -> Event:
    """One report; claims given as (source, kind, value)."""
    claim_list = [
        Claim(source, kind, value, f"{source}: {kind} {value}.", originator=originator)
        for source, kind, value in (claims or [("reporter", "occurred", None)])
    ]
    return Event(
        event_type=SUB_TO_TYPE[sub],
        sub_event_type=sub,
        date_start=day,
        date_end=end or day,
        time_precision=1 if (end or day) == day else 2,
        location=Location(
            name=hood or town or admin1 or "",
            neighbourhood=hood,
            town=town,
            admin1=admin1,
            country=country,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            geo_precision=precision,
        ),
        actor1=_actor(inter[0]),
        actor2=_actor(inter[1]),
        claims=claim_list,
        doc_id=doc,
        report_id=f"{doc}:{n}",
    )


@pytest.fixture
def report():
    """The build_report factory."""
    return build_report
