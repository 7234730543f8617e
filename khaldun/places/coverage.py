"""How much of an evaluation set the gazetteer and the mention finder can place within 10 km."""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.location import to_location
from khaldun.places.mentions import find_places
from khaldun.places.model import PlaceMention
from khaldun.places.transliteration import same_place_name

WITHIN_KM = 10.0  # the codebook's "town agrees" distance


@dataclass
class Coverage:
    """Shares of rows placed within WITHIN_KM, overall and per country."""

    rows: int = 0
    lookup_hits: int = 0  # best lookup(location, country) within 10 km
    mention_hits: int = 0  # some find_places mention of the text within 10 km
    seconds: float = 0.0
    by_country: dict[str, Counter[str]] = field(default_factory=dict)

    def share(self, hits: int) -> float:
        """hits as a share of rows."""
        return hits / self.rows if self.rows else 0.0

    def count(self, country: str, lookup: bool, mention: bool) -> None:
        """Record one row."""
        self.rows += 1
        self.lookup_hits += lookup
        self.mention_hits += mention
        c = self.by_country.setdefault(country, Counter())
        c["rows"] += 1
        c["lookup"] += lookup
        c["mention"] += mention


def _close(lat: float | None, lon: float | None, lat2: float, lon2: float) -> bool:
    return lat is not None and lon is not None and distance_km(lat, lon, lat2, lon2) <= WITHIN_KM


def _mention_close(mentions: list[PlaceMention], lat: float, lon: float) -> bool:
    for m in mentions:
        loc = to_location(m)
        if _close(loc.lat, loc.lon, lat, lon):
            return True
    return False


def _iso(gaz: Gazetteer, country_name: str) -> str | None:
    found = gaz.lookup(country_name, kind="country")
    return found[0].country if found else None


def acled_coverage(path: Path, gaz: Gazetteer) -> Coverage:
    """On an ACLED CSV: location lookups and notes mentions within 10 km of the row."""
    cov = Coverage()
    started = time.perf_counter()
    notes_cache: dict[tuple[str, str | None], list[PlaceMention]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso = _iso(gaz, row["country"])
            lat, lon = float(row["latitude"]), float(row["longitude"])
            best = gaz.lookup(row["location"], iso)[:1]
            lookup = bool(best) and _close(best[0].lat, best[0].lon, lat, lon)
            key = (row["notes"], iso)
            if key not in notes_cache:
                notes_cache[key] = find_places(row["notes"], country=iso, gazetteer=gaz)
            cov.count(row["country"], lookup, _mention_close(notes_cache[key], lat, lon))
    cov.seconds = time.perf_counter() - started
    return cov


def _gold_town_found(gaz: Gazetteer, mentions: list[PlaceMention], loc: dict) -> bool:
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is not None and lon is not None and _mention_close(mentions, lat, lon):
        return True
    names = {loc.get("town"), loc.get("neighbourhood"), loc.get("name")} - {None}
    for m in mentions:
        written = to_location(m)
        if any(same_place_name(n, w) for n in names
               for w in (written.town, written.neighbourhood, written.name)):
            return True
    return False


def gold_coverage(path: Path, gaz: Gazetteer) -> Coverage:
    """On gold JSONL: event towns found by lookup and among the article's mentions."""
    cov = Coverage()
    started = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            mentions = find_places(article["text"], gazetteer=gaz)
            for event in article.get("events") or []:
                loc = event.get("location") or {}
                town, country = loc.get("town"), loc.get("country")
                best = gaz.lookup(town, country)[:1] if town else []
                lookup = bool(best) and (
                    _close(best[0].lat, best[0].lon, loc["lat"], loc["lon"])
                    if loc.get("lat") is not None else same_place_name(best[0].name, town)
                )
                cov.count(country or "", lookup, _gold_town_found(gaz, mentions, loc))
    cov.seconds = time.perf_counter() - started
    return cov
