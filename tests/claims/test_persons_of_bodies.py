"""A person no list knows, cited as one of a body ("according to Ali Hussein of the Tikrit
police"), speaks for that body, named by the body's words, not by a name cut off inside it."""

from datetime import date

from khaldun import extract
from khaldun.claims.attribution import unknown_sources


def _sources(text: str) -> list[str]:
    (event,) = extract(text, published=date(2018, 3, 5))
    return [c.source for c in event.claims if "desert" in c.quote]


def test_a_person_of_a_named_command_speaks_for_the_command():
    text = (
        "Gunmen killed four soldiers at a checkpoint in Tikrit on Monday, police said.\n\n"
        "The gunmen fled towards the desert, according to Ali Hussein of the Salahuddin "
        "Operations Command."
    )
    assert _sources(text) == ["Salahuddin Operations Command"]


def test_a_ranked_person_of_a_towns_police_speaks_for_the_police():
    text = (
        "Gunmen killed four soldiers at a checkpoint in Tikrit on Monday, police said.\n\n"
        "The gunmen fled towards the desert, according to Captain Ali Hussein of the Tikrit "
        "police."
    )
    assert _sources(text) == ["police"]


def test_an_organisation_named_with_of_keeps_its_whole_name():
    sentence = "The gunmen fled, according to the Institute for the Study of War."
    assert [name for _, _, name in unknown_sources(sentence, "IQ")] == [
        "Institute for the Study of War"]
