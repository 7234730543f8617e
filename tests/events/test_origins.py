"""Where fire came from is no event place when the sentence says where it landed (texts
written for these tests)."""

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
