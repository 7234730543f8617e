"""Speakers read from the parse: the organisation a named person speaks for ("X, a spokesman
for the Joint Command, said", "said X, director of the city's ambulance service"), and a later
"X said" stands for it too; a subject that names its speaker by its own words ("a parish
priest said") where the word lists found none (codebook §6)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from khaldun.actors import find_actors
from khaldun.actors.source_lexicon import PEOPLE_CLASSES, is_wire, load_sources, role_nouns
from khaldun.actors.sources import resolve_source
from khaldun.claims.attribution import UNNAMED, Attribution, head_of
from khaldun.claims.lexicon import alternation, words
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import gives_toll, is_reaction, is_reporting
from khaldun.nlp.statements import unparsed_speakers_verb
from khaldun.records import ARMED_CLASSES, REPORTER

# Words of the organisation's phrase kept in its name: its head and the words before it.
_NAME_LABELS = frozenset({"compound", "nmod", "amod", "poss", "case"})


def organisation_speakers(
    grammar: Grammar, text: str, country: str | None, speakers: list[Attribution],
    people: dict[str, str], earlier: Sequence[Attribution] = (),
) -> list[Attribution]:
    """The speakers of a sentence with each person set beside an organisation replaced by that
    organisation; the person's names are learnt (in `people`) as standing for it. An
    organisation named by its head noun alone is the one with that head inside the subject or
    among the `earlier` sentence's speakers ("the interior ministry said ... a spokesman for
    the ministry said")."""
    out = list(speakers)
    for verb in grammar.verbs:  # (is_reporting and is_reaction hold of verbs only)
        # "the governor condemned the killings": who reacts to the act tells it happened
        if (not is_reporting(verb) or _says_a_thing(verb)) and not is_reaction(verb):
            continue
        for subject in _subjects(grammar, verb):
            start, end = grammar.subtree_offsets(subject)
            inside = [s for s in out if s.at is not None and start <= s.at < end]
            # "a resident in the province of Hajjah said": a name no list knows in its
            # complement is a place, not the speaker
            own = [s for s in inside if not _unknown_in_complement(grammar, subject, s)]
            # "an elder said six fighters died": those the reported clause tells of say nothing
            told = [s for s in out if _reported(grammar, verb, s)]
            if any(_cited(text, s) for s in told):
                continue  # "the TV reported that, according to a source, ...": it relays
            may_describe = not own and not _named(
                [s for s in out if s not in inside and s not in told])
            heads = {w.lower().split()[-1] for s in [*out, *earlier] for w in (s.source, s.said_as)
                     if w}
            name, said_as = _subject_source(grammar, text, subject, country, may_describe, heads)
            # "X condemned the attack, his office said": the office speaks for X
            owner = _voice_owner(grammar, text, verb, subject, country, people, heads)
            if owner is not None:
                name, said_as = owner
            if name is None and may_describe and len(own) < len(inside):
                name, said_as = _class_of(grammar, text, subject, country)
            if name is None and may_describe and not inside:
                name, said_as = _person(grammar, text, subject, country, people)
            if name is None or _named_inside(own, name):
                continue
            # "governor" for the speaker already known as the "regional governor": that one, in
            # the subject or just before; in the subject, one its words end ("health
            # directorate" of "Kirkuk health directorate spokesman X": the parse split them)
            # ("a member of the council" after "the local council", a class of source, spoke)
            name = next((s.source for s in inside if _ends(s.source, name)), None) or next(
                (s.source for s in [*inside, *earlier]
                 if head_of(name, s.source) or head_of(name, s.said_as)), name)
            denies = any(s.denial for s in inside)
            # ("an army spokesman, Colonel X, said": the fuller words that named the one inside,
            # its title with them, by which a later "the spokesman said" names it again)
            said_as = next((s.said_as for s in inside
                            if s.source == name and len(s.said_as) > len(said_as or "")), said_as)
            # ("a spokesman for the X Brigade told Reuters": the brigade, named with the title
            # of the one who spoke for it, "X Brigade spokesman")
            said_as = _with_role(said_as, inside)
            out = [s for s in out if s not in inside and s not in told and s.source != REPORTER]
            # ("the district head said" after "said X, a district head": X again)
            name = people.get(_ROLE + name.casefold(), name)
            out.append(Attribution(name, name, denies, start, said_as))
            _learn(subject, name, people)
            _learn_role(grammar, text, subject, name, people)
    return out if out else speakers


def _with_role(said_as: str, inside: list[Attribution]) -> str:
    """The words that name a speaker, with the role the one inside its subject was named by
    ("spokesman") after them if they lack it."""
    roles = {w.lower() for w in role_nouns()}
    for s in inside:
        last = s.said_as.split()[-1] if s.said_as else ""
        if last.lower() in roles and said_as and last.lower() not in said_as.lower().split():
            return f"{said_as} {last}"
    return said_as


# "according to |a military source": a relaying cue right before a speaker
_CITED = re.compile(rf"\b(?:{alternation('relaying_cues')})\s+$", re.IGNORECASE)


def _cited(text: str, speaker: Attribution) -> bool:
    """The speaker is cited by a relaying cue ("according to X") where it is named."""
    at = speaker.at
    return at is not None and _CITED.search(text, max(0, at - 20), at) is not None


def _voice_owner(
    grammar: Grammar, text: str, verb: Token, subject: Token, country: str | None,
    people: dict[str, str], heads: frozenset[str] | set[str],
) -> tuple[str, str] | None:
    """The source a voice owned by a pronoun ("his office", "its spokesman") speaks for: the
    one the clause it reports names as its subject ("Governor X condemned the attack, his
    office said": X's office), else None."""
    start, end = grammar.subtree_offsets(subject)
    if text[start:end].casefold() not in words("owned_voices"):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for told in (c for c in clause.children if c.dep_ == "nsubj"):
            name, said_as = _subject_source(grammar, text, told, country, True, heads)
            if name is None:
                name, said_as = _person(grammar, text, told, country, people)
            if name is not None:
                return name, said_as
    return None


def _subjects(grammar: Grammar, verb: Token) -> list[Token]:
    """The verb's subjects, or the appositive the parse hung on a word before it that is its
    subject ("..., killing four, the governor of Marib, Ali Musa, told Reuters")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects or [t for t in grammar.words if t.i < verb.i and t.dep_ == "appos"
                        and getattr(unparsed_speakers_verb(t), "i", None) == verb.i][:1]


# what a noun phrase's words set aside: punctuation, clauses and appositions
_ASIDE = ("punct", "relcl", "acl", "appos")


def _subject_source(
    grammar: Grammar, text: str, subject: Token, country: str | None, may_describe: bool,
    heads: frozenset[str] | set[str] = frozenset(),
) -> tuple[str | None, str]:
    """The source a speaking subject names: the organisation its role serves ("a spokesman for
    X"; one no list knows, with its role: "the head of the council"), else the office its title
    holds ("the district governor, Ahmed Wali," / "X, the Taliban's director for Kunduz,"),
    else, where no source is named yet, its own describing words ("a press freedom group
    said", "Nigeria's military on Monday said")."""
    served = _served(subject, heads) or _led(subject)
    if served is not None:
        name, said_as = _organisation(grammar, text, served, country)
        if name is not None and load_sources().entries.get(name) is None:
            name, said_as = _known_with_role(served, country) or (name, said_as)
        if name is not None:
            return name, said_as
    title = _title_beside_name(subject)
    if title is not None:
        return _office(grammar, text, title, country)
    if served is None and may_describe and _described(subject, country):
        return _described_source(grammar, text, subject, country)
    return None, ""


def _known_with_role(served: Token, country: str | None) -> tuple[str, str] | None:
    """ "the head of the council": an organisation no list knows by its noun alone may be known
    with its role ("council head": local officials), where the role alone names no such
    source (not "a spokesman": the organisation names)."""
    role = served.head.head
    if role.lower_ not in _roles():
        return None
    whole = " ".join(t.text for t in role.subtree if t is role or t.dep_ not in _ASIDE)
    known = resolve_source(whole, country) if whole else None
    if load_sources().entries.get(known or "") is None or known == resolve_source(
            role.text, country):
        return None
    return known, whole


def _class_of(
    grammar: Grammar, text: str, subject: Token, country: str | None
) -> tuple[str | None, str]:
    """The class of source a subject's own words name ("a resident in X": residents)."""
    said_as = phrase_name(grammar, text, subject)
    known = resolve_source(said_as, country)
    return (known if load_sources().entries.get(known or "") is not None else None), said_as


def _ends(source: str, name: str) -> bool:
    """A longer source's name ends with the words of the name."""
    longer, words = source.casefold().split(), name.casefold().split()
    return len(longer) > len(words) and longer[-len(words):] == words


def _unknown_in_complement(grammar: Grammar, subject: Token, speaker: Attribution) -> bool:
    """A speaker no list knows whose words hang from a preposition inside the subject's phrase
    ("residents of X", "the department of the state of X")."""
    if speaker.at is None or load_sources().entries.get(speaker.source) is not None:
        return False
    token = grammar.root(speaker.at, speaker.at + 1)
    while token is not None and token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


def _served(subject: Token, heads: frozenset[str] | set[str] = frozenset()) -> Token | None:
    """The organisation a subject's role serves: the subject itself ("a spokesman for X") or
    its apposition ("Ali Nur, a spokesman for X"); or, by the head noun of a source named
    before (`heads`), the organisation the role is the title of ("the ministry's spokesman",
    "Ministry spokesman Ali Nur" after "the interior ministry said")."""
    for person in _subject_and_appositions(subject):
        titles = [person, *(t for t in person.lefts if t.dep_ == "compound")]
        for role in (t for t in titles if t.lower_ in _roles()):
            for prep in role.children:
                if prep.dep_ == "prep" and prep.lower_ in words("serving_preps"):
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            owner = next((t for t in role.lefts if t.dep_ in ("poss", "compound")
                          and t.lower_ in heads), None)
            if owner is not None:
                return owner
    return None


def _subject_and_appositions(subject: Token) -> tuple[Token, ...]:
    """The subject and the words set beside it ("a local elder, Ali Musa,")."""
    return (subject, *(c for c in subject.children if c.dep_ == "appos"))


def _led(subject: Token) -> Token | None:
    """What a person a relative clause describes leads ("X, who heads the local council")."""
    for person in _subject_and_appositions(subject):
        for clause in person.children:
            if clause.dep_ == "relcl" and clause.lower_ in words("leading_verbs"):
                objects = [c for c in clause.children if c.dep_ == "dobj"]
                if objects:
                    return objects[0]
    return None


def _person(
    grammar: Grammar, text: str, subject: Token, country: str | None, people: dict[str, str]
) -> tuple[str | None, str]:
    """ "said Musa Ali": a person named by two names or more, whom no list knows as a side,
    speaks as himself, or for whom the article said he speaks; one with a title ("town mayor
    Ali Musa", "a local elder, Ali Musa,") for the office or class the title names."""
    ranks = words("ranks")
    for person in _subject_and_appositions(subject):
        names = [t for t in person.lefts if t.dep_ == "compound" and t.tag_ == "NNP"]
        if person.tag_ != "NNP" or not names or names[0].i + len(names) != person.i:
            continue
        # ("said Colonel Salem Omar": his rank is how he is addressed, no part of his name)
        while len(names) > 1 and names[0].lower_.rstrip(".") in ranks:
            names = names[1:]
        titles = [t for t in person.lefts if t.dep_ == "compound" and t.tag_ == "NN"]
        titles += [subject] if person is not subject and subject.tag_ == "NN" else []
        if titles:  # "town mayor Ali Musa": the office or class his title names, if any
            said_as = phrase_name(grammar, text, titles[-1])
            office = resolve_source(said_as, country)
            if office is not None:
                return office, said_as
        said_as = text[grammar.offsets(names[0])[0] : grammar.offsets(person)[1]]
        if any(w in words("not_sources") for w in said_as.split()):
            continue
        if find_actors(said_as, country) or not all(w[:1].isupper() for w in said_as.split()):
            continue
        spoken_for = next((people[w] for w in said_as.split() if w in people), None)
        return spoken_for or resolve_source(said_as, country) or said_as, said_as
    return None, ""


def _reported(grammar: Grammar, verb: Token, speaker: Attribution) -> bool:
    """The speaker's words lie in the clause the verb reports ("said six fighters died"), not
    as the subject of a verb of saying of its own there."""
    token = grammar.root(speaker.at, speaker.at + 1) if speaker.at is not None else None
    while token is not None and token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ == "ccomp"
        if token.dep_ == "nsubj" and is_reporting(token.head):
            return False
        token = token.head
    return False


def _title_beside_name(subject: Token) -> Token | None:
    """The title set beside a person's name, before it or after it ("the district governor,
    Ahmed Wali," / "Ahmed Wali, the provincial police chief,")."""
    pair = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    # ("the governor of Marib, Ali Musa,": the name the parse hangs from the place)
    pair += [c for place in _office_places(subject) for c in place.children if c.dep_ == "appos"]
    names = [t for t in pair if t.tag_ in ("NNP", "NNPS")]
    titles = [t for t in pair if t.tag_ in ("NN", "NNS") and _titles_a_source(t)]
    return titles[0] if names and titles else None


def _titles_a_source(title: Token) -> bool:
    """The noun is a role or names an office or class of source by itself ("governor",
    "spokesman", "a shopkeeper"), not a word that only relates the name to another ("Russia,
    a key ally of President X," is no office of X's)."""
    return title.lower_ in _roles() or any(
        resolve_source(words_, None) is not None
        for words_ in (title.text, f"a {title.text}", f"an {title.text}"))


def _office_places(title: Token) -> list[Token]:
    """The proper names an office's title is "of" ("the governor of Marib": Marib)."""
    return [o for prep in title.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj" and o.tag_ in ("NNP", "NNPS")]


def _office(
    grammar: Grammar, text: str, title: Token, country: str | None
) -> tuple[str | None, str]:
    """The source a person's title names: an office or organisation ("district governor"; "the
    governor of Marib": Marib governor), or the people on the ground ("residents"); a named
    holder of a generic role ("a journalist", "a local official") is a source of his own."""
    said_as = phrase_name(grammar, text, title)
    for place in _office_places(title):
        whole = f"{said_as} of {text[slice(*grammar.offsets(place))]}"
        known = resolve_source(whole, country)
        if known is not None and not _generic(known):
            return known, whole
    article = next((t.lower_ for t in title.lefts if t.lower_ in _INDEFINITE), None)
    # ("X, a 45-year-old shopkeeper,": the class its words with their article name)
    known = resolve_source(said_as, country) or article and resolve_source(
        f"{article} {said_as}", country)
    if known is None or (_generic(known) and known not in PEOPLE_CLASSES):
        return None, said_as
    return known, said_as


def _says_a_thing(verb: Token) -> bool:
    """ "claimed the lives of six", "reported 12 deaths": the verb's object is what it claims,
    not a statement; "told reporters" names a listener, "put the toll at 32" a statement."""
    listening = verb.lower_ in words("listener_verbs") or gives_toll(verb)
    return not listening and any(c.dep_ == "dobj" for c in verb.children)


def _named_inside(own: list[Attribution], name: str) -> bool:
    """The subject holds a source known by its own name other than the one its words describe
    ("the monitoring group Raqqa is Being Slaughtered Silently": that group, not the monitor
    "the monitoring group" stands for alone)."""
    entries = load_sources().entries
    return any(
        s.source != name and (e := entries.get(s.source)) is not None and not e.generic
        and not e.national for s in own
    )


def _named(speakers: list[Attribution]) -> bool:
    """A source other than the outlet's voice, an unnamed one or a wire is already named."""
    return any(s.source not in (REPORTER, UNNAMED) and not is_wire(s.source) for s in speakers)


def describes_a_speaker(grammar: Grammar) -> bool:
    """ "..., a Western diplomat said", '"...," said Ali Musa, a worshipper': a verb of saying
    whose subject names or describes its speaker by words of its own."""
    return any(
        is_reporting(verb) and not _says_a_thing(verb) and any(
            c.dep_ == "nsubj" and names_itself(c) for c in verb.children)
        for verb in grammar.words
    )


def names_itself(subject: Token) -> bool:
    """The subject names or describes someone with words of its own: a proper name, a noun
    with modifiers ("the Peoples' Party", "separatist leaders") or one brought in by an
    indefinite article ("a cleric", "an imam in the town"), not a pronoun or a bare noun that
    stands for one named before ("the officer")."""
    return subject.tag_ in ("NNP", "NNPS") or subject.tag_ in ("NN", "NNS") and any(
        t.dep_ in _NAME_LABELS or t.dep_ == "det" and t.lower_ in _INDEFINITE
        for t in subject.lefts
    )


_INDEFINITE = ("a", "an")


def _described(subject: Token, country: str | None) -> bool:
    """A subject that names or describes a speaker (names_itself), not an armed group (a side
    speaking is the actors' stage's); a person the group's word only describes is one ("a
    militia leader", "a vigilante commander")."""
    if not names_itself(subject):
        return False
    tokens = list(subject.subtree)
    if any(t.tag_ == "CD" for t in tokens[: tokens.index(subject)]):
        return False  # "about 15 kilometres southwest": a misparse, no speaker
    phrase = " ".join(t.text for t in tokens)
    head = sum(len(t.text) + 1 for t in tokens[: tokens.index(subject)])
    return not any(a.actor.inter in ARMED_CLASSES and a.start <= head < a.end
                   for a in find_actors(phrase, country))


def _described_source(
    grammar: Grammar, text: str, subject: Token, country: str | None
) -> tuple[str | None, str]:
    """The source a describing subject names: the one the dictionary knows by those words,
    else the words themselves (a person's bare name is left to the name finder)."""
    said_as = phrase_name(grammar, text, subject)
    article = next((t.lower_ for t in subject.lefts if t.lower_ in _INDEFINITE), None)
    # ("a relative": the class of source its words with their article name)
    known = resolve_source(said_as, country) or article and resolve_source(
        f"{article} {said_as}", country)
    if known is not None:
        return known, said_as
    # ("the Tanzania Relief Society": proper nouns, but headed by an organisation's noun)
    person = subject.tag_ == "NNP" and subject.lower_ not in words("organisation_nouns") and all(
        t.tag_ == "NNP" for t in subject.lefts if t.dep_ in _NAME_LABELS
    )
    return (None if person else said_as), said_as


def _organisation(
    grammar: Grammar, text: str, head: Token, country: str | None
) -> tuple[str | None, str]:
    """The source an organisation's phrase names: a known source or armed group, else its own
    words when an organisation noun heads them ("the Amin ambulance service"); a place ("the
    governor of Kandahar") or a person names none."""
    kept = [*(t for t in head.lefts if t.dep_ in _NAME_LABELS), head]
    said_as = phrase_name(grammar, text, head)
    # "the Office of the High Commissioner for Human Rights": its whole phrase, if known
    whole = _whole(grammar, text, head)
    known = resolve_source(whole, country) if whole != said_as else None
    if known is not None and not _generic(known):
        return known, whole
    known = resolve_source(said_as, country)
    named = head.lower_ in words("organisation_nouns") and any(
        t.tag_.startswith("NNP") for t in kept
    )
    if known is not None and known != said_as and not (named and _generic(known)):
        return known, said_as
    return (said_as if head.lower_ in words("organisation_nouns") else None), said_as


def phrase_name(grammar: Grammar, text: str, head: Token) -> str:
    """A noun phrase's name: its head and the words before it, without a determiner ("the
    Amin ambulance service", "separatist leaders")."""
    kept = [t for t in head.lefts if t.dep_ in _NAME_LABELS]
    words = sorted({t for w in kept for t in w.subtree} | {head}, key=lambda t: t.i)
    while len(words) > 1 and words[0].dep_ == "det":  # "the Tripoli government's forces"
        words.pop(0)
    return text[grammar.offsets(words[0])[0] : grammar.offsets(head)[1]]


def _whole(grammar: Grammar, text: str, head: Token) -> str:
    """A noun phrase with what follows its head, without a determiner."""
    words = [t for t in head.subtree if t.dep_ not in _ASIDE]
    while len(words) > 1 and words[0].dep_ == "det":
        words.pop(0)
    return text[grammar.offsets(words[0])[0] : grammar.offsets(words[-1])[1]]


def _generic(source: str) -> bool:
    """A class of source ("medical sources"), which an organisation's own name outranks."""
    entry = load_sources().entries.get(source)
    return entry is not None and entry.generic


# key of `people` for a role a named person was set beside ("role:district head")
_ROLE = "role:"


def _learn_role(
    grammar: Grammar, text: str, subject: Token, name: str, people: dict[str, str]
) -> None:
    """ "said Usman Kachalla, a district head": the role set beside a person the article names
    (a common noun, not a known class of source) stands for him later ("the district head
    said"), one source, not a described one of its own (codebook §8.5)."""
    person = subject if subject.tag_ == "NNP" else None
    if person is None or name == REPORTER:
        return
    for role in (c for c in person.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNS")):
        said = phrase_name(grammar, text, role)
        if resolve_source(said) is None:
            people.setdefault(_ROLE + said.casefold(), name)


def _learn(subject: Token, name: str, people: dict[str, str]) -> None:
    """ "Ali Nur, a spokesman for ..." or "a ministry spokesman, Ali Nur,": "Nur" (or "Ali")
    alone stands for the source later."""
    placed = [c for place in _office_places(subject) for c in place.children if c.dep_ == "appos"]
    for person in (*_subject_and_appositions(subject), *placed):
        if person.tag_ != "NNP":
            continue
        for token in person.subtree:
            if token.tag_ == "NNP" and (token.i == person.i or token.head.i == person.i) and (
                    token.lower_ not in words("ranks")):  # ("Brigadier General X": his name)
                people[token.text] = name


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(w.lower() for w in role_nouns())

