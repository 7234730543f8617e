"""Who's On First places: reading the shipped TSV into gazetteer rows.

The TSV (khaldun/data/gazetteer/wof-places.tsv.gz, or any file of the same columns) holds
localities, neighbourhoods, counties and regions of 25 conflict-affected countries with
their Latin and Arabic-script spellings. See NOTICE for the attribution it requires.
"""

from __future__ import annotations

import csv
import gzip
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from khaldun.places import store
from khaldun.places.model import DISTRICT_CODE, Place
from khaldun.places.transliteration import name_key

COLUMNS = ("wof_id", "country", "placetype", "name", "lat", "lon", "parent_id", "region",
           "county", "population", "geonames_id", "names")
SHIPPED = "gazetteer/wof-places.tsv.gz"
# Airline and ICAO codes ("KAC", "OSKL") are spellings no news text uses for a town.
_CODE_MAX_CHARS = 4


@dataclass(slots=True)
class WofRecord:
    """One row of the WOF TSV."""

    wof_id: int
    country: str
    placetype: str
    name: str
    lat: float | None
    lon: float | None
    parent_id: int
    region: str
    county: str
    population: int
    geonames_id: int | None
    names: list[str]


def _script_ok(name: str) -> bool:
    """Latin (with diacritics) or Arabic script only: what khaldun's matchers read."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    latin = all(ord(c) < 0x250 for c in letters)
    arabic = all(0x600 <= ord(c) <= 0x6FF or 0x750 <= ord(c) <= 0x77F or 0xFB50 <= ord(c)
                 <= 0xFEFF for c in letters)
    return latin or arabic


def keep_spelling(name: str) -> bool:
    """A spelling worth matching: right script, no digits, not a short code."""
    name = name.strip()
    if len(name) < 2 or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= _CODE_MAX_CHARS:
        return False
    return _script_ok(name)


def shipped_path() -> Path:
    """The WOF TSV shipped in the package."""
    return Path(str(resources.files("khaldun.data").joinpath(SHIPPED)))


def _float(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _int(value: str) -> int | None:
    try:
        return int(float(value)) if value else None
    except ValueError:
        return None


def read_wof(path: Path) -> Iterator[WofRecord]:
    """Records of a WOF TSV (plain or gzip); a file without WOF's columns is an error."""
    csv.field_size_limit(1 << 30)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, [])
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise ValueError(f"{path}: not a Who's On First TSV (missing {', '.join(missing)})")
        at = {c: header.index(c) for c in COLUMNS}
        for number, row in enumerate(reader, 2):
            if len(row) < len(header):
                raise ValueError(f"{path}:{number}: {len(row)} columns, expected {len(header)}")
            names = [n for n in row[at["names"]].split("|") if keep_spelling(n)]
            yield WofRecord(
                wof_id=int(row[at["wof_id"]]),
                country=row[at["country"]],
                placetype=row[at["placetype"]],
                name=row[at["name"]],
                lat=_float(row[at["lat"]]),
                lon=_float(row[at["lon"]]),
                parent_id=_int(row[at["parent_id"]]) or -1,
                region=row[at["region"]],
                county=row[at["county"]],
                population=_int(row[at["population"]]) or 0,
                geonames_id=_int(row[at["geonames_id"]]),
                names=names,
            )


# WOF placetypes and the gazetteer kind (and feature code) each becomes.
_KINDS = {
    "locality": ("town", None),
    "localadmin": ("town", None),
    "county": ("town", DISTRICT_CODE),
    "neighbourhood": ("neighbourhood", None),
}


@dataclass
class WofReport:
    """What a WOF import wrote."""

    path: str
    added: int = 0
    merged: int = 0
    regions_matched: int = 0
    regions_added: int = 0
    quarters: int = 0


def _region_names(conn: sqlite3.Connection, records: list[WofRecord],
                  report: WofReport, source: str) -> dict[tuple[str, str], str]:
    """(country, WOF region name) -> the gazetteer's admin1 name, adding missing regions.

    A WOF region is the admin1 that shares a transliteration key with one of its spellings;
    its spellings become that admin1's aliases.
    """
    by_key: dict[tuple[str, str], tuple[int, str]] = {}
    for pid, country, name, key in conn.execute(
        "SELECT p.id, p.country, p.name, n.key FROM places p JOIN names n ON n.place_id = p.id"
        " WHERE p.kind = 'admin1' AND n.key != ''"
    ):
        by_key.setdefault((country, key), (pid, name))
    out: dict[tuple[str, str], str] = {}
    for rec in records:
        if rec.placetype != "region":
            continue
        keys = [name_key(n) for n in [rec.name, *rec.names] if store.is_latin(n)]
        found = next((by_key[(rec.country, k)] for k in keys if (rec.country, k) in by_key),
                     None)
        if found is not None:
            pid, name = found
            report.regions_matched += 1
        else:
            place = Place(geonameid=None, name=rec.name, kind="admin1", feature_code="ADM1",
                          country=rec.country, admin1=rec.name, lat=rec.lat, lon=rec.lon)
            pid, name = store.insert_place(conn, place, None, source), rec.name
            report.regions_added += 1
        store.add_names(conn, pid, [rec.name, *rec.names])
        out[(rec.country, rec.name)] = name
    return out


def import_wof(conn: sqlite3.Connection, path: Path, source: str = "wof") -> WofReport:
    """Add the places of a WOF TSV to an open gazetteer (one transaction is the caller's).

    A locality carrying the GeoNames id of a town already present is merged into it (its
    spellings and district added); other records are new places.
    """
    report = WofReport(path=str(path))
    records = list(read_wof(path))
    admin1 = _region_names(conn, records, report, source)
    known = dict(conn.execute("SELECT geonameid, id FROM places WHERE geonameid IS NOT NULL"))
    towns = {r.wof_id: r.name for r in records if r.placetype in ("locality", "localadmin")}
    for rec in records:
        kind = _KINDS.get(rec.placetype)
        if kind is None or rec.lat is None or rec.lon is None:
            continue
        region = admin1.get((rec.country, rec.region), rec.region or None)
        pid = known.get(rec.geonames_id) if rec.geonames_id else None
        if pid is not None and kind[0] == "town" and kind[1] is None:
            conn.execute(
                "UPDATE places SET admin2 = COALESCE(admin2, ?), population = MAX(population, ?),"
                " admin1 = COALESCE(admin1, ?) WHERE id = ?",
                (rec.county or None, rec.population, region, pid),
            )
            store.add_names(conn, pid, [rec.name, *rec.names])
            report.merged += 1
            continue
        place = Place(
            geonameid=None, name=rec.name, kind=kind[0], feature_code=kind[1],
            country=rec.country, admin1=region, lat=rec.lat, lon=rec.lon,
            population=rec.population,
            town=towns.get(rec.parent_id) if kind[0] == "neighbourhood" else None,
            admin2=rec.county or None,
        )
        pid = store.insert_place(conn, place, None, source)
        store.add_names(conn, pid, [rec.name, *rec.names])
        report.added += 1
    countries = {r.country for r in records}
    report.quarters = mark_city_quarters(conn, countries)
    known = store.get_meta(conn, "dense_countries")
    store.set_meta(conn, "dense_countries",
                   ",".join(sorted(countries | set((known or "").split(",")) - {""})))
    return report


# A village-sized place this close to the centre of a big city is one of its quarters
# (WOF and GeoNames list Jobar, Qaboun and Barzeh as localities a few km from Damascus's
# centre): the radius grows with the city, CITY_RADIUS_KM at CITY_RADIUS_POPULATION, and
# the place must lie in the city's own province (Zamalka and Jaramana, in Rif Dimashq,
# are towns next to Damascus, not its quarters).
QUARTER_CITY_MIN_POPULATION = 200_000
CITY_RADIUS_KM = 3.0
CITY_RADIUS_POPULATION = 250_000
MAX_CITY_RADIUS_KM = 6.0
# Places this populous are towns of their own however close (Jaramana by Damascus).
QUARTER_MAX_POPULATION = 20_000


def city_radius_km(population: int) -> float:
    """How far from a city's centre its quarters lie."""
    return min(CITY_RADIUS_KM * (population / CITY_RADIUS_POPULATION) ** 0.5,
               MAX_CITY_RADIUS_KM)


def mark_city_quarters(conn: sqlite3.Connection, countries: set[str]) -> int:
    """Turn small places inside big cities of these countries into the cities' quarters."""
    from khaldun.places.geometry import distance_km

    marks = ",".join("?" * len(countries))
    cities = conn.execute(
        f"SELECT id, name, country, admin1, lat, lon, population FROM places WHERE kind = 'town'"
        f" AND feature_code IS NULL AND population >= ? AND country IN ({marks})",
        (QUARTER_CITY_MIN_POPULATION, *sorted(countries)),
    ).fetchall()
    changed = 0
    for cid, name, country, admin1, lat, lon, population in sorted(cities, key=lambda c: -c[6]):
        radius = city_radius_km(population)
        dlat = radius / 111.0
        rows = conn.execute(
            "SELECT id, lat, lon FROM places WHERE kind = 'town' AND feature_code IS NULL"
            " AND country = ? AND admin1 = ? AND id != ? AND population < ?"
            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (country, admin1, cid, QUARTER_MAX_POPULATION, lat - dlat, lat + dlat,
             lon - 2 * dlat, lon + 2 * dlat),
        ).fetchall()
        for pid, plat, plon in rows:
            if distance_km(lat, lon, plat, plon) <= radius:
                conn.execute("UPDATE places SET kind = 'neighbourhood', town = ? WHERE id = ?",
                             (name, pid))
                changed += 1
    return changed


def is_wof_file(path: Path) -> bool:
    """True when the file's header names WOF's columns (plain or gzip)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
    except (OSError, UnicodeDecodeError):
        return False
    return all(c in header for c in COLUMNS)


def import_wof_file(path: Path, db: Path) -> WofReport:
    """Add the places of a WOF TSV to the gazetteer file db (all or nothing)."""
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    conn = store.connect(db)
    try:
        with conn:
            report = import_wof(conn, path, f"import:{path.name}")
            store.rebuild_indexes(conn)
    finally:
        conn.close()
    return report
