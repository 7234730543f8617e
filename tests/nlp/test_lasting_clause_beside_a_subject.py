"""A clause in the simple present set beside a subject ("the Houthis, who control X,
condemned the raid") tells what lasts, who holds a place, not where an act happened: X is no
place of the act the sentence tells (codebook §4)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_a_held_town_beside_the_subject_is_no_place_of_the_act():
    text = ("Coalition air strikes struck a wedding party in the village of Bani Qais in Hajjah "
            "province on Monday, killing 20 civilians, residents said. The Houthis, who control "
            "Sanaa, condemned the raid.")
    names = [e.location.name for e in extract(text, published=PUBLISHED)]
    assert names == ["Bani Qais"]


def test_a_past_act_beside_the_subject_keeps_its_place():
    # a clause in the past tells an act, which may be at its place
    text = ("Rebels, who seized the town of Saraqeb on Monday, shelled it again on Tuesday, "
            "killing four people, activists said.")
    names = {e.location.name for e in extract(text, published=PUBLISHED)}
    assert "Saraqeb" in names
