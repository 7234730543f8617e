"""Where a speaker spoke from ("told Reuters by phone from X", "speaking from X, the governor
said") is no place of the act the speaker tells of, even where the sentence names no other
(texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)
_LEAD = (
    "Gunmen killed nine villagers in an attack on Tudun Wada village in Zamfara state on "
    "Sunday, police said.\n\n"
)


@pytest.mark.parametrize("then", [
    "Nine people were killed, a local official told Reuters by phone from Gusau.",
    "Speaking from Gusau, the state police commissioner said 14 people had been killed.",
])
def test_the_place_spoken_from_is_no_new_event(then):
    events = extract(_LEAD + then, published=PUBLISHED)
    assert [e.location.name for e in events] == ["Tudun Wada"]


def test_the_town_a_speaker_spoke_from_is_no_place_of_the_act_told():
    text = (
        "Gunmen attacked a police post in the town of Jowhar on Monday. The attackers first"
        " threw grenades at the post before storming it, a police officer told Reuters by"
        " phone from the nearby town of Balcad."
    )
    events = extract(text, published=date(2019, 5, 7))
    assert events and "Balcad" not in [e.location.name for e in events]


@pytest.mark.parametrize("speaker", [
    "an official in Kirkuk told reporters",
    "a police officer in Baghdad said",
])
def test_a_toll_is_not_tied_to_the_town_the_speaker_is_in(speaker):
    text = (
        "Gunmen ambushed an army patrol near the town of Tuz Khurmatu on Thursday, killing"
        f" three soldiers, {speaker}."
    )
    events = extract(text, published=date(2019, 5, 10))
    assert [(e.location.name, e.fatalities.low if e.fatalities else None) for e in events] == [
        ("Tuz Khurmatu", 3)]


@pytest.mark.parametrize("then", [
    "Officials in Abuja said the toll was 14.",
    "The state government in Gusau put the toll at 14.",
])
def test_a_toll_from_speakers_seated_elsewhere_is_the_last_events(then):
    (event,) = extract(_LEAD + then, published=PUBLISHED)
    assert (event.fatalities.low, event.fatalities.high) == (9, 14)
