"""parse_number and find_numbers on digits and words."""

import pytest
from text_to_num import text2num

from khaldun.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("55", 55), ("1,200", 1200), ("fifty five", 55), ("fifty-five", 55), ("twenty-four", 24),
    ("a dozen", 12), ("half a dozen", 6), ("two", 2), ("a hundred", 100), ("Twelve", 12),
    ("three hundred and twelve", 312), ("two thousand five hundred", 2500), ("2 million", 2000000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "hundreds", "five six", "twelve three", "", "7.62",
                                  "several", "third"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_agrees_with_text2num_up_to_999():
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for n in range(1, 1000):
        hundreds, rest = divmod(n, 100)
        if rest < 20:
            low = (units + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                            "sixteen", "seventeen", "eighteen", "nineteen"])[rest]
        else:
            low = "-".join(w for w in (tens[rest // 10], units[rest % 10]) if w)
        words = " ".join(w for w in (f"{units[hundreds]} hundred" if hundreds else "", low) if w)
        assert parse_number(words) == text2num(words, "en") == n, words


def test_find_numbers_spans_and_vague():
    text = "Fifty-five people and dozens more; 1,200 fled, a dozen stayed."
    found = [(text[n.start:n.end], n.value, n.vague) for n in find_numbers(text)]
    assert found == [("Fifty-five", 55, False), ("dozens", 12, True), ("1,200", 1200, False),
                     ("a dozen", 12, False)]


def test_find_numbers_skips_labels_and_parts_of_words():
    assert find_numbers("Su-24 jets and BM-21 launchers; someone often") == []
    assert [n.value for n in find_numbers("killed five six people")] == [5, 6]


def test_a_bare_and_is_no_number():
    assert parse_number("and") is None
