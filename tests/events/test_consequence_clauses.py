"""What an act made others do ("rockets hit the airport, forcing the authorities to divert
flights to X") is no act of its own and not where the act was (texts written for these
tests)."""

from datetime import date

from khaldun import extract


def test_where_planes_were_diverted_is_no_place_of_the_shelling():
    text = ("Rockets struck the airport in Tripoli on Monday, forcing the authorities to divert "
            "planes to Misrata, an airport official said.")
    events = extract(text, published=date(2019, 4, 9))
    assert [(e.sub_event_type, e.location.town) for e in events] == [
        ("Shelling/artillery/missile attack", "Tripoli")]


def test_the_consequence_clause_of_a_main_verb_tells_the_act():
    text = ("Militants attacked a police post in Mandera on Sunday, forcing officers to flee, "
            "police said.")
    events = extract(text, published=date(2019, 4, 9))
    assert [e.location.town for e in events] == ["Mandera"]


def test_where_residents_sought_shelter_is_no_place_of_the_strike():
    text = ("Rebels shelled a market in Kadugli on Saturday, killing four people, medics said.\n"
            "Government aircraft responded with strikes on rebel positions east of the town, "
            "prompting residents to seek shelter in Dilling.")
    events = extract(text, published=date(2019, 4, 9))
    assert "Dilling" not in [e.location.town for e in events]
