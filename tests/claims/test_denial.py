"""Denials by a side the text describes but no dictionary names (texts written for these
tests)."""

from datetime import date

from khaldun import extract

MONDAY = date(2015, 2, 9)


def test_a_described_side_denying_makes_the_event_contested():
    text = (
        "Shells hit the town of Marinka on Monday, killing two civilians, Ukraine's military "
        "said. Separatist leaders denied shelling the town."
    )
    (event,) = extract(text, published=MONDAY)
    denials = [c.source for c in event.claims if c.kind == "denial"]
    assert denials == ["Separatist leaders"] and event.status == "contested"


def test_a_pronoun_that_denies_without_a_speaker_before_is_no_denier():
    text = "Shells hit the town of Marinka on Monday, killing two civilians. It denied nothing."
    (event,) = extract(text, published=MONDAY)
    assert not [c for c in event.claims if c.kind == "denial"]
