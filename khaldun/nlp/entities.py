"""spaCy named entities, for place names that neither the gazetteer nor a place slot finds.

Only the NER component of the pinned en_core_web_sm pipeline runs (it has its own token
vectors), and only on the few sentences that report an event but name no place.
"""

from __future__ import annotations

from khaldun.nlp.parse import pipeline

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the place-like entities spaCy finds in text."""
    nlp = pipeline()
    doc = nlp.get_pipe("ner")(nlp.make_doc(text))
    return [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in PLACE_LABELS]
