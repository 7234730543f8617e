"""A mob that burns or fights is one riot, the mob's violence, not a mob and a violent
demonstration besides (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("text", [
    "An angry mob set fire to a police station in the town of Kisumu on Sunday after a man "
    "died in custody.",
    "A mob torched government offices in the town of Kisumu on Sunday.",
])
def test_a_mob_burning_is_one_event_of_mob_violence(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Mob violence"


def test_demonstrators_burning_stay_a_violent_demonstration():
    [event] = extract("Demonstrators set fire to a police station in the town of Kisumu on "
                      "Sunday.", published=date(2018, 3, 6))
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "A crowd of residents lynched a suspected kidnapper in a village near Zinder on Monday, "
    "police said.",
    "A crowd of villagers beat a suspected thief to death in Dhamar on Monday, police said.",
])
def test_a_crowd_killing_someone_is_mob_violence(text):
    # people who fell on someone are no armed group: the crowd's killing is a riot (§2)
    [event] = extract(text, published=date(2018, 1, 20))
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.inter == 5


def test_a_crowd_attacking_a_church_is_mob_violence():
    # "a crowd attacked": the crowd is the side that acted, rioters (codebook §3), not whoever
    # arrested them afterwards
    events = extract("A crowd attacked a church in the town of Minya on Friday, injuring four "
                     "Christians, and police later arrested 15 people, the diocese said.",
                     published=date(2018, 1, 22))
    assert "Mob violence" in [e.sub_event_type for e in events]
    assert "Attack" not in [e.sub_event_type for e in events]
