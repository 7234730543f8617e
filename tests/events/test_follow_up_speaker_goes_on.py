"""A speaker who goes on talking ("He said ...") in a follow-up with no act of its own speaks
of the event its last words were of, not of one the side of the dead points to (texts written
for these tests)."""

from datetime import date

from khaldun import extract

_TEXT = (
    "Yemen's Houthi rebels said on Monday they had pushed back an offensive by government "
    "forces near the city of Taiz, killing dozens of soldiers.\n\n"
    "The rebels' television said Houthi fighters killed 25 pro-government fighters in "
    "clashes near the town of Mocha on Sunday.\n\n"
    "A commander of the pro-government brigades told reporters that his men held the port "
    "and that nine of their fighters had been killed.\n\n"
    "He said that the Houthis had lost at least 40 fighters.\n"
)


def test_the_speaker_goes_on_about_the_event_it_spoke_of():
    found = extract(_TEXT, published=date(2021, 3, 2))
    follow = "He said that the Houthis had lost at least 40 fighters."
    holders = [e for e in found if any(c.quote == follow for c in e.claims)]
    assert holders and all(e.location and e.location.town == "Mocha" for e in holders)
