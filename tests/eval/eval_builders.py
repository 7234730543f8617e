"""Hand-made events for the scorer tests."""

from __future__ import annotations

from datetime import date

from khaldun.records import Actor, Claim, Event, Fatalities, Location


def make_event(
    town: str | None = "Homs",
    day: str = "2012-03-04",
    end: str | None = None,
    event_type: str = "Explosions/Remote violence",
    sub: str = "Shelling/artillery/missile attack",
    lat: float | None = None,
    lon: float | None = None,
    neighbourhood: str | None = None,
    fatalities: tuple[int, int] | None = None,
    actors: tuple[int | None, int | None] = (1, 7),
    status: str = "single",
    claims: list[Claim] | None = None,
    doc_id: str = "d1",
) -> Event:
    """An event with sensible defaults; each test changes the one field it is about."""
    return Event(
        event_type=event_type,
        sub_event_type=sub,
        date_start=date.fromisoformat(day),
        date_end=date.fromisoformat(end or day),
        time_precision=1,
        location=Location(
            name=neighbourhood or town or "",
            neighbourhood=neighbourhood,
            town=town,
            lat=lat,
            lon=lon,
        ),
        actor1=Actor("Side A", actors[0]) if actors[0] is not None else None,
        actor2=Actor("Side B", actors[1]) if actors[1] is not None else None,
        fatalities=Fatalities(*fatalities) if fatalities else None,
        status=status,
        claims=claims or [],
        doc_id=doc_id,
    )
