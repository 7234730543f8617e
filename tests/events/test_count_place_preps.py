"""A list of places each with its own count ("five were killed around A, six in and around B
and four in C"): each place's event takes the count written before it, whatever the
preposition that joins them (codebook §8.3)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 10)


def _tolls(text: str) -> dict:
    return {e.location.name: e.fatalities.low if e.fatalities else None
            for e in extract(text, published=PUBLISHED) if e.location}


def test_a_count_around_a_place_is_that_place_s():
    text = ("Five civilians were killed around Debaltseve, six in Donetsk and four in Luhansk "
            "on Monday, officials said.")
    assert _tolls(text) == {"Debaltseve": 5, "Donetsk": 6, "Luhansk": 4}


def test_a_count_in_and_around_a_place_is_that_place_s():
    text = ("Five civilians were killed in Debaltseve, six in and around Donetsk and four in "
            "Luhansk on Monday, officials said.")
    assert _tolls(text) == {"Debaltseve": 5, "Donetsk": 6, "Luhansk": 4}


def test_a_count_before_a_described_place_is_that_place_s():
    text = ("Five civilians were killed around the frontline town of Debaltseve, six in and "
            "around the rebel centre of Donetsk, and four in neighbouring Luhansk on Monday, "
            "officials said.")
    assert _tolls(text) == {"Debaltseve": 5, "Donetsk": 6, "Luhansk": 4}


def test_two_speakers_of_the_list_give_each_place_its_own_count():
    text = ("Five civilians were killed in Debaltseve, six in Donetsk and four in Luhansk on "
            "Monday, officials and rebels said.")
    assert _tolls(text) == {"Debaltseve": 5, "Donetsk": 6, "Luhansk": 4}
