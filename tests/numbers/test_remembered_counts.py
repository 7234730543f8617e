"""find_counts remembers the counts of its last texts, and hands every caller copies."""

from __future__ import annotations

import pytest

from khaldun.numbers import find
from khaldun.numbers.find import find_counts

TEXT = "Gunmen killed four farmers and wounded two herders near the well."


def test_a_text_read_again_is_answered_from_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    find._found.clear()
    read: list[str] = []
    count = find._find_counts

    def counting(text: str):
        read.append(text)
        return count(text)

    monkeypatch.setattr(find, "_find_counts", counting)
    first = find_counts(TEXT)
    assert find_counts(TEXT) == first and [c.value for c in first] == [4, 2]
    assert read == [TEXT]


def test_each_caller_gets_its_own_counts() -> None:
    first = find_counts(TEXT)
    first[0].subset = True
    first[0].value = 99
    again = find_counts(TEXT)
    assert again[0].value == 4 and not again[0].subset
