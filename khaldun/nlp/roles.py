"""Who acts and who undergoes an act in a parse: a trigger's agents and patients, who holds
a thing, the body a noun's people belong to, the noun a relative pronoun stands for."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from khaldun.nlp.grammar_words import (
    active_participle,
    is_marked,
    is_passive,
    is_reporting,
    is_verb,
    participle_subject,
    words,
)


@dataclass(frozen=True)
class Roles:
    """The agent and patient tokens of one trigger, and the relation each came from."""

    agents: tuple[Token, ...] = ()
    patients: tuple[Token, ...] = ()
    how: str = ""


def trigger_roles(trigger: Token) -> Roles:
    """Agent and patient of a trigger: the subject of an active verb or the "by" phrase of
    a passive one (or of a noun: "strikes by the coalition"), the possessor of a noun, where a
    thing was fired from ("shells fired from army positions"); the object or passive subject.
    A verb without a subject shares its head verb's ("stormed the village, killing five")."""
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
        return verb_roles(trigger)
    # "strikes by the coalition", "the army's shelling" (a compound or adjective, as in
    # "coalition air strikes", is as often the target or the place: not taken)
    modifiers = [c for c in trigger.children if c.dep_ == "poss"]
    fired_by = [a for c in trigger.children if c.dep_ in ("acl", "relcl") for a in _by_agents(c)]
    fired_by += _fired_from(trigger)
    verb = trigger.head
    if trigger.dep_ == "nsubjpass" and not (
            is_reporting(verb) or verb.lower_ in words()["support_verbs"]):
        fired_by += _by_agents(verb)  # "a missile was fired by X" (not "backed", "reported")
    agents = [*_by_agents(trigger), *fired_by, *modifiers]  # "shells fired by the army"
    patients = [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    how = "by-phrase or modifier of noun" if agents else ""
    if trigger.dep_ == "pobj" and verb.lower_ in words()["instrument_preps"]:
        verb = verb.head  # "targeted a patrol with an IED"; not "died in an attack"
    if not agents and trigger.dep_ in ("dobj", "attr", "pobj") and is_verb(verb):
        # an object ("launched an attack") or an instrument: the verb's subject acts
        reports = is_reporting(verb) and verb.lower_ not in words()["own_act_verbs"]
        if not is_passive(verb) and not reports:
            # "claim to have fired rockets": the claimant fired them
            # ("accused X of carrying out the attack": a charge about an act told before, no
            # account of who did it; "... of carrying out an attack on Y": X's act)
            new_act = any(c.dep_ == "det" and c.lower_ in words()["indefinite_articles"]
                          for c in trigger.children)
            agents = list(verb_roles(verb, charges=new_act).agents)
        how = "subject of the verb the trigger completes" if agents else ""
    return Roles(tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(patients)), how)

def _fired_from(trigger: Token) -> list[Token]:
    """ "shells fired from army positions": where a thing was fired from (origin_preps after a
    participle with no "by") is whose it was."""
    return [
        g
        for c in trigger.children
        if c.dep_ == "acl" and not any(a.dep_ == "agent" for a in c.children)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in words()["origin_preps"]
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _fallen_to(verb: Token) -> Roles | None:
    """ "the town fell to the Taliban": the object of a falling_preps after one of the
    falling_verbs took the ground, its subject ("the police station has fallen": taken, by
    no side the clause names)."""
    if verb.lower_ not in words()["falling_verbs"]:
        return None
    takers = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in words()["falling_preps"]
        for g in c.children if g.dep_ == "pobj"
    ]
    ground = [c for c in verb.children if c.dep_ == "nsubj"]
    return Roles(tuple(_with_conjuncts(takers)), tuple(_with_conjuncts(ground)),
                 "object of the preposition after a verb of falling")


def verb_roles(verb: Token, charges: bool = True) -> Roles:
    """Who acted and who was acted on in the verb's clause; with `charges`, the one a verb of
    charging names does the act of the clause after its preposition."""
    undergone = _undergone(verb)
    if undergone is not None:  # "a patrol came under fire from X": X fired on the patrol
        agents, subjects = undergone
        how = "source of the act its subject came under" if agents else ""
        return Roles(tuple(_with_conjuncts(agents)), tuple(_with_conjuncts(subjects)), how)
    fallen = _fallen_to(verb)
    if fallen is not None:
        return fallen
    passive = is_passive(verb)
    agents = list(_by_agents(verb)) if passive else [
        c for c in verb.children if c.dep_ == "nsubj"
    ]
    patients = [_partitive_antecedent(verb, c) or c for c in verb.children
                if c.dep_ in ("dobj", "nsubjpass")]
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
    if not agents and active_participle(verb):
        agents = [participle_subject(verb)]
    how = "by-phrase of passive verb" if passive else "subject of active verb"
    how = how if agents else ""
    head = verb
    if not agents and (_reduced_relative_subject(verb) or _subject_taken_as_object(verb)):
        head = None  # "a rocket fired from X hit a house": the rocket's act, not the clause's
    while head is not None and not agents and not passive and head.dep_ in (
            "advcl", "xcomp", "conj", "pcomp"):
        controlled = head.dep_ == "xcomp"  # "claim to have retaken": the claimant's act
        charged = _charged(head) if charges else []
        if charged:  # "accused government forces of shelling X": the forces shelled it
            agents, how = charged, "object of the verb of charging it is told after"
            break
        # "stormed the base after detonating a car bomb": through the preposition
        head = head.head.head if head.dep_ == "pcomp" else head.head
        if verb.tag_ == "VBG" and head.dep_ in ("acl", "pcomp") and head.tag_ in ("VBG", "VBN"):
            # "fired on crowds marching to the palace (camped in a square), killing three": a
            # participle closing the sentence tells the act of the clause the crowd's phrase
            # sits in
            head = next((a for a in head.ancestors if is_verb(a)), head)
        if not is_verb(head) or (is_reporting(head) and not controlled):
            break
        if verb.tag_ == "VBG" and head.dep_ == "advcl" and is_marked(head):
            # "exploded as worshippers were leaving, killing 27": the participle closing the
            # sentence tells the main clause's act, not the time clause's
            continue
        if (undergone := _undergone(head)) is not None:
            # "came under fire from X, killing two soldiers": X's act killed them
            agents = undergone[0]
            how = f"source of what the verb it is {verb.dep_} of underwent" if agents else ""
        elif not is_passive(head):
            agents = [c for c in head.children if c.dep_ == "nsubj"]
            how = f"subject of the verb it is {verb.dep_} of" if agents else ""
    return Roles(tuple(_with_conjuncts(agents)), tuple(_included(_with_conjuncts(patients))), how)


def _charged(clause: Token) -> list[Token]:
    """The object of a verb of charging whose preposition the -ing clause completes ("accused
    government forces of shelling X": the forces); none for another clause."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.lower_ not in words()["charge_preps"]:
        return []
    verb = prep.head
    if verb.lower_ not in words()["charging_verbs"]:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _partitive_antecedent(verb: Token, token: Token) -> Token | None:
    """ "pursued the insurgents and killed 12 of them": the object of the verb this one is
    joined to, which the pronoun of a counted part stands for."""
    pronoun = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in words()["partitive_pronouns"]), None)
    if pronoun is None or verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _included(tokens: list[Token]) -> list[Token]:
    """The tokens and those each one lists ("ten people, including two soldiers")."""
    listed = [
        g
        for token in tokens
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in words()["inclusion_preps"]
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return list(dict.fromkeys([*tokens, *_with_conjuncts(listed)]))


def _reduced_relative_subject(verb: Token) -> bool:
    """ "a rocket fired from the enclave hit a house": the parser may make the participle a
    clause before the verb, holding the verb's real subject."""
    return any(
        c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBD")
        and any(g.dep_ == "nsubj" for g in c.children)
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        for c in verb.children
    )


def _subject_taken_as_object(verb: Token) -> bool:
    """ "a day after an attack on a post killed three soldiers": the parser may make the
    clause's subject the object of the word that opens the clause, leaving the finite verb
    right after it without a subject; the clause is its own, not the main verb's."""
    if verb.tag_ != "VBD" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return any(t.dep_ == "pobj" and t.right_edge.i == before.i
               and t.head.lower_ in words()["clause_preps"] for t in (before, *before.ancestors))


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


def carried_by(token: Token) -> list[Token]:
    """Whom a vehicle a noun names carries ("a bus carrying army recruits": the recruits),
    from an active participle of carrying_verbs hanging on it."""
    return [
        o
        for c in token.children
        if c.dep_ == "acl" and c.lower_ in words()["carrying_verbs"]
        for o in c.children
        if o.dep_ == "dobj"
    ]


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
            for g in child.children:
                if g.dep_ == "pobj":
                    yield g
                    yield from _fire_sources(head, g)


def _fire_sources(head: Token, agent: Token) -> list[Token]:
    """ "killed by live fire from troops": the fire's source (after the fire, or after the verb
    the parser hangs the preposition on) fired it."""
    if agent.lower_ not in words()["sourced_fire"]:
        return []
    return [g for h in (agent, head) for c in h.children
            if c.dep_ == "prep" and c.lower_ in words()["fire_source_preps"]
            for g in c.children if g.dep_ == "pobj"]


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.extend(_sharing_head(token))
        out.append(token)
        out.extend(token.conjuncts)
    return list(dict.fromkeys(out))


def _sharing_head(token: Token) -> list[Token]:
    """ "the army and Popular Mobilisation units": the parser may hang the first of two nouns
    sharing a head on it as a modifier with the second as its conjunct; both come first."""
    return [t for c in token.children if c.dep_ == "nmod" and c.i < token.i
            and any(g.dep_ == "cc" for g in c.children) for t in (c, *c.conjuncts)]
