"""Force used on a protest that wounds, with no one killed: the excessive force itself, where the
attack verb carries no sub-type of its own (ACLED; texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2019, 6, 28))]


def test_marchers_wounded_when_soldiers_attacked_a_gathering_is_excessive_force():
    text = ("Two demonstrators were injured in Omdurman on Monday when soldiers attacked a "
            "gathering with gunfire.")
    assert _subs(text) == ["Excessive force against protesters"]


def test_soldiers_wounded_in_an_attack_on_a_checkpoint_stay_a_clash():
    text = ("Two soldiers were injured in Omdurman on Monday when gunmen attacked a "
            "checkpoint.")
    assert _subs(text) == ["Armed clash"]
