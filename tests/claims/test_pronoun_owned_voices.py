"""A generic speaker owned by a pronoun ("a statement from their spokesman, X, who put the
toll at 20") is the voice of the side the sentence names, not a class of officials: its toll is
that side's figure, which may contest the officials' own."""

from datetime import date

from khaldun import extract


def test_their_spokesman_speaks_for_the_group_that_owns_him():
    text = (
        "A suicide car bomber struck a police compound in Kandahar on Monday, killing at least "
        "seven officers, a provincial spokesman said.\n\nThe Taliban claimed responsibility in "
        "a statement from their spokesman, Qari Ahmad Noor, who put the death toll at 20."
    )
    (event,) = extract(text, published=date(2018, 3, 13))
    tolls = {c.source: c.value for c in event.claims if c.kind == "fatalities"}
    assert tolls.get("Taliban") == 20
    assert event.fatalities.to_dict() == {"low": 7, "high": 20}
