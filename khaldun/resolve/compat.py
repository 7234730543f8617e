"""When two reports from different articles may describe the same real-world event.

Each test returns a human-readable reason when the pair is compatible, or None.
The rules are deliberately conservative: a missed merge leaves two events that
an analyst can still join, a wrong merge silently loses an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from khaldun.claims.status import CONTESTED_FATALITY_RATIO
from khaldun.data import pair_list, read_mapping, word_list
from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import name_key
from khaldun.records import (
    CIVILIANS,
    EVENT_TYPES,
    INTER_CLASSES,
    SUB_TO_TYPE,
    Actor,
    Event,
    Location,
)

# "Yesterday" in one report and the date in another: ranges may miss by one day.
DATE_SLACK_DAYS = 1
# Within one merged event, two reports joined through others may be one day further
# apart than a direct link allows: reports dated 25, 26 and 27 August of one massacre
# ("yesterday" twice over) are one event; MAX_SPAN_DAYS still bounds the whole.
CHAIN_EXTRA_DAYS = 1
# The reports of one merged event span at most this many days (end - start), chains
# included: "the last three days" and a dated day inside them may be one event, but
# "the past week" in Aleppo is not one strike on one of its days, and a town fought
# over day after day is several events (ACLED codes one per day). A report whose own
# range is longer never merges (ACLED codes vague events apart rather than guess)...
MAX_SPAN_DAYS = 2
# Except: a report of a run of days ("five days of fighting", "last week", codebook §5 and
# §8.4: time_precision 2, up to seven days) holds a report of one of those days with the
# same sub-type. Such a link is vague, like a "near" place: a run that holds reports of
# two events (the week's strikes on a city) joins neither (cluster.py).
HOLDING_SPAN_DAYS = 6
# Two differently named towns at points this close are one gazetteer entry under two
# names (Aleppo / Halab). Calibrated on ACLED Syria Jan-Feb 2018, whose rows are
# distinct events: a 3 km rule merged 635 pairs of them, mostly adjacent villages
# (Syrian villages are often 1-3 km apart); under 0.5 km, 13. Both points must be the named
# places' own (geo_precision 1): villages the gazetteer does not know sit on their district's
# point, and 0.0 km between two of them says nothing (_stand_in_point).
SAME_POINT_KM = 0.5
# A report placed by coordinates only (no town name) is at a named town this close.
NEAR_KM = 3.0
# A town lying this close to a place given as "near"/"outskirts of" (geo_precision 2)
# may be that place; the codebook's matching rule uses the same 10 km. Such links are
# "near" links, dropped when ambiguous (cluster.py).
NEAR_TOWN_KM = 10.0
# Same town name but points this far apart: two homonymous villages, not one town,
# unless both lie in one province. Each article's places are resolved on their own, and
# the gazetteer may give one name's village, district seat or district centroid tens of
# km apart; two outlets naming one town in one province on one day mean one town (the
# codebook's matching rule too takes the same name as the same town). On ACLED Syria
# Jan-Feb 2018 (distinct events) this merged one more pair of rows (4,760 rows).
HOMONYM_KM = 30.0
# Reports of two sub-types no list makes compatible are one event when they agree on a named
# place, the day and a toll of at least this many dead: outlets call one market strike an air
# raid, a massacre or a blast, while two acts of other kinds killing as many in one town on
# one day are rare (fewer dead are: a sniper and a shell killing one each).
TOLL_CONFIRMS = 3
# The score of a vague agreement (a place "near" another, a run of days holding a day):
# links made by one are dropped when ambiguous (cluster.py).
VAGUE_SCORE = 0
# same_place scores of a named town or quarter agreeing, not a point nearby (1) or "near" (0).
NAMED_PLACE_SCORE = 2


MERGING_FILE = "merging.yaml"


def merging_pairs(name: str, known: Any, what: str) -> frozenset[frozenset]:
    """A list of pairs of merging.yaml, each of two of `known` (`what` they are), checked."""
    return pair_list(MERGING_FILE, name, read_mapping(MERGING_FILE).get(name), known, what)


# Sub-types that outlets covering one event commonly disagree on, each pair merging only on
# overlapping dates (see DATE_SLACK_DAYS); the list and why each pair is in it: merging.yaml.
COMPATIBLE_SUBTYPES = merging_pairs("compatible_subtypes", SUB_TO_TYPE, "sub-types")
# Event types whose reports one toll in one place and day makes one event (merging.yaml).
TOLL_CONFIRMED_TYPES = frozenset(
    word_list(MERGING_FILE, "toll_confirmed_types",
              read_mapping(MERGING_FILE).get("toll_confirmed_types"))
)
# Event types whose reports join those above on one toll only when the side acted on agrees too
# (merging.yaml): "militants attacked a checkpoint, killing seven soldiers" and "a bombing at
# a checkpoint killed seven soldiers".
TARGET_CONFIRMED_TYPES = frozenset(
    word_list(MERGING_FILE, "target_confirmed_types",
              read_mapping(MERGING_FILE).get("target_confirmed_types"))
)
if not (TOLL_CONFIRMED_TYPES | TARGET_CONFIRMED_TYPES) <= EVENT_TYPES.keys():
    raise ValueError(f"{MERGING_FILE}: toll_confirmed_types and target_confirmed_types must be"
                     " event types")
# Classes that outlets name for one side of one event (merging.yaml): in reports of different
# articles they agree on the side acted on, and on either side of a symmetric sub-type.
ALLIED_CLASSES = merging_pairs("allied_classes", INTER_CLASSES, "inter classes")
# Codebook §2-3: violence against civilians is by definition against unarmed people.
_TARGET_IS_CIVILIANS = frozenset(EVENT_TYPES["Violence against civilians"])
# Sub-types where "who acted on whom" is symmetric enough that sources swap the sides:
# a clash has no clear attacker, a riot is told as "police clashed with protesters" as often
# as "protesters attacked police", and a change of control is told as "rebels left"
# (actor1 rebels) by one outlet and "the army took over" (actor1 army) by another.
_SYMMETRIC_SUBTYPES = frozenset(
    {
        "Armed clash",
        "Mob violence",
        "Violent demonstration",
        "Agreement",
        "Non-violent transfer of territory",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)


@dataclass(frozen=True)
class Link:
    """Why two reports may be one event, and how strongly (higher merges first)."""

    # (sub-type score, place + date + actor score): an exact sub-type outranks any
    # compatible one, so a compatible-type link is only a fallback.
    score: tuple[int, int]
    reasons: tuple[str, ...]
    vague: bool = False  # place or date agree only by a vague rule (VAGUE_SCORE)


def town_key(loc: Location) -> str:
    """Transliteration key of the town a location lies in ('' when only a province is known)."""
    if loc.town:
        return name_key(loc.town)
    if loc.name and not loc.neighbourhood and loc.geo_precision < 3:
        return name_key(loc.name)
    return ""


def hood_key(loc: Location) -> str:
    """Transliteration key of the neighbourhood ('' when the report is town-level)."""
    return name_key(loc.neighbourhood) if loc.neighbourhood else ""


def _distance(a: Location, b: Location) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _same_hood(ka: str, kb: str) -> bool:
    # "al-Marja Square" and "Marja" are one quarter: one key may extend the other.
    return ka == kb or (min(len(ka), len(kb)) >= 3 and (ka.startswith(kb) or kb.startswith(ka)))


def _differ(a: str | None, b: str | None) -> bool:
    return bool(a and b and name_key(a) != name_key(b))


def _stand_in_point(a: Location, b: Location) -> bool:
    """Whether a point of two places stands for something else: a place the gazetteer does
    not know, or a quarter it does not, is set at its city or district, and a province at its
    centre (geo_precision 2 and above); two such points close together are not one place."""
    return max(a.geo_precision, b.geo_precision) > 1


def same_place(a: Location, b: Location) -> tuple[int, str] | None:
    """(score, reason) when two locations can be one event's place, else None."""
    if a.country and b.country and a.country.upper() != b.country.upper():
        return None
    ta, tb, ha, hb = town_key(a), town_key(b), hood_key(a), hood_key(b)
    dist = _distance(a, b)
    if ha and hb and not _same_hood(ha, hb):
        return None  # two quarters of one city are two places, however close
    if ta and ta == tb:
        # Homonymous villages: told apart by province, or by distance when one is unknown.
        if dist is not None and dist > HOMONYM_KM and not same_key(a.admin1, b.admin1):
            return None
        if dist is None and _differ(a.admin1, b.admin1):
            return None
        town = a.town or a.name
        if ha and hb:
            return 4, f"same neighbourhood {a.neighbourhood} of {town}"
        if ha or hb:
            return 3, f"same town {town} ({a.neighbourhood or b.neighbourhood} ⊂ {town})"
        return 2, f"same town {town}"
    if (ta and ta == hb) or (tb and tb == ha):
        # A place one source calls a town and another a quarter (Jobar of Damascus).
        town, hood = (a, b) if ta and ta == hb else (b, a)
        return 2, f"town {town.name} is the neighbourhood {hood.neighbourhood} of {hood.town}"
    limit = SAME_POINT_KM if ta and tb else NEAR_KM
    if dist is not None and dist <= limit and not _stand_in_point(a, b):
        return 1, f"{a.name} and {b.name} {dist:.1f} km apart"
    # "Near X" (precision 2) beside a town at its own point; not two stand-in points.
    precisions = {a.geo_precision, b.geo_precision}
    if dist is not None and dist <= NEAR_TOWN_KM and precisions == {1, 2}:
        near, other = (a, b) if a.geo_precision == 2 else (b, a)
        reason = f"{other.name} {dist:.1f} km from {near.name} (a report says near {near.name})"
        return VAGUE_SCORE, reason
    if not ta and not tb and a.geo_precision >= 3 and b.geo_precision >= 3:
        if a.admin1 and b.admin1 and name_key(a.admin1) == name_key(b.admin1):
            return 1, f"same province {a.admin1}"
    return None


def same_key(a: str | None, b: str | None) -> bool:
    return bool(a and b and name_key(a) == name_key(b))


def _span(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start}..{end}"


def _holds(outer: Event, inner: Event) -> str | None:
    """Why outer's run of days holds inner's day (or short range), else None."""
    o_end, i_end = outer.date_end or outer.date_start, inner.date_end or inner.date_start
    if not (outer.date_start and inner.date_start and o_end and i_end):
        return None
    if (o_end - outer.date_start).days > HOLDING_SPAN_DAYS:
        return None
    if (i_end - inner.date_start).days > MAX_SPAN_DAYS:
        return None
    if outer.date_start <= inner.date_start and i_end <= o_end:
        return f"{_span(inner.date_start, i_end)} within {_span(outer.date_start, o_end)}"
    return None


def dates_overlap(
    a: Event, b: Event, slack_days: int, hold: bool = False
) -> tuple[int, str] | None:
    """(score, reason) when the date ranges overlap within slack_days, else None.

    hold: a run of up to HOLDING_SPAN_DAYS may also hold the other report's day."""
    if a.date_start is None or b.date_start is None:
        return None
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    if a_end < a.date_start or b_end < b.date_start:
        return None
    first, last = min(a.date_start, b.date_start), max(a_end, b_end)
    if (last - first).days > MAX_SPAN_DAYS:
        held = (_holds(a, b) or _holds(b, a)) if hold else None
        return (VAGUE_SCORE, held) if held else None
    lo, hi = max(a.date_start, b.date_start), min(a_end, b_end)
    if (lo, hi) == (a.date_start, a_end) == (b.date_start, b_end):
        return 3, f"same date {_span(lo, hi)}"
    if lo <= hi:
        return 2, f"dates overlap {_span(lo, hi)}"
    if (lo - hi) <= timedelta(days=slack_days):
        return 1, f"dates a day apart ({_span(a.date_start, a_end)} / {_span(b.date_start, b_end)})"
    return None


def compatible_subtypes(a: Event, b: Event) -> tuple[int, str] | None:
    """(score, reason) when the sub-types are equal or listed in COMPATIBLE_SUBTYPES."""
    sa, sb = a.sub_event_type, b.sub_event_type
    if sa and sa == sb:
        return 3, f"sub-type {sa}"
    if frozenset((sa, sb)) in COMPATIBLE_SUBTYPES:
        return 1, f"compatible sub-types {min(sa, sb)} / {max(sa, sb)}"
    if not (sa and sb) and a.event_type and a.event_type == b.event_type:
        return 1, f"type {a.event_type} (a sub-type unknown)"
    return None


def _inter(actor: Actor | None, unnamed_agrees: bool = False) -> int | None:
    if actor is None or (unnamed_agrees and actor.name.startswith(UNIDENTIFIED)):
        return None
    return actor.inter


def _agree(x: int | None, y: int | None, allied: bool = False) -> bool:
    return x is None or y is None or x == y or (allied and frozenset((x, y)) in ALLIED_CLASSES)


# The perpetrator a report does not name (codebook §3): another outlet may name it.
UNIDENTIFIED = "Unidentified"


def compatible_actors(
    a: Event, b: Event, loose: bool = False, unnamed_agrees: bool = False
) -> tuple[int, str] | None:
    """(score, reason) when no actor role has two different inter classes, else None.

    `loose` is for reports from different articles: outlets that do not name the
    perpetrator ("Unidentified Armed Group") do not contradict one that does, and one
    outlet's dead civilians are often another's dead fighters, so civilians as the side
    acted on agree with any other. `unnamed_agrees` alone is for one article's reports: "the
    attackers" after a named group are that group."""
    unnamed_agrees = unnamed_agrees or loose
    pa = (_inter(a.actor1, unnamed_agrees), _inter(a.actor2, unnamed_agrees))
    pb = (_inter(b.actor1, unnamed_agrees), _inter(b.actor2, unnamed_agrees))
    civilians_hit = loose and CIVILIANS in (pa[1], pb[1])
    both_on_civilians = (
        a.sub_event_type in _TARGET_IS_CIVILIANS and b.sub_event_type in _TARGET_IS_CIVILIANS
    )
    if both_on_civilians or civilians_hit:
        # The sub-type already says who was hit; a different actor2 is an extraction slip.
        pa, pb = (pa[0], None), (pb[0], None)
    # Allied classes (ALLIED_CLASSES) agree across articles on the side acted on, and on
    # either side when sides may be swapped.
    symmetric = a.sub_event_type in _SYMMETRIC_SUBTYPES
    straight = _agree(pa[0], pb[0], loose and symmetric) and _agree(pa[1], pb[1], loose)
    swapped = _agree(pa[0], pb[1], loose) and _agree(pa[1], pb[0], loose)
    if not straight and not (swapped and symmetric):
        return None
    known = [x for x in pa + pb if x is not None]
    if straight and None not in pa + pb and pa == pb:
        return 2, f"actors {pa[0]}/{pa[1]}"
    return (1, "actors compatible") if known else (0, "actors unknown")


def tolls_agree(a: Event, b: Event, exact: bool = False) -> bool:
    """Both reports give a toll, and the tolls overlap (exact) or stay within the contested
    ratio of each other (codebook §6)."""
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return False
    if fa.low <= fb.high and fb.low <= fa.high:
        return True
    low, high = min(fa.high, fb.high), max(fa.low, fb.low)
    return not exact and high <= max(low, 1) * CONTESTED_FATALITY_RATIO


def same_toll_and_place(a: Event, b: Event) -> tuple[int, str] | None:
    """(score 0, reason) when reports of unrelated sub-types of TOLL_CONFIRMED_TYPES share a
    named place, a day and a toll of at least TOLL_CONFIRMS (within the contested ratio); a
    report of TARGET_CONFIRMED_TYPES only when both name one side acted on (same_target)."""
    types = {a.event_type, b.event_type}
    targeted = not types <= TOLL_CONFIRMED_TYPES
    if targeted and not (types <= TOLL_CONFIRMED_TYPES | TARGET_CONFIRMED_TYPES
                         and same_target(a, b)):
        return None
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None or min(fa.low, fb.low) < TOLL_CONFIRMS:
        return None
    if not tolls_agree(a, b) or dates_overlap(a, b, 0) is None:
        return None
    where = same_place(a.location, b.location)
    if where is None or where[0] < NAMED_PLACE_SCORE:
        return None
    return 0, f"{a.sub_event_type} / {b.sub_event_type} with one toll in one place"


def same_target(a: Event, b: Event) -> bool:
    """Whether both reports name the side acted on (actor2, not an unidentified one) with one
    inter class."""
    x, y = _inter(a.actor2, unnamed_agrees=True), _inter(b.actor2, unnamed_agrees=True)
    return x is not None and x == y


def _one_toll_one_place(a: Event, b: Event) -> bool:
    """Whether two reports give one toll of at least TOLL_CONFIRMS (overlapping) in one named
    place: reports of compatible sub-types (COMPATIBLE_SUBTYPES) that do may lie a day apart
    ("late Saturday" or "overnight" in one, "Sunday" in another), as reports of one sub-type
    may; a town's air strikes and shelling of consecutive days rarely kill as many."""
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None or min(fa.low, fb.low) < TOLL_CONFIRMS:
        return False
    if not tolls_agree(a, b, exact=True):
        return False
    where = same_place(a.location, b.location)
    return where is not None and where[0] >= NAMED_PLACE_SCORE


def province_area(loc: Location) -> bool:
    """A place given only as a province or an area of it ("the countryside of Idlib"),
    named after the province if at all."""
    if loc.town or loc.neighbourhood or loc.geo_precision < 2 or not loc.admin1:
        return False
    return loc.geo_precision >= 3 or not loc.name or same_key(loc.name, loc.admin1)


def area_with_toll(a: Event, b: Event) -> tuple[int, str] | None:
    """(VAGUE_SCORE, reason) when one report gives only an area of a province ("the
    countryside of Idlib", "Idlib province") and the other a town in that province, with one
    toll of at least TOLL_CONFIRMS; a vague link, dropped when the area fits two events."""
    for area, town in ((a, b), (b, a)):
        loc = area.location
        if not province_area(loc) or not town.location.town:
            continue
        if not same_key(loc.admin1, town.location.admin1):
            continue
        if a.location.country and b.location.country and a.location.country != b.location.country:
            return None
        fa, fb = a.fatalities, b.fatalities
        if fa and fb and min(fa.low, fb.low) >= TOLL_CONFIRMS and tolls_agree(a, b, exact=True):
            return VAGUE_SCORE, f"{town.location.name} in the area {loc.name} given, one toll"
    return None


def link(a: Event, b: Event, extra_days: int = 0) -> Link | None:
    """A Link when reports a and b (from different articles) may be one event, else None.

    extra_days widens the date slack: members of one merged event that are not linked
    directly must still be compatible with extra_days = CHAIN_EXTRA_DAYS.
    """
    sub = compatible_subtypes(a, b) or same_toll_and_place(a, b)
    if sub is None:
        return None
    exact = sub[0] >= 3
    slack = DATE_SLACK_DAYS if exact or (sub[0] > 0 and _one_toll_one_place(a, b)) else 0
    when = dates_overlap(a, b, slack + extra_days, hold=exact)
    if when is None:
        return None
    where = same_place(a.location, b.location)
    area = where is None and exact
    if area:
        where = area_with_toll(a, b)
    if where is None:
        return None
    who = compatible_actors(a, b, loose=True)
    if who is None:
        return None
    parts = (where, when, sub, who)
    # Toll-confirmed links (another sub-type, an area) come after every other.
    score = (0 if area else sub[0], where[0] + when[0] + who[0])
    vague = VAGUE_SCORE in (where[0], when[0])
    return Link(score, tuple(p[1] for p in parts), vague=vague)


def why_apart(a: Event, b: Event) -> str:
    """Which rule keeps two reports from linking (or that they link but were kept apart)."""
    if a.doc_id and a.doc_id == b.doc_id:
        return "same article"
    if link(a, b) is not None:
        return "linked, but kept apart by a stronger link (complete link or one article)"
    checks = (
        ("sub-types", compatible_subtypes(a, b), f"{a.sub_event_type} / {b.sub_event_type}"),
        ("dates", dates_overlap(a, b, DATE_SLACK_DAYS, hold=True),
         f"{a.date_start}..{a.date_end} / {b.date_start}..{b.date_end}"),
        ("places", same_place(a.location, b.location), _where(a) + " / " + _where(b)),
        ("actors", compatible_actors(a, b, loose=True), f"{_pair(a)} / {_pair(b)}"),
    )
    for name, result, detail in checks:
        if result is None:
            return f"{name} differ: {detail}"
    return "compatible sub-types need overlapping dates"


def _where(e: Event) -> str:
    loc = e.location
    parts = [p for p in (loc.neighbourhood, loc.town or loc.name, loc.admin1) if p]
    has_point = loc.lat is not None and loc.lon is not None
    point = f" ({loc.lat:.3f}, {loc.lon:.3f})" if has_point else ""
    return ", ".join(parts) + point + f" p{loc.geo_precision}"


def _pair(e: Event) -> str:
    return f"{_inter(e.actor1)}/{_inter(e.actor2)}"
