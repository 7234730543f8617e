"""The words before a trigger, found over the characters just before it."""

import re

from khaldun.events.assemble import PREFIX_REACH, last_words

WHOLE_SEARCH = re.compile(r"(?:[^\s]+\s+){0,3}\Z")


def test_three_words_before_the_end():
    text = "Early on Monday the second car bomb went off"
    assert last_words(text, text.index("bomb")) == "the second car "


def test_fewer_words_at_the_start_of_the_text():
    assert last_words("A strike hit", 2) == "A "
    assert last_words("strike", 0) == ""


def test_a_word_longer_than_the_reach_is_read_whole():
    text = "x" * (PREFIX_REACH + 40) + " fell"
    assert last_words(text, len(text) - 4) == WHOLE_SEARCH.search(text, 0, len(text) - 4)[0]


def test_words_beyond_the_reach_count_as_from_the_start():
    text = "one two " + " " * PREFIX_REACH + "three killed"
    end = text.index("killed")
    assert last_words(text, end) == WHOLE_SEARCH.search(text, 0, end)[0] == text[:end]
