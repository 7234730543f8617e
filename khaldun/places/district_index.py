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
    last_of_joined,
    likeness,
    loose_skeleton,
    name_key,
)

# A district found by key votes for its country only when it looks this alike (`likeness`).
DISTRICT_MIN_LIKENESS = 85
# Consonant skeletons shorter than this ("sr", "nm") are shared by too many district names.
DISTRICT_MIN_CONSONANTS = 3
# The source of GeoNames' list of cities (cities500), which holds every seat of an
# administrative division down to the third level, however small (store.insert_place).
SEATS_SOURCE = "base"


class DistrictNames:
    """Every spelling of a district (admin2), read once: by spelling, by transliteration key,
    by consonant skeleton and by loose skeleton."""

    def __init__(self, rows: list[tuple[int, str | None, str, str]]) -> None:
        """From (place row id, country, spelling, key) rows, by place id and spelling."""
        self.countries_spelled: dict[str, list[str | None]] = {}
        self.keyed: dict[str, list[tuple[str | None, str]]] = {}
        self.skeletons: dict[str, list[tuple[int, str | None]]] = {}
        self.loose: dict[str, list[tuple[int, str | None]]] = {}
        # (second place, place id) of each district named for two ("Kitaf wa Al Boqe'e"), by
        # country
        self.second_places: dict[str | None, list[tuple[str, int]]] = {}
        for pid, country, spelling, key in rows:
            second = last_of_joined(spelling)
            if second and (second, pid) not in self.second_places.get(country, []):
                self.second_places.setdefault(country, []).append((second, pid))
            self.countries_spelled.setdefault(spelling, []).append(country)
            self.keyed.setdefault(key, []).append((country, spelling))
            for form in {spelling, first_of_joined(spelling)} - {None}:
                for index, letters in ((self.skeletons, consonants(form)),
                                       (self.loose, loose_skeleton(form))):
                    found = index.setdefault(letters, [])
                    if len(letters) >= DISTRICT_MIN_CONSONANTS and (pid, country) not in found:
                        found.append((pid, country))


class DistrictQueries:
    """Queries of districts by name (see the module's docstring)."""

    _district_names: DistrictNames | None
    _seats: dict[tuple[str, str], list[int]] | None  # (country, admin2) -> listed towns' ids
    memo: LruCache

    def district_countries(self, name: str) -> frozenset[str]:
        """The countries with a district (admin2) spelled like name: exactly (those alone, if
        any), sharing its key
        and looking as alike as a village must (a quarter "al-Mashlab" is no Maslub), or
        with its consonants (`districts_alike`), or as the second place of a joined name
        ("Boqea"). Remembered per name (in `memo`)."""
        found = self.memo.get(("district_countries", name))
        if found is None:
            found = self.memo[("district_countries", name)] = self._district_countries(name)
        return found

    def _district_countries(self, name: str) -> frozenset[str]:
        form, districts = exact_form(name), self._districts()
        found = {c for c in districts.countries_spelled.get(form, ()) if c}
        if found:
            # a district spelled exactly as written is the one meant: a look-alike of another
            # country (Al-Madinah for Madain) is no rival
            return frozenset(found)
        found.update(c for key in dict.fromkeys(key_variants(name_key(name)))
                     for c, spelling in districts.keyed.get(key, ())
                     if c and (spelling == form or likeness(name, spelling)
                               >= DISTRICT_MIN_LIKENESS))
        return frozenset(found) or frozenset(
            p.country for p in self.districts_alike(name) if p.country) or frozenset(
            c for c, seconds in districts.second_places.items() if c and any(
                likeness(name, second) >= DISTRICT_MIN_LIKENESS for second, _ in seconds))

    def listed_towns(self, district: Place) -> list[Place]:
        """The towns of GeoNames' city list that the gazetteer puts in the district: one of
        them is its seat, which the list holds however small."""
        return self.places(self._seats_by_district().get((district.country, district.admin2), []))

    def read_districts(self) -> None:
        """Read the district index now (a warm-up) rather than on first need."""
        self._districts()
        self._seats_by_district()

    def _seats_by_district(self) -> dict[tuple[str, str], list[int]]:
        """The ids of the list's towns by (country, district), read for every district at
        once (a query per district scans the country's places)."""
        if self._seats is None:
            self._seats = {}
            for pid, country, admin2 in self._query(
                    "SELECT id, country, admin2 FROM places WHERE kind = 'town' AND source = ?"
                    " AND feature_code IS NULL AND country IS NOT NULL AND admin2 IS NOT NULL",
                    (SEATS_SOURCE,)):
                self._seats.setdefault((country, admin2), []).append(pid)
        return self._seats

    def districts_alike(self, name: str, country: str | None = None) -> list[Place]:
        """The districts (of country, if given) whose name, or the first place of a joined
        name ("Kitaf" of "Kitaf wa Al Boqe'e"), has the consonants of `name`: a name before
        "district" is a district however its vowels are written (Razeh, Serwah, Nehm)."""
        skeleton = consonants(name)
        if len(skeleton) < DISTRICT_MIN_CONSONANTS:
            return []
        rows = self._districts().skeletons.get(skeleton, [])
        return self.places([pid for pid, c in rows if country is None or c == country])

    def district_of_second_place(self, name: str, country: str) -> Place | None:
        """The district of country named for two places whose second looks like name
        (DISTRICT_MIN_LIKENESS alike: "Boqea" of Kitaf wa Al Boqe'e), if one alone does."""
        found = {pid for second, pid in self._districts().second_places.get(country, [])
                 if likeness(name, second) >= DISTRICT_MIN_LIKENESS}
        return self.place(found.pop()) if len(found) == 1 else None

    def districts_loosely_alike(self, name: str, country: str) -> list[Place]:
        """The districts of country sharing the `loose_skeleton` of `name`, which also lets w or
        y stand for a vowel and drops a final h ("Ka'aidana" is Kuaydinah, "Qaraisha" Al
        Quraishyah)."""
        skeleton = loose_skeleton(name)
        if len(skeleton) < DISTRICT_MIN_CONSONANTS:
            return []
        rows = self._districts().loose.get(skeleton, [])
        return self.places([pid for pid, c in rows if c == country])

    def _districts(self) -> DistrictNames:
        if self._district_names is None:
            self._district_names = DistrictNames(self._query(
                "SELECT p.id, p.country, n.lower, n.key FROM names n JOIN places p ON"
                " p.id = n.place_id WHERE p.feature_code = ? ORDER BY p.id, n.lower",
                (DISTRICT_CODE,)))
        return self._district_names
