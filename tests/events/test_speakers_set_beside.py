"""A speaker set beside the place of the act ("... hit the market in A, a local elder in B told
Reuters"), whom the parse hangs on that place, is still the speaker: B is where the speaker is,
not a place of the act (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from tests.nlp.parsed import at, grammar_of

PUBLISHED = date(2018, 3, 5)


@pytest.mark.parametrize("said", ["a local elder in Saada city told Reuters",
                                  "a resident of Saada city told AFP by phone"])
def test_the_speakers_place_is_no_second_event(said):
    text = (
        "Coalition air strikes hit a market in Saada province on Thursday, killing 14 "
        f"civilians, a local official said.\n\nThe strikes struck the market in Dahyan, {said}."
    )
    events = extract(text, published=PUBLISHED)
    assert [e.location.town for e in events] == ["Dahyan"]


def test_an_appositive_before_a_subjectless_verb_of_saying_speaks():
    text = "Gunmen attacked the checkpoint in Gao, a police officer in Bamako told AFP."
    g = grammar_of(text)
    assert g.is_speaker(*at(text, "Bamako"))
    assert not g.is_speaker(*at(text, "Gao"))
