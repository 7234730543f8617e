"""One possessive for every owner: "X's", or "Xs'" after a final s."""

import re

from khaldun.nlp.possessive import POSSESSIVE, owns


def _gap(text: str, owner: str, owned: str) -> bool:
    return owns(text, text.index(owner) + len(owner), text.index(owned))


def test_a_place_owns_what_follows_its_possessive():
    assert _gap("Rivertown's Old Mill quarter", "Rivertown", "Old Mill")
    assert _gap("Marrows' hill-top Westend", "Marrows", "Westend")
    assert _gap("Brookfield's civil defence office said", "Brookfield", "office")


def test_no_possessive_or_too_many_words_own_nothing():
    assert not _gap("Lakeford Old Mill", "Lakeford", "Old Mill")
    assert not _gap("Lakeford' Old Mill", "Lakeford", "Old Mill")  # a bare apostrophe needs an s
    assert not _gap("Lakeford's three small quiet Mills", "Lakeford", "Mills")


def test_the_possessive_alone():
    assert re.fullmatch(rf"\w+{POSSESSIVE}", "Marrows'")
    assert re.fullmatch(rf"\w+{POSSESSIVE}", "Lakeford’s")
    assert not re.fullmatch(rf"\w+{POSSESSIVE}", "Lakeford'")
