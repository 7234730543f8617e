"""A killing by the gunfire used on crowds, told with no one who fired, in an article just
telling of a protest, is the force used on that protest, not an attack on civilians beside it
(codebook §2; texts written for these tests)."""

from datetime import date

from khaldun import extract

ARTICLE = (
    "Tens of thousands of Iraqis took to the streets of Baghdad and southern cities on Friday "
    "to demand jobs and better services.\n\n"
    "In Nasiriyah, two people were killed by live fire near the provincial council building, "
    "a medical source said.")


def test_people_killed_by_live_fire_after_a_protest_is_force_on_it():
    events = extract(ARTICLE, published=date(2018, 1, 22))
    subs = [e.sub_event_type for e in events]
    assert "Attack" not in subs
    [force] = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force.fatalities is not None and force.fatalities.low == 2


def test_people_killed_in_a_dispute_after_a_protest_stay_an_attack():
    events = extract(
        "Tens of thousands of Iraqis took to the streets of Baghdad on Friday to demand jobs."
        "\n\nIn Nasiriyah, two people were killed in a family dispute, police said.",
        published=date(2018, 1, 22))
    assert "Attack" in [e.sub_event_type for e in events]
