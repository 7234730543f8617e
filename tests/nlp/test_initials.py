import re

import pytest

from khaldun.nlp.initials import WordPatterns, first_chars, word_pattern

LEXICON = [
    ["car[- ]bomb(?:s|ing)?", "bomb(?:s|ed)?", "(?:a|the) mine"],
    ["shell(?:ed|ing)", "air ?strikes?", r"i\.?e\.?d\.?s?"],
    [r"\d+ killed", "killed", "kill(?:ed)? (?:two|three)"],
    ["(?:hand[- ])?grenades?", "(b)last"],  # a capturing group: matched whole
    ["x?", "raid"],  # an alternative that may match nothing
    ["ḥama", "Élysée", "strike"],
]
TEXTS = [
    "Shelling and airstrikes hit the town; a car-bomb killed 12 and 3 killed later.",
    "A CAR BOMB, then the mine. Bombs, bombed, IEDs and I.E.D. Kill two, killed three.",
    "Hand-grenades and grenades; a blast, raids and a raid near Ḥama and the Élysée.",
    "pre-shelling, re-bombed, xraid, ſtrike, İED, Kelvin-sign \u212aill two — strike’s end",
    "",
    "killed",
]


@pytest.mark.parametrize("text", TEXTS + [t.upper() for t in TEXTS])
def test_the_same_matches_as_each_whole_pattern(text):
    patterns = WordPatterns(LEXICON)
    got = [[m.span() for m in ms] for ms in patterns.matches(text)]
    assert got == [[m.span() for m in word_pattern(alts).finditer(text)] for alts in LEXICON]


def test_first_characters_of_a_pattern():
    assert first_chars("(?:hand[- ])?grenades?") == {"g", "h"}
    assert first_chars("(?:a|the) mine") == {"a", "t"}
    assert first_chars("Car") == {"c"}
    assert first_chars(r"\d+ killed") is None  # a category: any character may begin it
    assert first_chars("ḥama") is None  # case folding outside ASCII is not read
    assert first_chars("x?") is None  # may match nothing


def test_a_start_guard_keeps_every_match_of_its_pattern():
    from khaldun.nlp.initials import compile_guarded, start_guard

    pattern = r"\b(?:\d+|two|three)\s+(?:raids|strikes)\b|(?<![\w-])Zorvan\b"
    assert start_guard(pattern)  # digits, t, z (either case) and what lies outside ASCII
    texts = ["Two raids and 12 strikes hit Zorvan; THREE STRIKES followed.",
             "٣ raids near zorvan", "no raid at all", "ſtrikes, two  Strikes"]
    for flags in (0, re.IGNORECASE):
        guarded, plain = compile_guarded(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] == [
                m.span() for m in plain.finditer(text)]
            # (a search in a window, as the cues before a name are looked for)
            assert [m.span() for m in guarded.finditer(text, 5, 30)] == [
                m.span() for m in plain.finditer(text, 5, 30)]


def test_no_start_guard_where_a_match_may_begin_anywhere():
    from khaldun.nlp.initials import start_guard

    assert start_guard(r"\w+ raid") == ""  # a category other than \d
    assert start_guard(r"(?:two)?\s*raids") == ""  # \s
    assert start_guard(r"a?b*") == ""  # may match nothing
