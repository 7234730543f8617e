"""A transfer of territory told by handing over needs ground handed over: a person or a thing
handed over ("a captured officer was handed over to a mediator") changes no territory and
leaves the day's clash a clash."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_a_captive_handed_over_leaves_the_clash_a_clash():
    text = (
        "ADEN, March 4 - Government forces clashed with Houthi fighters in Hodeidah on Saturday, "
        "killing six people, officials said. A captured commander had been handed over to a "
        "neutral party, the officials added."
    )
    subs = [e.sub_event_type for e in extract(text, published=PUBLISHED)]
    assert subs == ["Armed clash"]


def test_a_town_handed_over_is_still_a_transfer():
    text = ("ADEN, March 4 - Houthi fighters handed over the town of Harib to government forces "
            "on Saturday, officials said.")
    subs = [e.sub_event_type for e in extract(text, published=PUBLISHED)]
    assert subs == ["Non-violent transfer of territory"]
