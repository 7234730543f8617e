"""The in-memory gazetteer: names keyed by lowercase form and by transliteration key."""

from __future__ import annotations

import gc
import math
import re
import sqlite3
import threading
import time
from collections import defaultdict
from pathlib import Path

from khaldun.places import store
from khaldun.places.model import REGION_CODE, Place
from khaldun.places.transliteration import exact_form, name_key, similar

# A town this big is meant by its name even when the spelling is exactly a
# province alias ("Deir Ezzor" is written for the city of 270,000).
CITY_OVER_PROVINCE_POPULATION = 50_000
# An admin1 outranks a same-named town only when it is this many times more
# populous (Anbar the province over a hamlet called Anbar; Homs the city over
# Homs the governorate, whose population is about 1.4x the city's).
ADMIN1_POPULATION_DISCOUNT = 20
# A province outranks a same-named town smaller than this ("Al Jawf" is the province,
# not the village of Jawf al Maqbabah; Hama, Idlib and Saada are cities).
ADMIN1_MIN_WEIGHT = 20_000
# Without a country, a spelling matched only by key must name a place this big.
WORLD_KEYED_MIN_POPULATION = 1_000_000
# "Damascus - Barzeh": the district is looked for this close to the town.
PART_OF_KM = 15.0
# Arabic sounds that the transliteration key keeps apart but writers swap: the
# emphatic "th"/"dh" written as "z", and "Abul" for "Abu al-".
_SPELLING_VARIANTS = (
    (re.compile(r"(?:th|dh)"), "z"),
    (re.compile(r"z"), "dh"),
    (re.compile(r"\b(abu|umm|um|bin|ibn)l\b"), r"\1 al"),
)
_KIND_RANK = {"country": 0, "town": 1, "admin1": 1, "neighbourhood": 1}
_EARTH_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _weight(place: Place) -> float:
    if place.kind == "admin1":
        return max(place.population / ADMIN1_POPULATION_DISCOUNT, ADMIN1_MIN_WEIGHT)
    return float(place.population)


def prefer_city(ranked: list[Place]) -> list[Place]:
    """Put a big city before a same-named province ranked first ("Deir Ezzor", "Raqqa")."""
    if not ranked or ranked[0].kind != "admin1":
        return ranked
    top = ranked[0]
    for i, place in enumerate(ranked[1:], 1):
        if place.kind == "town" and place.country == top.country and (
            place.population >= CITY_OVER_PROVINCE_POPULATION
        ):
            return [place] + ranked[:i] + ranked[i + 1:]
    return ranked


class Gazetteer:
    """Places loaded from a gazetteer file, indexed for fast name lookup.

    Names map to comma-joined place ids (built into the file), and Place objects
    are made on first use: loading stays a few C-speed dict builds.
    """

    def __init__(self, path: Path) -> None:
        started = time.perf_counter()
        self.path = path
        self.capitals: dict[str, str] = {}
        self.neighbours: dict[str, frozenset[str]] = {}
        self.countries: dict[str, Place] = {}
        self._rows: dict[int, tuple] = {}
        self._made: dict[int, Place] = {}
        self._forms: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._grid: dict[tuple[int, int], list[Place]] | None = None
        self._keyed: dict[tuple[str, str | None], list[Place]] = {}
        self._load(path)
        self.load_seconds = time.perf_counter() - started

    def _load(self, path: Path) -> None:
        # Collection pauses cost more than the load itself on ~1M small objects;
        # freezing afterwards keeps later collections from rescanning them.
        gc.disable()
        try:
            self._read(path)
        finally:
            gc.enable()
            gc.freeze()

    def _read(self, path: Path) -> None:
        conn = store.connect(path)
        rows = conn.execute(
            "SELECT id, geonameid, name, kind, feature_code, country, admin1, lat, lon,"
            " population, town FROM places"
        ).fetchall()
        self._rows = dict(zip([r[0] for r in rows], rows, strict=True))
        self._forms = dict(conn.execute("SELECT form, ids FROM name_index"))
        self._keys = dict(conn.execute("SELECT key, ids FROM key_index"))
        for country, capital, neighbours in conn.execute("SELECT * FROM country_info"):
            if capital:
                self.capitals[country] = capital
            self.neighbours[country] = frozenset(n for n in neighbours.split(",") if n)
        conn.close()
        self.countries = {r[5]: self.place(r[0]) for r in rows if r[3] == "country" and r[5]}

    def place(self, pid: int) -> Place:
        """The Place with this row id (one object per id, so identity comparisons hold)."""
        made = self._made.get(pid)
        if made is None:  # setdefault: two threads racing still share one object
            made = self._made.setdefault(pid, Place(*self._rows[pid][1:]))
        return made

    def _ids(self, joined: str | None) -> list[int]:
        return [int(i) for i in joined.split(",")] if joined else []

    def __len__(self) -> int:
        return len(self._rows)

    def exact(self, name: str) -> list[Place]:
        """Places with exactly this name (after exact_form)."""
        return [self.place(i) for i in self._ids(self._forms.get(exact_form(name)))]

    def candidates(self, name: str) -> tuple[list[Place], list[Place]]:
        """Places whose name matches exactly, and those matching only by transliteration key."""
        exact = self.exact(name)
        key = name_key(name)
        seen = {id(p) for p in exact}
        keyed = [self.place(i) for i in self._key_ids(key)] if key else []
        return exact, [p for p in keyed if id(p) not in seen]

    def _key_ids(self, key: str) -> list[int]:
        """Ids by key, an initial vowel taken as any vowel (Arbin / Irbin / Urbin)."""
        if key[0] not in "aiu":
            return self._ids(self._keys.get(key))
        return [i for v in "aiu" for i in self._ids(self._keys.get(v + key[1:]))]

    def keyed(self, name: str, country: str | None) -> list[Place]:
        """Places sharing name's transliteration key: in country, or very big ones if None."""
        key = name_key(name)
        if not key:
            return []
        found = self._keyed.get((key, country))
        if found is None:
            rows = [self._rows[i] for i in self._key_ids(key)]
            if country:
                rows = [r for r in rows if r[5] == country or r[3] == "country"]
            else:
                rows = [r for r in rows if r[9] >= WORLD_KEYED_MIN_POPULATION
                        or r[3] == "country"]
            # Short keys ("hm") are shared by thousands of places: filter each once.
            found = self._keyed[(key, country)] = [self.place(r[0]) for r in rows]
        return found

    @staticmethod
    def rank_key(place: Place, country: str | None, exact: bool, alike: bool = True) -> tuple:
        """Sort key, best first: in country, a country name, exact spelling, most populous."""
        return (
            country is not None and place.country != country,
            _KIND_RANK[place.kind],
            not exact,
            not alike,
            -_weight(place),
        )

    def lookup(self, name: str, country: str | None = None,
               kind: str | None = None) -> list[Place]:
        """Places called name, best first: in country, exact spelling, then most populous."""
        if " - " in name:
            return self._lookup_part_of(name, country, kind)
        exact, keyed = self.candidates(name)
        if not exact and not keyed:
            keyed = self._variant_candidates(name)
        # A key alone is loose ("Yalda" and Spain's Elda share one): abroad the spelling
        # must look alike; at home a dissimilar one still ranks after the alike ones.
        ranked = [(p, True, True) for p in exact]
        for p in keyed:
            alike = similar(name, p.name)
            if alike or (country is not None and p.country == country):
                ranked.append((p, False, alike))
        if kind:
            ranked = [r for r in ranked if r[0].kind == kind]
        ranked.sort(key=lambda r: self.rank_key(r[0], country, r[1], r[2]))
        unique: dict[int, Place] = {}
        for place, _, _ in ranked:
            unique.setdefault(id(place), place)
        return prefer_city(list(unique.values()))

    def _variant_candidates(self, name: str) -> list[Place]:
        """Key matches of other spellings of one sound (Abul Thohur / Abu az-Zuhur)."""
        form = exact_form(name)
        variants = {pattern.sub(replacement, form) for pattern, replacement in _SPELLING_VARIANTS}
        combined = form
        for pattern, replacement in _SPELLING_VARIANTS[::2]:  # compatible ones together
            combined = pattern.sub(replacement, combined)
        variants.add(combined)
        variants.discard(form)
        found: list[Place] = []
        for variant in sorted(variants):
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
        towns = self.lookup(name, country, kind="town")
        return towns[0] if towns and towns[0].country == country else None

    def _town_grid(self) -> dict[tuple[int, int], list[Place]]:
        if self._grid is None:
            grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
            for pid, row in self._rows.items():
                if row[3] == "town" and row[4] != REGION_CODE and row[7] is not None:
                    grid[(math.floor(row[7]), math.floor(row[8]))].append(self.place(pid))
            self._grid = dict(grid)
        return self._grid

    def nearest_town(self, lat: float, lon: float, country: str | None = None,
                     min_population: int = 0, max_km: float = 120.0) -> Place | None:
        """The closest town to a point (within max_km), optionally in one country."""
        grid = self._town_grid()
        cell = (math.floor(lat), math.floor(lon))
        best, best_km = None, max_km
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for p in grid.get((cell[0] + dlat, cell[1] + dlon), ()):
                    if (country and p.country != country) or p.population < min_population:
                        continue
                    km = distance_km(lat, lon, p.lat or 0.0, p.lon or 0.0)
                    if km < best_km:
                        best, best_km = p, km
        return best


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
