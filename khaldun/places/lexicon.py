"""Hand-written place data in khaldun/data/places: admin1 aliases, demonyms, stopwords."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from khaldun.data import lines_of, word_list
from khaldun.nlp.initials import compile_guarded


def _read(name: str) -> str:
    return resources.files("khaldun").joinpath("data", "places", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Admin1Entry:
    """A governorate/province with its English name and common aliases."""

    country: str
    code: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class RegionEntry:
    """A named area within a country, with an approximate centre; one over several provinces
    (Darfur, Sinai) has no admin1."""

    country: str
    admin1: str | None
    name: str
    lat: float
    lon: float
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CountryEntry:
    """Demonyms and extra names of a country."""

    country: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@lru_cache(maxsize=1)
def admin1_entries() -> dict[tuple[str, str], Admin1Entry]:
    """Admin1 entries keyed by (country, admin1 code)."""
    rows = csv.DictReader(io.StringIO(_read("admin1.csv")))
    out = {}
    for row in rows:
        entry = Admin1Entry(row["country"], row["code"], row["name"], _split(row["aliases"]))
        out[(entry.country, entry.code)] = entry
    return out


@lru_cache(maxsize=1)
def country_entries() -> dict[str, CountryEntry]:
    """Country entries keyed by ISO2 code."""
    rows = csv.DictReader(io.StringIO(_read("countries.csv")))
    return {
        r["country"]: CountryEntry(r["country"], _split(r["demonyms"]), _split(r["aliases"]))
        for r in rows
    }


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lowercase demonym -> ISO2 ("syrian" -> "SY")."""
    return {d.lower(): e.country for e in country_entries().values() for d in e.demonyms}


def _words(name: str) -> frozenset[str]:
    """A one-word-a-line list of khaldun/data/places, lower-cased, comments skipped."""
    return lines_of(_read(name))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Lowercase surfaces never taken as a place on their own."""
    return _words("stopwords.txt")


@lru_cache(maxsize=1)
def article_heads() -> frozenset[str]:
    """Name heads that, with the article before them, name a place ("Al Bab", "At Tall")."""
    return _words("article_heads.txt")


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles before a person's name ("President", "Gen"), lower case."""
    return _words("person_titles.txt")


@lru_cache(maxsize=1)
def name_enders() -> frozenset[str]:
    """Words that end a capitalised name read as a place: days written after it."""
    return _words("name_enders.txt")


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns of kin groups ("tribe", "clan") that make the name before them a group's."""
    return _words("kin_nouns.txt")


@lru_cache(maxsize=1)
def person_possessions() -> frozenset[str]:
    """Nouns only a person has ("aides", "son") that make the name owning them a person's."""
    return _words("person_possessions.txt")


@lru_cache(maxsize=1)
def kin_adjectives() -> frozenset[str]:
    """Words ("ethnic") that make the name after them a people's."""
    return _words("kin_adjectives.txt")


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Generic first words of Arabic place names ("Bab", "Tal", "Deir"): stopped only alone."""
    return _words("name_heads.txt")


@lru_cache(maxsize=1)
def landform_heads() -> frozenset[str]:
    """First words naming a landform of the place named after them ("Hawi", "Jabal")."""
    return _words("landform_heads.txt")


def landform_tail(name: str) -> str | None:
    """The place a landform is named for ("al-Adhaim" of "Hawi al-Adhaim"), if name opens
    with a landform head and goes on."""
    head, _, tail = name.replace("-", " ", 1).partition(" ")
    return tail.strip() or None if head.lower() in landform_heads() else None


@lru_cache(maxsize=1)
def determiners() -> frozenset[str]:
    """Words that start no place name (determiners.txt)."""
    return _words("determiners.txt")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Capitalised words that may follow a place name as part of it (place_nouns.txt)."""
    return _words("place_nouns.txt")


@lru_cache(maxsize=1)
def unit_suffixes() -> tuple[str, ...]:
    """Administrative-unit words written after a name (unit_suffixes.txt), longest first."""
    return tuple(sorted(_words("unit_suffixes.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def district_nouns() -> frozenset[str]:
    """Words after a name that make it an administrative district (district_nouns.txt)."""
    return _words("district_nouns.txt")


@lru_cache(maxsize=1)
def _compound_adjective_parts() -> tuple[frozenset[str], tuple[str, ...]]:
    words = _words("compound_adjectives.txt")
    return (frozenset(w for w in words if not w.startswith("-")),
            tuple(w[1:] for w in words if w.startswith("-")))


def compound_adjective(word: str) -> bool:
    """True when a hyphenated word describes a place ("Houthi-held", "US-backed") rather than
    names one ("Bani-moaath"): its lower-case last part is listed in compound_adjectives.txt."""
    head, dash, tail = word.rpartition("-")
    if not dash or not head or not tail.islower() or not tail.isalpha():
        return False
    words, endings = _compound_adjective_parts()
    return tail in words or tail.endswith(endings)


@lru_cache(maxsize=1)
def admin1_nouns() -> frozenset[str]:
    """Words after a name that make it a province (admin1_nouns.txt)."""
    return _words("admin1_nouns.txt")


def admin1_noun_after(text: str, end: int) -> bool:
    """True when the word right after `end` is a province noun ("Kaduna State")."""
    words = text[end:end + 20].split(maxsplit=1)
    return text[end:end + 1] == " " and bool(words) and (
        words[0].strip(",.;:").lower() in admin1_nouns())


@lru_cache(maxsize=1)
def modifier_articles() -> frozenset[str]:
    """Articles after which a capitalised word is a modifier, not a name (modifier_articles.txt)."""
    return _words("modifier_articles.txt")


def described(text: str, start: int) -> bool:
    """ "a Fulani village": the word at `start` follows an indefinite article, so it describes
    the place rather than names it."""
    before = text[max(0, start - 9) : start].split()
    return bool(before) and before[-1] in modifier_articles()


@lru_cache(maxsize=1)
def article_spellings() -> frozenset[str]:
    """First words gazetteers write "Al" ("Aal-Eqab": article_spellings.txt)."""
    return _words("article_spellings.txt")


def with_plain_article(name: str) -> str:
    """name with a first word of article_spellings.txt written "Al" ("Aal-Eqab" -> "Al-Eqab")."""
    head, sep, rest = name.partition("-") if "-" in name.split(" ", 1)[0] else name.partition(" ")
    return f"Al{sep}{rest}" if sep and rest and head.lower() in article_spellings() else name


@lru_cache(maxsize=1)
def container_kinds() -> frozenset[str]:
    """Kinds of place whose "the X <kind> of Y" makes X hold Y (container_kinds.txt)."""
    return _words("container_kinds.txt")


@lru_cache(maxsize=1)
def route_nouns() -> frozenset[str]:
    """Words that make the whole name before them a route's, leading elsewhere
    (route_nouns.txt)."""
    return _words("route_nouns.txt")


@lru_cache(maxsize=1)
def country_features() -> frozenset[str]:
    """Landform words that make a country's name before them a feature's ("the Jordan
    Valley"; country_features.txt)."""
    return _words("country_features.txt")


@lru_cache(maxsize=1)
def link_nouns() -> frozenset[str]:
    """Nouns that make two names joined in one word a link told from the first ("the
    Kirkuk-Erbil road"; link_nouns.txt)."""
    return _words("link_nouns.txt")


@lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """Capitalised words that make the name before them a site's (site_nouns.txt)."""
    return _words("site_nouns.txt")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The commonest English function words ("the", "of", "said"): english_words.txt."""
    text = resources.files("khaldun").joinpath("data", "english_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Nouns that end an organisation's name ("company", "factory", "ministry"):
    organisation_nouns.txt."""
    return _words("organisation_nouns.txt")


@lru_cache(maxsize=1)
def point_sites() -> frozenset[str]:
    """Site nouns that, in lower case after a town's name, stand at the town
    (point_sites.txt)."""
    return _words("point_sites.txt")


@lru_cache(maxsize=1)
def site_locators() -> frozenset[str]:
    """Words that, after a point site, say where the site stands (site_locators.txt)."""
    return _words("site_locators.txt")


@lru_cache(maxsize=1)
def _numbered_site() -> re.Pattern[str]:
    sites = "|".join(sorted(map(re.escape, site_nouns())))
    return re.compile(
        rf"[ \t]+\d{{1,3}}\b(?![.,]\d)(?=\s*(?:[,.;:)]|\Z)|[ \t]+(?i:{sites})s?\b"
        rf"|(?i:{site_locator_pattern().pattern}))"
    )


def numbered_site_after(text: str, end: int) -> bool:
    """True when the name ending at `end` goes on with a number naming a site ("at the Kilo 16
    junction", "near Camp 4, east of Y"): a number followed by a site noun, a locator or the
    clause's end belongs to a longer name, not to a count ("Homs 12 people"); a year is none."""
    return _numbered_site().match(text, end) is not None


@lru_cache(maxsize=1)
def site_locator_pattern() -> re.Pattern[str]:
    """The locators of site_locators.txt as one pattern anchored after a site noun: a phrase
    takes one word more after its "the" ("on the western edge of")."""
    def phrase(words: list[str]) -> str:
        return "".join(re.escape(w) + (r"\s+(?:[a-z]+\s+)?" if w == "the" else r"\s+")
                       for w in words[:-1]) + re.escape(words[-1])

    parts = [phrase(p.split()) for p in sorted(site_locators(), key=len, reverse=True)]
    return re.compile(rf"\s+(?:{'|'.join(parts)})\b", re.I)


@lru_cache(maxsize=1)
def quarter_sites() -> frozenset[str]:
    """Site nouns whose name is kept as a spot of the city it is in (quarter_sites.txt)."""
    return _words("quarter_sites.txt")


@lru_cache(maxsize=1)
def building_nouns() -> frozenset[str]:
    """Buildings inside a town ("mosque", "hospital") that make a name before them a
    building's (building_nouns.txt)."""
    return _words("building_nouns.txt")


@lru_cache(maxsize=1)
def any_case_sites() -> frozenset[str]:
    """Sites that make a name before them a site's in any case ("Airport"; any_case_sites.txt)."""
    return _words("any_case_sites.txt")


@lru_cache(maxsize=1)
def place_cues() -> frozenset[str]:
    """Words after which a capitalised name is taken to be a place (place_cues.txt)."""
    return _words("place_cues.txt")


@lru_cache(maxsize=1)
def lone_stopwords() -> frozenset[str]:
    """Surfaces never taken as a place when they stand alone: stopwords and name heads."""
    return stopwords() | name_heads()


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Lowercase words that open no unknown place's name ("the", "syrian", "monday")."""
    words = _words("not_places.txt")
    for word in sorted(words):
        if len(word.split()) != 1:
            raise ValueError(f"khaldun/data/places/not_places.txt: {word!r} is not one word")
    return words


@lru_cache(maxsize=1)
def leading_noise() -> frozenset[str]:
    """Words trimmed from the front of a phrase-found name ("On Tuesday Khaldiyeh")."""
    return (stopwords() | demonyms().keys()) - name_heads()


@lru_cache(maxsize=1)
def regions() -> tuple[RegionEntry, ...]:
    """Named areas ("Eastern Ghouta") from regions.csv."""
    rows = csv.DictReader(io.StringIO(_read("regions.csv")))
    return tuple(
        RegionEntry(r["country"], r["admin1"] or None, r["name"], float(r["lat"]), float(r["lon"]),
                    _split(r["aliases"]))
        for r in rows
    )


@dataclass(frozen=True)
class CountryVoteCues:
    """Words that keep a demonym or a country name from voting for a text's country, and the
    order that breaks a tie between countries."""

    aircraft_nouns: frozenset[str]  # "Russian warplanes": aircraft strike abroad
    aside: re.Pattern[str]  # matches the text right before a country that is not the scene
    topic: re.Pattern[str]  # matches the text right before a place that is a subject, no scene
    tie_order: tuple[str, ...]  # ISO2, the likeliest scene of a reported conflict event first
    target_before: re.Pattern[str]  # matches the text right before a force under fire
    ground_nouns: frozenset[str]  # "Saudi soldiers": a state's forces on the ground
    shooter_before: re.Pattern[str]  # matches the text right before forces that fire from afar
    compass_before: re.Pattern[str]  # matches the text right before a country in a compass part
    region_nouns: frozenset[str]  # "the Iraqi capital": a demonym that names a place
    # matches the text right after a demonym or a country's "'s" that names a place in the
    # country: a region noun after up to two lower-case words ("Libya's eastern coastal city")
    # or a compass word ("Kenya's north", "Cameroon's far north")
    placed_after: re.Pattern[str]
    actor_nouns: frozenset[str]  # "the US embassy": a country that acts, not a scene
    possessive_fillers: tuple[str, ...]  # "Washington's recent decision": between "'s" and noun
    border_nouns: frozenset[str]  # "the Turkish border": a line with a scene on either side
    fires_after: re.Pattern[str]  # matches the text right after forces that fire from afar

    def from_afar(self, text: str, start: int, end: int) -> bool:
        """The forces named at start:end fire from afar with guns ("Saudi artillery", "shells
        launched by Saudi gunners", "Saudi troops fired rockets into"): where they stand is no
        evidence of where the fire lands."""
        return bool(self.shooter_before.search(text, max(0, start - 60), start)
                    or self.fires_after.match(text, end))


@lru_cache(maxsize=1)
def country_vote_cues() -> CountryVoteCues:
    """The cues of country_votes.yaml, compiled."""
    raw = yaml.load(_read("country_votes.yaml"), Loader=yaml.CSafeLoader)
    try:
        aircraft, aside, ties = raw["aircraft_nouns"], raw["aside_before"], raw["tie_order"]
        topic, actor_nouns, border = raw["topic_before"], raw["actor_nouns"], raw["border_nouns"]
        target, fillers, ground = raw["target_before"], raw["target_fillers"], raw["ground_nouns"]
        shooter, fire_verbs, guns = raw["shooter_before"], raw["fire_verbs"], raw["gun_nouns"]
    except (TypeError, KeyError) as err:
        raise ValueError(f"khaldun/data/places/country_votes.yaml: missing {err}") from None
    compass = rf"(?:{alternatives(_cue_lists()['directions'])})(?:ern)?"
    return CountryVoteCues(
        aircraft_nouns=frozenset(w.lower() for w in aircraft),
        # (searched in the words before each name: tried only where a cue can begin)
        aside=compile_guarded(rf"\b(?:{alternatives(aside)})\s+(?:the\s+)?$", re.IGNORECASE),
        topic=compile_guarded(rf"\b(?:{alternatives(topic)})\s+(?:the\s+)?$", re.IGNORECASE),
        tie_order=tuple(ties),
        target_before=compile_guarded(
            rf"\b(?:{alternatives(target)})\s+(?:(?:{alternatives(fillers)}|\d+)\s+){{0,3}}$",
            re.IGNORECASE),
        ground_nouns=frozenset(w.lower() for w in ground),
        compass_before=re.compile(
            rf"\b(?:{alternatives(_cue_lists()['directions'])})(?:ern)?[\s-]+$"),
        region_nouns=frozenset(w.lower() for w in raw["region_nouns"]),
        placed_after=re.compile(
            rf"\s+(?:(?:{alternatives(raw['region_adjectives'])}|{compass})\s+){{0,2}}?"
            rf"(?:(?i:{alternatives(raw['region_nouns'])})\b|{compass}\b(?!\s+of\b))"),
        actor_nouns=frozenset(w.lower() for w in actor_nouns),
        possessive_fillers=word_list(
            "khaldun/data/places/country_votes.yaml", "possessive_fillers",
            raw.get("possessive_fillers")),
        border_nouns=frozenset(w.lower() for w in border),
        shooter_before=re.compile(
            rf"\b(?:{alternatives(shooter)})\s+(?:(?:{alternatives(fillers)})\s+){{0,2}}$",
            re.IGNORECASE),
        fires_after=re.compile(
            rf"(?:[\s-]+(?:{alternatives(guns)})\b|(?:\s+[\w-]+){{0,3}}?\s+"
            rf"(?:{alternatives(fire_verbs)})\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternatives(guns)})\b)",
            re.IGNORECASE),
    )


@dataclass(frozen=True)
class ReferenceCues:
    """Patterns that make a place only a point of reference for the place before it."""

    before: re.Pattern[str]  # matches the text right before the reference place
    after_previous: re.Pattern[str]  # matches all the text between the two places
    city_of: re.Pattern[str]  # matches the text right before a city that holds listed quarters
    between: re.Pattern[str]  # matches the text right before A in "between A and B"
    route_from: re.Pattern[str]  # matches the text right before A in "the road from A to B"
    near: re.Pattern[str]  # matches the text right before Y in "X near Y", "close to Y"


def alternatives(words: list[str]) -> str:
    """A regex alternation of the phrases, longest first, any whitespace between words."""
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)


@lru_cache(maxsize=1)
def _slot_lists() -> dict:
    return yaml.load(_read("slot_words.yaml"), Loader=yaml.CSafeLoader)


def slot_alternation(key: str) -> str:
    """One list of slot_words.yaml as a regex alternation (longest first)."""
    return alternatives([str(w) for w in _slot_lists()[key]])


@lru_cache(maxsize=1)
def _cue_lists() -> dict:
    return yaml.load(_read("reference_cues.yaml"), Loader=yaml.CSafeLoader)


def cue_alternation(key: str) -> str:
    """One list of reference_cues.yaml as a regex alternation (longest first)."""
    return alternatives(_cue_lists()[key])


KM_PER_MILE = 1.609344


@lru_cache(maxsize=1)
def _distance() -> re.Pattern[str]:
    raw = _cue_lists()
    return re.compile(rf"\b(\d+(?:[.,]\d+)?)\s*({alternatives(raw['units'])})\b\.?", re.I)


def stated_km(text: str) -> float | None:
    """The distance the text writes ("about 110 km", "some 20 miles"), in kilometres."""
    found = _distance().search(text)
    if found is None:
        return None
    digits = found.group(1)
    # "1,500 km" groups thousands; "2,5 km" is a decimal comma
    digits = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) else (
        digits.replace(",", "."))
    number = float(digits)
    miles = found.group(2).lower() in _cue_lists()["mile_units"]
    return number * KM_PER_MILE if miles else number


@lru_cache(maxsize=1)
def reference_cues() -> ReferenceCues:
    """The reference-point cues of reference_cues.yaml, compiled."""
    raw = _cue_lists()
    # "near the eastern town of Y": a direction may qualify the kind
    # "from the Red Sea port city of Y": other words may qualify the kind too
    modifier = rf"(?!(?:{alternatives(raw['not_kind_modifiers'])})\s)[\w-]+\s+"
    kinds = (rf"(?:(?:(?:{alternatives(raw['directions'])})(?:ern)?\s+)?(?:{modifier}){{0,3}}?"
             rf"(?:{alternatives(raw['place_kinds'])}),?\s+(?:of\s+)?)?")
    direction = rf"\b(?:{alternatives(raw['directions'])})(?:ern)?(?:\s+edge)?\s+of"
    distance = rf"\b\d+(?:[.,]\d+)?\s*(?:{alternatives(raw['units'])})\.?(?:\s+\w+)?\s+(?:from|of)"
    cue = rf"(?:{direction}|{distance}|\b(?:{alternatives(raw['before'])}))"
    # "north-east of East X": a direction word the gazetteer's name of the place lacks
    leading = rf"(?:(?:{alternatives(raw['directions'])})\s+)?"
    before = re.compile(rf"{cue}\s+(?:the\s+)?{kinds}{leading}$", re.IGNORECASE)
    after_previous = re.compile(
        rf"^\s*(?:{alternatives(raw['near_nouns'])})?\s*,?\s*(?:{alternatives(raw['near'])})"
        rf"\s+(?:the\s+)?{kinds}$",
        re.IGNORECASE,
    )
    city_of = re.compile(rf"\b(?:{alternatives(raw['city_of'])})\s+$", re.IGNORECASE)
    between = re.compile(
        rf"\b(?:{alternatives(raw['between'])})\s+(?:the\s+)?{kinds}$", re.IGNORECASE
    )
    route_from = re.compile(
        rf"\b(?:{alternatives(raw['route_from'])})\s+(?:the\s+)?{kinds}$", re.IGNORECASE
    )
    near = re.compile(rf"\b(?:{alternatives(raw['near'])})\s+(?:the\s+)?{kinds}$", re.IGNORECASE)
    return ReferenceCues(before, after_previous, city_of, between, route_from, near)
