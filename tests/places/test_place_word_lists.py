"""The place word lists of khaldun/data/places load as written and name a bad entry."""

from __future__ import annotations

import pytest

from khaldun.places import lexicon
from khaldun.places.context import NEIGHBOURHOOD_NOUNS, qualifier_name


def test_lists_load_as_written():
    assert {"the", "monday", "u.s.", "friday's"} <= lexicon.not_places()
    assert "quarter" in NEIGHBOURHOOD_NOUNS
    assert qualifier_name("on the edge of") == "outskirts"
    assert qualifier_name("somewhere near") == "near"  # an unlisted word: "near"
    assert lexicon.country_vote_cues().possessive_fillers == ("recent",)


def test_a_phrase_in_the_one_word_list_is_named(monkeypatch):
    monkeypatch.setattr(lexicon, "_read", lambda name: "# words\nthe\nold town\n")
    lexicon.not_places.cache_clear()
    try:
        with pytest.raises(ValueError, match="not_places.txt: 'old town' is not one word"):
            lexicon.not_places()
    finally:
        lexicon.not_places.cache_clear()
