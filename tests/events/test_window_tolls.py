"""The dead counted over a window up to the telling, or over a longer period than an event told
before, are no total of that event (codebook §8.1)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def _tolls(text: str) -> list:
    return [(e.location.name, e.fatalities and e.fatalities.to_dict())
            for e in extract(text, published=PUBLISHED)]


def test_a_window_toll_told_after_a_strike_is_not_its_total():
    text = (
        "Government forces shelled the town of Kafr Zita on Sunday. Over the past 48 hours, "
        "some 15 residents have been killed and dozens wounded, a civil defence official said."
    )
    assert _tolls(text) == [("Kafr Zita", None)]


def test_a_longer_period_toll_leaves_the_strike_its_own():
    text = (
        "Warplanes struck the village of Hish on Monday, killing six civilians. Over the past "
        "three days, 27 civilians were killed in the raids on the area, the monitor said."
    )
    assert _tolls(text) == [("Hish", {"low": 6, "high": 6})]


def test_a_window_toll_that_tells_the_event_is_its_toll():
    text = (
        "Shelling on the town of Kafr Zita has killed 15 residents over the past three days, a "
        "civil defence official said."
    )
    assert _tolls(text) == [("Kafr Zita", {"low": 15, "high": 15})]
