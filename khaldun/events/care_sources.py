"""A place that locates a medical source ("according to hospital officials in Misrata",
"doctors at a hospital in Kabul said"): where the dead were taken and counted, not where the
event took place, like "taken to a hospital in X" (event_words.yaml care_places)."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.actors import SourceMention
from khaldun.events.triggers import alternation
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_reporting, is_verb, words
from khaldun.places import PlaceMention

_PHRASE = ("pobj", "prep")  # the links of a chain of noun phrases
# ... and of a name within one ("the Y hospital"), a title set beside a name ("X, the director
# of ..."), up to the speaking subject
_LINKS = (*_PHRASE, "compound", "appos", "nsubj")


@lru_cache(maxsize=1)
def _care_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('care_places')})\b", re.IGNORECASE)


def locates_care_source(
    grammar: Grammar, place: PlaceMention, sources: list[SourceMention]
) -> bool:
    """On the place's chain of noun phrases up to a verb ("hospital officials in X", "medics
    at a field hospital in X", "according to medics at a hospital in X"), a hospital is named
    and a source is one of the nouns, or the chain is an "according to" phrase."""
    token = grammar.root(place.start, place.end)
    care = source = False
    while token is not None and token.dep_ in _LINKS and token.head.i != token.i:
        # ("Dr. X, the director of the Y hospital, said": the subject of a verb of saying)
        source = source or (token.dep_ == "nsubj" and is_reporting(token.head))
        token = token.head
        if token.dep_ == "prep":  # ("according" is tagged a verb)
            source = source or token.lower_ in words()["according"]
            continue
        if is_verb(token):
            break
        phrase = grammar.span.doc[token.left_edge.i : token.i + 1].text
        care = care or bool(_care_word().search(phrase))
        begin, _ = grammar.offsets(token)
        source = source or any(s.start <= begin < s.end for s in sources)
    return care and source
