"""Dead counted across a whole country ("violence across Iraq killed 35") told after an event
in one of its towns are no total of that event (codebook §8.1): it keeps its own toll."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 10)


def _tolls(text: str) -> dict:
    return {e.location.name: e.fatalities.low if e.fatalities else None
            for e in extract(text, published=PUBLISHED) if e.location}


def test_a_toll_across_the_named_country_is_not_the_town_event_s():
    text = ("Gunmen attacked a checkpoint in Baquba on Thursday. Violence across Iraq killed "
            "35 people on Thursday, officials said.")
    assert _tolls(text) == {"Baquba": None}


def test_a_toll_across_the_country_is_not_the_town_event_s():
    text = ("Gunmen attacked a checkpoint in Baquba on Thursday. Violence across the country "
            "killed 35 people on Thursday, officials said.")
    assert _tolls(text) == {"Baquba": None}


def test_the_town_event_keeps_its_own_toll():
    text = ("Gunmen attacked a checkpoint in Baquba on Thursday, killing two soldiers. Attacks "
            "across Iraq killed 35 people on Thursday, officials said.")
    assert _tolls(text) == {"Baquba": 2}
