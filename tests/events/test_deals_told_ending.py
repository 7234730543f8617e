"""A deal told ending ("a ceasefire agreed between the sides collapsed", "the truce deal signed
in the town collapsed") was made before: its end is no Agreement of the story's (codebook §1:
no background); the fighting told with it is still an event."""

from __future__ import annotations

from khaldun import extract


def test_a_collapsed_ceasefire_is_no_agreement():
    text = ("A ceasefire agreed between rebels and the army in Daraa collapsed on Sunday as "
            "fighting erupted in the city, a monitor said.\n\nThe truce deal signed in Homs "
            "collapsed on Monday, residents said.")
    events = extract(text, published="2018-03-07")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
