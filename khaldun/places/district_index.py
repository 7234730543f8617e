"""The place index's district queries: the countries and the districts (admin2) a name may
be the district of, however its vowels are written. Mixed into
khaldun.places.gazetteer.Gazetteer, whose connection and Places they use."""

from __future__ import annotations

from khaldun.places.caching import LruCache
from khaldun.places.model import DISTRICT_CODE, Place
from khaldun.places.transliteration import (
    consonants,
    exact_form,
    first_of_joined,
    key_variants,
    likeness,
    name_key,
)

# A district found by key votes for its country only when it looks this alike (`likeness`).
DISTRICT_MIN_LIKENESS = 85
# Consonant skeletons shorter than this ("sr", "nm") are shared by too many district names.
DISTRICT_MIN_CONSONANTS = 3
# The source of GeoNames' list of cities (cities500), which holds every seat of an
# administrative division down to the third level, however small (store.insert_place).
SEATS_SOURCE = "base"


class DistrictQueries:
    """Queries of districts by name (see the module's docstring)."""

    _district_skeletons: dict[str, list[tuple[int, str]]] | None
    memo: LruCache

    def district_countries(self, name: str) -> frozenset[str]:
        """The countries with a district (admin2) spelled like name: exactly, sharing its key
        and looking as alike as a village must (a quarter "al-Mashlab" is no Maslub), or
        with its consonants (`districts_alike`). Remembered per name (in `memo`)."""
        found = self.memo.get(("district_countries", name))
        if found is None:
            found = self.memo[("district_countries", name)] = self._district_countries(name)
        return found

    def _district_countries(self, name: str) -> frozenset[str]:
        form, keys = exact_form(name), key_variants(name_key(name))
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT p.country, n.lower FROM names n JOIN places p ON p.id = n.place_id"
            f" WHERE (n.lower = ? OR n.key IN ({marks})) AND p.feature_code = ?",
            (form, *keys, DISTRICT_CODE))
        found = frozenset(c for c, lower in rows if c and (
            lower == form or likeness(name, lower) >= DISTRICT_MIN_LIKENESS))
        return found or frozenset(p.country for p in self.districts_alike(name) if p.country)

    def listed_towns(self, district: Place) -> list[Place]:
        """The towns of GeoNames' city list that the gazetteer puts in the district: one of
        them is its seat, which the list holds however small. Remembered per district (in
        `memo`)."""
        found = self.memo.get(("listed_towns", district.country, district.admin2))
        if found is None:
            rows = self._query(
                "SELECT id FROM places WHERE country = ? AND kind = 'town' AND source = ?"
                " AND feature_code IS NULL AND admin2 = ?",
                (district.country, SEATS_SOURCE, district.admin2))
            found = self.memo[("listed_towns", district.country, district.admin2)] = (
                self.places([r[0] for r in rows]))
        return found

    def districts_alike(self, name: str, country: str | None = None) -> list[Place]:
        """The districts (of country, if given) whose name, or the first place of a joined
        name ("Kitaf" of "Kitaf wa Al Boqe'e"), has the consonants of `name`: a name before
        "district" is a district however its vowels are written (Razeh, Serwah, Nehm)."""
        skeleton = consonants(name)
        if len(skeleton) < DISTRICT_MIN_CONSONANTS:
            return []
        if self._district_skeletons is None:
            self._district_skeletons = {}
            for pid, c, spelling in self._query(
                    "SELECT p.id, p.country, n.lower FROM names n JOIN places p ON"
                    " p.id = n.place_id WHERE p.feature_code = ? ORDER BY p.id, n.lower",
                    (DISTRICT_CODE,)):
                for form in {spelling, first_of_joined(spelling)} - {None}:
                    letters = consonants(form)
                    rows = self._district_skeletons.setdefault(letters, [])
                    if len(letters) >= DISTRICT_MIN_CONSONANTS and (pid, c) not in rows:
                        rows.append((pid, c))
        rows = self._district_skeletons.get(skeleton, [])
        return self.places([pid for pid, c in rows if country is None or c == country])
