"""A follow-up that points back at the place the article speaks of ("the town") speaks of the
event there, though it also names a farther place as part of it (texts written for these
tests)."""

from datetime import date

from khaldun import extract
from khaldun.events.focus import points_back

_BOMB = (
    "A car bomb exploded in a market in the town of Azaz on Monday, killing seven people, "
    "a local official said.\n\n{}"
)


def test_the_town_pointed_back_at_keeps_the_follow_up_on_its_event():
    follow_up = ("The governor of Aleppo said engineers were combing the old streets of the town "
                 "on Tuesday, including the quarter of Salqin.")
    (bomb,) = extract(_BOMB.format(follow_up), published=date(2019, 4, 2))
    assert follow_up in [c.quote for c in bomb.claims]
    assert bomb.location.town == "Azaz"


def test_a_named_town_is_not_pointed_back_at():
    assert points_back("engineers combed the old streets of the town on Tuesday")
    assert not points_back("Families fled to the city of Hama.")
    assert not points_back("Families fled to the town Hama.")
