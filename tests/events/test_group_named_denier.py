""""The group denied" after the sentence names an armed group is that group's denial, not
the source that spoke before (texts written for these tests)."""

from datetime import date

from khaldun import extract

_ACT = ("A car bomb exploded near a checkpoint in the city of Azaz on Monday, killing five "
        "soldiers, a war monitor reported.\n\n{}")


def _deniers(text):
    [event] = extract(text, published=date(2019, 4, 3))
    return [c.source for c in event.claims if c.kind == "denial"]


def test_the_group_named_in_the_sentence_denies():
    text = _ACT.format("Rebels blamed Islamic State for the bombing, but the group denied any "
                       "role.")
    assert _deniers(text) == ["Islamic State"]


def test_the_group_with_no_group_named_is_the_source_before():
    text = _ACT.format("The group denied reports that the bomb had been aimed at civilians.")
    assert "Islamic State" not in _deniers(text)
