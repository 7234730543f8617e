"""Both sides of a clash among unnamed groups of one kind (codebook §3), on invented texts."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2019, 3, 8)


def test_a_clash_between_rival_armed_groups_has_them_on_both_sides():
    (event,) = extract(
        "Fighting broke out between rival armed groups in the town of Jarablus on Monday, "
        "leaving three fighters dead.",
        published=PUBLISHED,
    )
    assert (event.actor1.inter, event.actor2 and event.actor2.inter) == (3, 3)


def test_clan_militias_that_fought_are_both_sides():
    (event,) = extract(
        "Clan militias fought over a well near the town of Galkayo in Somalia on Tuesday, "
        "killing six people.",
        published=PUBLISHED,
    )
    assert event.actor1.name == event.actor2.name == "Unidentified Clan Militia (Somalia)"


def test_an_unnamed_group_that_fought_soldiers_is_not_both_sides():
    (event,) = extract(
        "Gunmen clashed with soldiers in the town of Baiji on Tuesday, killing two soldiers.",
        published=PUBLISHED,
    )
    assert event.actor2 is None or event.actor2.inter == 1
