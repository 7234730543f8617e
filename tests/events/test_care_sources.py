"""A hospital's town in a source's words locates the source, not the event (its toll stays with
the event it counts)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2016, 6, 10)


def test_hospital_officials_in_a_town_do_not_place_the_toll():
    text = (
        "SIRTE, Libya (Reuters) - Government-aligned brigades advanced into the port area of "
        "Sirte on Wednesday after heavy fighting with Islamic State, a spokesman said.\n\n"
        "Twelve brigade fighters were killed, according to medics at a field hospital in "
        "Misrata."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.town == "Sirte"
    assert event.fatalities.to_dict() == {"low": 12, "high": 12}


def test_a_hospitals_town_still_places_a_report_that_names_no_other_place():
    text = (
        "Doctors at two hospitals in Hodeidah said air strikes overnight killed nine fishermen, "
        "without saying where the strikes hit."
    )
    events = extract(text, published=PUBLISHED)
    assert [e.location.town for e in events] == ["Hodeidah"]
