"""A death told as what marks the person a protest gathers for ("a funeral for a young man
killed by police turned into a protest") is before the protest: no force used on it (texts
written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2019, 6, 28))]


def test_a_funeral_for_one_killed_turned_protest_is_no_excessive_force():
    text = ("A funeral for a young man killed by police turned into an anti-government protest "
            "in Omdurman on Saturday, with mourners chanting against the governor.")
    assert _subs(text) == ["Peaceful protest"]


def test_protesters_shot_dead_at_the_march_stay_excessive_force():
    text = ("Police shot dead two protesters as thousands marched in Omdurman on Saturday.")
    assert _subs(text) == ["Excessive force against protesters"]
