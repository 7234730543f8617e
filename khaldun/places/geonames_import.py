"""Import a GeoNames dump (SY.txt, allCountries.txt; plain or zipped) into the gazetteer."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khaldun.places import store
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import Place

# Historical, abandoned and destroyed-and-gone places would only add false matches.
_SKIP_CODES = {"PPLH", "PPLQ", "PPLCH"}
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"}
# A neighbourhood belongs to the nearest town at least this big within this distance.
NEIGHBOURHOOD_TOWN_MIN_POPULATION = 10_000
NEIGHBOURHOOD_TOWN_MAX_KM = 20.0
_COLUMNS = 19


class GeonamesFileError(ValueError):
    """A GeoNames file that cannot be read."""


@dataclass
class ImportReport:
    """What an import added or updated."""

    path: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class _Row:
    place: Place
    admin1_code: str
    names: list[str]


def _kind(feature_class: str, code: str) -> str | None:
    if feature_class == "P" and code not in _SKIP_CODES:
        return "neighbourhood" if code == "PPLX" else "town"
    if feature_class == "A" and code == "ADM1":
        return "admin1"
    if feature_class == "A" and code in _COUNTRY_CODES:
        return "country"
    return None


def _lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt")
                       and not n.lower().startswith("readme")]
            if not members:
                raise GeonamesFileError(f"{path}: zip archive holds no GeoNames .txt file")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        yield from fh


def parse(path: Path) -> Iterator[_Row | None]:
    """GeoNames rows of interest (None for rows of other feature kinds)."""
    for number, line in enumerate(_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < _COLUMNS:
            raise GeonamesFileError(
                f"{path}:{number}: expected {_COLUMNS} tab-separated GeoNames columns, "
                f"found {len(cols)}"
            )
        kind = _kind(cols[6], cols[7])
        if kind is None:
            yield None
            continue
        place = Place(
            geonameid=int(cols[0]), name=cols[1], kind=kind, feature_code=cols[7],
            country=cols[8] or None, lat=float(cols[4]), lon=float(cols[5]),
            population=int(cols[14] or 0),
        )
        alternates = [a for a in cols[3].split(",") if a and len(a) >= 3]
        yield _Row(place, cols[10], [cols[1], cols[2], *alternates])


def _admin1_names(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT country, admin1_code, name FROM places WHERE kind = 'admin1'")
    return {(c, code): name for c, code, name in rows}


def _upsert(conn: sqlite3.Connection, row: _Row, admin1: dict[tuple[str, str], str],
            source: str) -> bool:
    """Write one row; True when it was new."""
    p = row.place
    if p.kind == "admin1":
        found = conn.execute(
            "SELECT id FROM places WHERE kind = 'admin1' AND country = ? AND admin1_code = ?",
            (p.country, row.admin1_code),
        ).fetchone()
        p.admin1 = admin1.get((p.country or "", row.admin1_code), p.name)
    else:
        found = conn.execute("SELECT id FROM places WHERE geonameid = ?",
                             (p.geonameid,)).fetchone()
        p.admin1 = admin1.get((p.country or "", row.admin1_code))
    if found:
        conn.execute(
            "UPDATE places SET geonameid = ?, kind = ?, feature_code = ?, lat = ?, lon = ?,"
            " population = MAX(population, ?) WHERE id = ?",
            (p.geonameid, p.kind, p.feature_code, p.lat, p.lon, p.population, found[0]),
        )
        store.add_names(conn, found[0], row.names)
        return False
    pid = store.insert_place(conn, p, row.admin1_code, source)
    store.add_names(conn, pid, row.names)
    return True


def _assign_towns(conn: sqlite3.Connection, path: Path) -> None:
    """Fill each neighbourhood's enclosing town from the nearest large town."""
    gazetteer = Gazetteer(path)
    rows = conn.execute(
        "SELECT id, lat, lon, country FROM places WHERE kind = 'neighbourhood' AND town IS NULL"
    ).fetchall()
    for pid, lat, lon, country in rows:
        town = gazetteer.nearest_town(lat, lon, country, NEIGHBOURHOOD_TOWN_MIN_POPULATION,
                                      NEIGHBOURHOOD_TOWN_MAX_KM)
        if town is not None:
            conn.execute("UPDATE places SET town = ? WHERE id = ?", (town.name, pid))


def import_geonames(file: Path, db: Path) -> ImportReport:
    """Add the places of a GeoNames dump to the gazetteer file db."""
    if not file.exists():
        raise GeonamesFileError(f"{file}: no such file")
    report = ImportReport(path=str(file))
    conn = store.connect(db)
    admin1 = _admin1_names(conn)
    with conn:
        for row in parse(file):
            report.rows += 1
            if row is None:
                report.skipped += 1
                continue
            if _upsert(conn, row, admin1, f"import:{file.name}"):
                report.added += 1
            else:
                report.updated += 1
            report.kinds[row.place.kind] = report.kinds.get(row.place.kind, 0) + 1
            if row.place.kind == "admin1":
                admin1[(row.place.country or "", row.admin1_code)] = row.place.admin1 or ""
    with conn:
        store.rebuild_indexes(conn)
    with conn:
        _assign_towns(conn, db)
    conn.close()
    return report
