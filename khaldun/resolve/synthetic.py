"""A synthetic multi-outlet corpus of reports, for the merge benchmark and its tests.

Real-world events are drawn over towns, neighbourhoods and days; each is reported by
one to four articles that may give the date a day late ("yesterday"), stay at town
level, or disagree on the toll. Seeded, so runs are comparable.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from khaldun.places.transliteration import name_key
from khaldun.records import Actor, Claim, Event, Fatalities, Location

_SUBTYPES = (
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
)
_SOURCES = ("Monitor A", "Committee B", "Agency C", "reporter")
_FIRST_DAY = date(2014, 1, 1)


def _names(rng: random.Random, count: int) -> list[str]:
    """Distinct pronounceable names whose transliteration keys are distinct too."""
    names: dict[str, str] = {}
    while len(names) < count:
        name = "".join(rng.choice("bdfklmnrtz") + rng.choice("aiu") for _ in range(4))
        names.setdefault(name_key(name), name.capitalize())
    return sorted(names.values())


def _towns(rng: random.Random, count: int) -> list[tuple[str, float, float, list[str]]]:
    names = _names(rng, count * 4)
    towns = []
    for n in range(count):
        hoods = names[count + 3 * n : count + 3 * n + rng.randint(0, 3)]
        towns.append((names[n], rng.uniform(32.5, 37.0), rng.uniform(35.8, 42.0), hoods))
    return towns


def _report(rng: random.Random, real: dict, doc: str, n: int) -> Event:
    town, lat, lon, hood = real["town"], real["lat"], real["lon"], real["hood"]
    if hood and rng.random() < 0.3:
        hood = None  # a town-level report of a neighbourhood event
    day = real["day"] + timedelta(days=rng.choice((0, 0, 0, 1)))
    toll = max(0, real["toll"] + rng.randint(-2, 3))
    source = rng.choice(_SOURCES)
    return Event(
        event_type=real["type"],
        sub_event_type=real["sub"],
        date_start=day,
        date_end=day,
        time_precision=1,
        location=Location(
            name=hood or town, neighbourhood=hood, town=town, admin1="Province",
            country="SY", lat=lat, lon=lon, geo_precision=1,
        ),
        actor1=Actor("Side One", real["inter1"]),
        actor2=Actor("Side Two", 7),
        fatalities=Fatalities(toll, toll),
        claims=[Claim(source, "fatalities", toll, f"{toll} killed in {town}.", doc_id=doc)],
        doc_id=doc,
        report_id=f"{doc}:{n}",
    )


def synthetic_reports(count: int = 10_000, seed: int = 7) -> list[tuple[Event, int]]:
    """About `count` reports, each with the index of the real-world event it reports."""
    rng = random.Random(seed)
    towns = _towns(rng, max(20, count // 50))
    reports: list[tuple[Event, int]] = []
    real_id = 0
    while len(reports) < count:
        town, lat, lon, hoods = rng.choice(towns)
        etype, sub = rng.choice(_SUBTYPES)
        real = {
            "town": town, "lat": lat, "lon": lon, "hood": rng.choice(hoods) if hoods else None,
            "day": _FIRST_DAY + timedelta(days=rng.randrange(365)), "type": etype, "sub": sub,
            "toll": rng.randint(0, 40), "inter1": rng.choice((1, 2)),
        }
        # Articles are roundups: about five reports each, of unrelated events.
        for outlet in rng.sample(range(max(4, count // 5)), rng.randint(1, 4)):
            doc = f"doc{outlet:06d}"
            reports.append((_report(rng, real, doc, len(reports)), real_id))
        real_id += 1
    return reports[:count]
