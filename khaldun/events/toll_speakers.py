"""Whose words a draft's claims are: each act's own clause's speakers, each speaker's count in a
sentence of several speakers and counts, speakers of one statement, and the counts of other
sides' dead one source gives."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.claims.attribution import Attribution
from khaldun.claims.lexicon import words
from khaldun.events.assemble import Draft
from khaldun.events.tolls import count_for_place
from khaldun.nlp.grammar_words import is_marked, is_reporting
from khaldun.numbers import Count, toll_victims
from khaldun.records import REPORTER


def other_sides_dead(draft: Draft) -> list[Count]:
    """The sentence's counts of the dead of sides other than the toll's, one count a side, in
    a sentence that names at most one town (else the counts may be other places' tolls); not
    the dead of another act's clause ("a day after an attack killed three soldiers")."""
    text = draft.facts.sentence.text
    side = toll_victims(draft.killed, text)
    towns = {p.surface for p in draft.facts.places if p.role in ("town", "neighbourhood")}
    if side is None or len(towns) > 1:
        return []
    out: dict[str, Count] = {}
    for count in draft.facts.killed:
        other = toll_victims(count, text)
        if count is not draft.killed and other not in (None, side) and not _of_another_group(
                draft, count):
            out.setdefault(other, count)
    return list(out.values())


def speakers_tolls(draft: Draft, speakers: list[Attribution]) -> dict[int, Count]:
    """Each speaker's toll (by id): with several named speakers and several counts ("the
    Observatory said twelve died; a local council put the toll at twenty"), each speaker takes
    the count named nearest to it; else the draft's toll goes to its speaker."""
    counts = [c for c in draft.facts.killed
              if not _of_another_act(draft, c) and not _of_another_place(draft, c)] if (
        draft.killed is not None) else []
    placed = [s for s in speakers if s.at is not None]
    if len(counts) < 2 or len(placed) < 2:
        toll_by = _toll_speaker(draft, speakers)
        if toll_by is None or not draft.killed:
            return {}
        # "residents and medics said": speakers of one statement give its toll alike
        joint = [s for s in placed if s is toll_by or _coordinated(draft, s, toll_by)]
        return {id(s): draft.killed for s in joint or [toll_by]}
    # (a speaker and a count a semicolon parts are each of another statement)
    text = draft.facts.sentence.text
    pairs = sorted(
        (_parted(text, c.start, s.at), abs(c.start - s.at), i, j)
        for i, s in enumerate(placed) for j, c in enumerate(counts)
    )
    taken_s: set[int] = set()
    taken_c: set[int] = set()
    out: dict[int, Count] = {}
    for _, _, i, j in pairs:
        if i in taken_s or j in taken_c:
            continue
        taken_s.add(i)
        taken_c.add(j)
        out[id(placed[i])] = counts[j]
    return out


def _of_another_place(draft: Draft, count: Count) -> bool:
    """ "Five were killed in A, six in B and four in C, X and Y said": a count written before
    another place of the sentence than the draft's is that place's toll, no rival account of
    the draft's (codebook §8.3)."""
    if count is draft.killed:
        return False
    own = {(p.start, p.end) for p in draft.places}
    return any((p.start, p.end) not in own and count_for_place(draft.facts, p) is count
               for p in draft.facts.places)


def _of_another_act(draft: Draft, count: Count) -> bool:
    """ "Rebel shelling killed three ..., while government bombardment killed 11": a count in
    the clause of another act's verb than the draft's toll is that act's."""
    grammar = draft.facts.grammar
    own = grammar.clause_verb(draft.killed.start, draft.killed.end)
    verb = grammar.clause_verb(count.start, count.end)
    if own is None or verb is None or verb == own or count.loss:
        return False  # ("...; the army said it lost five men": a side's loss in the act)
    if _told_by_another(own, verb):
        return False  # ("X said six were killed, while Y said seven died": two accounts)
    acts = {grammar.root(t.start, t.end) for t in draft.facts.triggers}
    return verb in acts and own in acts


def _told_by_another(own, verb) -> bool:
    """Both verbs are deaths reported by verbs of saying of their own ("X said six were killed,
    while Y said seven died"): one act's toll in two statements, not two acts (a clause with
    an agent of its own, "Y said shelling killed seven", may tell another act; "X claimed to
    have killed 30" reports X's act as its object too)."""
    heads = [v.head for v in (own, verb)]
    return heads[0] != heads[1] and all(
        v.dep_ in ("ccomp", "xcomp") and is_reporting(h)
        and not any(map(_agentive, v.children))
        for v, h in zip((own, verb), heads, strict=True))


def _agentive(child) -> bool:
    """A verb's agent or a subject that counts no dead ("shelling" in "shelling killed
    seven"; not "seven" in "seven died" nor "people" in "six people died", nor the pronoun
    of the speaker itself, "they" in "X said they killed 30, but Y said no one was killed")."""
    return child.dep_ == "agent" or (
        child.dep_ == "nsubj" and child.tag_ not in ("CD", "PRP")
        and not any(c.dep_ == "nummod" for c in child.children))


def _of_another_group(draft: Draft, count: Count) -> bool:
    """The count lies in the clause of an act the draft's trigger group does not hold."""
    grammar = draft.facts.grammar
    verb = grammar.clause_verb(count.start, count.end)
    acts = {grammar.root(t.start, t.end) for t in draft.facts.event_triggers}
    return verb in acts and verb not in {grammar.root(t.start, t.end) for t in draft.triggers}


def _coordinated(draft: Draft, one: Attribution, other: Attribution) -> bool:
    """Two speakers joined as subjects of one verb ("residents and medics said")."""
    grammar = draft.facts.grammar
    roots = [
        grammar.root(s.at, s.at + len(s.said_as)) for s in (one, other) if s.at is not None
    ]
    if len(roots) != 2 or None in roots or roots[0] == roots[1]:
        return False
    return any(a.dep_ == "conj" and a.head == b for a, b in (roots, roots[::-1]))


def _toll_speaker(draft: Draft, speakers: list[Attribution]) -> Attribution | None:
    """Whose figure the toll is: with several named speakers in one sentence ("the Observatory
    said 17 were killed, while activists said ..."), the one named nearest to it."""
    if draft.killed is None or not speakers:
        return None
    placed = [s for s in speakers if s.at is not None]
    if not placed:
        return speakers[0]
    text = draft.facts.sentence.text
    return min(placed, key=lambda s: (_parted(text, s.at, draft.killed.start),
                                      abs(s.at - draft.killed.start)))


def _parted(text: str, a: int, b: int) -> bool:
    """A semicolon, or a comma opening a contrast ("..., while Y said"), parts the two offsets:
    they are of two statements."""
    between = text[min(a, b) : max(a, b)]
    return ";" in between or bool(_contrast().search(between))


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern[str]:
    said = "|".join(re.escape(w) for w in sorted(words("statement_contrasts")))
    return re.compile(rf",\s+(?:{said})\b", re.IGNORECASE)


def clause_speakers(draft: Draft, speakers: list[Attribution]) -> list[Attribution]:
    """ "Rebel shelling killed three, state media said, while government bombardment killed
    11, a monitor said": with several speakers, each act's claim is its own clause's speaker's,
    not one that closes another act's clause before it or speaks after its own closed. A
    speaker that speaks only in a subordinate clause the act lies outside ("the blast came as
    the UN said 1,500 had died this year") says nothing of it: the outlet tells it."""
    cited = [s for s in speakers if _relayed(draft, s)]
    if cited:
        return cited
    if _told_beside(draft, speakers):
        # "Riots began in two towns; according to a council report, 300 were killed": the
        # clause before the semicolon is the outlet's own telling
        speakers = [*speakers, Attribution(REPORTER, REPORTER)]
    inside = [s for s in speakers if not _speaks_aside(draft, s)]
    if len(inside) < len(speakers):
        speakers = inside or [Attribution(REPORTER, REPORTER)]
    placed = sorted((s for s in speakers if s.at is not None), key=lambda s: s.at)
    if len(placed) < 2 or not draft.triggers:
        return speakers
    first, last = draft.triggers[0].start, draft.triggers[-1].start
    others = [t.start for t in draft.facts.event_triggers if t not in draft.triggers]
    closing = next((s.at for s in placed if s.at > last), None)

    text = draft.facts.sentence.text

    def apart(s: Attribution) -> bool:
        if s.at < first:  # closes an earlier act's clause (not opens one after a semicolon)
            return any(t < s.at and not _parted(text, t, s.at) for t in others)
        return closing is not None and s.at > closing and any(closing < t < s.at for t in others)

    kept = [s for s in speakers if s.at is None or not apart(s)]
    return kept or speakers


def _told_beside(draft: Draft, speakers: list[Attribution]) -> bool:
    """Every named speaker speaks after a semicolon that an act of the draft is told before."""
    placed = [s.at for s in speakers if s.at is not None]
    if not placed or len(placed) < len(speakers):
        return False
    semicolon = draft.facts.sentence.text.rfind(";", 0, min(placed))
    return semicolon >= 0 and any(t.start < semicolon for t in draft.triggers)


def _relayed(draft: Draft, speaker: Attribution) -> bool:
    """The speaker is the one a relay clause cites ("Human Rights Watch said, citing
    residents", "the agency reported, quoting a police officer"): the claim is its, the one
    citing only passes it on (one source, codebook §8.5)."""
    if speaker.at is None:
        return False
    token = draft.facts.grammar.root(speaker.at, speaker.at + 1)
    while token is not None and token.head.i != token.i and token.dep_ != "advcl":
        token = token.head
    return token is not None and token.dep_ == "advcl" and token.lower_ in words("relay_cues")


def _speaks_aside(draft: Draft, speaker: Attribution) -> bool:
    """The speaker is in a subordinate clause ("came as the UN said ...") that holds none of
    the draft's triggers, nor gives a toll of no act of its own ("..., while an elder put the
    toll at 12": a rival figure). A clause no conjunction opens ("Gunmen abducted 20 girls
    on Monday, an official told AFP", which the parse may hang on the act's verb) is the
    sentence's own attribution, not one beside it."""
    if speaker.at is None or not draft.triggers:
        return False
    grammar = draft.facts.grammar
    token = grammar.root(speaker.at, speaker.at + 1)
    while token is not None and token.head.i != token.i and token.dep_ != "advcl":
        token = token.head
    if token is None or token.dep_ != "advcl" or not is_reporting(token) or not is_marked(
            token):
        return False
    start, end = grammar.subtree_offsets(token)
    if any(start <= c.start < end for c in draft.facts.killed) and not any(
            start <= t.start < end for t in draft.facts.event_triggers):
        return False  # ("..., while a local elder put the toll at 12": a rival figure)
    return not any(start <= t.start < end for t in draft.triggers)
