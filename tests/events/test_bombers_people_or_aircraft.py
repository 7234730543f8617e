"""A bomber is an aircraft only when the text says so ("strategic bombers", "regime bombers",
"bombers dropped"); bare "bombers" who killed are people with bombs, an explosion by an
unnamed group, not an air strike by the state (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 6)


def events(text: str):
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None)
            for e in extract(text, published=DAY)]


def test_bare_bombers_are_people_with_bombs():
    got = events("Bombers killed 20 people at a mosque in Maiduguri on Friday, officials said.")
    assert got == [("Remote explosive/landmine/IED", "Unidentified Armed Group (Nigeria)")]


def test_bombers_said_to_be_aircraft_strike_from_the_air():
    got = events("Regime bombers pounded the town of Kafr Nabl in Idlib province on Monday, "
                 "killing seven civilians.")
    assert got == [("Air/drone strike", "Military Forces of Syria")]
    got = events("Russian bombers struck the town of Kafr Nabl in Idlib province on Monday, "
                 "killing seven civilians.")
    assert got == [("Air/drone strike", "Military Forces of Russia")]
