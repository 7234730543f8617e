"""The place index's ranked lookups of a name: its places best first (in a country, near a
point, in ACLED's "town - district" form), the country's own first, a country's capital and a
quarter's town. Mixed into khaldun.places.gazetteer.Gazetteer, whose exact and key queries and
memo they use."""

from __future__ import annotations

from khaldun.places.geometry import distance_km, within_km
from khaldun.places.model import Place
from khaldun.places.qualified import arabic_forms, only_bare, unit_rank
from khaldun.places.ranking import (
    is_city,
    own_likeness,
    prefer_city,
    rank_fields,
    rank_key,
    rank_sorted,
)
from khaldun.places.transliteration import exact_form, similar_enough, sound_variants

# "Damascus - Barzeh": the district is looked for this close to the town.
PART_OF_KM = 15.0


class RankedLookups:
    """Ranked lookups of a name (see the module's docstring)."""

    rank_key = staticmethod(rank_key)

    def spells_city(self, name: str, place: Place, country: str | None) -> bool:
        """The place is a city spelled as name is but for its article or accents ("Qamishli"
        for Al Qamishli): as good as a place so spelled exactly."""
        return is_city(place) and self.likeness(name, place, country)[0] >= 100

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

    def town_in_district(self, name: str, country: str | None, admin2: str) -> Place | None:
        """The first of `lookup(name, country, "town")` lying in district admin2 with a point
        (remembered). Only the district's towns are compared with the name and ranked: a
        place's rank key is its own, and the order is stable, so its first is the same."""
        key = ("town_in_district", name, country, admin2)
        found = self.memo.get(key, key)  # the key itself: not remembered yet
        if found is not key:
            return found

        def here(p: Place) -> bool:
            return p.kind == "town" and p.admin2 == admin2 and p.lat is not None

        exact = self.exact(name)
        # the rare paths, in full: ranked already; "X - Y"; no exact spelling, and the name's
        # other forms are tried (_lookup), or other spellings of its sound (no key's place)
        full = " - " in name or ("lookup", name, country, "town") in self.memo or not exact and (
            bool(arabic_forms(name)) or bool(self.city_word_forms(name))
            or not self._has_key(name))
        if full:
            town = next((p for p in self.lookup(name, country, "town") if here(p)), None)
        else:  # as _lookup ranks them, less the places outside the district
            ranked: list[tuple[Place, bool, float]] = [
                (p, not only_bare(name, p.name), 100.0) for p in exact if here(p)]
            for p in self._kind_keyed(name, "town", admin2):
                if not here(p):
                    continue
                alike, spelled = self.likeness(name, p, country)
                if similar_enough(name, spelled) or (
                        country is not None and p.country == country):
                    ranked.append((p, alike >= 100 and is_city(p), alike))
            ranked.sort(key=lambda r: unit_rank(r[0].name))
            ranked = rank_sorted(ranked, lambda r: rank_fields(r[0], country, r[1], r[2]),
                                 lambda r: own_likeness(name, r[0].name))
            town = ranked[0][0] if ranked else None
        self.memo[key] = town
        return town

    def places_at(self, name: str, country: str | None, lat: float, lon: float,
                  km: float) -> list[Place]:
        """The places of `lookup(name, country)` lying within km of the point, best first
        (only the places that close are compared with the name, as in `town_at`)."""
        if " - " in name or not self.exact(name) and arabic_forms(name):
            # the rare paths: a near look-up would try other spellings in another order
            return [p for p in self.lookup(name, country) if within_km(p, lat, lon, km)]
        return self._lookup(name, country, None, near=(lat, lon, km))

    def _lookup(self, name: str, country: str | None, kind: str | None,
                near: tuple[float, float, float] | None = None) -> list[Place]:
        if " - " in name:
            return self._lookup_part_of(name, country, kind)
        # Near a point, only the key's places at its latitude are made (most lie far away).
        # Of one kind, only the key's places of that kind are made (most are of others).
        if near is not None:
            exact, keyed = self.exact(name), self._keyed_at_latitude(name, near[0], near[2])
        elif kind:
            exact, keyed = self.exact(name), self._kind_keyed(name, kind)
        else:
            exact, keyed = self.candidates(name)
        if not exact:
            # "Western Tiba": the gazetteer writes the qualifier last, in Arabic
            for form in arabic_forms(name):
                if found := self._lookup(form, country, kind, near):
                    return found
            for form in self.city_word_forms(name):  # "Kafr Aleppo" is "Kafr Halab"
                if found := [p for p in self.exact(form) if p.kind in ("town", "neighbourhood")
                             and (not kind or p.kind == kind)
                             and (near is None or within_km(p, *near))]:
                    return found
        # (near a point or of one kind, keyed may be empty though the key has places: other
        # spellings of the sound are tried only where it has none, as without the filter)
        if not exact and not keyed and not ((near or kind) and self._has_key(name)):
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
            if kind and p.kind != kind:
                continue  # (dropped below whatever its likeness: not compared)
            alike, spelled = self.likeness(name, p, country)
            if similar_enough(name, spelled) or (
                    country is not None and p.country == country):
                # a city spelled so but for its article or accents ("Qamishli" for Al
                # Qamishli) is as good as a hamlet spelled exactly so
                ranked.append((p, alike >= 100 and is_city(p), alike))
        if kind:
            ranked = [r for r in ranked if r[0].kind == kind]
        ranked.sort(key=lambda r: unit_rank(r[0].name))  # of equals: "Nahiyat X", "X", "Qaryat X"
        ranked = rank_sorted(ranked, lambda r: rank_fields(r[0], country, r[1], r[2]),
                             lambda r: own_likeness(name, r[0].name))
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
                 for p in self.keyed(name, country) if p.country == country and id(p) not in seen
                 and (not kind or p.kind == kind)]  # (not compared when of another kind)
        home = [r for r in home if not kind or r[0].kind == kind]
        home = rank_sorted(home, lambda r: rank_fields(r[0], country, r[1], r[2]),
                           lambda r: own_likeness(name, r[0].name))
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
