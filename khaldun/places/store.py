"""The gazetteer's SQLite file: schema, location, and writing places with their names."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from khaldun.places.keyfilter import KeyFilter
from khaldun.places.model import Place
from khaldun.places.qualified import bare_names
from khaldun.places.transliteration import (
    exact_form,
    name_key,
    plain_letters,
    spelling_form,
)

SCHEMA_VERSION = "14"
# The version is in the file name, so checkouts of different versions share a cache folder.
FILE_NAME = f"gazetteer-v{SCHEMA_VERSION}.sqlite"
# SQLite's page cache per read-only connection (KiB, as a negative cache_size): its default
# 2 MB is flushed by every area query (a province's thousands of spellings), after which each
# look-up reads its index's upper pages from the file again, one system call a page.
READ_CACHE_KIB = 65_536

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, geonameid INTEGER UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
    feature_code TEXT, country TEXT, admin1 TEXT, admin1_code TEXT, lat REAL, lon REAL,
    population INTEGER NOT NULL DEFAULT 0, town TEXT, admin2 TEXT, source TEXT NOT NULL,
    name_form TEXT NOT NULL, name_spelling TEXT NOT NULL, name_plain TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    place_id INTEGER NOT NULL, lower TEXT NOT NULL, key TEXT NOT NULL,
    UNIQUE (place_id, lower)
);
CREATE TABLE IF NOT EXISTS country_info (
    country TEXT PRIMARY KEY, capital TEXT, neighbours TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS places_country ON places (country, admin1_code);
CREATE INDEX IF NOT EXISTS places_lat ON places (country, lat);
CREATE INDEX IF NOT EXISTS places_admin1 ON places (country, admin1);
CREATE INDEX IF NOT EXISTS places_population ON places (population);
"""
# Built after the bulk insert: indexes updated row by row would triple the build time.
# places_town_admin1 answers the province of a town's neighbours (`AreaQueries.province_of`)
# from the index alone, without reading each town's row. places_countries, places_feature and
# places_seats let opening the file read its countries, districts and district seats without
# scanning every place.
_NAME_INDEXES = """
CREATE INDEX IF NOT EXISTS names_lower ON names (lower);
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS places_town_admin1 ON places (country, lat, lon, admin1)
    WHERE kind = 'town' AND admin1 IS NOT NULL AND admin1 != '';
CREATE INDEX IF NOT EXISTS places_countries ON places (kind) WHERE kind = 'country';
CREATE INDEX IF NOT EXISTS places_feature ON places (feature_code) WHERE feature_code IS NOT NULL;
CREATE INDEX IF NOT EXISTS places_seats ON places (source, country, admin2)
    WHERE kind = 'town' AND feature_code IS NULL AND admin2 IS NOT NULL;
"""
# Read-only copies of names joined to their places, clustered the way lookups read them, so a
# look-up reads neighbouring pages instead of one places row per name. Rebuilt with the
# indexes after every write. Each keeps the row order the joins it replaces gave (names by
# rowid within a key; places by latitude, then id, within a country), as ties rank in it.
# key_names keeps each place's latitude, so a look-up near a point filters a key's rows without
# reading their places, and each spelling's `spelling_form` and `plain_letters`, so comparing a
# name with the spellings a key finds computes neither. near_names is cut into bands one degree
# of longitude wide (`band` = int(lon + 180)), so a box reads the rows of a band or two, not of
# the country's whole width. district_names is clustered in the order a district's spellings are
# read (by latitude), so reading them sorts nothing (a place without a position, which the
# shipped data has none of, is left out of it).
_LOOKUP_TABLES = """
DROP TABLE IF EXISTS key_names;
CREATE TABLE key_names (
    key TEXT NOT NULL, rid INTEGER NOT NULL, place_id INTEGER NOT NULL, lower TEXT NOT NULL,
    country TEXT, kind TEXT NOT NULL, population INTEGER NOT NULL, lat REAL,
    spelling TEXT NOT NULL, plain TEXT NOT NULL,
    PRIMARY KEY (key, rid)
) WITHOUT ROWID;
INSERT INTO key_names SELECT n.key, n.rowid, n.place_id, n.lower, p.country, p.kind,
    p.population, p.lat, spelling_form(n.lower), plain_letters(n.lower)
    FROM names n JOIN places p ON p.id = n.place_id WHERE n.key != '';
DROP TABLE IF EXISTS near_names;
CREATE TABLE near_names (
    country TEXT NOT NULL, band INTEGER NOT NULL, lat REAL NOT NULL, place_id INTEGER NOT NULL,
    lower TEXT NOT NULL, lon REAL NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (country, band, lat, place_id, lower)
) WITHOUT ROWID;
INSERT INTO near_names SELECT p.country, CAST(p.lon + 180.0 AS INTEGER), p.lat, p.id,
    n.lower, p.lon, n.key FROM places p JOIN names n ON n.place_id = p.id
    WHERE p.kind IN ('town', 'neighbourhood') AND n.key != ''
    AND p.country IS NOT NULL AND p.lat IS NOT NULL AND p.lon IS NOT NULL;
DROP TABLE IF EXISTS province_names;
CREATE TABLE province_names (
    country TEXT NOT NULL, admin1 TEXT NOT NULL, place_id INTEGER NOT NULL,
    lower TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (country, admin1, place_id, lower)
) WITHOUT ROWID;
INSERT INTO province_names SELECT p.country, p.admin1, p.id, n.lower, n.key
    FROM places p JOIN names n ON n.place_id = p.id
    WHERE p.kind IN ('town', 'neighbourhood') AND n.key != ''
    AND p.country IS NOT NULL AND p.admin1 IS NOT NULL;
DROP TABLE IF EXISTS district_names;
CREATE TABLE district_names (
    country TEXT NOT NULL, admin2 TEXT NOT NULL, lat REAL NOT NULL, place_id INTEGER NOT NULL,
    lower TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (country, admin2, lat, place_id, lower)
) WITHOUT ROWID;
INSERT INTO district_names SELECT p.country, p.admin2, p.lat, p.id, n.lower, n.key
    FROM places p JOIN names n ON n.place_id = p.id
    WHERE p.kind IN ('town', 'neighbourhood') AND n.key != ''
    AND p.country IS NOT NULL AND p.admin2 IS NOT NULL AND p.lat IS NOT NULL;
CREATE TABLE IF NOT EXISTS key_filter (bits BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS form_filter (bits BLOB NOT NULL);
"""


def data_dir() -> Path:
    """Where khaldun caches built data: $KHALDUN_DATA_DIR or ~/.cache/khaldun."""
    return _data_dir(os.environ.get("KHALDUN_DATA_DIR"), os.environ.get("HOME"))


def default_path() -> Path:
    """The default gazetteer file."""
    return _default_path(os.environ.get("KHALDUN_DATA_DIR"), os.environ.get("HOME"))


# Every stage asks for the shared gazetteer per sentence: the paths are made once per setting.
@lru_cache(maxsize=8)
def _data_dir(env: str | None, home: str | None) -> Path:
    return Path(env).expanduser() if env else Path.home() / ".cache" / "khaldun"


@lru_cache(maxsize=8)
def _default_path(env: str | None, home: str | None) -> Path:
    return _data_dir(env, home) / FILE_NAME


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) a gazetteer file with its schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(_SCHEMA)
    return conn


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection usable from any thread (callers serialise their queries), with
    a page cache of READ_CACHE_KIB."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    return conn


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """One value from the meta table."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set one value in the meta table."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def is_latin(name: str) -> bool:
    """True when every letter of name is Latin script (with diacritics)."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


def is_arabic(name: str) -> bool:
    """True when name contains Arabic script."""
    return any(0x600 <= ord(c) <= 0x6FF for c in name)


def name_rows(place_id: int, names: Iterable[str]) -> list[tuple[int, str, str]]:
    """(place_id, lower, key) rows: keys only for Latin names, Arabic kept for exact match;
    a name opened by the word for its unit ("Qaryat X") also stands as "X"."""
    rows: dict[str, str] = {}
    names = list(names)
    for name in [*names, *(bare for n in names for bare in bare_names(n))]:
        lower = exact_form(name)
        if not lower:
            continue
        if lower in rows:
            continue
        if is_latin(name):
            rows[lower] = name_key(name)
        elif is_arabic(name):
            rows[lower] = ""
    return [(place_id, lower, key) for lower, key in rows.items()]


def name_forms(name: str) -> tuple[str, str, str]:
    """A name's exact_form, and that form's spelling_form and plain_letters."""
    form = exact_form(name)
    return form, spelling_form(form), plain_letters(form)


def insert_place(conn: sqlite3.Connection, place: Place, admin1_code: str | None,
                 source: str) -> int:
    """Insert one place row and return its id. The row keeps its name's `name_forms`, which
    comparing a spelling with the place reads instead of computing them while extracting."""
    cur = conn.execute(
        "INSERT INTO places (geonameid, name, kind, feature_code, country, admin1, admin1_code,"
        " lat, lon, population, town, admin2, source, name_form, name_spelling, name_plain)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (place.geonameid, place.name, place.kind, place.feature_code, place.country,
         place.admin1, admin1_code, place.lat, place.lon, place.population, place.town,
         place.admin2, source, *name_forms(place.name)),
    )
    return int(cur.lastrowid or 0)


def add_names(conn: sqlite3.Connection, place_id: int, names: Iterable[str]) -> None:
    """Attach names to a place (duplicates ignored)."""
    conn.executemany(
        "INSERT OR IGNORE INTO names (place_id, lower, key) VALUES (?,?,?)",
        name_rows(place_id, names),
    )


def rebuild_indexes(conn: sqlite3.Connection) -> None:
    """Create the name indexes, lookup tables and the filters of keys and of exact spellings
    lookups use (after writing)."""
    conn.executescript(_NAME_INDEXES)
    conn.create_function("spelling_form", 1, spelling_form, deterministic=True)
    conn.create_function("plain_letters", 1, plain_letters, deterministic=True)
    # One transaction: an interrupted rebuild leaves the previous tables, never half of them.
    conn.executescript("BEGIN;" + _LOOKUP_TABLES)
    for table, sql in (("key_filter", "SELECT DISTINCT key FROM key_names"),
                       ("form_filter", "SELECT DISTINCT lower FROM names")):
        values = [v for (v,) in conn.execute(sql)]
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} (bits) VALUES (?)",
                     (KeyFilter.build(values, len(values)).bits,))
    conn.commit()


def read_key_filter(conn: sqlite3.Connection) -> KeyFilter:
    """The file's key filter."""
    return KeyFilter(conn.execute("SELECT bits FROM key_filter").fetchone()[0])
