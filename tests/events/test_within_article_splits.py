"""One article telling two incidents of a kind in one town: which it keeps apart (texts
written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_act_the_text_dates_on_another_day_is_another_incident():
    text = ("A car bomb killed four soldiers near a checkpoint in Benghazi on Saturday, a "
            "military spokesman said.\n\nOn Sunday, a car bomb exploded outside a hospital in "
            "Benghazi, killing three civilians, medics said.")
    found = extract(text, published=date(2018, 3, 5))
    assert sorted((str(e.date_start), e.fatalities.low) for e in found) == [
        ("2018-03-03", 4), ("2018-03-04", 3)]
