"""Camps and hideouts a text calls the militants' are the armed side a strike hit, not its
residents (codebook §3; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_jets_bombing_militant_camps_hit_the_insurgents():
    text = ("Nigerian air force jets bombed militant camps near the border town of Bama on "
            "Monday, the military said.")
    found = extract(text, published=date(2015, 3, 2))
    assert found[0].actor2.inter == 2
