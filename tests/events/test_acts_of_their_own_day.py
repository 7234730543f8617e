"""Words that tell an act again on a day the sentence gives go to the event of that day, not
to a later one a day's slack away (texts written for these tests)."""

from datetime import date

from khaldun import extract

_TWO_ACTS = (
    "A suicide bomber blew himself up at a police academy in the city of Mogadishu on "
    "Thursday, killing 15 cadets, police said.\n\n"
    "On Friday, al Shabaab fighters stormed a military base in the town of Afgoye, the army "
    "said.\n\n{}"
)


def _quotes(found):
    return {e.location.name: [c.quote for c in e.claims] for e in found}


def test_the_dead_of_a_day_told_go_to_that_days_act():
    again = "A police officer said most of the cadets killed on Thursday were teenagers."
    found = _quotes(extract(_TWO_ACTS.format(again), published=date(2019, 4, 3)))
    assert again in found["Mogadishu"]
    assert again not in found["Afgoye"]


def test_the_dead_of_no_day_told_go_to_the_last_act():
    again = "A police officer said most of the soldiers killed were teenagers."
    found = _quotes(extract(_TWO_ACTS.format(again), published=date(2019, 4, 3)))
    assert again in found["Afgoye"]
