"""Acts told as a state of things after the story's events ("attacks continue", "the army has
carried out air strikes in the region") make no event and add no claim (texts written for
these tests)."""

from datetime import date

from khaldun import extract

LEAD = ("KANO, Nigeria (Reuters) - Gunmen killed 12 farmers in Kadawa village in Kano state "
        "on Sunday, police said.\n\n")


def test_a_present_perfect_of_plural_acts_with_no_day_or_place_is_no_event():
    text = LEAD + ("The air force has conducted strikes against gang camps in the area, but "
                   "villagers say troops are slow to respond to raids.")
    (event,) = extract(text, published=date(2024, 3, 5))
    assert event.sub_event_type == "Attack"
    assert {c.source for c in event.claims} == {"police"}


def test_acts_said_to_go_on_add_no_claim_to_the_event():
    text = LEAD + "The governor has vowed to restore order, but killings continue."
    (event,) = extract(text, published=date(2024, 3, 5))
    assert event.status == "single"
