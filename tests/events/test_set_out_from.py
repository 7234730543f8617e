"""Where those who came set out from ("after reinforcements arrived from X") is no place of
the act (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_town_reinforcements_came_from_is_not_where_the_base_was_retaken():
    text = (
        "Militants attacked an army base in the town of Jowhar on Monday, an officer said.\n\n"
        "Residents said troops regained control of the base later on Monday after"
        " reinforcements arrived from Balcad."
    )
    events = extract(text, published=date(2019, 5, 7))
    assert events and all(e.location.name == "Jowhar" for e in events)
