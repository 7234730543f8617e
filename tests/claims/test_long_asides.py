"""A long aside between a stand-in and its verb ("the officials, who spoke on condition of
anonymity because they were not authorised to brief reporters, said") still names the speaker
told of before, not a class of its own."""

from datetime import date

from khaldun import extract


def test_the_officials_after_a_long_aside_are_those_named_before():
    text = (
        "Clashes between separatist fighters and government forces in Aden killed six people "
        "on Wednesday, security officials said.\n\nThe officials, who spoke on condition of "
        "anonymity because they were not authorised to brief reporters, said the fighting "
        "began in the Khor Maksar district."
    )
    (event,) = extract(text, published=date(2018, 3, 5))
    second = [c.source for c in event.claims if c.quote.startswith("The officials")]
    assert second == ["security officials"]
