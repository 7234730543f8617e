"""Actor resolution: names, aliases and generic descriptors to ACLED actors by country and date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from khaldun.actors.coordinated import joined_sides, shared_noun_sides
from khaldun.actors.dictionary import Dictionary, Role, Target, load, template_name
from khaldun.actors.kin_groups import kin_groups
from khaldun.actors.phrases import (
    adjective_use,
    cased_spans,
    fold,
    lexicon_alternation,
    squeeze,
)
from khaldun.actors.role_actors import country_name, dictionary_actor, pick_name, role_actor
from khaldun.actors.theatres import Shares, names_aircraft, theatres
from khaldun.claims.lexicon import speech_after
from khaldun.data import read_lines
from khaldun.nlp.grammar_words import words
from khaldun.places.context import context_words
from khaldun.places.lexicon import country_vote_cues, demonyms, kin_adjectives
from khaldun.records import (
    ARMED_CLASSES,
    IDENTITY_MILITIAS,
    NON_STATE_ARMED,
    STATE_FORCES,
    Actor,
)

# a descriptor quoted alone: "terrorists", \u201cgangs\u201d (straight or curly quotes)
_QUOTED = re.compile("^[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019]+[\"\u201d\u2019']$")
# "regime-held", "regime-controlled": a side descriptor holding a place
_HOLDER = re.compile(rf"\b([A-Za-z]+)-(?:{context_words('holder_participles')})\b")
PREFIX_WINDOW = 40  # characters looked back for a demonym before a generic descriptor
_NEXT_WORD = re.compile(r"\s+([\w'\u2019]+)")
# "dressed as soldiers": what attackers looked like, not who they were
_DISGUISE = re.compile(
    rf"\b(?:{lexicon_alternation('disguise_phrases')})\s+(?:(?:the|an?)\s+)?(?:[\w'-]+\s+)?\Z",
    re.I,
)
# "a retired army general": the state's role is what one was; a civilian now
_FORMER = re.compile(
    rf"\b(?:{lexicon_alternation('former_phrases')})\s*-?\s*(?:[\w'-]+\s+)?\Z", re.I
)
# "the husband of a town mayor": the kin of the one named, a civilian
_KIN = re.compile(
    rf"\b(?:{lexicon_alternation('kin_phrases')})\s+of\s+(?:(?:the|an?|his|her|their|its)\s+)?"
    r"(?:[\w'-]+\s+)?\Z",
    re.I,
)
_ONCE = re.compile(rf"\b(?:{lexicon_alternation('former_phrases')})\b", re.I)


def held_once(phrase: str) -> bool:
    """The phrase says what its people were, not are ("a retired army general")."""
    return _ONCE.search(phrase) is not None


_SOURCE_NOUN = re.compile(rf"\s+(?:{lexicon_alternation('source_nouns')})\b", re.I)
_SPEAKS = re.compile(
    r"(?:\s+(?:who|in|from|of|at|on)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?,?\s+"
    r"(?:have |had |has |also |later |earlier )?"
    rf"(?:{speech_after(plural=True, role=True)})\b",
    re.I,
)


@dataclass
class ActorMention:
    """One actor named in a text, with character offsets into that text."""

    start: int
    end: int
    surface: str
    actor: Actor
    generic: bool  # True when the words name a role and the country came from context
    role: str | None = None  # the generic role the words named ("state", "air", "civilians")


# How many find_actors answers are remembered: a sentence, its clauses and its victims' phrases
# are searched again by several stages (a third of the calls repeat one of the last few).
FOUND_CALLS = 256
_found: dict[tuple[str, str | None, date | None, bool], tuple[ActorMention, ...]] = {}
_found_for: list[object] = [None]  # the dictionary the remembered answers were read with


def find_actors(
    text: str, country: str | None = None, when: date | None = None, adjectives: bool = False
) -> list[ActorMention]:
    """Actors mentioned in text, in text order; the longest alias wins where aliases overlap,
    and "<demonym> and <side> <noun>" is one mention of the demonym's side (joined_sides).
    With `adjectives`, named actors used as adjectives ("YPG-held") count too.

    The answers of the last FOUND_CALLS calls are remembered; every call gets mentions and
    actors of its own (copies), so that a caller changing one changes no other's."""
    d = load()
    if _found_for[0] is not d:
        _found.clear()
        _found_for[0] = d
    key = (text, country, when, adjectives)
    found = _found.get(key)
    if found is None:
        found = _found[key] = tuple(_find_actors(d, text, country, when, adjectives))
        while len(_found) > FOUND_CALLS:  # the oldest first
            _found.pop(next(iter(_found)), None)
    return [_fresh(m) for m in found]


def _fresh(mention: ActorMention) -> ActorMention:
    """A copy of a remembered mention and of its actor (their fields copied as they are: a
    quarter of the time `copy.copy` takes)."""
    out = object.__new__(type(mention))
    out.__dict__.update(mention.__dict__)
    if mention.actor is not None:
        out.actor = object.__new__(type(mention.actor))
        out.actor.__dict__.update(mention.actor.__dict__)
    return out


def _find_actors(
    d: Dictionary, text: str, country: str | None, when: date | None, adjectives: bool
) -> list[ActorMention]:
    folded = fold(text)
    mentions: list[ActorMention] = []
    for hit in d.index.find(text):
        previous_end = mentions[-1].end if mentions else -1
        if hit.start < previous_end:
            continue  # swallowed by the previous mention's suffix ("Houthi rebels")
        targets = [e.target for e in hit.entries]
        generic = targets[0].role is not None
        if adjective_use(text, hit.start, hit.end, generic) and (generic or not adjectives):
            continue
        if _DISGUISE.search(text, max(0, hit.start - PREFIX_WINDOW), hit.start):
            continue
        if targets[0].role:
            mention = _role_mention(
                text, folded, hit.start, hit.end, targets[0], previous_end, country, when
            )
        else:
            named = pick_name([t.actor for t in targets if t.actor], country, when)
            actor = dictionary_actor(named, country)
            if _home_town_abroad(text[hit.start : hit.end], actor, country):
                continue
            end = _extend_suffix(folded, hit.end)
            mention = ActorMention(hit.start, end, text[hit.start : end], actor, False)
        if mention is not None:
            mentions.append(_owned(text, mention, mentions))
    mentions = _kin_militias(text, _ethnic_militias(text, mentions, country), country)
    mentions = _group_descriptors(text, mentions, lambda words: find_actors(words, country, when))

    def resolve(phrase: str) -> list[ActorMention]:
        return find_actors(phrase, country, when)

    mentions = joined_sides(text, mentions, lambda i: _demonym_before(text, folded, i), resolve)
    return shared_noun_sides(text, mentions, resolve)


def _home_town_abroad(surface: str, actor: Actor, country: str | None) -> bool:
    """ "a checkpoint in Rada in central Yemen": the alias of another country's own force
    (Libya's Rada) is, in a story of this country, the town of this country so spelled."""
    if country is None or actor.country is None or actor.country == country:
        return False
    from khaldun.places import get_gazetteer

    return any(p.kind in ("town", "neighbourhood") and p.country == country
               for p in get_gazetteer().exact(surface))


@lru_cache(maxsize=1)
def _ethnic_pattern() -> re.Pattern[str]:
    """ "ethnic Oromo and Amhara militias": a word of kinship, one or two peoples, a militia
    noun (data/places/kin_adjectives.txt, data/actors/militia_nouns.txt)."""
    nouns = sorted(read_lines("actors/militia_nouns.txt"), key=len, reverse=True)
    people = r"[A-Z][\w'-]+"
    return re.compile(
        rf"\b(?i:{'|'.join(map(re.escape, sorted(kin_adjectives())))})\s+(?P<a>{people})"
        rf"(?:\s+(?:and|or)\s+(?P<b>{people}))?\s+(?i:{'|'.join(map(re.escape, nouns))})\b")


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern[str]:
    """ "Bantu militiamen", "Pokot raiders": a known people (data/actors/peoples.txt), one or
    two, capitalised, right before an armed noun (data/actors/armed_people_nouns.txt), no
    word of kinship."""
    nouns = sorted(read_lines("actors/armed_people_nouns.txt"), key=len, reverse=True)
    people = "|".join(map(re.escape, sorted(read_lines("actors/peoples.txt"), key=len,
                                            reverse=True)))
    return re.compile(
        rf"\b(?P<a>(?=[A-Z])(?i:{people}))(?:\s+(?:and|or)\s+(?P<b>(?=[A-Z])(?i:{people})))?\s+"
        rf"(?i:{'|'.join(map(re.escape, nouns))})\b")


def _ethnic_militias(
    text: str, mentions: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """The mentions, with each people named after a word of kinship and before a militia noun,
    or a known people before an armed noun, its ethnic militia ("<People> Ethnic Militia
    (<Country>)", ACLED's name, inter 4), in place of the mentions its words overlap; a
    people the dictionary already names an identity militia keeps it."""
    if country is None:
        return mentions
    where = country_name(country) or country
    kin = list(_ethnic_pattern().finditer(text))
    bare = [m for m in _people_pattern().finditer(text)
            if not any(k.start() <= m.start() < k.end() for k in kin)
            and not any(x.start < m.end() and m.start() < x.end and not x.generic
                        and x.actor.inter == IDENTITY_MILITIAS for x in mentions)]
    for m in sorted(kin + bare, key=lambda m: m.start()):
        made = [ActorMention(m.start(g), m.end() if g == "b" or not m.group("b") else m.end(g),
                             m.group(g), Actor(f"{m.group(g)} Ethnic Militia ({where})",
                                               IDENTITY_MILITIAS, country), False)
                for g in ("a", "b") if m.group(g)]
        mentions = [x for x in mentions if x.end <= m.start() or x.start >= m.end()] + made
    return sorted(mentions, key=lambda x: x.start)


def _kin_militias(
    text: str, mentions: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """The mentions, with each named tribe or clan its militia ("the Shammar tribe": "Shammar
    Tribal Militia (Iraq)", inter 4) in place of the mentions its words overlap; a phrase
    that names a known people ("Dinka and Nuer tribesmen") keeps the dictionary's militias."""
    groups = kin_groups(text) if country else []
    if not groups:
        return mentions
    where = country_name(country) or country
    named = [x for x in mentions if not x.generic]
    for g in groups:
        if any(x.start < g.phrase[1] and g.phrase[0] < x.end for x in named):
            continue
        mentions = [x for x in mentions if x.end <= g.start or x.start >= g.end] + [
            ActorMention(g.start, g.end, text[g.start : g.end],
                         Actor(f"{g.name} {g.kind} Militia ({where})", IDENTITY_MILITIAS, country),
                         False)]
    return sorted(mentions, key=lambda x: x.start)


def _group_descriptors(
    text: str, mentions: list[ActorMention], resolve
) -> list[ActorMention]:
    """An armed descriptor named with the armed group its people belong to is one mention of
    that group, spanning both: joined after it ("gunmen from the Shammar tribe", "fighters
    loyal to X": grammar.yaml membership_links), right after its name ("a Houthi army post")
    or after its "-held" ("a Houthi-held military camp"); a demonym before a descriptor is
    left to the country's forces."""
    out: list[ActorMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and _one_of_group(text, last, m):
            named = m if last.generic else last
            out[-1] = ActorMention(last.start, m.end, text[last.start : m.end], named.actor, False)
            continue
        held = (_HELD_BEFORE.search(text, max(0, m.start - 40), m.start)
                if m.generic and m.actor.inter in ARMED_CLASSES else None)
        owner = [x for x in resolve(held.group(1)) if not x.generic
                 and x.actor.inter in ARMED_CLASSES] if held else []
        if owner and (last is None or last.end <= held.start()):
            out.append(ActorMention(held.start(), m.end, text[held.start() : m.end],
                                    owner[0].actor, False))
            continue
        out.append(m)
    return out


def _one_of_group(text: str, first: ActorMention, second: ActorMention) -> bool:
    """Two armed mentions in a row, one a descriptor and one a named group, that name one side:
    the descriptor joined to the name after it, or set right after the name."""
    if first.generic == second.generic or not (
            first.actor.inter in ARMED_CLASSES and second.actor.inter in ARMED_CLASSES):
        return False
    if first.generic:
        return _membership().fullmatch(text, first.end, second.start) is not None
    return text[first.end : second.start] == " "


_HELD_BEFORE = re.compile(rf"\b([A-Z][\w']*)-(?:{context_words('holding_participles')})\s+\Z")


@lru_cache(maxsize=1)
def _membership() -> re.Pattern[str]:
    links = sorted(words()["membership_links"], key=len, reverse=True)
    joined = "|".join(r"\s+".join(map(re.escape, link.split())) for link in links)
    return re.compile(rf"\s+(?:{joined})\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class HomeCountries:
    """Countries the actors of a text belong to or fight in: evidence of where it happens."""

    armed_groups: tuple[str, ...]  # one per mention of a non-state armed group
    states: tuple[str, ...]  # one per state whose forces are named
    # (country, share) where the actors fight, for actors and descriptors with a known
    # theatre (khaldun/data/theatres.yaml): per mention of an armed group at home, once for
    # others (a world-wide movement, a state, a descriptor).
    theatres: tuple[tuple[str, float], ...] = ()


# ACLED's placeholder for a group the text does not name ("Unidentified Armed Group (Sudan)"):
# its country is a demonym's ("a Sudanese militant"), which votes as one, or the event's own.
UNIDENTIFIED = "Unidentified"


def home_countries(text: str, when: date | None = None) -> HomeCountries:
    """Home countries of the named actors in text ("YPG-held" included) and theatres of its
    actors and generic descriptors ("regime forces")."""
    known = theatres()
    armed: list[str] = []
    states: list[str] = []
    fought: list[tuple[str, float]] = []
    counted: set[str] = set()  # descriptors and states vote once
    aired = known.airborne if names_aircraft(text) else {}  # the PKK bombed in its bases
    for m in find_actors(text, None, when, adjectives=True):
        if m.generic:
            word = known.descriptor(m.surface)
            if word and word not in counted:
                counted.add(word)
                fought.extend(known.descriptors[word][1].items())
            continue
        actor = m.actor
        shares = (known.of_phrase(m.surface) or aired.get(actor.name)
                  or _theatre(known.actors, actor.name))
        if _fires_from_home(text, m):
            # "mortar rounds launched by Saudi gunners" land where those soldiers are not: abroad
            if shares is None or actor.name in counted:
                continue
            shares = {c: v for c, v in shares.items() if c != actor.country}
        if shares is None:
            if len(_alias_homes(m.surface)) > 1:
                continue  # "Kurdish security forces": Syria's or Iraq's, as the place says
            if actor.country and actor.inter in NON_STATE_ARMED:
                if not actor.name.startswith(UNIDENTIFIED):
                    armed.append(actor.country)  # "a Sudanese militant": its demonym votes
            elif actor.country and actor.inter == STATE_FORCES:
                states.append(actor.country)
        elif actor.inter in NON_STATE_ARMED and actor.country or actor.name not in counted:
            # A group at home votes per mention; a world-wide movement (Islamic State) once:
            # its name, however often said, points at no country of its own.
            counted.add(actor.name)
            fought.extend(shares.items())
    for m in _HOLDER.finditer(text):
        # "the regime-held town": the side holding a place is a side of its war, as "regime
        # forces" is
        word = known.descriptor(m.group(1))
        if word and word not in counted:
            counted.add(word)
            fought.extend(known.descriptors[word][1].items())
    return HomeCountries(tuple(armed), tuple(dict.fromkeys(states)), tuple(fought))


@lru_cache(maxsize=1024)
def _alias_homes(surface: str) -> frozenset[str]:
    """The home countries of the named actors whose alias the words are: more than one where
    actors of several countries share it, which then says nothing of where a text is."""
    d = load()
    return frozenset(
        d.actors[e.target.actor].country or ""
        for hit in d.index.find(surface) if hit.start == 0
        for e in hit.entries if e.target.actor and e.target.actor in d.actors
    )


def _fires_from_home(text: str, m: ActorMention) -> bool:
    """A state's forces named by their demonym fire from afar ("Saudi artillery", "shells
    launched by Saudi gunners"): from home, across a border."""
    word = re.match(r"[\w']*", m.surface).group(0)
    return (m.actor.inter == STATE_FORCES and word.lower() in demonyms()
            and country_vote_cues().from_afar(text, m.start, m.start + len(word)))


def _theatre(actors: dict[str, Shares], name: str) -> Shares | None:
    """Where an actor fights, as mined under its name or an earlier one (Nusra for HTS)."""
    predecessors = load().predecessors
    seen = {name}
    while name not in actors and name in predecessors and predecessors[name] not in seen:
        name = predecessors[name]
        seen.add(name)
    return actors.get(name)


def _role_mention(
    text: str,
    folded: str,
    start: int,
    end: int,
    target: Target,
    previous_end: int,
    country: str | None,
    when: date | None,
) -> ActorMention | None:
    """A generic descriptor as an actor, or None where the words are not an actor here."""
    role = load().roles[target.role or ""]
    prefix = _demonym_before(text, folded, start) if role.demonym else None
    if target.country:
        prefix = (start, target.country)  # "Iranians": the word itself names the country
    if prefix and prefix[0] < previous_end:
        prefix = None
    if prefix is None and target.prefixed:
        return None  # bare "forces": only "Turkish forces" names someone
    if role.speaker and _SPEAKS.match(text, end):
        return None  # "officials said", "residents told AFP": sources, not actors
    if prefix is None and _QUOTED.match(text[max(0, start - 1) : end + 1]):
        return None  # blamed "terrorists": a speaker's label for someone, not who they are
    if _SOURCE_NOUN.match(text, end):
        return None  # "a military source", "army spokesman": who speaks, not who acts
    following = _NEXT_WORD.match(folded, end)
    if following and following.group(1) in role.not_before:
        return None  # "military analysts", "army hospital"
    key = _shifted(role, folded, end)
    before = prefix[0] if prefix else start
    if (role.inter == STATE_FORCES and _FORMER.search(
            text, max(0, before - PREFIX_WINDOW), before)) or (
            role.inter in ARMED_CLASSES and _KIN.search(
                text, max(0, before - PREFIX_WINDOW), before)):
        # "a retired army general", "the son of a police commander", "the son of a militia
        # leader" (generic.yaml former_phrases, kin_phrases)
        key = "civilians"
    if prefix:
        start, iso = prefix
        actor = role_actor(key, iso, when, context=country)
    elif country in role.bare_of and key == role.key:
        actor = role_actor(key, role.bare_of[country], when, context=country)
    else:
        actor = role_actor(key, country, when)
    return ActorMention(start, end, text[start:end], actor, prefix is None, key)


def _owned(text: str, mention: ActorMention, before: list[ActorMention]) -> ActorMention:
    """ "Al Shabaab said its fighters ...", "the Israeli military said its aircraft ...": an
    armed descriptor after "its" or "their" (grammar.yaml self_possessives) is the armed side
    named last before it."""
    owner = next((m for m in reversed(before) if not m.generic), None)
    if not (mention.generic and mention.actor.inter in ARMED_CLASSES and owner is not None
            and owner.actor.inter in ARMED_CLASSES and _possessed(text, mention.start)):
        return mention
    return ActorMention(mention.start, mention.end, mention.surface, owner.actor, False)


def _possessed(text: str, start: int) -> bool:
    word = re.search(r"(\w+)\s+\Z", text[max(0, start - 8) : start])
    return word is not None and word.group(1).lower() in words()["self_possessives"]


def _shifted(role: Role, folded: str, end: int) -> str:
    """The role that the following verb makes of the words ("workers protested": protesters)."""
    for other, pattern in _shift_patterns(role.key):
        if pattern.match(folded, end):
            return other
    return role.key


@lru_cache(maxsize=64)
def _shift_patterns(role: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for other, verbs in load().roles[role].shift.items():
        words = "|".join(sorted((squeeze(v) for v in verbs.split("|")), key=len, reverse=True))
        # A phrase may come between: "workers of the Haft Tappeh sugar company protested";
        # anything else may be another subject ("civilians fled as troops marched").
        between = r"(?: (?:of|from|in|at|on|with|who|across|throughout) [\w'.]+(?: [\w'.]+){0,5}?)?"
        tense = r"(?: (?:have|had|has|also|again|then|later|reportedly|all))*"
        out.append((other, re.compile(rf"{between}{tense} (?:{words})\b")))
    return tuple(out)


def resolve_actor(
    phrase: str, country: str | None = None, when: date | None = None
) -> Actor | None:
    """The actor a phrase names ("regime forces", "Civilians (Syria)", "ISIS"), or None."""
    key = squeeze(phrase)
    named = _templates().get(key)
    if named:
        role, iso = named
        return role_actor(role, iso, when, context=country)
    mentions = find_actors(phrase, country, when)
    return mentions[0].actor if mentions else None


def _extend_suffix(folded: str, end: int) -> int:
    """Take in a following word that names the group's members ("Houthi rebels")."""
    m = _suffix_pattern().match(folded, end)
    return m.end() if m else end


def country_before(text: str, start: int) -> tuple[int, str, str] | None:
    """The country a demonym or "<country>'s" just before start names: (its start, ISO2, the
    country's demonym)."""
    found = _demonym_before(text, fold(text), start)
    if found is None:
        return None
    demonyms = load().countries[found[1]].demonyms
    return (*found, demonyms[0]) if demonyms else None


@lru_cache(maxsize=256)
def _demonym_before(text: str, folded: str, start: int) -> tuple[int, str] | None:
    """A demonym or "<country>'s" just before a generic descriptor: (new start, ISO2)
    (remembered: a sentence is searched for its actors, perpetrators and sources)."""
    window_start = max(0, start - PREFIX_WINDOW)
    m = _prefix_pattern().search(folded, window_start, start)
    if not m:
        return None
    word = m.group(1)
    iso, spans = _prefix_table()[word]
    at = m.start(1)
    if not all(text[at + a : at + b] == token for a, b, token in spans):
        return None
    return at, iso


@lru_cache(maxsize=1)
def _prefix_table() -> dict[str, tuple[str, tuple]]:
    d = load()
    out: dict[str, tuple[str, tuple]] = {}
    for c in d.countries.values():
        for word in c.demonyms + tuple(f"{n}'s" for n in c.names):
            out.setdefault(squeeze(word), (c.iso2, cased_spans(word)))
    return out


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    words = sorted(_prefix_table(), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", " +") for w in words)
    return re.compile(rf"(?<![\w.'])({alternation}) +\Z")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    words = sorted(load().suffixes, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:'s)? +(?:{alternation})(?![\w])")


@lru_cache(maxsize=1)
def _templates() -> dict[str, tuple[str, str]]:
    """Folded generated names ("civilians (syria)") -> (role, ISO2)."""
    d = load()
    out: dict[str, tuple[str, str]] = {}
    for role in d.roles.values():
        for c in d.countries.values():
            out.setdefault(squeeze(template_name(role.template, c)), (role.key, c.iso2))
    return out


def targets_of(phrase: str) -> list[Target]:
    """The dictionary entries an exact phrase points to (for tests and debugging)."""
    return [e.target for e in load().index.get(phrase)]
