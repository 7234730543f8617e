"""Dependency relations of one parsed sentence, by character offsets into its text.

Mentions (triggers, places, actors, dates, counts) are found by the stage modules as
character spans of the sentence; this maps them to the spaCy tokens of the article's parse
and answers what attaches to what: a mention's governing trigger, whether a date or a place
belongs to a statement rather than to the event, whether an actor is a speaker. (A trigger's
agent and patient: khaldun.nlp.roles; statements: khaldun.nlp.statements.)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from khaldun.nlp.grammar_words import has_auxiliary, is_reaction, is_reporting, is_verb, words
from khaldun.nlp.statements import (
    misparsed_subject,
    names_a_unit,
    says_it_did,
    speakers_aside,
    statement_noun,
    statement_verb,
    unparsed_speaker,
    verb_after_aside,
)

_UNSET = object()  # (a mention's root not yet asked: its answer may be None)


class Grammar:
    """The parse of one sentence; offsets are relative to the sentence text."""

    def __init__(self, span: Span, base: int):
        self.span = span
        self.base = base  # the sentence's offset in the article
        self._roots: dict[tuple[int, int], Token | None] = {}  # (start, end) -> root
        self._words: tuple[Token, ...] | None = None
        self._verbs: tuple[Token, ...] | None = None
        # Answers of the walks the stages ask again of the same mention (clause verbs,
        # speakers, phrase extents): the parse does not change, so neither do they.
        self._memo: dict[tuple, object] = {}

    @property
    def words(self) -> tuple[Token, ...]:
        """The sentence's tokens, in order (made once: iterating the span makes each token
        anew, and several stages walk every token of the sentence)."""
        if self._words is None:
            self._words = tuple(self.span)
        return self._words

    @property
    def verbs(self) -> tuple[Token, ...]:
        """The sentence's verbs (`is_verb`), in order, for the walks that look at verbs only."""
        if self._verbs is None:
            self._verbs = tuple(t for t in self.words if is_verb(t))
        return self._verbs

    def root(self, start: int, end: int) -> Token | None:
        """The syntactic head of the characters start..end of the sentence (remembered: the
        stages ask it of the same mentions again and again)."""
        root = self._roots.get((start, end), _UNSET)
        if root is _UNSET:
            chars = self.span.doc.char_span(
                self.base + start, self.base + end, alignment_mode="expand")
            root = self._roots[start, end] = (
                chars.root if chars is not None and len(chars) else None)
        return root

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of the characters start..end of the sentence."""
        chars = self.span.doc.char_span(self.base + start, self.base + end,
                                        alignment_mode="expand")
        if chars is None:
            return []
        first = self.span.start
        if first <= chars.start and chars.end <= self.span.end:
            # the sentence's own tokens, made once (`words`), not made anew per call
            return list(self.words[chars.start - first:chars.end - first])
        return list(chars)

    def offsets(self, token: Token) -> tuple[int, int]:
        """A token's (start, end) in the sentence text."""
        start = token.idx - self.base
        return start, start + len(token.text)

    def subtree_offsets(self, token: Token) -> tuple[int, int]:
        """(start, end) of a token's whole phrase in the sentence text (remembered per token
        of this sentence's parse)."""
        key = ("subtree", token.i)
        if token.doc is self.span.doc and key in self._memo:
            return self._memo[key]  # type: ignore[return-value]
        tokens = list(token.subtree)
        found = tokens[0].idx - self.base, tokens[-1].idx + len(tokens[-1].text) - self.base
        if token.doc is self.span.doc:
            self._memo[key] = found
        return found

    def governor(self, start: int, end: int, anchors: dict[int, int]) -> tuple[int, str] | None:
        """The anchor (a token index -> value map, e.g. trigger tokens -> group) that governs
        the mention at start..end: the first anchor on its chain of heads, with the path."""
        token = self.root(start, end)
        path: list[str] = []
        while token is not None:
            if token.i in anchors:
                return anchors[token.i], " < ".join(path) or "self"
            if path and token.tag_.startswith("VB") and (
                    path[-1] in ("nsubj", "nsubjpass")
                    or (path[-1] == "prep" and _own_subject(token))):
                # "the city of Douma came under shelling": the subject of a verb whose own
                # phrase holds the act is that act's, not the act of a verb above it; so is a
                # place of a clause with its own subject ("..., while in X police fired tear gas")
                held = _phrase_anchor(token, anchors)
                if held is not None:
                    return anchors[held.i], " < ".join([*path, "subject of", held.dep_])
            if token.head.i == token.i:
                return None
            path.append(token.dep_)
            token = token.head
        return None

    def statement_circumstance(self, start: int, end: int) -> Token | None:
        """The verb of saying a date or place phrase hangs on ("said on Tuesday", "said in a
        statement in Geneva", "told reporters in Baghdad"), or the statement's noun ("in a
        statement issued from the palace in Kabul"), else None."""
        token = self.root(start, end)
        if token is None or _owned_day(token):
            return None
        return statement_verb(token) or statement_noun(token)

    def said_just_before(self, start: int, end: int) -> Token | None:
        """The verb of saying a phrase comes right after (past its object), even where the parse
        hangs the phrase on the verb of what was said ("said on Monday they had shot down ...",
        "told reporters Tuesday militants attacked ..."): the reported clause begins after it."""
        doc = self.span.doc
        chars = doc.char_span(self.base + start, self.base + end, alignment_mode="expand")
        if chars is None or len(chars) == 0 or chars.start <= self.span.start:
            return None
        if _owned_day(chars.root):
            return None
        before = doc[chars.start - 1]
        if before.tag_ == "IN" and before.i > self.span.start:
            before = doc[before.i - 1]  # "said on Monday"
        if before.dep_ in ("dobj", "dative") and before.head.i < before.i:
            before = before.head  # "told reporters on Monday"
        if not (is_verb(before) and is_reporting(before)):
            return None
        return before if before in chars.root.ancestors else None

    def names_a_body(self, start: int, end: int) -> bool:
        """The mention modifies a noun of a governing body ("the Tripoli government")."""
        token = self.root(start, end)
        return token is not None and token.dep_ == "compound" and (
            token.head.lower_ in words()["body_nouns"])

    def speaks_itself(self, start: int, end: int) -> bool:
        """The mention alone is the subject of a verb of saying or reacting ("but Khogyani
        blamed the Taliban", "Kabul condemned the attack") or of a feeling ("Paris was worried"):
        a person or a government, not a place; "Kirkuk police said" names the place of the
        police that spoke."""
        token = self.root(start, end)
        if token is None or token.head.i == token.i:
            return False
        if token.dep_ == "nsubj" and (is_reporting(token.head) or is_reaction(token.head)):
            return True
        # "Washington was concerned about the fighting": who feels, not where it was
        return token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in words()[
            "feeling_words"]

    def in_speakers_name(self, start: int, end: int) -> bool:
        """The mention is part of the proper name set beside a speaker's noun ("a community
        leader in X, Sunday Abdu, said"): a person's name, no place nor day of its own."""
        token = self.root(start, end)
        part = token is not None and token.dep_ == "compound" and token.tag_.startswith("NNP")
        while token is not None and token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        if part and _persons_name(token):
            return True  # "..., said Yakubu Musa, a community leader": a first name
        if token is None or token.dep_ != "appos" or not token.tag_.startswith("NNP"):
            return False
        noun = token.head
        if noun.dep_ == "pobj":
            # "a leader in X, Sunday Abdu, said", the name parsed as X's: a first and a last
            # name, beside a place of the speaker's phrase
            if not any(c.dep_ == "compound" and c.tag_.startswith("NNP") for c in token.children):
                return False
            while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
                noun = noun.head
        return (noun.tag_ in ("NN", "NNS") and noun.dep_ in words()["subject_labels"]
                and is_reporting(noun.head))

    def in_speakers_aside(self, start: int, end: int) -> bool:
        """The mention lies in a clause set beside a speaker ("the RSF, which control Nyala,
        said"): it tells who speaks, not where the act was."""
        token = self.root(start, end)
        return token is not None and speakers_aside(token) is not None

    def is_heard(self, start: int, end: int) -> bool:
        """The mention is what someone heard ("heard gunfire and explosions", "the sound of
        jets"): the sound of an act, not an act told."""
        token = self.root(start, end)
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token is None:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return token.head.head.lower_ in words()["sound_nouns"]
        return token.dep_ == "dobj" and token.head.lower_ in words()["hearing_verbs"]

    def reacts(self, start: int, end: int) -> bool:
        """The mention is (in) the subject of a verb of reacting ("the UN condemned ...", "the
        government, based in X, condemned ...": a participle's phrase on it too)."""
        token = self.root(start, end)
        phrase = words()["phrase_labels"]
        while token is not None and token.head.i != token.i:
            if token.dep_ in ("nsubj", "nsubjpass"):
                return is_reaction(token.head)
            if token.dep_ not in phrase and not (token.dep_ == "acl" and token.tag_ == "VBN"):
                return False
            token = token.head
        return False

    def is_speaker(self, start: int, end: int, acts: set[int] | None = None) -> bool:
        """The mention is (in) the subject of a verb of saying, or the X of "according to X".
        Not who "claims to have taken" or "announced the capture" of a place: a verb of saying
        whose object holds one of the `acts` (token indices of triggers) reports its
        subject's own act. (Remembered per mention and acts.)"""
        key = ("speaker", start, end, frozenset(acts or ()))
        if key not in self._memo:
            self._memo[key] = self._is_speaker(start, end, acts)
        return self._memo[key]  # type: ignore[return-value]

    def _is_speaker(self, start: int, end: int, acts: set[int] | None) -> bool:
        token = self.root(start, end)
        if token is None:
            return False
        phrase = words()["phrase_labels"]
        while token.head.i != token.i:
            aside = verb_after_aside(token)
            if aside is not None:  # "the Taliban, who claimed X, said": the parse split them
                return not any(c.dep_ == "neg" for c in aside.children)
            if token.dep_ in ("nsubj", "nsubjpass") and is_reporting(token.head):
                if misparsed_subject(token):
                    return False
                # "the rebels claim to have taken the hill": the claimant did it
                controls = any(c.dep_ == "xcomp" for c in token.head.children)
                owns = token.head.lower_ in words()["own_act_verbs"] and any(
                    t.i in (acts or ())
                    for c in token.head.children
                    if c.dep_ == "dobj"
                    for t in c.subtree
                )
                # ("the army did not confirm the strike": a speaker who says nothing)
                silent = any(c.dep_ == "neg" for c in token.head.children)
                return token.dep_ == "nsubj" and not controls and not owns and not silent and not (
                    says_it_did(token.head, acts or set())
                )
            if token.lower_ in words()["according"] or unparsed_speaker(token):
                return True
            if token.dep_ not in phrase and token.dep_ != "conj":
                return token.lower_ in words()["according"]
            token = token.head
        return False

    def claims_done(self, start: int, end: int) -> bool:
        """The mention is the subject of a verb of saying whose object is a perfect infinitive
        ("the rebels claimed to have killed 30 soldiers"): a side claiming its own act, the
        source of what it claims though no speaker of the sentence's other words."""
        token = self.root(start, end)
        if token is None or token.dep_ != "nsubj" or not is_reporting(token.head) or any(
                c.dep_ == "neg" for c in token.head.children):
            return False
        return any(c.dep_ == "xcomp" and has_auxiliary(c, "perfect_auxiliaries")
                   for c in token.head.children)

    def speaker_phrase(self, start: int, end: int) -> int | None:
        """The token index of the speaker a mention is part of: the speaking subject (or the
        "according to") its phrase belongs to, or the conjunct of it that holds it ("police
        and medical sources said": two speakers; "a minister of the X republic said": one)."""
        token = self.root(start, end)
        phrase = words()["phrase_labels"]
        member = None
        while token is not None and token.head.i != token.i:
            if token.dep_ == "conj":
                member = token
            elif token.dep_ in ("nsubj", "nsubjpass") and is_reporting(token.head) or (
                    token.head.lower_ in words()["according"]):
                return (member or token).i
            elif token.dep_ not in phrase:
                return None
            token = token.head
        return None

    def hails_from(self, start: int, end: int) -> bool:
        """The mention is where those who act come from: in a "from" phrase ("from the town of
        X") that hangs on the subject of an active verb ("fighters from X stormed ..."), or is
        set off by a comma right after it ("the Y Brigade, from the town of X, attacked")."""
        head = self._from_whom(start, end, set_off=True)
        # (the village of those an act was done to is where it was done: "60 people from X
        # were killed", "beheaded a cleric from X", unless the sentence says where: home_of)
        return head is not None and head.dep_ == "nsubj"

    def home_of(self, start: int, end: int) -> bool:
        """The mention is where someone or something comes from, in a "from" phrase on a noun
        ("a policeman from X", "60 people from X were killed", "an attack from X"): not where
        a thing was done to them when the sentence names that place too (events.homes)."""
        token = self.root(start, end)
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "from the villages of A and B": B too
        return token is not None and self._from_whom(*self.offsets(token)) is not None

    def based_in(self, start: int, end: int) -> bool:
        """The mention is where those who act are based: in a phrase on a participle of being
        based that modifies the subject or the by-phrase agent ("militants based in X
        attacked", "an attack by gunmen stationed in X"); those acted on ("shelled soldiers
        stationed in X") are hit where they are based."""
        prep = self._phrase_prep(start, end)
        if prep is None or prep.head.lower_ not in words()["base_participles"] or (
                prep.head.dep_ != "acl"):
            return False
        noun = prep.head.head
        return noun.tag_.startswith("NN") and (noun.dep_ == "nsubj" or (
            noun.dep_ == "pobj" and noun.head.lower_ in words()["agent_preps"]))

    def fled_to(self, start: int, end: int) -> bool:
        """The mention is where people fled or withdrew to: in a "to"/"into" phrase on a verb
        of flight ("thousands fled to X", "were displaced into X"), or on the place it has
        for object ("fled X for Y": the parse may hang "for Y" on X)."""
        lists = words()
        token = self._phrase_prep(start, end, lambda t: t.lower_ in lists["naming_preps"])
        if token is None or token.lower_ not in lists["goal_preps"]:
            return False
        verb = token.head.head if token.head.dep_ == "dobj" else token.head
        return verb.lower_ in lists["flight_verbs"]

    def states_place_of(self, start: int, end: int) -> bool:
        """The mention (an act word) is the subject of a verb that says where it happened
        ("the attack took place in X", "the incident occurred in X")."""
        token, lists = self.root(start, end), words()
        if token is None or token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = token.head
        if verb.lower_ not in lists["place_stating_verbs"]:
            return False
        if verb.lemma_.lower() == "take":
            return any(c.dep_ == "dobj" and c.lower_ in lists["place_stating_objects"]
                       for c in verb.children)
        return True

    def journey_goal(self, start: int, end: int) -> bool:
        """The mention is where someone was going: in a "to"/"towards" phrase on a word of
        a journey ("pilgrims walking to X", "a bus on its way to X")."""
        lists = words()
        token = self._phrase_prep(start, end, lambda t: t.lower_ in lists["naming_preps"])
        return (token is not None and token.lower_ in lists["goal_preps"]
                and token.head.lower_ in lists["journey_verbs"])

    def _from_whom(self, start: int, end: int, set_off: bool = False) -> Token | None:
        """The noun a "from" phrase holding the mention hangs on ("fighters from the town of
        X", "fighters, who came from X"; `set_off`: the noun before a comma, as the parse
        hangs a phrase set off by commas on the verb), unless it is a route ("from X to Y")
        or where news comes from ("reports from X")."""
        token, lists = self.root(start, end), words()
        # up the name's phrase, through "the town of X", to the preposition it hangs on
        while token is not None and token.dep_ in lists["name_phrase_labels"]:
            if token.dep_ == "prep" and token.lower_ not in lists["naming_preps"]:
                break
            token = token.head
        if token is None or token.dep_ != "prep" or token.lower_ not in lists["origin_preps"]:
            return None
        doc = self.span.doc
        after = token.right_edge.i + 1
        if after < len(doc) and doc[after].lower_ in lists["goal_preps"]:
            return None  # "a lorry carrying people from X to Y": a route
        head = token.head
        if set_off and token.i >= 2 and doc[token.i - 1].text == ",":
            head = doc[token.i - 2]  # the parse hangs the set-off phrase on the verb
        elif head.dep_ == "relcl" and is_verb(head):
            head = head.head  # "the raiders, who came from X": the raiders' origin
        # ("reports from X say": told from where it happened; "withdrew under unclear
        # circumstances from X": a noun of another phrase the parse hangs it on)
        # ("clashes between the Y Brigade from X and ...": a side of the clash, named with
        # where it comes from)
        if not head.tag_.startswith("NN") or is_reporting(head.head) or (
                head.lower_ in lists["told_from_nouns"]) or (
                head.dep_ == "pobj" and head.head.lower_ not in lists["naming_preps"]
                and head.head.lower_ not in lists["side_preps"]):
            return None
        return head

    def spoken_from(self, start: int, end: int) -> bool:
        """The mention is where a speaker spoke from ("told Reuters by phone from X",
        "speaking from X, the governor said"): a "from" phrase on a verb of saying."""
        prep = self._phrase_prep(start, end)
        return prep is not None and (
            prep.lower_ in words()["origin_preps"] and is_reporting(prep.head))

    def came_from(self, start: int, end: int) -> bool:
        """The mention is where someone or something set out from: a "from" phrase on a verb
        of coming, sending or travelling ("reinforcements arrived from X", "sent from X")."""
        prep = self._phrase_prep(start, end)
        return prep is not None and prep.lower_ in words()["origin_preps"] and (
            prep.head.lower_ in words()["setting_out_verbs"])

    def _phrase_prep(self, start: int, end: int,
                     within: Callable[[Token], bool] = names_a_unit) -> Token | None:
        """The preposition a place's name phrase hangs on ("from the nearby town of X": from),
        past those `within` says belong to the name phrase ("the town of")."""
        token = self.root(start, end)
        while token is not None and token.dep_ in words()["name_phrase_labels"]:
            if token.dep_ == "prep" and not within(token):
                return token
            token = token.head
        return None

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
        """The mention is a vehicle someone travels by ("arrived by helicopter"), the support
        of another's act ("backed by warplanes") or a thing handed on ("hand over their heavy
        weapons"), not a weapon used on its own. (A
        subject is neither: "rockets landed on the town" is the attack.)"""
        token = self.root(start, end)
        if token is not None and token.dep_ == "dobj":
            return token.head.lower_ in words()["transfer_verbs"]  # "hand over weapons"
        if token is None or token.dep_ != "pobj":
            return False
        verb = token.head.head.lower_
        return token.head.lower_ in words()["conveyance_preps"] and (
            verb in words()["conveyance_verbs"] or verb in words()["support_verbs"])

    def opened_period(self, start: int, end: int) -> Token | None:
        """The verb a "since ..." clause holding the mention hangs on ("killed since the
        protests erupted on Oct. 1" -> killed), or whose clause holds the noun it qualifies
        ("the toll since the fighting began on July 8 rose to 425" -> rose), else None."""
        verb = self.clause_verb(start, end)
        if verb is None or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in words()["period_openers"] for c in verb.children
        ):
            return None
        head = verb.head
        return head if is_verb(head) else self.clause_verb(*self.offsets(head))

    def clause_verb(self, start: int, end: int) -> Token | None:
        """The verb whose clause holds the mention start..end (remembered)."""
        key = ("clause", start, end)
        if key not in self._memo:
            self._memo[key] = self._clause_verb(start, end)
        return self._memo[key]  # type: ignore[return-value]

    def _clause_verb(self, start: int, end: int) -> Token | None:
        token = self.root(start, end)
        while token is not None and not is_verb(token):
            if token.head.i == token.i:
                return None
            token = token.head
        return token

    def in_tally(self, start: int, end: int) -> bool:
        """The mention's clause counts a whole country ("across Iraq", "nationwide") or a
        wider area than one place ("in the raids on X and other towns")."""
        verb = self.clause_verb(start, end)
        if verb is None:
            return False
        if any(t.lower_ in words()["tally_words"] for t in verb.children):
            return True
        wider, areas = words()["wider_area_words"], words()["area_plurals"]
        return any(
            t.lower_ in areas and (
                any(c.dep_ == "amod" and c.lower_ in wider for c in t.children)
                or _beside_named_place(t))
            for t in verb.subtree
        )

    def spread_over(self, start: int, end: int) -> bool:
        """The mention's clause, or its subject, is spread over a whole country or area
        ("violence across Iraq killed 35", "35 were killed nationwide")."""
        verb = self.clause_verb(start, end)
        if verb is None:
            return False
        spread = words()["tally_words"]
        return any(t.lower_ in spread for t in verb.children) or any(
            t.lower_ in spread for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
            for t in s.children if t.dep_ == "prep")

    def covers(self, token: Token, start: int, end: int) -> bool:
        """The mention start..end lies in the phrase the token heads, outside what a clause
        within it acts on ("a bomb targeting a police chief": not the police) or puts or aims
        the thing at ("a bomb planted under a police car"), outside its
        target ("a rocket attack on a police camp": not the police) and outside where it was
        ("a car bombing beside the state offices": not the state), nor who holds a thing
        named within it ("a mine in an area held by X": not X)."""
        targets = words()["target_preps"] | words()["locative_preps"]
        if not self._inside(token, start, end) or self._held_within(token, start, end):
            return False
        # ("a bomb planted under a police car", "a shell fired at a police post": where the
        # thing was put or aimed, not whose it was)
        aimed = targets | words()["placement_preps"]
        return not any(
            self._inside(o, start, end)
            for c in token.children
            if c.dep_ in ("acl", "relcl")
            for o in c.children
            if o.dep_ == "dobj" or (o.dep_ == "prep" and o.lower_ in aimed)
        ) and not any(
            self._inside(c, start, end)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in targets
        )

    def _held_within(self, token: Token, start: int, end: int) -> bool:
        """The mention start..end, inside the token's phrase, is who holds a thing named in it
        ("a mine in an area held by X"): a holding verb's clause lies between them."""
        holding = words()["holding_verbs"]
        node = self.root(start, end)
        while node is not None and node.i != token.i and node.head.i != node.i:
            if node.dep_ == "acl" and node.lower_ in holding:
                return True
            node = node.head
        return False

    def _inside(self, token: Token, start: int, end: int) -> bool:
        s, e = self.subtree_offsets(token)
        return s <= start and end <= e


def _owned_day(token: Token) -> bool:
    """ "reported in Wednesday's blast": a day in the possessive is the day of the noun it
    owns, not of a statement (unless that noun is one: "in Tuesday's statement")."""
    return token.dep_ == "poss" and token.head.lower_ not in words()["reporting_nouns"]


def _beside_named_place(areas: Token) -> bool:
    """ "in Baghdad and southern cities": places in the plural joined to a named place, not
    named themselves ("A and B villages", "the towns of A and B") nor its surroundings
    ("A and nearby villages": the named place's area)."""
    proper = ("NNP", "NNPS")
    joined = (areas.dep_ == "conj" and areas.head.tag_ in proper) or any(
        c.dep_ == "conj" and c.tag_ in proper for c in areas.children)
    named = any(c.tag_ in proper for c in areas.children) or any(
        c.dep_ == "prep" and any(g.tag_ in proper for g in c.children) for c in areas.children)
    around = any(c.lower_ in words()["vicinity_words"] for c in areas.children)
    return joined and not named and not around


def _persons_name(name: Token) -> bool:
    """A proper name of several words that speaks ("said Yakubu Musa") or is set beside a
    common noun ("Yakubu Musa, a community leader"): a person's."""
    if not name.tag_.startswith("NNP"):
        return False
    if name.dep_ in ("nsubj", "nsubjpass") and is_reporting(name.head):
        return True
    return any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") for c in name.children)


def _own_subject(verb: Token) -> bool:
    """The verb heads a clause of its own subject, below another verb."""
    return verb.head.i != verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _phrase_anchor(verb: Token, anchors: dict[int, int]) -> Token | None:
    """An anchor in the verb's own prepositional or object phrases ("came under heavy
    shelling", "suffered air strikes"), not in a clause of another verb."""
    stack = [c for c in verb.children if c.dep_ in ("prep", "dobj", "attr")]
    while stack:
        token = stack.pop()
        if token.i in anchors:
            return token
        stack += [c for c in token.children if c.dep_ in ("pobj", "compound", "amod", "prep")]
    return None

