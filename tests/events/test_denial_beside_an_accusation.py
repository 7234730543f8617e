"""A side that denies an act and, in a clause joined to its denial, accuses the other side of
another act ("denied shelling the town and accused the army of shelling X"): its denial is of
the act told before, and what it accuses the other of is its account of an act at X, no denial
of it (codebook §6, §8.2)."""

from datetime import date

from khaldun import extract

TEXT = ("Rebels shelled the town of Mhardeh on Friday, killing four civilians, state media said. "
        "The rebels denied firing on the town and accused government forces of shelling the "
        "village of Kafr Nabudah, killing two women.")


def _by_place() -> dict:
    return {e.location.name: e for e in extract(TEXT, published=date(2018, 3, 10))}


def test_the_denial_is_of_the_act_told_before():
    events = _by_place()
    assert events["Mhardeh"].status == "contested"
    assert any(c.kind == "denial" for c in events["Mhardeh"].claims)


def test_the_accused_act_is_an_account_not_a_denial():
    accused = _by_place()["Kafr Nabudah"]
    assert not any(c.kind == "denial" for c in accused.claims)
    assert accused.status == "single"


def test_the_accused_side_did_the_act_it_is_charged_with():
    assert _by_place()["Kafr Nabudah"].actor1.name == "Military Forces of Syria"


def test_a_charge_about_the_act_told_before_names_no_perpetrator():
    text = ("A car bomb exploded near a mosque in the town of Mhardeh on Friday, killing six "
            "people, state media said. Two opposition parties blamed the security services for "
            "carrying out the bombing.")
    (event,) = extract(text, published=date(2018, 3, 10))
    assert event.actor1.name.startswith("Unidentified Armed Group")
