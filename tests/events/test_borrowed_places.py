"""An event whose sentence names no place borrows the article's focus (the dateline's town);
a later sentence telling the act again at a place of its own places it (texts written for
these tests)."""

from datetime import date

from khaldun import extract


def test_the_act_told_again_at_a_town_moves_it_from_the_dateline():
    text = (
        "ADEN (Reuters) - Gunmen on a motorbike shot dead a senior intelligence officer on "
        "Sunday, security sources said. The officer was killed outside his home in Mukalla, "
        "the capital of Hadramawt province. Militants have killed several officers in the "
        "city this year."
    )
    events = extract(text, published=date(2019, 3, 5))
    assert [e.location.town for e in events] == ["Mukalla"]
    assert events[0].fatalities.low == 1
