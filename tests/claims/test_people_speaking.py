"""People the parse finds speaking, set off by a phrase the attribution's word window does not
span ("Residents fleeing to X city said ..."), are the source their words make, not the
outlet's own voice."""

from datetime import date

from khaldun import extract


def test_residents_described_at_length_are_the_source_of_what_they_said():
    text = (
        "Government warplanes bombed the town of Saraqeb on Tuesday, killing nine people, a "
        "monitoring group said.\n\nResidents fleeing to Idlib city said the bombing had "
        "destroyed a market and a school."
    )
    (event,) = extract(text, published=date(2018, 3, 7))
    second = [c for c in event.claims if c.quote.startswith("Residents")]
    assert [c.source for c in second] == ["residents"]
