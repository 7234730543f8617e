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
