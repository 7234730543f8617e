"""A name that goes on with a number naming a site ("the Kilo 16 junction", "Camp 4") is that
site's, not a town spelled like its first word; a count after a town ("Homs 12 people") is no
part of its name."""

from __future__ import annotations

from khaldun import extract
from khaldun.places.lexicon import numbered_site_after


def test_a_numbered_junction_is_placed_by_the_town_it_lies_near():
    text = ("A roadside bomb exploded at the Kilo 16 junction east of Hodeidah on Monday, "
            "killing two soldiers, a military source said.")
    (event,) = extract(text, published="2018-03-06")
    assert event.location.town == "Hodeidah"
    assert event.location.geo_precision == 2


def test_a_number_naming_a_site_and_a_count_after_a_name():
    text = "near Camp 4, east of the town; at Kilo 9 junction; in Homs 12 people; in Homs 2016."
    ends = [text.index(w) + len(w) for w in ("Camp", "Kilo", "Homs 12", "Homs 2016")]
    ends[2] -= 3
    ends[3] -= 5
    assert [numbered_site_after(text, e) for e in ends] == [True, True, False, False]
