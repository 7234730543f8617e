"""A village no gazetteer knows, in a text whose country is undecided, is not placed at a
town of some far country whose name only looks like it (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_unknown_village_of_an_undecided_country_takes_no_lookalike_abroad():
    text = ("Islamic State militants abducted three herders and stole their sheep near Ashlij "
            "village on Sunday, and the herders were later found dead.")
    events = extract(text, published=date(2018, 2, 5))
    assert events
    assert all(e.location.country in (None, "IQ", "SY") for e in events)


def test_a_town_spelled_as_written_still_places_an_act_of_an_undecided_country():
    text = "Islamic State militants killed two herders near Mosul on Sunday."
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.country for e in events] == ["IQ"]
