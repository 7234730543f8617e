"""The victims of an act named again by a definite noun, the subject of another verb ("civilians
wounded in the raids were treated in X"): that verb's places are not the act's (texts written
for these tests)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2019, 5, 9)
_LEAD = (
    "Fighter jets bombed militant positions in the town of Derna on Tuesday, killing six "
    "fighters, a military spokesman said. "
)


@pytest.mark.parametrize("then", [
    "Two civilians wounded in the raids were flown to Tobruk for treatment.",
    "Fighters killed in the strikes were buried in Ajdabiya on Wednesday.",
])
def test_where_the_victims_went_is_no_new_event(then):
    events = extract(_LEAD + then, published=PUBLISHED)
    assert [e.location.town for e in events] == ["Derna"]


def test_the_act_as_the_subject_of_the_verb_keeps_its_place():
    text = (
        "Gunmen opened fire on a minibus on Monday, killing four passengers, police said. "
        "The attack took place near the town of Gao."
    )
    towns = {e.location.town for e in extract(text, published=PUBLISHED)}
    assert "Gao" in towns
