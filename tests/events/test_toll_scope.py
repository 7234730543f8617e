"""Which counts are an event's toll (codebook §8.1): a tally over a longer period is not; the
outlet's own count of another side adds to a named source's count."""

from datetime import date

from khaldun import extract
from khaldun.claims.status import fatality_range
from khaldun.records import Claim

PUBLISHED = date(2019, 3, 5)


def test_a_tally_so_far_this_month_is_not_the_events_toll():
    text = (
        "KIEV (Reuters) - A Ukrainian soldier was killed in a sniper attack near Mariupol on "
        "Monday, the military said. Eleven soldiers have been killed so far this month."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}
    assert event.status == "single"


def test_a_toll_since_the_start_of_the_month_is_not_the_events_toll():
    text = (
        "KIEV (Reuters) - Two Ukrainian soldiers were killed and four wounded in shelling near "
        "Avdiivka on Tuesday, the military said. Five soldiers have been killed in the east "
        "since the start of the month."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 2, "high": 2}


def test_the_outlets_count_of_the_attackers_adds_to_the_armys_count_of_soldiers():
    text = (
        "CAIRO (AP) - Militants attacked a checkpoint near El Arish in North Sinai on Thursday, "
        "killing six soldiers, the military said. Four attackers were also killed in the "
        "exchange of fire."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 10, "high": 10}
    assert event.status == "single"


def test_the_outlets_count_of_a_side_a_source_also_counts_stays_a_rival_figure():
    own = Claim("reporter", "fatalities", 3, "q", victims="state forces", doc_id="d")
    claimed = Claim("TTP", "fatalities", 10, "q", victims="state forces", doc_id="d")
    assert fatality_range([own, claimed]).to_dict() == {"low": 3, "high": 10}
    other_article = Claim("reporter", "fatalities", 4, "q", victims="fighters", doc_id="e")
    army = Claim("army", "fatalities", 6, "q", victims="state forces", doc_id="d")
    assert fatality_range([army, other_article]).to_dict() == {"low": 4, "high": 6}


def test_a_toll_whose_parts_are_given_per_place_gives_each_place_its_part():
    text = (
        "BEIRUT (AP) - Government air strikes on Idlib province killed 19 civilians on Sunday, "
        "including 11 in Maarat al-Numan and eight in Saraqeb, a monitoring group said."
    )
    events = extract(text, published=PUBLISHED)
    tolls = {e.location.town: e.fatalities.to_dict()["low"] for e in events}
    assert tolls == {"Maarat al-Numan": 11, "Saraqeb": 8}
