"""Dependency relations of one parsed sentence, by character offsets into its text.

Mentions (triggers, places, actors, dates, counts) are found by the stage modules as
character spans of the sentence; this maps them to the spaCy tokens of the article's parse
and answers what attaches to what: a mention's governing trigger, a verb's agent and patient,
whether a date or a place belongs to a statement rather than to the event, whether an actor is
a speaker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Span, Token

_LISTS = (
    "reporting_verbs",
    "reporting_nouns",
    "according",
    "tally_words",
    "instrument_preps",
    "cause_markers",
    "self_pronouns",
    "self_possessives",
    "own_act_verbs",
    "phrase_labels",
    "clause_labels",
    "target_preps",
    "fired_things",
    "attendant_markers",
    "reaction_verbs",
    "conveyance_verbs",
    "conveyance_preps",
    "support_verbs",
    "period_openers",
    "undergoing_verbs",
    "undergoing_preps",
    "undergoing_sources",
    "undergone_acts",
    "relative_pronouns",
    "holding_verbs",
    "membership_preps",
)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word and label lists of khaldun/data/grammar.yaml, checked."""
    text = resources.files("khaldun.data").joinpath("grammar.yaml").read_text("utf-8")
    return checked_words(yaml.load(text, Loader=yaml.CSafeLoader))


def checked_words(data: object) -> dict[str, frozenset[str]]:
    """Each list of grammar.yaml as a lower-cased set; a missing or malformed list is an error
    naming it."""
    out = {}
    for key in _LISTS:
        values = data.get(key) if isinstance(data, dict) else None
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"khaldun/data/grammar.yaml: {key!r} must be a list of words")
        out[key] = frozenset(v.lower() for v in values)
    return out


def is_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def is_reporting(token: Token) -> bool:
    """A verb of saying ("said", "told")."""
    return is_verb(token) and token.lower_ in words()["reporting_verbs"]


def is_reaction(token: Token) -> bool:
    """A verb of reacting to an event ("condemned", "mourned")."""
    return is_verb(token) and token.lower_ in words()["reaction_verbs"]


def is_passive(verb: Token) -> bool:
    """ "were killed", "civilians killed by ..."; not "targeted a patrol by an IED"."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not _active_participle(verb)
    )


def _active_participle(verb: Token) -> bool:
    """ "strikes killed 14 civilians, residents said": a participle with an object of its own
    is the report's main verb the parse hung on its subject, not "civilians killed by ..."."""
    return verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children)


@dataclass(frozen=True)
class Roles:
    """The agent and patient tokens of one trigger, and the relation each came from."""

    agents: tuple[Token, ...] = ()
    patients: tuple[Token, ...] = ()
    how: str = ""


@lru_cache(maxsize=1)
def _statement_labels() -> frozenset[str]:
    return words()["phrase_labels"] | {"npadvmod", "tmod", "dobj", "dative"}


def statement_verb(token: Token) -> Token | None:
    """The verb of saying the phrase headed by token hangs on, through prepositions and the
    nouns of a statement's circumstances, else None."""
    labels, nouns = _statement_labels(), words()["reporting_nouns"]
    while token.dep_ in labels and token.head.i != token.i:
        head = token.head
        if is_verb(head):
            return head if is_reporting(head) and not _fronted(token, head) else None
        if head.tag_ != "IN" and head.lower_ not in nouns:
            return None
        token = head
    return None


def _misparsed_subject(token: Token) -> bool:
    """ "Coalition strikes killed 14 people, residents said": the parse may give "said" two
    subjects; only the one nearest before the verb speaks, the other heads the report."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return len(subjects) > 1 and token.i != max(c.i for c in subjects)


def _says_it_did(verb: Token, acts: set[int]) -> bool:
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


class Grammar:
    """The parse of one sentence; offsets are relative to the sentence text."""

    def __init__(self, span: Span, base: int):
        self.span = span
        self.base = base  # the sentence's offset in the article

    def root(self, start: int, end: int) -> Token | None:
        """The syntactic head of the characters start..end of the sentence."""
        doc = self.span.doc
        chars = doc.char_span(self.base + start, self.base + end, alignment_mode="expand")
        if chars is None or len(chars) == 0:
            return None
        return chars.root

    def offsets(self, token: Token) -> tuple[int, int]:
        """A token's (start, end) in the sentence text."""
        start = token.idx - self.base
        return start, start + len(token.text)

    def subtree_offsets(self, token: Token) -> tuple[int, int]:
        """(start, end) of a token's whole phrase in the sentence text."""
        tokens = list(token.subtree)
        return tokens[0].idx - self.base, tokens[-1].idx + len(tokens[-1].text) - self.base

    def governor(self, start: int, end: int, anchors: dict[int, int]) -> tuple[int, str] | None:
        """The anchor (a token index -> value map, e.g. trigger tokens -> group) that governs
        the mention at start..end: the first anchor on its chain of heads, with the path."""
        token = self.root(start, end)
        path: list[str] = []
        while token is not None:
            if token.i in anchors:
                return anchors[token.i], " < ".join(path) or "self"
            if token.head.i == token.i:
                return None
            path.append(token.dep_)
            token = token.head
        return None

    def statement_circumstance(self, start: int, end: int) -> Token | None:
        """The verb of saying a date or place phrase hangs on ("said on Tuesday", "said in a
        statement in Geneva", "told reporters in Baghdad"), else None."""
        token = self.root(start, end)
        return None if token is None else statement_verb(token)

    def reacts(self, start: int, end: int) -> bool:
        """The mention is (in) the subject of a verb of reacting ("the UN condemned ...")."""
        token = self.root(start, end)
        phrase = words()["phrase_labels"]
        while token is not None and token.head.i != token.i:
            if token.dep_ in ("nsubj", "nsubjpass"):
                return is_reaction(token.head)
            if token.dep_ not in phrase:
                return False
            token = token.head
        return False

    def is_speaker(self, start: int, end: int, acts: set[int] | None = None) -> bool:
        """The mention is (in) the subject of a verb of saying, or the X of "according to X".
        Not who "claims to have taken" or "announced the capture" of a place: a verb of saying
        whose object holds one of the `acts` (token indices of triggers) reports its
        subject's own act."""
        token = self.root(start, end)
        if token is None:
            return False
        phrase = words()["phrase_labels"]
        while token.head.i != token.i:
            if token.dep_ in ("nsubj", "nsubjpass") and is_reporting(token.head):
                if _misparsed_subject(token):
                    return False
                # "the rebels claim to have taken the hill": the claimant did it
                controls = any(c.dep_ == "xcomp" for c in token.head.children)
                owns = token.head.lower_ in words()["own_act_verbs"] and any(
                    t.i in (acts or ())
                    for c in token.head.children
                    if c.dep_ == "dobj"
                    for t in c.subtree
                )
                return token.dep_ == "nsubj" and not controls and not owns and not (
                    _says_it_did(token.head, acts or set())
                )
            if token.lower_ in words()["according"]:
                return True
            if token.dep_ not in phrase and token.dep_ != "conj":
                return token.lower_ in words()["according"]
            token = token.head
        return False

    def according_to(self, start: int, end: int) -> bool:
        """The mention lies in the phrase of "according to" ("according to a rights group in
        X"): on its chain of heads, before any verb, the word "according"."""
        token = self.root(start, end)
        phrase = words()["phrase_labels"]
        while token is not None and token.head.i != token.i and token.dep_ in phrase:
            token = token.head
            if token.lower_ in words()["according"]:
                return True
            if is_verb(token):
                return False
        return False

    def conveys(self, start: int, end: int) -> bool:
        """The mention is a vehicle someone travels by ("arrived by helicopter") or the
        support of another's act ("backed by warplanes"), not a weapon used on its own. (A
        subject is neither: "rockets landed on the town" is the attack.)"""
        token = self.root(start, end)
        if token is None or token.dep_ != "pobj":
            return False
        verb = token.head.head.lower_
        return token.head.lower_ in words()["conveyance_preps"] and (
            verb in words()["conveyance_verbs"] or verb in words()["support_verbs"])

    def opened_period(self, start: int, end: int) -> Token | None:
        """The verb a "since ..." clause holding the mention hangs on ("killed since the
        protests erupted on Oct. 1" -> killed), else None."""
        verb = self.clause_verb(start, end)
        if verb is None or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in words()["period_openers"] for c in verb.children
        ):
            return None
        return verb.head

    def clause_verb(self, start: int, end: int) -> Token | None:
        """The verb whose clause holds the mention start..end."""
        token = self.root(start, end)
        while token is not None and not is_verb(token):
            if token.head.i == token.i:
                return None
            token = token.head
        return token

    def in_tally(self, start: int, end: int) -> bool:
        """The mention's clause counts a whole country ("across Iraq", "nationwide")."""
        verb = self.clause_verb(start, end)
        if verb is None:
            return False
        return any(t.lower_ in words()["tally_words"] for t in verb.children)

    def roles(self, trigger: Token) -> Roles:
        """Agent and patient of a trigger: the subject of an active verb or the "by" phrase of
        a passive one (or of a noun: "strikes by the coalition"), the possessor of a noun; the
        object or passive subject. A verb without a subject shares its head verb's ("stormed
        the village, killing five")."""
        if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ in words()[
                "undergoing_preps"]:
            # "a convoy came under attack by X": the attack the verb's subject underwent
            undergone = _undergone(trigger.head.head)
            if undergone is not None:
                agents, subjects = undergone
                how = "source of the act its subject came under" if agents else ""
                return Roles(
                    tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(subjects)), how
                )
        if is_verb(trigger):
            return self._verb_roles(trigger)
        # "strikes by the coalition", "the army's shelling" (a compound or adjective, as in
        # "coalition air strikes", is as often the target or the place: not taken)
        modifiers = [c for c in trigger.children if c.dep_ == "poss"]
        fired_by = [a for c in trigger.children if c.dep_ == "acl" for a in _by_agents(c)]
        agents = [*_by_agents(trigger), *fired_by, *modifiers]  # "shells fired by the army"
        patients = [
            g
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        how = "by-phrase or modifier of noun" if agents else ""
        verb = trigger.head
        if trigger.dep_ == "pobj" and verb.lower_ in words()["instrument_preps"]:
            verb = verb.head  # "targeted a patrol with an IED"; not "died in an attack"
        if not agents and trigger.dep_ in ("dobj", "attr", "pobj") and is_verb(verb):
            # an object ("launched an attack") or an instrument: the verb's subject acts
            reports = is_reporting(verb) and verb.lower_ not in words()["own_act_verbs"]
            if not is_passive(verb) and not reports:
                # "claim to have fired rockets": the claimant fired them
                agents = list(self._verb_roles(verb).agents)
            how = "subject of the verb the trigger completes" if agents else ""
        return Roles(tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(patients)), how)

    def _verb_roles(self, verb: Token) -> Roles:
        undergone = _undergone(verb)
        if undergone is not None:  # "a patrol came under fire from X": X fired on the patrol
            agents, subjects = undergone
            how = "source of the act its subject came under" if agents else ""
            return Roles(tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(subjects)), how)
        passive = is_passive(verb)
        agents = list(_by_agents(verb)) if passive else [
            c for c in verb.children if c.dep_ == "nsubj"
        ]
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects = [p for p in patients if p.dep_ == "dobj"]
        if not passive and all(o.lower_ in words()["fired_things"] for o in objects):
            # "opened fire on farmers", "fired rockets at a patrol": the target is the patient
            targets = [
                g
                for h in (verb, *objects)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in words()["target_preps"]
                for g in c.children
                if g.dep_ == "pobj"
            ]
            patients = targets or patients
        if passive and verb.dep_ in ("acl", "amod"):
            patients.append(verb.head)  # "civilians killed by a strike"
        if not agents and _active_participle(verb):
            agents = [verb.head]
        how = "by-phrase of passive verb" if passive else "subject of active verb"
        how = how if agents else ""
        head = verb
        while not agents and not passive and head.dep_ in ("advcl", "xcomp", "conj"):
            controlled = head.dep_ == "xcomp"  # "claim to have retaken": the claimant's act
            head = head.head
            if not is_verb(head) or (is_reporting(head) and not controlled):
                break
            if (undergone := _undergone(head)) is not None:
                # "came under fire from X, killing two soldiers": X's act killed them
                agents = undergone[0]
                how = f"source of what the verb it is {verb.dep_} of underwent" if agents else ""
            elif not is_passive(head):
                agents = [c for c in head.children if c.dep_ == "nsubj"]
                how = f"subject of the verb it is {verb.dep_} of" if agents else ""
        return Roles(tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(patients)), how)

    def covers(self, token: Token, start: int, end: int) -> bool:
        """The mention start..end lies in the phrase the token heads, outside what a clause
        within it acts on ("a bomb targeting a police chief": not the police) and outside its
        target ("a rocket attack on a police camp": not the police)."""
        targets = words()["target_preps"]
        return self._inside(token, start, end) and not any(
            self._inside(o, start, end)
            for c in token.children
            if c.dep_ in ("acl", "relcl")
            for o in c.children
            if o.dep_ == "dobj"
        ) and not any(
            self._inside(c, start, end)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in targets
        )

    def _inside(self, token: Token, start: int, end: int) -> bool:
        s, e = self.subtree_offsets(token)
        return s <= start and end <= e


def antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("rioters who torched a station": the
    rioters), or None for other words."""
    verb = token.head
    if token.dep_ == "nsubj" and verb.dep_ == "relcl" and (
            token.lower_ in words()["relative_pronouns"]):
        return verb.head
    return None


def held_by(token: Token) -> list[Token]:
    """Who holds the thing a noun names ("a checkpoint manned by militiamen": the
    militiamen), from a passive participle of holding_verbs hanging on it."""
    return [
        a
        for c in token.children
        if c.dep_ == "acl" and c.lower_ in words()["holding_verbs"]
        for a in _by_agents(c)
    ]


def speaker_meant(token: Token) -> Token | None:
    """The speaker a pronoun subject of what is said stands for ("the army said it destroyed
    the vehicles": the army), or None."""
    verb = token.head
    if token.dep_ != "nsubj" or token.lower_ not in words()["self_pronouns"]:
        return None
    if verb.dep_ != "ccomp" or not is_reporting(verb.head):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def belongs_to(token: Token) -> list[Token]:
    """The body a noun's people belong to ("soldiers of the Security Belt", "members of the
    group"): the objects of its membership_preps."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in words()["membership_preps"]
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _undergone(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(sources, subjects) of a verb whose subject undergoes an act ("a patrol came under
    fire from X", "the base was under attack by X"): X acts on the subject; None for other
    verbs and other states ("the town is under rebel control")."""
    known = words()
    if verb.lower_ not in known["undergoing_verbs"]:
        return None
    acts = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in known["undergoing_preps"]
        for g in c.children
        if g.dep_ in ("pobj", "pcomp") and g.lower_ in known["undergone_acts"]
    ]
    if not acts:
        return None
    sources = [
        g
        for h in (verb, *acts)
        for c in h.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in known["undergoing_sources"])
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return sources, [c for c in verb.children if c.dep_ == "nsubj"]


def _by_agents(head: Token) -> Iterator[Token]:
    for child in head.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            yield from (g for g in child.children if g.dep_ == "pobj")


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(token.conjuncts)
    return list(dict.fromkeys(out))
