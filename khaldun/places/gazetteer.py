"""The gazetteer: places, names and transliteration keys in SQLite, looked up on demand."""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from khaldun.places import store
from khaldun.places.areas_index import PLACE_COLUMNS, AreaQueries
from khaldun.places.caching import (
    AREA_CACHE,
    FORM_CACHE,
    KEY_CACHE,
    KEY_FORM_CACHE,
    KEYED_CACHE,
    MEMO_SIZE,
    LruCache,
)
from khaldun.places.district_index import DistrictNames, DistrictQueries
from khaldun.places.geometry import EARTH_KM
from khaldun.places.keyfilter import KeyFilter
from khaldun.places.model import Place
from khaldun.places.ranked_lookups import RankedLookups
from khaldun.places.transliteration import (
    MAX_VOWEL_CHANGES,
    colloquially_alike,
    exact_form,
    forms_likeness,
    key_variants,
    name_key,
    plain_letters,
    spelling_form,
    vowel_changes,
    vowelless,
)

# Without a country, a spelling matched only by key must name a place this big.
WORLD_KEYED_MIN_POPULATION = 1_000_000
# A latitude filter in SQL keeps this much more than the distance asked (rounding).
LATITUDE_MARGIN_KM = 0.01
# "Kafr Aleppo": a later word of a name that spells a town this big is the town's name, which
# the gazetteer may hold in its own language ("Kafr Halab").
CITY_WORD_MIN_POPULATION = 100_000
# SQLite's default limit on bound parameters per statement is far above this.
_BATCH = 500
# Where a row of PLACE_COLUMNS turns from its id and the Place's fields to its name's forms.
_FORMS_AT = 1 + len(fields(Place))


class Gazetteer(AreaQueries, DistrictQueries, RankedLookups):
    """Places in a gazetteer file, looked up on demand: opening one costs milliseconds.

    Names and transliteration keys are indexed in the file; Place objects are made on
    first use and kept, so one id is always one object and repeated names cost a dict hit.
    """

    def __init__(self, path: Path) -> None:
        started = time.perf_counter()
        self.path = path
        self.capitals: dict[str, str] = {}
        # Countries whose villages the gazetteer holds (Who's On First), not only its towns.
        self.dense_countries: frozenset[str] = frozenset()
        self.neighbours: dict[str, frozenset[str]] = {}
        self.countries: dict[str, Place] = {}
        self._conn = store.open_readonly(path)
        self._pid = os.getpid()
        self._query_lock = threading.Lock()
        self._made: dict[int, Place] = {}
        # id(Place) -> (row id, the name's exact_form, spelling_form, plain_letters)
        self._stored: dict[int, tuple[int, str, str, str]] = {}
        self._forms = LruCache(FORM_CACHE)
        self._keys = LruCache(KEY_CACHE)
        self._kind_keys = LruCache(KEY_CACHE)  # (key, kind, admin2 or None) -> place ids
        self._key_forms = LruCache(KEY_FORM_CACHE)
        self._keyed = LruCache(KEYED_CACHE)
        self._near = LruCache(AREA_CACHE)
        # Answers of the name finders that depend only on the gazetteer (scan.accept ...).
        self.memo: LruCache = LruCache(MEMO_SIZE)
        # every district's spellings, read on first use
        self._district_names: DistrictNames | None = None
        self._seats: dict[tuple[str, str], list[int]] | None = None  # read on first use
        self._read_countries()
        self.load_seconds = time.perf_counter() - started

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self._pid != os.getpid():  # a forked worker: SQLite connections do not survive fork
            self._conn, self._pid = store.open_readonly(self.path), os.getpid()
            self._query_lock = threading.Lock()
        with self._query_lock:
            return self._conn.execute(sql, params).fetchall()

    def _read_countries(self) -> None:
        self._key_filter = KeyFilter(self._query("SELECT bits FROM key_filter")[0][0])
        # Most capitalised windows are spelled like no place: answered without a query.
        self._form_filter = KeyFilter(self._query("SELECT bits FROM form_filter")[0][0])
        dense = self._query("SELECT value FROM meta WHERE key = 'dense_countries'")
        self.dense_countries = frozenset((dense[0][0] if dense else "").split(",")) - {""}
        for country, capital, neighbours in self._query("SELECT * FROM country_info"):
            if capital:
                self.capitals[country] = capital
            self.neighbours[country] = frozenset(n for n in neighbours.split(",") if n)
        rows = self._query(f"SELECT {PLACE_COLUMNS} FROM places WHERE kind = 'country'")
        self._remember(rows)
        self.countries = {r[5]: self._made[r[0]] for r in rows if r[5]}

    def _remember(self, rows: list[tuple]) -> None:
        for row in rows:
            if row[0] not in self._made:
                place = self._made[row[0]] = Place(*row[1:_FORMS_AT])
                self._stored[id(place)] = (row[0], *row[_FORMS_AT:])

    def place(self, pid: int) -> Place:
        """The Place with this row id (one object per id, so identity comparisons hold)."""
        return self.places([pid])[0]

    def places(self, ids: list[int]) -> list[Place]:
        """Places for row ids, in order, fetching the ones not yet made in few queries."""
        made = self._made
        try:  # (most ids asked for were made before)
            return [made[i] for i in ids]
        except KeyError:
            pass
        missing = list({i for i in ids if i not in made})
        for at in range(0, len(missing), _BATCH):
            chunk = missing[at:at + _BATCH]
            marks = ",".join("?" * len(chunk))
            self._remember(self._query(f"SELECT {PLACE_COLUMNS} FROM places WHERE id IN ({marks})",
                                       tuple(chunk)))
        return [self._made[i] for i in ids]

    def _form_ids(self, form: str) -> list[int]:
        ids = self._forms.get(form)
        if ids is None:
            rows = self._query("SELECT place_id FROM names WHERE lower = ?",
                               (form,)) if form in self._form_filter else []
            ids = self._forms[form] = [r[0] for r in rows]
        return ids

    def _one_key_ids(self, key: str) -> list[int]:
        ids = self._keys.get(key)
        if ids is None:
            rows = self._query(
                "SELECT place_id, key, lower, spelling, plain FROM key_names WHERE key = ?"
                " ORDER BY rid", (key,)) if key in self._key_filter else []
            self._note_key_forms(rows, [key])
            ids = self._keys[key] = list(dict.fromkeys(r[0] for r in rows))
        return ids

    def _note_key_forms(self, rows: list[tuple], keys: list[str]) -> None:
        """Remember the spellings by key of the places in (place id, key, spelling, its
        spelling_form, its plain_letters) rows found by these keys (none under a key: no
        spelling, so no query is made for it)."""
        found: dict[tuple[int, str], dict[str, tuple[str, str]]] = {}
        for pid, key, lower, spelling, plain in rows:
            found.setdefault((pid, key), {})[lower] = (spelling, plain)
        if len(keys) > 1:
            for pid in {row[0] for row in rows}:
                for key in keys:
                    found.setdefault((pid, key), {})
        for pair, forms in found.items():
            self._key_forms[pair] = forms

    def _key_forms_of(self, pid: int, key: str) -> dict[str, tuple[str, str]]:
        forms = self._key_forms.get((pid, key))
        if forms is None:  # forgotten since the place was found: read again
            # (+key: the place's few names by its index, not every name under a short key)
            rows = self._query("SELECT lower FROM names WHERE place_id = ? AND +key = ?",
                               (pid, key))
            forms = self._key_forms[(pid, key)] = {
                r[0]: (spelling_form(r[0]), plain_letters(r[0])) for r in rows}
        return forms

    def _forms_of(self, place: Place, keys: tuple[str, ...],
                  home: bool) -> dict[str, tuple[str, str]]:
        """The place's name and, at home, its spellings under the surface's `keys` (abroad a
        variant spelling says little: "Bariz" is one of Paris's, and a Syrian Barzeh's), by
        exact_form, with their spelling_form and plain_letters.
        Only the key's own spellings count, so the answer never depends on earlier look-ups."""
        stored = self._stored.get(id(place))
        pid, name, spelling, plain = stored or (None, *store.name_forms(place.name))
        forms: dict[str, tuple[str, str]] = {}
        if home and pid is not None:
            for key in keys:
                forms.update(self._key_forms_of(pid, key))
        if name not in forms:
            forms[name] = (spelling, plain)
        return forms

    def likeness(self, surface: str, place: Place, country: str | None) -> tuple[float, float]:
        """How alike surface looks to the place's name or a spelling it was found by: the
        `likeness` (0–100) and the `spelling_likeness` of the best-looking spelling."""
        # Both scores read a spelling only through its exact_form: the name and a stored
        # spelling that differ in case or accents are compared once.
        form, letters, keys = _surface_forms(surface)
        return max(forms_likeness(form, letters, spelling, plain) for spelling, plain
                   in self._forms_of(place, keys, place.country == country).values())

    def vowels_apart(self, surface: str, place: Place, country: str | None) -> bool:
        """The place's name, or a spelling it was found by, differs from surface in a few vowels
        only (their `vowelless` forms are one, and at most MAX_VOWEL_CHANGES `vowel_changes`:
        Khasham / Khusham)."""
        wanted, keys = vowelless(surface), _surface_forms(surface)[2]
        return any(vowelless(spelling) == wanted
                   and vowel_changes(surface, spelling) <= MAX_VOWEL_CHANGES
                   for spelling in self._forms_of(place, keys, place.country == country))

    def colloquially_alike(self, surface: str, place: Place, country: str | None) -> bool:
        """The place's name, or a spelling it was found by, is the surface's name as a
        colloquial and a standard transliteration write it (`colloquially_alike`: Jdideh /
        Judaydah)."""
        keys = _surface_forms(surface)[2]
        return any(colloquially_alike(surface, spelling)
                   for spelling in self._forms_of(place, keys, place.country == country))

    def city_word_forms(self, name: str) -> list[str]:
        """The name with a later word that spells a city (a town of CITY_WORD_MIN_POPULATION
        or more, exactly so spelled) written as each other Latin spelling of that city under
        another key ("Kafr Aleppo" -> "Kafr Halab"): reports write a city's English name
        inside a village's name. None when no later word names such a city."""
        words = name.split()
        forms: list[str] = []
        for at in range(1, len(words)):
            for spelling in self._city_spellings(words[at]):
                forms.append(" ".join([*words[:at], spelling, *words[at + 1:]]))
        return forms

    def _city_spellings(self, word: str) -> list[str]:
        key = ("city_spellings", word)
        found = self.memo.get(key)
        if found is None:
            city = next((p for p in self.exact(word) if p.kind == "town"
                         and p.population >= CITY_WORD_MIN_POPULATION), None)
            stored = self._stored.get(id(city)) if city is not None else None
            rows = self._query("SELECT lower FROM names WHERE place_id = ?",
                               (stored[0],)) if stored else []
            own = name_key(word)
            found = self.memo[key] = list(dict.fromkeys(
                r[0] for r in rows if " " not in r[0] and r[0].isascii() and r[0].isalpha()
                and name_key(r[0]) != own))
        return found

    def __len__(self) -> int:
        return self._query("SELECT COUNT(*) FROM places")[0][0]

    def __bool__(self) -> bool:
        return True  # not len(): `gazetteer or get_gazetteer()` must not count the places

    def exact(self, name: str) -> list[Place]:
        """Places with exactly this name (after exact_form)."""
        return self.places(self._form_ids(exact_form(name)))

    def candidates(self, name: str) -> tuple[list[Place], list[Place]]:
        """Places whose name matches exactly, and those matching only by transliteration key."""
        exact = self.exact(name)
        key = name_key(name)
        seen = {id(p) for p in exact}
        keyed = self.places(self._key_ids(key)) if key else []
        return exact, [p for p in keyed if id(p) not in seen]

    def _key_ids(self, key: str) -> list[int]:
        """Ids by key, an initial vowel taken as any vowel (Arbin / Irbin / Urbin)."""
        by_variant = {k: self._one_key_ids(k) for k in key_variants(key)}
        ids = [i for found in by_variant.values() for i in found]
        if len(by_variant) > 1:  # no spelling under the variants they lack
            every = set(ids)
            for variant, found in by_variant.items():
                for i in every.difference(found):
                    self._key_forms[(i, variant)] = {}
        return ids

    def _kind_keyed(self, name: str, kind: str, admin2: str | None = None) -> list[Place]:
        """`candidates(name)[1]` less the places of another kind, or (admin2) of another
        district (in the same order): the filter runs in SQL, so the key's other places,
        worldwide, are never made."""
        key = name_key(name)
        if not key:
            return []
        ids = [i for k in dict.fromkeys(key_variants(key))
               for i in self._one_key_kind_ids(k, kind, admin2)]
        exact = set(self._form_ids(exact_form(name)))
        return self.places([i for i in ids if i not in exact])

    def _one_key_kind_ids(self, key: str, kind: str, admin2: str | None) -> list[int]:
        ids = self._kind_keys.get((key, kind, admin2))
        if ids is None:
            if key not in self._key_filter:
                rows = []
            elif admin2 is None:
                rows = self._query(
                    "SELECT place_id, key, lower, spelling, plain FROM key_names WHERE key = ?"
                    " AND kind = ? ORDER BY rid", (key, kind))
            else:
                rows = self._query(
                    "SELECT k.place_id, k.key, k.lower, k.spelling, k.plain FROM key_names k"
                    " JOIN places p ON p.id = k.place_id WHERE k.key = ? AND k.kind = ?"
                    " AND p.admin2 = ? ORDER BY k.rid", (key, kind, admin2))
            self._note_key_forms(rows, [key])
            ids = self._kind_keys[(key, kind, admin2)] = list(dict.fromkeys(r[0] for r in rows))
        return ids

    def _keyed_at_latitude(self, name: str, lat: float, km: float) -> list[Place]:
        """`candidates(name)[1]` less the places farther than km from latitude lat (in the
        same order): the latitude filter runs in SQL, so far places are never made."""
        keys = self._known_keys(name)
        if not keys:
            return []
        span = math.degrees((km + LATITUDE_MARGIN_KM) / EARTH_KM)
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT key, place_id FROM key_names WHERE key IN ({marks})"
            " AND lat BETWEEN ? AND ? ORDER BY key, rid",
            (*keys, lat - span, lat + span))
        by_key: dict[str, dict[int, None]] = {}
        for key, pid in rows:
            by_key.setdefault(key, {})[pid] = None
        exact = set(self._form_ids(exact_form(name)))
        ids = [i for k in keys for i in by_key.get(k, ()) if i not in exact]
        return self.places(ids)

    def _known_keys(self, name: str) -> list[str]:
        """The variants of name's key that some place may have (the key filter's yes)."""
        key = name_key(name)
        return [k for k in key_variants(key) if k in self._key_filter] if key else []

    def key_spellings(self, name: str) -> list[tuple[str, str, str, str, str]]:
        """(country, kind, spelling, its spelling_form, its plain_letters) of every name
        sharing name's key, with no Place made."""
        keys = self._known_keys(name)
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._query(
            f"SELECT country, kind, lower, spelling, plain FROM key_names WHERE key IN ({marks})",
            tuple(keys))

    def keyed(self, name: str, country: str | None,
              min_population: int = WORLD_KEYED_MIN_POPULATION) -> list[Place]:
        """Places sharing name's transliteration key: in country, or (if None) ones of
        min_population or more."""
        key = name_key(name)
        if not key:
            return []
        found = self._keyed.get((key, country, min_population))
        if found is None:
            # Short keys ("hm") are shared by thousands of places: the filter runs in SQL,
            # once per key and country.
            keys = self._known_keys(name)
            marks = ",".join("?" * len(keys))
            where = "(country = ? OR kind = 'country')" if country else (
                "(population >= ? OR kind = 'country')")
            rows = self._query(
                f"SELECT place_id, key, lower, spelling, plain FROM key_names WHERE key IN"
                f" ({marks}) AND {where} ORDER BY key, rid",
                (*keys, country or min_population),
            ) if keys else []
            self._note_key_forms(rows, key_variants(key))
            found = self._keyed[(key, country, min_population)] = self.places(
                list(dict.fromkeys(r[0] for r in rows)))
        return found


@lru_cache(maxsize=200_000)
def _surface_forms(surface: str) -> tuple[str, str, tuple[str, ...]]:
    """A surface's spelling_form, plain_letters and key variants, for `Gazetteer.likeness`."""
    return spelling_form(surface), plain_letters(surface), tuple(key_variants(name_key(surface)))


_lock = threading.Lock()
_cache: dict[Path, Gazetteer] = {}


def ensure_built(path: Path | None = None) -> Path:
    """The gazetteer file, built from package data first if missing or outdated."""
    from khaldun.places.build import build

    path = path or store.default_path()
    if path.exists():
        try:
            conn = store.connect(path)
            version = store.get_meta(conn, "schema")
            conn.close()
        except sqlite3.DatabaseError:
            version = None  # a damaged or foreign file: build a fresh one over it
        if version == store.SCHEMA_VERSION:
            return path
    build(path)
    return path


def get_gazetteer(path: Path | None = None) -> Gazetteer:
    """The shared gazetteer, built at first use and loaded once per process."""
    path = path or store.default_path()
    found = _cache.get(path)  # (every stage of every sentence asks: no lock once loaded)
    if found is not None:
        return found
    with _lock:
        if path not in _cache:
            _cache[path] = Gazetteer(ensure_built(path))
        return _cache[path]


def reset_cache() -> None:
    """Forget loaded gazetteers (after an import changed the file)."""
    with _lock:
        _cache.clear()
