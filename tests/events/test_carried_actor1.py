"""The paragraph's last actor1 stands in for an act that names none only where it could
have done it: marchers of an earlier protest do not carry out a killing of one of them."""

from datetime import date

from khaldun.events.extractor import extract_one
from khaldun.records import Article

PUBLISHED = date(2016, 3, 14)


def _events(text: str):
    return extract_one(Article(doc_id="t", text=text, published=PUBLISHED)).events


def test_marchers_of_an_earlier_protest_are_not_the_killers():
    events = _events(
        "Demonstrations were held in several towns on Friday. In Hama, a protester was shot"
        " dead by a sniper near the main square."
    )
    hama = next(e for e in events if e.location.name == "Hama")
    assert hama.sub_event_type == "Excessive force against protesters"
    assert hama.actor2 is not None and hama.actor2.inter == 6
    assert hama.actor1 is None or hama.actor1.inter != 6


def test_an_armed_actor1_still_stands_in_for_the_next_act():
    events = _events(
        "Army troops shelled the town of Saraqib on Friday. Later, a second barrage hit"
        " the town of Binnish."
    )
    binnish = next(e for e in events if e.location.name == "Binnish")
    assert binnish.actor1 is not None and binnish.actor1.inter == 1


def test_an_air_strike_told_after_a_ground_sides_act_is_not_theirs():
    events = _events(
        "Rebel fighters shelled the western outskirts of Hama on Friday, and an air strike"
        " hit a bakery in Kafr Zita."
    )
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.inter != 2


def test_an_air_strike_after_a_ground_sides_act_is_the_theatres_air_power():
    events = _events(
        "Houthi fighters shelled a market in Taiz on Friday. Later an air strike hit a"
        " school in Hodeidah."
    )
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.inter == 8
