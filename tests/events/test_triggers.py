import pytest

from khaldun.events.triggers import compile_lexicon, find_triggers


def subs(text):
    return [(t.surface.lower(), t.sub_event_type, t.role) for t in find_triggers(text)]


def test_instruments_fix_sub_types():
    found = subs("Heavy artillery and warplanes pounded the towns.")
    assert ("artillery", "Shelling/artillery/missile attack", "instrument") in found
    assert ("warplanes", "Air/drone strike", "instrument") in found
    assert ("pounded", None, "generic") in found


def test_longest_match_wins():
    found = subs("A suicide car bomb went off.")
    assert found[0] == ("suicide car bomb", "Suicide bomb", "instrument")


def test_word_boundaries():
    assert subs("The shellfish market and the armyworm outbreak") == []


def test_acts_and_kills():
    found = subs("Clashes broke out and troops arrested 30; gunmen killed two.")
    assert ("clashes", "Armed clash", "act") in found
    assert ("arrested", "Arrests", "act") in found
    assert ("killed", "Attack", "kill") in found


def test_lexicon_errors_name_the_problem():
    with pytest.raises(ValueError, match="unknown role"):
        compile_lexicon([{"sub": "Armed clash", "role": "verb", "patterns": ["clash"]}])
    # a YAML pattern with ": " left unquoted loads as a mapping
    with pytest.raises(ValueError, match="not a string"):
        compile_lexicon([{"sub": "Armed clash", "role": "act", "patterns": [{"a(?": "b)"}]}])
