"""Where fire came from is no event place when the sentence says where it landed, or the
fire was told before (texts written for these tests)."""

from datetime import date

from khaldun import extract
from khaldun.events.origins import without_origins
from khaldun.places import PlaceMention


def _places(text: str, *names: str) -> list[PlaceMention]:
    return [PlaceMention(text.index(n), text.index(n) + len(n), n, None, "town") for n in names]


def test_the_place_fire_came_from_is_dropped_when_it_landed_elsewhere():
    text = "Militants fired two rockets from Hillcrest into Dunmore, wounding a child."
    kept = without_origins(text, _places(text, "Hillcrest", "Dunmore"))
    assert [p.surface for p in kept] == ["Dunmore"]


def test_a_place_after_from_without_fire_or_landing_is_kept():
    moved = "Fighters withdrew from Hillcrest to Dunmore on Monday."
    assert len(without_origins(moved, _places(moved, "Hillcrest", "Dunmore"))) == 2
    alone = "Militants fired rockets from Hillcrest on Monday."
    assert len(without_origins(alone, _places(alone, "Hillcrest"))) == 1


def test_where_the_rocket_told_before_came_from_is_no_event_place():
    text = "The rocket was fired from Hillcrest, police said."
    assert without_origins(text, _places(text, "Hillcrest")) == []


def test_a_later_missile_attack_is_placed_where_it_landed_not_launched():
    text = ("ADEN (Reuters) - Houthi fighters fired a missile at an army camp in Mocha on "
            "Monday, killing six soldiers, officials said.\n\n"
            "The officials said the missile was launched from Ibb province.")
    events = extract(text, published=date(2018, 3, 6))
    assert [e.location.name for e in events] == ["Mocha"]
