"""Ground taken told with a possessive or a degree between the verb and "control" ("imposed
their full control over", "took back complete control of"), or by driving fighters out of a
place ("expelled the militants from the village"), is a change of territory; diplomats
expelled from a country are no event."""

from datetime import date

from khaldun import extract
from khaldun.events.triggers import find_triggers

PUBLISHED = date(2018, 2, 7)


def subs(text: str) -> set[str | None]:
    return {t.sub_event_type for t in find_triggers(text) if t.role != "hint"}


def test_a_possessive_or_degree_before_control_still_tells_control_won():
    assert "Government regains territory" in subs(
        "Rebel fighters imposed their full control over the village of Dumra on Tuesday.")
    assert "Government regains territory" in subs(
        "Troops took back complete control of the town of Zalfa on Sunday.")
    assert "Government regains territory" in subs(
        "The militia has seized effective control of the pass.")


def test_fighters_expelled_from_a_village_lose_it_to_those_who_expelled_them():
    events = extract(
        "An alliance of rebel factions expelled Islamic State militants from the village of "
        "Tell Marun on Monday.",
        published=PUBLISHED,
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Battles", "Non-state actor overtakes territory")]


def test_diplomats_expelled_from_a_country_are_no_event():
    assert extract("Moscow expelled three diplomats from the country on Monday, the foreign "
                   "ministry said.", published=PUBLISHED) == []
