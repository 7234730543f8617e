"""A count right after an agency's dateline dash is read ("Hama, SANA-12 civilians")."""

from datetime import date

from khaldun import extract


def test_a_count_glued_to_the_agency_dash_is_the_toll():
    text = "Hama, SANA-Twelve civilians were killed when terrorists fired rockets on Mhardeh town."
    events = extract(text, published=date(2018, 3, 5))
    assert [e.fatalities.to_dict() for e in events if e.fatalities] == [{"low": 12, "high": 12}]


def test_a_number_word_at_the_start_is_no_dateline():
    text = "Seventy-four civilians were killed in shelling on the town of Mhardeh on Sunday."
    events = extract(text, published=date(2018, 3, 5))
    assert [e.fatalities.to_dict() for e in events if e.fatalities] == [{"low": 74, "high": 74}]
