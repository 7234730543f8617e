"""An old day in a participle on the act's object ("killed three aid workers seized in 2016")
dates how they were taken, not the act: the sentence still reports the killing, and the act
the participle tells joins no group of it."""

from datetime import date

from khaldun import extract

TEXT = ("Militants in Kirkuk killed three aid workers seized in 2016, the provincial governor "
        "said on Monday.")


def test_the_killing_is_reported_on_the_day_told():
    (event,) = extract(TEXT, published=date(2018, 3, 6))
    assert event.sub_event_type == "Attack"
    assert event.date_start == date(2018, 3, 5)
    assert event.fatalities.to_dict() == {"low": 3, "high": 3}
