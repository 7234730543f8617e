"""A body named as the one a spokesman speaks for ("a spokesman for the Kirkuk police, Colonel
X, said") is the one a later "the spokesman said" names again, not a class of officials."""

from datetime import date

from khaldun import extract
from khaldun.actors import find_sources
from khaldun.claims.attribution import attribute


def test_the_spokesman_said_after_a_spokesman_for_a_body_is_that_body():
    text = (
        "A roadside bomb killed five policemen south of Kirkuk on Friday, security officials "
        "said.\n\nA spokesman for the Kirkuk police, Colonel Jamal Aziz, said the patrol had "
        "been escorting fuel trucks.\n\nThe spokesman said two more policemen were wounded."
    )
    (event,) = extract(text, published=date(2018, 3, 5))
    last = [c.source for c in event.claims if c.quote.startswith("The spokesman")]
    assert last == ["police"]


def test_the_words_naming_a_body_carry_the_title_of_the_one_who_spoke_for_it():
    sentence = "A spokesman for the Kirkuk police, Colonel Jamal Aziz, said the road was shut."
    (speaker,) = attribute(sentence, "IQ", [], find_sources(sentence, "IQ"), {})
    assert (speaker.source, speaker.said_as) == ("police", "police spokesman")
