"""The gazetteer: places, names and transliteration keys in SQLite, looked up on demand."""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
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
from khaldun.places.district_index import DistrictQueries
from khaldun.places.geometry import EARTH_KM, distance_km, within_km
from khaldun.places.keyfilter import KeyFilter
from khaldun.places.model import Place
from khaldun.places.qualified import arabic_forms, bare_names, only_bare
from khaldun.places.ranking import prefer_city, rank_key
from khaldun.places.transliteration import (
    exact_form,
    key_variants,
    likeness,
    name_key,
    similar_enough,
    sound_variants,
    spelling_likeness,
)

# Without a country, a spelling matched only by key must name a place this big.
WORLD_KEYED_MIN_POPULATION = 1_000_000
# "Damascus - Barzeh": the district is looked for this close to the town.
PART_OF_KM = 15.0
# A latitude filter in SQL keeps this much more than the distance asked (rounding).
LATITUDE_MARGIN_KM = 0.01
# SQLite's default limit on bound parameters per statement is far above this.
_BATCH = 500


class Gazetteer(AreaQueries, DistrictQueries):
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
        self._ids_of: dict[int, int] = {}  # id(Place) -> row id
        self._forms = LruCache(FORM_CACHE)
        self._keys = LruCache(KEY_CACHE)
        self._key_forms = LruCache(KEY_FORM_CACHE)
        self._keyed = LruCache(KEYED_CACHE)
        self._near = LruCache(AREA_CACHE)
        # Answers of the name finders that depend only on the gazetteer (scan.accept ...).
        self.memo: LruCache = LruCache(MEMO_SIZE)
        # consonant skeleton -> (row id, country) of districts, read on first use
        self._district_skeletons: dict[str, list[tuple[int, str]]] | None = None
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
                place = self._made[row[0]] = Place(*row[1:])
                self._ids_of[id(place)] = row[0]

    def place(self, pid: int) -> Place:
        """The Place with this row id (one object per id, so identity comparisons hold)."""
        return self.places([pid])[0]

    def places(self, ids: list[int]) -> list[Place]:
        """Places for row ids, in order, fetching the ones not yet made in few queries."""
        missing = list({i for i in ids if i not in self._made})
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
            rows = self._query("SELECT place_id, lower FROM key_names WHERE key = ? ORDER BY rid",
                               (key,)) if key in self._key_filter else []
            self._note_key_forms(rows, [key])
            ids = self._keys[key] = list(dict.fromkeys(r[0] for r in rows))
        return ids

    def _note_key_forms(self, rows: list[tuple], keys: list[str]) -> None:
        """Remember the spellings by key of the places in (place id, spelling[, key]) rows
        found by these keys (none under a key: an empty set, so no query is made for it)."""
        found: dict[tuple[int, str], set[str]] = {}
        for row in rows:
            found.setdefault((row[0], row[2] if len(row) > 2 else keys[0]), set()).add(row[1])
        if len(keys) > 1:
            for pid in {row[0] for row in rows}:
                for key in keys:
                    found.setdefault((pid, key), set())
        for pair, forms in found.items():
            self._key_forms[pair] = forms

    def _key_forms_of(self, pid: int, key: str) -> set[str]:
        forms = self._key_forms.get((pid, key))
        if forms is None:  # forgotten since the place was found: read again
            rows = self._query("SELECT lower FROM names WHERE place_id = ? AND key = ?",
                               (pid, key))
            forms = self._key_forms[(pid, key)] = {r[0] for r in rows}
        return forms

    def _forms_of(self, place: Place, surface: str, home: bool) -> list[str]:
        """The place's name and, at home, its spellings that share surface's key (abroad a
        variant spelling says little: "Bariz" is one of Paris's, and a Syrian Barzeh's).
        Only the key's own spellings count, so the answer never depends on earlier look-ups."""
        pid = self._ids_of.get(id(place))
        if not home or pid is None:
            return [place.name]
        forms = [place.name]
        for key in key_variants(name_key(surface)):
            forms += self._key_forms_of(pid, key)
        return forms

    def likeness(self, surface: str, place: Place, country: str | None) -> tuple[float, float]:
        """How alike surface looks to the place's name or a spelling it was found by: the
        `likeness` (0–100) and the `spelling_likeness` of the best-looking spelling."""
        # Both scores read a spelling only through its exact_form: the name and a stored
        # spelling that differ in case or accents are compared once.
        forms = {exact_form(f) for f in self._forms_of(place, surface, place.country == country)}
        return max((likeness(surface, f), spelling_likeness(surface, f)) for f in forms)


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
                    self._key_forms[(i, variant)] = set()
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

    def key_spellings(self, name: str) -> list[tuple[str, str, str]]:
        """(country, kind, spelling) of every name sharing name's key, with no Place made."""
        keys = self._known_keys(name)
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._query(
            f"SELECT country, kind, lower FROM key_names WHERE key IN ({marks})", tuple(keys))

    def keyed(self, name: str, country: str | None) -> list[Place]:
        """Places sharing name's transliteration key: in country, or very big ones if None."""
        key = name_key(name)
        if not key:
            return []
        found = self._keyed.get((key, country))
        if found is None:
            # Short keys ("hm") are shared by thousands of places: the filter runs in SQL,
            # once per key and country.
            keys = self._known_keys(name)
            marks = ",".join("?" * len(keys))
            where = "(country = ? OR kind = 'country')" if country else (
                "(population >= ? OR kind = 'country')")
            rows = self._query(
                f"SELECT place_id, lower, key FROM key_names WHERE key IN ({marks}) AND {where}"
                " ORDER BY key, rid", (*keys, country or WORLD_KEYED_MIN_POPULATION),
            ) if keys else []
            self._note_key_forms(rows, key_variants(key))
            found = self._keyed[(key, country)] = self.places(
                list(dict.fromkeys(r[0] for r in rows)))
        return found

    rank_key = staticmethod(rank_key)

    def lookup(self, name: str, country: str | None = None,
               kind: str | None = None) -> list[Place]:
        """Places called name, best first: in country, exact spelling, then most populous
        (a new list: the answer is remembered, as names recur across articles)."""
        key = ("lookup", name, country, kind)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._lookup(name, country, kind)
        return list(found)

    def town_at(self, name: str, country: str | None, lat: float, lon: float,
                km: float) -> Place | None:
        """The first of `lookup(name, country, "town")` lying within km of the point, if any
        (only the places that close are compared with the name: the same answer, sooner)."""
        key = ("town_at", name, country, lat, lon, km)
        found = self.memo.get(key, key)  # the key itself: not remembered yet
        if found is not key:
            return found
        if " - " in name:
            town = next((p for p in self.lookup(name, country, "town")
                         if within_km(p, lat, lon, km)), None)
        else:
            towns = self._lookup(name, country, "town", near=(lat, lon, km))
            town = towns[0] if towns else None
        self.memo[key] = town
        return town

    def _lookup(self, name: str, country: str | None, kind: str | None,
                near: tuple[float, float, float] | None = None) -> list[Place]:
        if " - " in name:
            return self._lookup_part_of(name, country, kind)
        # Near a point, only the key's places at its latitude are made (most lie far away).
        exact, keyed = self.candidates(name) if near is None else (
            self.exact(name), self._keyed_at_latitude(name, near[0], near[2]))
        if not exact:
            # "Western Tiba": the gazetteer writes the qualifier last, in Arabic
            for form in arabic_forms(name):
                if found := self._lookup(form, country, kind, near):
                    return found
        if not exact and not keyed and not (near and self._has_key(name)):
            keyed = self._variant_candidates(name)
        if near is not None:  # (lat, lon, km): only the places that close
            exact = [p for p in exact if within_km(p, *near)]
            keyed = [p for p in keyed if within_km(p, *near)]
        # A key alone is loose ("Yalda" and Spain's Elda share one): abroad the spelling
        # must look alike; at home a dissimilar one still ranks after the alike ones.
        # A village spelled so only without its unit word ("Rashid" for "Qaryat Rashid")
        # ranks after one so named outright.
        ranked: list[tuple[Place, bool, float]] = [
            (p, not only_bare(name, p.name), 100.0) for p in exact]
        for p in keyed:
            alike, spelled = self.likeness(name, p, country)
            if similar_enough(name, spelled) or (
                    country is not None and p.country == country):
                ranked.append((p, False, alike))
        if kind:
            ranked = [r for r in ranked if r[0].kind == kind]
        ranked.sort(key=lambda r: bool(bare_names(r[0].name)))  # of equals, "Qaryat X" last
        ranked.sort(key=lambda r: self.rank_key(r[0], country, r[1], r[2]))
        unique: dict[int, Place] = {}
        for place, _, _ in ranked:
            unique.setdefault(id(place), place)
        return prefer_city(list(unique.values()))

    def home_first(self, name: str, country: str, kind: str | None = None) -> Place | None:
        """`lookup(name, country, kind)[0]` if it lies in country, else None, ranking only the
        country's places: they come before all others, so the first is the same."""
        key = ("home_first", name, country, kind)
        if key not in self.memo:
            self.memo[key] = self._home_first(name, country, kind)
        return self.memo[key]

    def _home_first(self, name: str, country: str, kind: str | None) -> Place | None:
        exact = self.exact(name)
        if " - " in name or not (exact or self._has_key(name)):
            ranked = self.lookup(name, country, kind)  # the rare paths, in full
            return ranked[0] if ranked and ranked[0].country == country else None
        seen = {id(p) for p in exact}
        home: list[tuple[Place, bool, float]] = [(p, True, 100.0) for p in exact
                                                 if p.country == country]
        home += [(p, False, self.likeness(name, p, country)[0])
                 for p in self.keyed(name, country) if p.country == country and id(p) not in seen]
        home = [r for r in home if not kind or r[0].kind == kind]
        home.sort(key=lambda r: self.rank_key(r[0], country, r[1], r[2]))
        ranked = prefer_city(list({id(p): p for p, _, _ in home}.values()))
        return ranked[0] if ranked else None

    def _has_key(self, name: str) -> bool:
        """True when some place has a spelling under a variant of name's key."""
        return any(self._query("SELECT 1 FROM key_names WHERE key = ? LIMIT 1", (k,))
                   for k in self._known_keys(name))

    def _variant_candidates(self, name: str) -> list[Place]:
        """Key matches of other spellings of one sound (Abul Thohur / Abu az-Zuhur)."""
        found: list[Place] = []
        for variant in sound_variants(exact_form(name)):
            found += self.exact(variant) + self.candidates(variant)[1]
        return found

    def _lookup_part_of(self, name: str, country: str | None, kind: str | None) -> list[Place]:
        """'Damascus - Barzeh' (ACLED's town - district form): the district near the town first."""
        head, _, tail = name.partition(" - ")
        towns = self.lookup(head, country, "town")
        if not towns:
            return self.lookup(tail, country, kind)
        town = towns[0]
        parts = [p for p in self.lookup(tail, country) if p is not town
                 and p.kind in ("town", "neighbourhood") and p.lat is not None
                 and town.lat is not None
                 and distance_km(p.lat, p.lon or 0.0, town.lat, town.lon or 0.0) <= PART_OF_KM]
        found = parts + [town]
        return [p for p in found if not kind or p.kind == kind]

    def capital(self, country: str | None) -> Place | None:
        """The capital town of a country."""
        name = self.capitals.get(country or "")
        if not name:
            return None
        return self.home_first(name, country, kind="town") if country else None

    def town_of(self, place: Place) -> Place | None:
        """The town a quarter belongs to."""
        if not place.town:
            return None
        towns = self.lookup(place.town, place.country, kind="town")
        return towns[0] if towns else None

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
    with _lock:
        if path not in _cache:
            _cache[path] = Gazetteer(ensure_built(path))
        return _cache[path]


def reset_cache() -> None:
    """Forget loaded gazetteers (after an import changed the file)."""
    with _lock:
        _cache.clear()
