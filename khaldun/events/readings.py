"""How a word of a sentence reads in its grammar: a trigger that names an actor, tells a habit
or counts victims rather than reporting an act; a source acted on; a place that owns a speaker
or a country that owns a thing rather than placing it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from khaldun.actors import ActorMention, SourceMention
from khaldun.actors.source_lexicon import load_sources
from khaldun.claims.lexicon import alternation as speech_alternation
from khaldun.claims.lexicon import speaks_next
from khaldun.events.triggers import Trigger, alternation
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import has_auxiliary, is_reporting, is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.nlp.possessive import owns
from khaldun.nlp.statements import verb_after_aside
from khaldun.places import PlaceMention
from khaldun.records import RIOTERS, SUB_TO_TYPE, Sentence

_DEFINITE = re.compile(rf"(?:{alternation('definite_determiners')})", re.I)
# "two demonstrators dead": what may stand between a count and the marchers it counts
# ("three people during protests": the protest is where they were killed, not who; "two people
# as protests spread": a clause the cause markers open tells the protest, not the victims)
_GAP_OPENERS = sorted(grammar_words()["circumstance_preps"] | grammar_words()["cause_markers"])
_VICTIM_GAP = re.compile(rf"^\s*(?:(?!(?:{'|'.join(_GAP_OPENERS)})\b)[a-z-]+\s+){{0,2}}$")


def owns_source(text: str, place: PlaceMention, sources: list) -> bool:
    """ "Gaza's civil defence agency said": the place owns the source that speaks; it is no
    place of the event."""
    return any(
        s.start > place.end and owns(text, place.end, s.start) for s in sources
    )


def counted_victims(text: str, trigger: Trigger, counts: list) -> bool:
    """ "leaving two demonstrators dead", "killing three protesters": marchers counted among
    the dead or wounded are victims, no protest act of their own."""
    if trigger.role != "act" or SUB_TO_TYPE.get(trigger.sub_event_type) != "Protests":
        return False
    return any(
        c.kind in ("killed", "wounded") and c.end <= trigger.start
        and _VICTIM_GAP.match(text[c.end : trigger.start])
        for c in counts
    )


def definite(grammar: Grammar, trigger: Trigger) -> bool:
    """The trigger is a noun told as already known ("the fighting", "that attack")."""
    return definite_mention(grammar, trigger.start, trigger.end)


def definite_mention(grammar: Grammar, start: int, end: int) -> bool:
    """The words start..end are a noun told as already known ("the attackers")."""
    token = grammar.root(start, end)
    return token is not None and any(
        c.dep_ == "det" and _DEFINITE.fullmatch(c.text) for c in token.children
    )


def headline_like(sentence: Sentence) -> bool:
    """A headline, a bullet or a standfirst without a full stop: told in the present."""
    text = sentence.text.rstrip()
    return sentence.is_title or not text.endswith((".", '"', "”", "’", "'"))


# Dependencies only a noun takes: a word so attached is no verb, whatever its tag.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "poss"})


def habitual(grammar: Grammar, trigger: Trigger) -> bool:
    """A trigger verb in the simple present outside a headline ("gangs that kidnap for ransom
    and raid villages"): what happens as a rule, not an event the story reports."""
    token = grammar.root(trigger.start, trigger.end)
    # The trigger must be that verb ("the evacuation is complete" tells a state the event
    # left, in the present). The tagger takes some past forms for plurals' present ("forces
    # retook"): a bare form counts only in a relative clause ("gangs that kidnap").
    if token is None or grammar.offsets(token)[0] != trigger.start:
        return False
    if token.dep_ in NOMINAL_DEPS:
        return False  # "Coalition airstrikes hit X": a noun the tagger took for a verb
    return token.tag_ == "VBZ" or (token.tag_ == "VBP" and token.dep_ == "relcl")


def generic_act(grammar: Grammar, trigger: Trigger) -> bool:
    """A bare plural act noun subject or object of a verb in the present or the present
    perfect, or the subject of such a verb whose object is one ("attacks continue", "the air
    force has carried out strikes against hideouts in the region"): acts told as a state of
    things, no event of their own."""
    token = grammar.root(trigger.start, trigger.end)
    if token is None or token.dep_ not in ("nsubj", "dobj", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    objects = [c for c in verb.children if c.dep_ == "dobj"] if token.dep_ == "nsubj" else []
    if not any(_bare_plural(t) for t in [token, *objects]):
        return False
    perfect = verb.tag_ == "VBN" and has_auxiliary(verb, "perfect_auxiliaries")
    # ("slow to respond to attacks": a verb in its bare form tells no act either)
    return verb.tag_ in ("VBZ", "VBP") or perfect or (token.dep_ == "pobj" and verb.tag_ == "VB")


def _bare_plural(token: Token) -> bool:
    """A plural noun with no article, number or owner ("strikes", not "the strikes")."""
    return token.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in token.children)


def acted_on(grammar: Grammar, text: str, mention: SourceMention) -> bool:
    """The source's words are the object of an act ("gunmen shot dead a local official"): a
    victim, not a speaker, unless "said" follows them or the words they are listed with
    ("killing 11 people, rescuers and a monitor said": the parse lists them with the dead)."""
    token = grammar.root(mention.start, mention.end)
    if token is not None and _SAYS_NEXT.match(
        text, max(grammar.subtree_offsets(t)[1] for t in [token, *token.conjuncts])
    ):
        return False
    while token is not None and token.dep_ == "conj":
        token = token.head
    if token is None or token.dep_ != "dobj":
        return False
    return not is_reporting(token.head)


def describes_a_thing(grammar: Grammar, mention: SourceMention) -> bool:
    """The source's word is an adjective of a noun after it ("said the jets hit military
    targets"): a kind of thing, not a speaker."""
    token = grammar.root(mention.start, mention.end)
    if token is None or token.tag_ != "JJ" or token.dep_ != "amod" or (
            grammar.offsets(token.head)[0] < mention.end):
        return False
    # ("a Syrian Civil Defense official told X": the noun after it is who speaks)
    return not grammar.is_speaker(*grammar.offsets(token.head))


def acts_itself(grammar: Grammar, text: str, mention: SourceMention) -> bool:
    """A source word that counts only near a speech cue ("separatists", "residents") is the
    subject of a verb that is no verb of saying ("said the separatists had failed", "after
    the separatists gave an ultimatum"): one who acts in what is told, not who tells it."""
    entry = load_sources().entries.get(mention.name)
    if entry is None or not entry.cue:
        return False
    token = grammar.root(mention.start, mention.end)
    if token is None or _SAYS_NEXT.match(text, mention.end):
        return False
    while token.dep_ == "conj":
        token = token.head
    verb = token.head
    # (a verb that cues a source is one unless it can state a toll: "gave an ultimatum")
    cue = bool(_SOURCE_VERB.fullmatch(verb.text)) and (
        verb.lower_ not in grammar_words()["toll_statement_verbs"])
    # ("the separatists, who claimed X was full, said": the parse took them for X's verb's)
    return token.dep_ == "nsubj" and is_verb(verb) and not is_reporting(verb) and not cue and (
        verb_after_aside(token) is None)


# the verbs that cue a source (attribution.yaml): "activists documented 20 deaths"
_SOURCE_VERB = re.compile(
    rf"(?:{speech_alternation('speech_verbs')}|{speech_alternation('source_verbs')})", re.I)
# "the air force said": a speech verb right after a name (the parse is not asked: it often
# makes the subject of a long sentence the subject of its closing "said")
_SAYS_NEXT = speaks_next()


def counted_in(grammar: Grammar, trigger: Trigger) -> bool:
    """The trigger is the act a toll is of ("raising the toll from the attack to six", "the
    death toll of the bombing"): after the act was told, its definite name, no act of its
    own (the caller asks only then: a lead may tell its act so)."""
    token = grammar.root(trigger.start, trigger.end)
    if token is None or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    known = definite(grammar, trigger) or any(c.dep_ == "poss" for c in token.children)
    tolls = grammar_words()["toll_nouns"]
    owner = token.head.head  # the toll, or the verb whose object it is (the parse may hang
    # "from the attack" on "raising the toll")
    return known and (owner.lower_ in tolls or any(
        c.dep_ == "dobj" and c.lower_ in tolls for c in owner.children))


def names_an_actor(
    grammar: Grammar, text: str, trigger: Trigger, actors: list[ActorMention]
) -> bool:
    """The trigger word modifies the head of an actor's name ("riot police", "protest
    leaders"), or is the name of an actor who speaks ("the air force said"): it names who
    they are, and reports nothing. Rioters named by their riot ("stone-throwing youths") are
    in it: the word reports the riot."""
    if any(
        m.start <= trigger.start and trigger.end <= m.end and _SAYS_NEXT.match(text, m.end)
        for m in actors
    ):
        return True
    token = grammar.root(trigger.start, trigger.end)
    if token is None or token.dep_ not in ("compound", "amod", "nmod"):
        return False
    head_start, _ = grammar.offsets(token.head)
    riot = SUB_TO_TYPE.get(trigger.sub_event_type or "") == "Riots"
    return any(
        m.start <= trigger.start and trigger.end <= m.end and m.start <= head_start < m.end
        and not (riot and m.actor.inter == RIOTERS)
        for m in actors
    )


def names_a_place(grammar: Grammar, mention: PlaceMention) -> bool:
    """The country is where something is ("in Iraq"), not whose it is ("a U.S. drone strike",
    "Iraq's army")."""
    token = grammar.root(mention.start, mention.end)
    return token is None or token.dep_ not in ("compound", "amod", "poss", "nmod")


def state_acting(grammar: Grammar, place: PlaceMention, acts: list[Trigger]) -> bool:
    """A country's name is the subject of the verb of an act ("Israel struck a house in X",
    "Russia launched a barrage of missiles"): the state acting through its forces, no place
    of the event (not "Russia said", nor "Russia accused Kyiv of shelling X")."""
    token = grammar.root(place.start, place.end)
    if token is None or token.dep_ != "nsubj" or not is_verb(token.head):
        return False
    verb = token.head
    if is_reporting(verb):
        return False
    roots = [r for t in acts if (r := grammar.root(t.start, t.end)) is not None]
    # (the act the object's noun phrase names: "launched a barrage of missiles"; not one a
    # verb inside it tells, "accused Kyiv of shelling X")
    return any(r.i == verb.i or _in_object(r, verb) for r in roots)


def _in_object(token: Token, verb: Token) -> bool:
    """The token lies in the verb's object, in its noun phrase, not under a verb of its own."""
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ == "dobj"
        if is_verb(token):
            return False
        token = token.head
    return False
