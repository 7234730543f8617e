"""Village names opened by an English word that Arabic writes as the name's last word.

Reports in English translate the Arabic qualifier of a village and put it first: "Western X" is
the gazetteer's "X al-Gharbiyah", "Big X" its "X al-Kabir", "Upper X" its "X Fawqani". The
words and their Arabic forms are in khaldun/data/places/name_qualifiers.csv.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from khaldun.places.lexicon import _read


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, tuple[str, ...]]:
    lines = [ln for ln in _read("name_qualifiers.csv").splitlines() if not ln.startswith("#")]
    return {row["english"].strip(): tuple(f.strip() for f in row["arabic"].split("|"))
            for row in csv.DictReader(io.StringIO("\n".join(lines)))}


def arabic_forms(name: str) -> list[str]:
    """The Arabic spellings of a name opened by an English qualifier ("Western Tiba" ->
    "Tiba al Gharbi", "Tiba al Gharbiyah"), none when it opens with no such word."""
    words = name.split(maxsplit=1)
    forms = _qualifiers().get(words[0].lower()) if len(words) == 2 else None
    return [f"{words[1]} al {form}" for form in forms or ()]
