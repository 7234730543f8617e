"""Words that name the perpetrator of an act just told ("the attackers", "the gunmen") stand
for the armed group the article named as its perpetrator (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("follow_up", [
    "Soldiers later repelled the attackers and killed five of them, the army said.",
    "Troops pursued the gunmen into the bush and killed four of them, the army said.",
])
def test_the_attackers_are_the_group_named_before(follow_up):
    text = (
        "Al Shabaab fighters attacked the village of Bulo Burte on Friday, killing nine "
        "civilians, residents said.\n\n" + follow_up
    )
    found = extract(text, published=date(2019, 6, 10))
    later = [e for e in found if e.sub_event_type == "Armed clash"]
    assert later
    sides = {a.name for e in later for a in (e.actor1, e.actor2) if a is not None}
    assert "Al Shabaab" in sides
    assert not any(name.startswith("Unidentified") for name in sides)


def test_no_group_named_before_leaves_them_unidentified():
    text = (
        "Gunmen attacked the village of Bulo Burte on Friday, killing nine civilians.\n\n"
        "Soldiers later repelled the attackers and killed five of them, the army said."
    )
    found = extract(text, published=date(2019, 6, 10))
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.actor2 is not None and clash.actor2.name.startswith("Unidentified")
