"""The shared readers of word lists in khaldun/data name the file and list they fail on."""

import pytest

from khaldun.data import alternation, read_mapping, word_list, word_mapping


def test_alternation_keeps_order_and_checks_entries():
    assert alternation("x.yaml", "words", ["b", "a b"]) == "b|a b"
    with pytest.raises(ValueError, match="x.yaml: no 'words' patterns"):
        alternation("x.yaml", "words", None)
    with pytest.raises(ValueError, match="x.yaml: bad words pattern"):
        alternation("x.yaml", "words", ["(unclosed"])


def test_word_list_wants_words():
    assert word_list("x.yaml", "words", ["The", "On"]) == ("The", "On")
    with pytest.raises(ValueError, match="x.yaml: no 'words' words"):
        word_list("x.yaml", "words", [])
    with pytest.raises(ValueError, match="x.yaml: 'words' must be a list of words"):
        word_list("x.yaml", "words", ["The", True])


def test_word_mapping_wants_words_to_values_of_its_kind():
    offsets = {"last": -1, "this": 0}
    assert word_mapping("x.yaml", "offsets", offsets, int) == offsets
    with pytest.raises(ValueError, match="x.yaml: no 'offsets' mapping"):
        word_mapping("x.yaml", "offsets", ["last"], int)
    with pytest.raises(ValueError, match="x.yaml: bad offsets entry 'next': 'one'"):
        word_mapping("x.yaml", "offsets", {"last": -1, "next": "one"}, int)
    with pytest.raises(ValueError, match="x.yaml: bad names entry 'on': True"):
        word_mapping("x.yaml", "names", {"near": "near", "on": True}, str)


def test_data_files_are_mappings():
    assert "superlatives" in read_mapping("dates.yaml")
    assert "title_nouns" in read_mapping("sources.yaml")
