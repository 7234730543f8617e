"""The possessive of a name ("Aleppo's", "Homs'"): one pattern for every owner in a text.

What may own and what may follow differ on purpose and stay with the patterns that set this
one inside them: the start of a candidate place name ("Nigeria's Kano": a capitalised word
right after, places/unknown.py), the owner of an office that speaks ("Al Shabaab's
spokesman": a name of at most four words or "the" and a noun, actors/sources.py), and a
place found before what it owns (`owns`: at most two lower-case words between).
"""

from __future__ import annotations

import re

# "'s", or a bare apostrophe after a final s ("Homs' ")
POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
# "Homs's Baba Amr", "Aleppo's rebel-held Sheikh Saeed", "Gaza's civil defence agency": the
# possessive, then at most two lower-case words before what it owns
_OWNED_GAP = re.compile(rf"{POSSESSIVE}\s+(?:[a-z][\w'’-]*\s+){{0,2}}")
# "Pakistan's North Waziristan": a place the parse found inside the owned name
_NAME_GAP = re.compile(rf"{POSSESSIVE}\s+(?:[\w'’-]+\s+){{0,2}}")


def owns(text: str, owner_end: int, owned_start: int) -> bool:
    """The words between an owner ending at owner_end and what starts at owned_start are the
    owner's possessive ("Homs's Baba Amr", "Aleppo's rebel-held Sheikh Saeed")."""
    return _OWNED_GAP.fullmatch(text, owner_end, owned_start) is not None


def owns_place(text: str, owner_end: int, owned_start: int) -> bool:
    """As `owns`, where what is owned may start after words of its own name ("Pakistan's
    North Waziristan" owning "Waziristan")."""
    return _NAME_GAP.fullmatch(text, owner_end, owned_start) is not None
