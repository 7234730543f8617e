"""Where missed gold events went, and how matched pairs' date spans differ: categories only."""

from __future__ import annotations

import json

from eval_builders import make_event

from khaldun.eval.scorer import DocEvents, score
from khaldun.records import Actor, Article, Claim

STRIKE = "Jets struck a bakery in Wadi Sur on Monday, killing six."
SHELLS = "Shells hit a clinic in Wadi Sur the same morning, killing two."
CLASH = "Militiamen fought a border patrol near Tel Nasra."
TEXT = f"{STRIKE} {SHELLS} {CLASH}"


def _claim(quote: str) -> Claim:
    start = TEXT.index(quote)
    return Claim("reporter", "occurred", None, quote, start, start + len(quote))


def _score(gold, system):  # noqa: ANN001, ANN202
    return score([DocEvents(Article(text=TEXT, doc_id="a"), gold)], {"a": system})


def _no_names(*counts: dict[str, int]) -> None:
    keys = json.dumps(counts)
    for name in ("Wadi Sur", "Tel Nasra", "Side", "Guards", "bakery", "Jets"):
        assert name not in keys


def test_gold_split_what_the_system_merged():
    strike = make_event(town="Wadi Sur", sub="Air/drone strike", fatalities=(6, 6))
    strike.claims = [_claim(STRIKE)]
    shells = make_event(town="Wadi Sur", fatalities=(2, 2), claims=[_claim(SHELLS)])
    shells.actor1 = Actor("Guards", 1)
    merged = make_event(town="Wadi Sur", sub="Air/drone strike", fatalities=(6, 6))
    merged.claims = [_claim(STRIKE), _claim(SHELLS)]
    result = _score([strike, shells], [merged])
    assert result.missed_held_by == {
        "matched to another gold event; same type; same town; fails none": 1
    }
    assert result.merged_gold_pairs == {
        "differ in sub-type (system has the matched one's), actor names, tolls; no shared quote": 1
    }
    _no_names(result.missed_held_by, result.merged_gold_pairs)


def test_missed_events_held_elsewhere_or_quoted_by_none():
    homs, raqqa = (34.73, 36.72), (35.95, 39.01)  # over 100 km apart
    clash = make_event(town="Tel Nasra", lat=homs[0], lon=homs[1], event_type="Battles")
    clash.claims = [_claim(CLASH)]
    strike = make_event(town="Wadi Sur", claims=[_claim(STRIKE)])
    elsewhere = make_event(town="Raqqa", lat=raqqa[0], lon=raqqa[1], claims=[_claim(CLASH)])
    result = _score([clash, strike], [elsewhere])
    assert result.missed_held_by == {
        "no system event quotes it": 1,
        "unmatched; type differs; other town over 100 km; fails type+place": 1,
    }
    assert result.merged_gold_pairs == {}
    _no_names(result.missed_held_by)


def test_wrong_dates_are_counted_by_span_lengths_and_start():
    gold = [make_event(day="2012-03-04", end="2012-03-05"), make_event(town="Hama")]
    system = [make_event(day="2012-03-03"), make_event(town="Hama", end="2012-03-08")]
    assert _score(gold, system).date_misses_by_span == {
        "gold 1 day, system 3-7 days; system starts the same day": 1,
        "gold 2 days, system 1 day; system starts earlier": 1,
    }
