"""The place index's area queries: the spellings of the towns and quarters around a point, in a
province or in a district (for matching a name no exact lookup finds), and the nearest town to a
point. Mixed into khaldun.places.gazetteer.Gazetteer, whose connection and caches they use."""

from __future__ import annotations

import math

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from khaldun.places.geometry import distance_km
from khaldun.places.model import Place
from khaldun.places.transliteration import loose_skeleton

# The columns of a place row: its id, Place's fields in order, and its name's stored forms
# (`store.name_forms`).
PLACE_COLUMNS = ("id, geonameid, name, kind, feature_code, country, admin1, lat, lon, population,"
                 " town, admin2, name_form, name_spelling, name_plain")

# Anchors closer than this (degrees, ~10 km) share one query of the spellings around them.
NEAR_CELL_DEGREES = 0.1
# A place the gazetteer puts in no province lies in that of the nearest town this close that has
# one (Who's On First leaves some villages without a region).
PROVINCE_OF_NEIGHBOUR_KM = 15.0


class Spellings:
    """The spellings (exact forms) of the places in an area, with their keys, for comparing
    one name against all of them quickly."""

    def __init__(self, rows: list[tuple[int, str, str]] | list[tuple[int, str]]) -> None:
        """From (place row id, spelling, key) rows, or (place row id, spelling) rows for an
        area compared by spelling alone (its `keys` are then empty: no key search finds
        anything there); Places are made only for the spellings compared."""
        columns = list(zip(*rows, strict=True)) if rows else []
        self.ids: tuple[int, ...] = columns[0] if columns else ()
        self.spellings: tuple[str, ...] = columns[1] if columns else ()
        self.keys: tuple[str, ...] = columns[2] if len(columns) > 2 else ()
        self._skeletons: dict[frozenset[str], dict[str, list[int]]] = {}

    def with_key(self, key: str) -> list[int]:
        """Indexes of the spellings with this transliteration key (a scan: most areas are
        compared with one or two names, so an index would cost more than it saves; tuple.index
        scans without a Python call per spelling)."""
        found: list[int] = []
        at = -1
        try:
            while True:
                at = self.keys.index(key, at + 1)
                found.append(at)
        except ValueError:
            return found

    def with_skeleton(self, skeleton: str, heads: frozenset[str]) -> list[int]:
        """Indexes, in order, of the spellings whose `loose_skeleton` (dropping `heads`) is
        skeleton: the skeletons of an area are made once, as a district is searched for
        every name the text gives in it."""
        by_skeleton = self._skeletons.get(heads)
        if by_skeleton is None:
            by_skeleton = self._skeletons[heads] = {}
            for i, spelling in enumerate(self.spellings):
                by_skeleton.setdefault(loose_skeleton(spelling, heads), []).append(i)
        return by_skeleton.get(skeleton, [])

    def near_keys(self, keys: list[str], edits: int) -> list[int]:
        """Indexes of the spellings whose transliteration key is at most `edits` letters off
        one of keys but none of them."""
        found: set[int] = set()
        for key in keys:
            found.update(i for _, _, i in process.extract(
                key, self.keys, scorer=Levenshtein.distance, score_cutoff=edits, limit=None))
        return sorted(i for i in found if self.keys[i] not in keys)


class AreaQueries:
    """Queries of places by area (see the module's docstring)."""

    def _spellings(self, key: tuple, sql: str, params: tuple) -> Spellings:
        found = self._near.get(key)
        if found is None:
            found = self._near[key] = Spellings(self._query(sql, params))
        return found

    def spellings_near(self, lat: float, lon: float, km: float,
                       country: str | None) -> Spellings:
        """The Latin spellings of the towns and quarters within about km of a point (the
        point rounded to NEAR_CELL_DEGREES, so nearby anchors share one query)."""
        lat, lon = round(lat / NEAR_CELL_DEGREES) * NEAR_CELL_DEGREES, round(
            lon / NEAR_CELL_DEGREES) * NEAR_CELL_DEGREES
        dlat = km / 111.0
        dlon = km / max(111.0 * math.cos(math.radians(lat)), 1.0)
        box = (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
        if country is None:  # in names' order, as the whole table is read
            return self._spellings(
                (lat, lon, km, None),
                "SELECT p.id, n.lower, n.key FROM places p JOIN names n ON n.place_id = p.id"
                " WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
                " AND p.kind IN ('town', 'neighbourhood') AND n.key != '' ORDER BY n.rowid", box)
        bands = list(range(int(box[2] + 180.0), int(box[3] + 180.0) + 1))
        return self._spellings(
            (lat, lon, km, country),
            f"SELECT place_id, lower, key FROM near_names WHERE country = ? AND band IN"
            f" ({','.join('?' * len(bands))}) AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
            " ORDER BY lat, place_id, lower", (country, *bands, *box))

    def spellings_in(self, country: str, admin1: str) -> Spellings:
        """The Latin spellings of the towns and quarters of one province."""
        return self._spellings(
            (country, admin1),
            "SELECT place_id, lower, key FROM province_names WHERE country = ? AND admin1 = ?"
            " ORDER BY place_id, lower", (country, admin1))

    def spellings_of_country(self, country: str) -> Spellings:
        """The Latin spellings of the towns and quarters of a country's provinces, without
        their keys: a whole country is compared by spelling alone (nearby._country_lookalike),
        and its keys, tens of thousands of strings, cost a quarter of the read."""
        return self._spellings(
            (country, "country"),
            "SELECT place_id, lower FROM province_names WHERE country = ?"
            " ORDER BY place_id, lower", (country,))

    def spellings_in_district(self, country: str, admin2: str) -> Spellings:
        """The Latin spellings of the towns and quarters of one district (admin2)."""
        return self._spellings(
            (country, admin2, "admin2"),
            "SELECT place_id, lower, key FROM district_names WHERE country = ? AND admin2 = ?"
            " ORDER BY lat, place_id, lower", (country, admin2))

    def middle_of(self, country: str) -> tuple[float, float] | None:
        """The middle (lat, lon) of the span of a country's provinces' points: where its
        "northern" and "southern" parts meet (remembered)."""
        key = ("middle_of", country)
        if key not in self.memo:
            # Every admin1 row has feature code ADM1 (the build and the GeoNames import set
            # them together): that test reads the few thousand rows of the feature index,
            # not all the country's places by latitude (17-180 ms a country, cold, -> 0.4 ms).
            (row,) = self._query(
                "SELECT min(lat), max(lat), min(lon), max(lon) FROM places"
                " WHERE feature_code = 'ADM1' AND country = ? AND kind = 'admin1'"
                " AND lat IS NOT NULL", (country,))
            self.memo[key] = None if row[0] is None else (
                (row[0] + row[1]) / 2.0, (row[2] + row[3]) / 2.0)
        return self.memo[key]

    def province_of(self, place: Place) -> str | None:
        """The place's province (admin1), or for a town the gazetteer puts in none, that of
        the nearest town within PROVINCE_OF_NEIGHBOUR_KM that has one (remembered)."""
        if place.admin1 or place.kind != "town" or None in (place.lat, place.lon, place.country):
            return place.admin1
        key = ("province_of", id(place))
        if key not in self.memo:
            self.memo[key] = self._neighbours_province(place)
        return self.memo[key]

    def _neighbours_province(self, place: Place) -> str | None:
        lat, lon, km = place.lat or 0.0, place.lon or 0.0, PROVINCE_OF_NEIGHBOUR_KM
        dlat, dlon = km / 111.0, km / max(111.0 * math.cos(math.radians(lat)), 1.0)
        rows = self._query(
            "SELECT admin1, lat, lon FROM places WHERE country = ? AND lat BETWEEN ? AND ?"
            " AND lon BETWEEN ? AND ? AND kind = 'town' AND admin1 IS NOT NULL AND admin1 != ''",
            (place.country, lat - dlat, lat + dlat, lon - dlon, lon + dlon))
        found = [(distance_km(lat, lon, r[1], r[2]), r[0]) for r in rows]
        near = [f for f in found if f[0] <= km]
        return min(near)[1] if near else None

    def nearest_town(self, lat: float, lon: float, country: str | None = None,
                     min_population: int = 0, max_km: float = 120.0) -> Place | None:
        """The closest town to a point (within max_km), optionally in one country."""
        dlat = max_km / 111.0
        dlon = max_km / max(111.0 * math.cos(math.radians(lat)), 1.0)
        in_country = "country = ? AND " if country else ""
        rows = self._query(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE {in_country}lat BETWEEN ? AND ?"
            " AND lon BETWEEN ? AND ? AND kind = 'town' AND population >= ?"
            " AND (feature_code IS NULL OR feature_code NOT IN ('RGN', 'ADM2'))",
            (*([country] if country else []), lat - dlat, lat + dlat, lon - dlon, lon + dlon,
             min_population),
        )
        self._remember(rows)
        best, best_km = None, max_km
        for row in rows:
            place = self._made[row[0]]
            km = distance_km(lat, lon, place.lat or 0.0, place.lon or 0.0)
            if km < best_km:
                best, best_km = place, km
        return best
