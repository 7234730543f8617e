"""The place after "the border with" is the other side of a border: it only says where the
place before it lies, and is no event place of its own."""

from __future__ import annotations

from khaldun import extract


def test_the_far_side_of_a_border_is_no_event_place():
    found = extract(
        "Clashes broke out between army troops and militants in the Sinai town of Sheikh "
        "Zuweid on Tuesday, near the border with the Gaza Strip, leaving three soldiers dead.",
        published="2018-03-07")
    assert [e.location.name for e in found] == ["Sheikh Zuweid"]
