"""An act told again on the next day by the side that did the first ("On Tuesday, the army
shelled the town again") is an act of that day, not a part of the act told before (codebook §1,
§5)."""

from datetime import date

from khaldun import extract

TEXT = ("Government forces shelled the town of Saraqeb in Idlib province on Monday. On Tuesday, "
        "the army shelled the town again, killing five people, activists said.")


def _days(published: date) -> list[tuple]:
    return [(e.date_start, e.date_end, e.fatalities.to_dict() if e.fatalities else None)
            for e in extract(TEXT, published=published)]


def test_told_later_the_second_day_is_an_event_with_its_own_toll():
    monday, tuesday = date(2018, 3, 5), date(2018, 3, 6)
    assert _days(date(2018, 3, 8)) == [
        (monday, monday, None), (tuesday, tuesday, {"low": 5, "high": 5})]

