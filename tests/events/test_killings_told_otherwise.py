"""Killings told by words the lexicon lacked: an attack that "claimed the life of" someone,
people "fatally wounded", "a shooting" told as new, bullet-riddled bodies, and bodies whose
description runs long or is hyphenated before "were found/dumped"."""

from datetime import date

from khaldun import extract
from khaldun.events.triggers import find_triggers

PUBLISHED = date(2015, 3, 16)


def subs(text: str) -> set[str | None]:
    return {t.sub_event_type for t in find_triggers(text) if t.role != "hint"}


def test_words_of_a_killing_are_attack_triggers():
    for text in (
        "A gun attack claimed the life of his bodyguard on Friday.",
        "Two farmers were fatally wounded near the well.",
        "Four people died in a shooting at a market on Sunday.",
        "The bullet-riddled body of a teacher was found on Monday.",
        "Police found 9 bullet-riddled bodies in the ravine.",
        "The bodies of more than 30 Bani Qais tribesmen were dumped near the road.",
    ):
        assert "Attack" in subs(text), text


def test_the_shooting_told_before_is_no_new_killing():
    assert "Attack" not in subs("The shooting was condemned by the mayor.")


def test_a_shooting_at_a_named_town_is_an_attack_there():
    events = extract("Five people died in a shooting at a cafe in Bamako on Saturday, police said.",
                     published=PUBLISHED)
    assert [(e.event_type, e.sub_event_type, e.location.town) for e in events] == [
        ("Violence against civilians", "Attack", "Bamako")]
