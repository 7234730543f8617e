"""Statements in a parse: the verb of saying a phrase hangs on, the places of a statement's
circumstances, and who a pronoun speaking of its own act stands for."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from khaldun.nlp.grammar_words import is_passive, is_reporting, is_verb, words


@lru_cache(maxsize=1)
def _statement_labels() -> frozenset[str]:
    return words()["phrase_labels"] | {"npadvmod", "tmod", "advmod", "dobj", "dative"}


def names_a_unit(token: Token) -> bool:
    """The token is the preposition joining a place's name to the noun of its kind ("the
    town of X"): the phrase stands for the place."""
    return token.dep_ == "prep" and token.lower_ in words()["naming_preps"] and (
        token.head.lower_ in words()["unit_nouns"])


def statement_verb(token: Token) -> Token | None:
    """The verb of saying the phrase headed by token hangs on, through prepositions and the
    nouns of a statement's circumstances, else None."""
    labels, nouns = _statement_labels(), words()["reporting_nouns"]
    while token.dep_ in labels and token.head.i != token.i:
        head = token.head
        if is_verb(head):
            said = is_reporting(head) and not _fronted(token, head) and not _told_of(head)
            return head if said else None
        if head.tag_ != "IN" and head.lower_ not in nouns and not _where_from(head):
            return None
        token = head
    return None


def _where_from(noun: Token) -> bool:
    """ "speaking from his base in X", "told AP from his office in X": a noun after an origin
    preposition ("from") on the way up is where the speaker speaks from, and so is a place in a
    phrase hanging on it."""
    return noun.dep_ == "pobj" and noun.head.lower_ in words()["origin_preps"]


def speakers_aside(token: Token) -> Token | None:
    """The verb of saying whose subject a clause set beside it holds the phrase ("the RSF,
    which control Nyala, said": who speaks is told by the place, the act is not at it)."""
    for clause in token.ancestors:
        if clause.dep_ == "relcl" and clause.head.dep_ == "nsubj" and (
                is_reporting(clause.head.head) or _lasting(clause)):
            return clause.head.head
    return None


def _lasting(clause: Token) -> bool:
    """ "the Houthis, who control X, condemned the raid": a clause in the simple present set
    beside a subject tells what lasts (who holds a place), not an act at that place."""
    return clause.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def verb_after_aside(token: Token) -> Token | None:
    """ "the Taliban, who claimed the mosque was full, said 20 died": the verb of saying right
    after the relative clause set between commas beside the phrase, which the parse left with no
    subject of its own (it took the phrase for the clause's subject), else None."""
    doc = token.doc
    opens = token.i + 2  # ", who ...": the clause opens right after the comma after the phrase
    # (the comma first: most words are followed by none, and then no child is looked at)
    if opens >= len(doc) or doc[token.i + 1].text != "," or not any(
            c.dep_ == "relcl" and c.left_edge.i == opens for c in token.children):
        return None
    for t in doc[opens : token.sent.end - 1]:
        if t.text == ",":
            verb = doc[t.i + 1]
            subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            return verb if is_reporting(verb) and not any(subjects) else None
    return None


def unparsed_speaker(token: Token) -> bool:
    """ "The strikes hit A, a local elder in B told Reuters": an appositive set off by a comma
    and followed right away by a verb of saying that has no subject of its own is that verb's
    subject, which the parse hung on the place before it."""
    return unparsed_speakers_verb(token) is not None


def unparsed_speakers_verb(token: Token) -> Token | None:
    """The verb of saying an unparsed speaker (`unparsed_speaker`) is the subject of, else
    None."""
    if token.dep_ != "appos":
        return None
    first, after = token.left_edge, token.right_edge.i + 1
    doc = token.doc
    if first.i == 0 or doc[first.i - 1].text != "," or after >= len(doc):
        return None
    # ("..., the governor of X, Ali Musa, told Reuters": the comma closing the name set
    # beside the title)
    if doc[after].text == "," and after + 1 < len(doc) and any(
            c.dep_ == "appos" for t in token.subtree for c in t.children):
        after += 1
    verb = doc[after]
    said = is_verb(verb) and is_reporting(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb if said else None


def statement_noun(token: Token) -> Token | None:
    """The noun of a statement a phrase hangs on, through prepositions, nouns and participles
    ("in a statement issued from the palace in Kabul": statement), else None."""
    labels, nouns = _statement_labels() | {"acl"}, words()["statement_nouns"]
    while token.dep_ in labels and token.head.i != token.i:
        token = token.head
        if token.lower_ in nouns:
            return token
        if is_verb(token) and token.dep_ != "acl":
            return None
    return None


def _told_of(verb: Token) -> bool:
    """ "Fighting was reported in X": a passive verb of saying whose subject is what was told;
    its places and days are that act's."""
    return is_passive(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)


def misparsed_subject(token: Token) -> bool:
    """ "Coalition strikes killed 14 people, residents said": the parse may give "said" two
    subjects; only the one nearest before the verb speaks, the other heads the report."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return len(subjects) > 1 and token.i != max(c.i for c in subjects)


def says_it_did(verb: Token, acts: set[int]) -> bool:
    """ "the rebels said they seized the town": what is said has a pronoun for subject and an
    act for verb, so the speaker reports its own act and is a side too."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(t.i in acts for t in clause.subtree):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if any(_stands_for_speaker(s) for s in subjects):
            return True
    return False


def _stands_for_speaker(subject: Token) -> bool:
    """ "they", "it", or a noun the speaker owns ("its forces", "our fighters")."""
    own = words()["self_pronouns"]
    return subject.lower_ in own or any(
        c.dep_ == "poss" and c.lower_ in words()["self_possessives"] for c in subject.children
    )


def _fronted(phrase: Token, verb: Token) -> bool:
    """The verb of saying closes the sentence and the phrase stands before it and its speaker,
    in what was said ("In Nangarhar province, a strike killed five, the governor said", "...
    killed four near Tikrit on Tuesday, a security source said"): the phrase sets the scene
    of the report, not of the statement."""
    opens = phrase.left_edge.i == phrase.sent.start
    before_speaker = any(
        c.dep_ in ("nsubj", "nsubjpass") and phrase.right_edge.i < c.left_edge.i
        for c in verb.children
    )
    said_after = any(
        c.i > verb.i and c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children
    )
    return (opens or before_speaker) and not said_after and verb.i > phrase.right_edge.i


def statement_phrases(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """Character spans (in the article) of the proper names in a statement's circumstances:
    "said in Geneva", "told reporters in Baghdad" name where it was said, not where the event
    happened."""
    spans = []
    for token in tokens:
        if token.dep_ == "pobj" and token.tag_.startswith("NNP") and statement_verb(token):
            phrase = list(token.subtree)
            spans.append((phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
    return spans


def speaker_meant(token: Token) -> Token | None:
    """The speaker a pronoun subject of what is said stands for ("the army said it destroyed
    the vehicles": the army), or None."""
    verb = token.head
    if token.dep_ != "nsubj" or token.lower_ not in words()["self_pronouns"]:
        return None
    if verb.dep_ != "ccomp" or not is_reporting(verb.head):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
