"""A sentence telling an act "a day after" another: the count told in the clause after "after"
is the earlier act's toll (or no event's), never the main act's, and the main act's own count
is not the earlier one's (codebook §8.1, §8.6)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 6)  # a Tuesday


def _tolls(text: str) -> dict:
    return {e.sub_event_type: e.fatalities.to_dict() if e.fatalities else None
            for e in extract(text, published=PUBLISHED)}


def test_the_earlier_acts_dead_are_not_the_main_acts_toll():
    text = (
        "Rebels shelled Saraqib on Tuesday, killing three civilians, a day after clashes in "
        "the town left 14 dead."
    )
    tolls = _tolls(text)
    assert tolls["Shelling/artillery/missile attack"] == {"low": 3, "high": 3}
    assert tolls.get("Armed clash") in (None, {"low": 14, "high": 14})


def test_dead_found_after_an_abduction_are_the_abductions_toll():
    text = (
        "The bodies of four engineers were found in a valley near Saraqib on Monday, weeks after "
        "they were abducted by gunmen."
    )
    assert list(_tolls(text).values()) == [{"low": 4, "high": 4}]
