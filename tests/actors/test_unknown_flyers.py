"""Air strikes or aircraft the text calls unidentified are no guess at the theatre's air
force: an unnamed perpetrator is an unidentified armed group (codebook §3; texts written
for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_unidentified_air_strikes():
    text = ("Two civilians were killed by unidentified air strikes on the village of Jalawla "
            "on Sunday.")
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 3


def test_unknown_drones():
    text = "Unknown drones struck a car near Al Qaim on Sunday, killing three people."
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified")


def test_plain_air_strikes_stay_the_air_force():
    text = "Air strikes hit the town of Maarat al-Numan on Friday, killing eight civilians."
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 1
