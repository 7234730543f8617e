"""The combined record of a merged event, and relay detection in quotes."""

from __future__ import annotations

from datetime import date

from khaldun.records import Actor, Claim, Fatalities
from khaldun.resolve.combine import combine
from khaldun.resolve.sources import originator, relayed_from


def test_dates_are_the_union_and_precision_follows_the_span(report):
    event = combine([report("a", day=date(2014, 5, 9)), report("b", day=date(2014, 5, 10))])
    assert (event.date_start, event.date_end, event.time_precision) == (
        date(2014, 5, 9), date(2014, 5, 10), 2)
    same_day = combine([report("a"), report("b")])
    assert same_day.time_precision == 1


def test_location_is_the_most_precise_and_fills_gaps(report):
    town_level = report("a", admin1="Homs")
    hood_level = report("b", hood="Khaldiyeh", admin1=None)
    loc = combine([town_level, hood_level]).location
    assert (loc.neighbourhood, loc.town, loc.admin1) == ("Khaldiyeh", "Homs", "Homs")


def test_actor_with_a_known_class_is_preferred(report):
    vague = report("a", inter=(None, 7))
    known = report("b", inter=(1, 7))
    event = combine([vague, known])
    assert event.actor1 is not None and event.actor1.inter == 1


def test_figures_without_fatality_claims_still_bound_the_range(report):
    a, b = report("a"), report("b")
    a.fatalities, b.fatalities = Fatalities(3, 3), Fatalities(5, 6)
    assert combine([a, b]).fatalities == Fatalities(3, 6)
    assert combine([report("c")]).fatalities is None


def test_claims_carry_their_article(report):
    event = combine([report("a"), report("b")])
    assert [c.doc_id for c in event.claims] == ["a", "b"]


def test_relay_patterns():
    said = Claim("AFP", "fatalities", 5, "Five died, the Syrian Observatory for Human Rights said.")
    according = Claim("Reuters", "fatalities", 5, "According to the Local Coordination "
                      "Committees, five died.")
    acronym = Claim("AP", "occurred", None, "SOHR said the strike hit a market.")
    pronoun = Claim("AFP", "occurred", None, "He said the strike hit a market.")
    own_voice = Claim("reporter", "fatalities", 5, "Five died, the Observatory for Rights said.")
    assert relayed_from(said) == "Syrian Observatory for Human Rights"
    assert relayed_from(according) == "Local Coordination Committees"
    assert relayed_from(acronym) == "SOHR"
    assert relayed_from(pronoun) is None
    assert relayed_from(own_voice) is None


def test_extractor_originator_wins():
    claim = Claim("AFP", "fatalities", 5, "SOHR said five died.", originator="Monitor X")
    assert originator(claim) == "Monitor X"


def test_a_named_actor_beats_a_placeholder(report):
    a, b, c = report("a"), report("b"), report("c")
    a.actor1 = b.actor1 = Actor("Unidentified Armed Group (Syria)", 3)
    c.actor1 = Actor("National Defence Forces", 3)
    assert combine([a, b, c]).actor1.name == "National Defence Forces"
