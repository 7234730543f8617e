"""A name inside the words that describe the side acted on tells whose that side is; it did
not act (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_state_militias_are_loyal_to_does_not_fire_the_next_rockets():
    text = (
        "Clashes between rival armed groups in southern Tripoli entered their third day on "
        "Tuesday, residents said.\n\n"
        "A brigade from the town of Tarhuna is fighting militias loyal to the Government of "
        "National Accord. Rockets hit a camp for displaced people in the Fallah area on Monday "
        "night, killing two children, a local official said."
    )
    found = extract(text, published=date(2018, 8, 28))
    shelling = [e for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling
    assert all(e.actor1.name == "Unidentified Armed Group (Libya)" for e in shelling)
