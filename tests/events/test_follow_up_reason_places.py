"""A follow-up's places in a clause that tells why are not where its event is (texts written
for these tests)."""

from datetime import date

from khaldun import extract

_BOMB = (
    "A car bomb exploded in a market in the town of Azaz on Monday, killing seven people, "
    "a local official said.\n\n{}"
)


def test_a_place_of_the_reason_clause_leaves_the_follow_up_on_the_event():
    follow_up = ("Ambulances were delayed for hours because fighters had closed the road to "
                 "the city of Hama, the civil defence said.")
    (bomb,) = extract(_BOMB.format(follow_up), published=date(2019, 4, 2))
    assert follow_up in [c.quote for c in bomb.claims]
    assert bomb.location.town == "Azaz"
    assert bomb.status == "corroborated"


def test_a_far_place_of_the_main_clause_still_keeps_the_follow_up_out():
    follow_up = "Families fled to the city of Hama, the civil defence said."
    (bomb,) = extract(_BOMB.format(follow_up), published=date(2019, 4, 2))
    assert follow_up not in [c.quote for c in bomb.claims]
    assert bomb.status == "single"
