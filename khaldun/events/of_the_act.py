"""Whether a sentence with no event of its own tells something of an act told before: that it
happened, its toll, its perpetrator, its victims, its outcome. Reactions, intentions, aid,
concern and the state of a place afterwards tell nothing of it, so they are no account of the
event and do not corroborate it (codebook §6, §8.5)."""

from __future__ import annotations

from spacy.tokens import Token

from khaldun.claims.attribution import tells_perpetrator
from khaldun.events.facts import EVENT_ROLES, SentenceFacts, opens_on_casualties
from khaldun.nlp.grammar_words import is_reaction, is_reporting, is_verb, words
from khaldun.records import NON_STATE_ARMED

_SUBJECTS = ("nsubj", "nsubjpass")
# the links from an act named up to what is felt about it ("concerned by the rising number of
# attacks", "concern over the killing")
_ABOUT = frozenset({"pobj", "prep", "agent", "dobj", "compound", "amod", "conj", "cc", "det"})


def no_account(facts: SentenceFacts) -> bool:
    """ "Witnesses said the town was calm", "the Red Cross said it was sending supplies", "the
    governor said he would visit": a sentence naming no act, dead or perpetrator whose every
    said-clause tells of the speaker itself, of what is yet to be or so now, of a feeling or of
    the state of a place afterwards. The wounded a speaker tells of itself ("the hospital said
    it had received 30 wounded") are its care, no account of the act."""
    clauses = _said_clauses(facts)
    # ("said it was concerned by the violence": an act only felt about is not named)
    acts = [t for t in facts.triggers if not _felt_about(facts.grammar.root(t.start, t.end))]
    if not clauses or _names_the_act(facts, acts):
        return False
    own = [c for verb, c in clauses if _of_itself(verb, c)]
    # ("officials said the death toll could rise", "clinics were treating the wounded": the
    # dead or wounded of what is yet to be or of what is so now)
    untold = [c for _, c in clauses if _untold(facts, c)]
    cared = words()["cared_for_words"]
    for t in acts:
        token = facts.grammar.root(t.start, t.end)
        if t.role == "hint" and not (t.surface.lower() in cared and token is not None
                                     and any(token in c.subtree for c in own)) and not (
                token is not None and any(token in c.subtree for c in untold)):
            return False
    return all(_of_itself(verb, c) or _tells_no_act(c, _armed_subject(facts, c))
               for verb, c in clauses)


def _said_clauses(facts: SentenceFacts) -> list[tuple[Token, Token]]:
    """(reporting verb, the clause it reports) of each said-clause of the sentence."""
    return [(verb, c) for verb in facts.grammar.words if is_reporting(verb)
            for c in verb.children if c.dep_ == "ccomp"]


def _untold(facts: SentenceFacts, clause: Token) -> bool:
    """The said-clause tells of what is yet to be or of what is so now."""
    return _yet_to_be(clause) or _so_now(clause, _armed_subject(facts, clause))


def _armed_subject(facts: SentenceFacts, clause: Token) -> bool:
    """The said-clause's subject is (in) a non-state armed actor ("the militants were searching
    houses": their raid told, not the authorities' response)."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    start, end = facts.grammar.subtree_offsets(subject)
    return any(m.start < end and start < m.end and m.actor.inter in NON_STATE_ARMED
               for m in facts.actors)


def _names_the_act(facts: SentenceFacts, acts: list) -> bool:
    text = facts.sentence.text
    return (
        any(t.role in EVENT_ROLES for t in acts)
        or any(c.kind == "killed" for c in facts.counts)
        or facts.heard
        or tells_perpetrator(text)
        or opens_on_casualties(text)
    )


def _of_itself(verb: Token, clause: Token) -> bool:
    """The said-clause tells what the speaker does ("the Red Cross said it was sending
    supplies", "residents said they were afraid", "the government's spokesman said the
    government ..."): its subject is the speaker, by a pronoun that agrees with it ("his
    colleagues said he had received threats" is of another). Not what the speaker is not or
    does not do ("the group said it does not have forces there": a denial), what a thing is
    ("it is a village of farmers"), nor what it saw ("witnesses said they saw the gunmen
    flee": an eyewitness account)."""
    w = words()
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    speaker = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or speaker is None or clause.lower_ in w["witnessing_verbs"] or any(
            c.dep_ in ("neg", "attr") for c in clause.children):
        return False
    if subject.lower_ in w["speaker_pronouns"]:
        # ('"They took the cattle," he said': one person is not "they")
        return not (subject.lower_ in w["plural_pronouns"]
                    and speaker.lower_ in w["personal_pronouns"])
    if subject.lower_ in w["singular_speaker_pronouns"]:
        return speaker.tag_ != "NNS"
    return subject.tag_.startswith("NN") and subject.lower_ in {t.lower_ for t in speaker.subtree}


def _tells_no_act(clause: Token, armed_subject: bool = False) -> bool:
    """The said-clause tells of what is yet to be, of what is so now, of a feeling, of the
    state of a place afterwards or of what the authorities did after the act ("troops had been
    deployed"; not armed men searching or deploying: their act told)."""
    w = words()
    state = {clause.lower_} | {
        c.lower_ for c in clause.children if c.dep_ in ("acomp", "attr", "dobj")}
    after = w["aftermath_words"] | w["feeling_words"]
    after = after if armed_subject else after | w["response_words"]
    return _yet_to_be(clause) or _so_now(clause, armed_subject) or bool(state & after)


def _yet_to_be(clause: Token) -> bool:
    """ "said the toll could rise", "said he would visit", "was expected to climb"."""
    w = words()
    return any(c.dep_ == "aux" and c.lower_ in w["intention_auxiliaries"]
               for c in clause.children) or (
        clause.lower_ in w["expectation_words"] and any(c.dep_ == "xcomp"
                                                        for c in clause.children))


def _so_now(clause: Token, armed_subject: bool) -> bool:
    """ "said the town has been a frequent target", "insurgents have been launching attacks",
    "clinics were treating the wounded": what is so at the time of speaking, or what others
    than an armed group were busy with, is a state of things, not an act told (an armed
    group's "were searching houses" is their raid)."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return clause.tag_ == "VBG" and not armed_subject and any(
        a.lower_ in words()["copulas"] for a in auxes)


def told_as_no_act(facts: SentenceFacts, triggers: list) -> bool:
    """ "The envoy said attacks on civilians must stop", "the army said insurgents have been
    launching attacks from the hills": words that name no act of their own kind (a generic
    "attacks", a hint), each in a said-clause of what is yet to be or so now, tell of no act."""
    if not triggers or any(t.role not in ("generic", "hint") for t in triggers):
        return False
    untold = [c for _, c in _said_clauses(facts) if _untold(facts, c)]
    roots = [facts.grammar.root(t.start, t.end) for t in triggers]
    return all(r is not None and any(r in c.subtree for c in untold) for r in roots)


def reacted_to(facts: SentenceFacts, triggers: list) -> bool:
    """ "The UN said it was concerned by the violence", "expressed concern over the rising
    number of attacks", "said it condemned the attack": acts named only as what a speaker
    feels or reacts about, which tells nothing of them (the act "that killed five" told in a
    clause of its own still is)."""
    return bool(triggers) and all(_felt_about(facts.grammar.root(t.start, t.end))
                                  for t in triggers)


def _felt_about(token: Token | None) -> bool:
    feeling = words()["feeling_words"]
    if token is not None and _judged(token):
        return True
    while token is not None and token.head.i != token.i:
        if token.dep_ not in _ABOUT:
            return False
        token = token.head
        if token.lower_ in feeling or is_reaction(token):
            return True
    return False


def _judged(act: Token) -> bool:
    """ "said the attack was a war crime", "said the bombing showed that ...", "described the
    blast as a cowardly act", "what it called a barbaric attack", "the bombing was condemned":
    an act named as what a speaker judges, which tells nothing of it. Not a judgement that
    names someone, counts, ranks, places or tells a clause of its own ("was the work of the
    Taliban", "the deadliest in years", "close to a base", "so loud that windows shattered")."""
    w = words()
    head = act.head
    if act.dep_ == "nsubjpass":
        return is_reaction(head)
    if act.dep_ == "nsubj" and head.lower_ in w["showing_verbs"]:
        return True
    if act.dep_ == "nsubj" and head.lower_ in w["copulas"]:
        return _a_judgement([c for c in head.children if c.dep_ in ("attr", "acomp")])
    if head.lower_ not in w["naming_verbs"]:
        return False
    if act.dep_ == "oprd":
        return True
    named_as = [c for c in head.children if c.dep_ == "oprd"] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj"]
    return act.dep_ == "dobj" and _a_judgement(named_as)


def _a_judgement(said: list[Token]) -> bool:
    """What an act is said to be holds no name, number, verb or place ("a war crime",
    "cowardly", "a violation of law"; not "the biggest she had heard", "close to a base"); a
    rank among other acts ("the deadliest in the town this year", "the third this month")
    may name where and when it ranks."""
    w = words()
    ranked = any(t.tag_ in ("JJS", "RBS") or t.lower_ in w["ranking_words"]
                 for c in said for t in c.subtree)
    return bool(said) and not any(
        t.tag_ in ("NNP", "NNPS") or is_verb(t) or (not ranked and (
            t.tag_ == "CD" or (t.dep_ == "prep" and t.lower_ not in w["judging_preps"])))
        for c in said for t in c.subtree)
