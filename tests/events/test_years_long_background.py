"""A clause telling what a side has done for years ("has been fighting for more than a decade")
is background: it adds no claim to the day's event."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_fighting_for_more_than_a_decade_adds_no_claim():
    text = (
        "MOGADISHU, March 4 - Al-Shabaab fighters attacked an army base in Afgoye on Saturday, "
        "killing five soldiers, a military officer said. Al-Shabaab has been fighting for more "
        "than a decade to overthrow the government."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert [c.kind for c in event.claims] == ["fatalities"]


def test_fighting_for_two_years_adds_no_event():
    text = "The rebels have been fighting the army for over two years in the hills of Afgoye."
    assert extract(text, published=PUBLISHED) == []
