"""A speaker set beside words that relate it to another ("Russia, a key ally of President X,")
speaks for itself: the other, named in those words, says and denies nothing (texts written for
these tests)."""

from datetime import date

from khaldun import extract

_STRIKE = "Jets bombed a market in the town of Douma on Tuesday, killing nine people. "


def test_the_denier_is_the_subject_not_the_one_it_is_an_ally_of():
    text = _STRIKE + ("Russia, a close ally of President Bashar al-Assad, denied its aircraft "
                      "had carried out the raid.")
    [event] = extract(text, published=date(2018, 3, 7))
    deniers = {c.source for c in event.claims if c.kind == "denial"}
    assert deniers == {"Russia"}


def test_a_related_name_is_no_office_of_the_speaker():
    text = _STRIKE + ("Russia, a close ally of President Bashar al-Assad, said 14 people had "
                      "been killed in the raid.")
    [event] = extract(text, published=date(2018, 3, 7))
    tolls = {c.source: c.value for c in event.claims if c.kind == "fatalities"}
    assert tolls.get("Russia") == 14


def test_denying_backing_a_side_denies_no_act():
    text = _STRIKE + ("Rebels in the town accuse Turkey of backing the attackers. Turkey "
                      "denies arming them.")
    [event] = extract(text, published=date(2018, 3, 7))
    assert not [c for c in event.claims if c.kind == "denial"]
    assert event.status != "contested"

