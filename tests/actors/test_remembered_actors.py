"""find_actors remembers its last answers, and hands every caller copies of its own."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.actors import resolve
from khaldun.actors.resolve import find_actors

TEXT = "Turkish forces shelled a hilltop village on Monday."


def test_a_repeated_search_is_answered_from_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    resolve._found.clear()
    searched: list[str] = []
    search = resolve._find_actors

    def counting(d, text, *args):
        searched.append(text)
        return search(d, text, *args)

    monkeypatch.setattr(resolve, "_find_actors", counting)
    first = find_actors(TEXT, "SY", date(2018, 3, 1))
    again = find_actors(TEXT, "SY", date(2018, 3, 1))
    assert first == again and first
    assert searched.count(TEXT) == 1
    find_actors(TEXT, "IQ", date(2018, 3, 1))  # another country: another search
    assert searched.count(TEXT) == 2


def test_each_caller_gets_its_own_mentions() -> None:
    first = find_actors(TEXT, "SY", date(2018, 3, 1))
    first[0].actor.name = "changed by a caller"
    first[0].start = -1
    again = find_actors(TEXT, "SY", date(2018, 3, 1))
    assert again[0].actor.name != "changed by a caller" and again[0].start >= 0
