"""A source that could not confirm the toll told before gives no figure of its own (texts
written for these tests)."""

from datetime import date

from khaldun import extract

_ACT = ("On Wednesday, rebels shelled the town of Mhardeh, killing three civilians, state news "
        "agency SANA said.\n\n{}")


def _figures(text):
    [event] = extract(text, published=date(2019, 4, 3))
    return {c.source: c.value for c in event.claims if c.kind == "fatalities"}


def test_a_toll_not_confirmed_is_no_figure_of_the_source():
    found = _figures(_ACT.format("The Observatory said it could not confirm the toll."))
    assert "Syrian Observatory for Human Rights" not in found


def test_a_toll_confirmed_is_the_sources_figure():
    found = _figures(_ACT.format("The Observatory confirmed the toll."))
    assert found.get("Syrian Observatory for Human Rights") == 3
