"""Actors named by what they were or whose they are (codebook §3), on short texts
written for these tests."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.actors import find_actors

PUBLISHED = date(2018, 3, 5)


@pytest.mark.parametrize(
    "phrase", ["a retired army general", "a former police officer", "a former soldier"]
)
def test_a_post_once_held_names_a_civilian(phrase):
    (mention,) = find_actors(phrase, "IQ")
    assert mention.actor.inter == 7


def test_a_force_still_serving_is_the_state():
    (mention,) = find_actors("a police officer", "IQ")
    assert mention.actor.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "A former army officer was shot dead by unknown gunmen in Daraa on Monday.",
        "Gunmen killed three former soldiers in Hama on Monday.",
    ],
)
def test_killing_one_who_once_served_is_an_attack_on_a_civilian(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_bomb_on_a_retired_generals_car_hits_a_civilian():
    (event,) = extract(
        "A sticky bomb attached to the car of a retired army general exploded in Baghdad on "
        "Thursday, killing him.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None and event.actor2.inter == 7


def test_its_gunmen_are_the_group_named_before():
    mentions = find_actors("Al Shabaab said its gunmen raided the town.", "SO")
    assert [m.actor.name for m in mentions] == ["Al Shabaab", "Al Shabaab"]


def test_the_speakers_own_gunmen_acted():
    (event,) = extract(
        "The Houthi movement said its gunmen shot dead two tribesmen in Marib on Wednesday.",
        published=PUBLISHED,
    )
    assert event.actor1 is not None and event.actor1.inter == 1
