"""numbers.yaml: the word lists the numbers code reads are checked when loaded."""

import pytest

from khaldun.numbers import lexicon


def test_a_missing_word_list_names_the_file_and_the_list():
    with pytest.raises(ValueError, match=r"numbers\.yaml.*'no_such_list'"):
        lexicon.alternation("no_such_list")


def test_a_bad_entry_names_the_file_and_the_list(monkeypatch):
    monkeypatch.setattr(lexicon, "_load_yaml", lambda: {"broken": ["(unclosed", "ok"]})
    with pytest.raises(ValueError, match=r"numbers\.yaml: bad broken pattern"):
        lexicon.alternation.__wrapped__("broken")


def test_word_lists_keep_their_order():
    assert lexicon.alternation("weekdays").split("|")[:2] == ["monday", "tuesday"]
    assert lexicon.zero_kinds()["injuries"] == "wounded"
