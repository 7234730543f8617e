"""An act told in full whose place comes in a later sentence (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_bombing_that_wounded_people_is_placed_by_the_next_sentence():
    text = (
        "A Taliban suicide bomber rammed an explosives-laden vehicle into a NATO convoy in "
        "eastern Afghanistan on Wednesday, wounding three foreign soldiers, officials said.\n\n"
        "The attack took place on the main highway in the Bagram district of Parwan province, "
        "said Ahmad Noori, a spokesman for the provincial governor.\n\n"
        "Separately, an air strike killed eight militants in Helmand province on Tuesday, the "
        "defence ministry said."
    )
    found = extract(text, published=date(2018, 9, 14))
    assert ("Suicide bomb", "Bagram") in [(e.sub_event_type, e.location.town) for e in found]
