"""Spellings of armed groups local reports use: one word, a doubled vowel, a misspelt
vowel (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _actor1(text: str, published: date) -> list[tuple[str, int]]:
    return [(e.actor1.name, e.actor1.inter) for e in extract(text, published=published)
            if e.actor1 is not None]


def test_al_shabaab_written_as_one_word_or_with_a_doubled_vowel():
    for text in (
        "The district commissioner was killed in Baidoa on Monday after gunmen suspected to be "
        "Alshabaab members fired on his car.",
        "A car bomb killed six people at a hotel in Kismayo on Friday. Al-Shaabab claimed "
        "responsibility.",
    ):
        assert _actor1(text, date(2015, 7, 10)) == [("Al Shabaab", 2)], text


def test_boko_haram_misspelt_is_boko_haram():
    text = "Gunmen suspected to be Boko Harem killed nine traders in Damboa on Thursday."
    assert [i for _, i in _actor1(text, date(2013, 11, 28))] == [2]
