"""'X village in the southern countryside of Y': Y holds X, with the direction word before the
surroundings noun as well as after it (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

THURSDAY = date(2016, 5, 12)


@pytest.mark.parametrize("where", ["the southern countryside of Idlib",
                                   "the countryside of southern Idlib"])
def test_an_unknown_village_takes_the_point_of_the_province_around_it(where):
    text = f"Rebels captured Qaryat Zuhurna village in {where} on Monday."
    located = [e.location for e in extract(text, published=THURSDAY)
               if e.location.name == "Qaryat Zuhurna"]
    assert located and located[0].lat is not None and located[0].admin1 == "Idlib"


@pytest.mark.parametrize("steppe", ["Badia", "desert"])
def test_the_steppe_of_a_town_is_around_the_town(steppe):
    text = (f"Islamic State fighters ambushed an army convoy in the {steppe} of Palmyra on "
            "Tuesday, killing seven soldiers, a monitor said.")
    (event,) = extract(text, published=THURSDAY)
    assert (event.location.town, event.location.geo_precision) == ("Palmyra", 2)
