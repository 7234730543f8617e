"""A class of people named right after a verb of saying and followed by a verb of its own is
the subject of the words reported, not a second speaker (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_dead_a_source_counts_after_said_are_no_source_of_their_own():
    text = (
        "Rebels attacked army positions near the village of Kafr Dumma on Monday. "
        "The monitoring group said 20 fighters on both sides were killed."
    )
    found = extract(text, published=date(2018, 3, 5))
    fatal = {(c.source, c.value) for e in found for c in e.claims if c.kind == "fatalities"}
    assert fatal == {("Syrian Observatory for Human Rights", 20)}, fatal
