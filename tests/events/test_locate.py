"""Locating events: the article's town context."""

from khaldun.events.locate import gazetteer_town
from khaldun.records import Location


def test_the_town_context_is_the_gazetteer_town_at_the_events_point():
    # "Rami" as written; a name search alone ranks a namesake in another province first
    written = Location(name="Rami", town="Rami", country="SY", lat=35.76306, lon=36.56028)
    assert gazetteer_town(written) == "Ar Rami"
    unplaced = Location(name="Rami", town="Rami", country="SY")
    assert gazetteer_town(unplaced) == "Rami"
