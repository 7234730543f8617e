"""A place in a clause of its own subject ("..., while in B police fired tear gas") is that
clause's act's; the act told before it keeps the place the sentence opened on."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 7, 14)


def test_a_place_framing_a_later_clause_is_not_the_first_acts():
    text = (
        "In the city of Najaf, hundreds of demonstrators stormed the airport on Thursday, "
        "while in Nasiriya police fired tear gas to disperse a crowd."
    )
    events = extract(text, published=PUBLISHED)
    assert sorted((e.sub_event_type, e.location.name) for e in events) == [
        ("Protest with intervention", "Nasiriya"),
        ("Violent demonstration", "Najaf"),
    ]
