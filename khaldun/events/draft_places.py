"""The places of a sentence's drafts: the places a trigger group speaks of, which of them
become separate events (codebook §8.3), and the town that holds bare neighbourhoods."""

from __future__ import annotations

from spacy.tokens import Token

from khaldun.events.facts import SentenceFacts
from khaldun.events.focus import refers_back
from khaldun.events.frames import governing_trigger
from khaldun.events.placing import holds_the_one_before, lies_in
from khaldun.events.triggers import RUN_UP, Trigger, word_class
from khaldun.nlp.grammar_words import is_reporting
from khaldun.places import PlaceMention, get_gazetteer
from khaldun.places.districts import district_of, town_named
from khaldun.places.transliteration import name_key, same_place_name


def told_places(facts: SentenceFacts, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places less those in the speaker's words ("..., Kaduna police spokesman X said"),
    unless the speaker's are all the sentence names and it points to no place spoken of
    before ("the town"); never those of one who reacts to an act
    ("the governor of X condemned the strike": where he is, not where it was)."""
    unspoken = unspoken_places(facts, places)
    if unspoken or refers_back(facts.sentence.text, [p.start for p in facts.places]):
        # ("the rebels entered the town, said X, an administrator in Y territory": the town
        # spoken of, not where the speaker serves)
        return unspoken
    reacting = _reacting_places(facts)
    return [p for p in places if (p.start, p.end) not in reacting]


def unspoken_places(facts: SentenceFacts, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places less those in the speaker's words ("the interior ministry in Kabul said")
    or of one who reacts."""
    spoken = facts.frames.get("speaker_places")
    if spoken is None:  # asked for each trigger group and for the focus: read once
        spoken = facts.frames["speaker_places"] = {
            (p.start, p.end) for p in facts.places if facts.grammar.is_speaker(p.start, p.end)
        } | _reacting_places(facts)
    return [p for p in places if (p.start, p.end) not in spoken]


def _reacting_places(facts: SentenceFacts) -> set[tuple[int, int]]:
    """The places in the subject of a verb of reacting, no act named before them in it
    ("protesters in X condemned ...": the protest's place)."""
    first = min((t.start for t in facts.event_triggers), default=len(facts.sentence.text))
    return {(p.start, p.end) for p in facts.places
            if p.start < first and facts.grammar.reacts(p.start, p.end)}


def governed_places(
    facts: SentenceFacts, groups: list[list[Trigger]], i: int
) -> list[PlaceMention]:
    """The places a trigger group speaks of: those after it, else those just before it, else
    those the sentence opens on. (The parse is no better guide here: it hangs list items and
    appositives on whichever verb; it only parts the places between two groups' acts.)"""
    places = told_places(facts, [p for p in facts.places if p.role != "country"])
    places = _of_the_act(facts, groups[i], places)
    first = groups[i][0].start
    nxt = groups[i + 1][0].start if i + 1 < len(groups) else len(facts.sentence.text) + 1
    # "... after two weeks of capturing X": the run-up's places are not this group's
    nxt = min([nxt, *(t.start for t in facts.triggers if t.role == RUN_UP and t.start > first)])
    prev = groups[i - 1][-1].end if i > 0 else -1
    # (a group's own span holds a place only when a killing joined it: "struck X, killing")
    after = [p for p in places if first < p.start < nxt and p.start >= groups[i][0].end]
    before = [p for p in places if prev <= p.start and p.end <= first]
    if i + 1 < len(groups) and _own_act(groups[i + 1]) and not _after(
            places, groups[i + 1], groups[i + 2 : i + 3]):
        # "a bomb hit a car in A, and in B an attack killed six": B, told before the next
        # act, which has no place after it, under it in the parse, is that act's ("in A,
        # protesters stormed X, while in B police fired tear gas": this act's is A, before it)
        theirs = _theirs(facts, groups[i + 1], after)
        after = [p for p in after if p not in theirs] or ([] if before else after)
    if after:
        return after
    if i > 0 and _own_act(groups[i]) and (theirs := _theirs(facts, groups[i], before)):
        before = theirs
    if before or i == 0:
        return before
    # "In the city of X, protesters burned tyres, and police shot dead a man": the place the
    # sentence opens on frames its every act
    return [p for p in places if p.end <= groups[0][0].start]


def _after(places: list[PlaceMention], group: list[Trigger], rest: list[list[Trigger]]
           ) -> list[PlaceMention]:
    """The places after the group's first act and before the next group's."""
    nxt = rest[0][0].start if rest else None
    return [p for p in places
            if p.start >= group[0].end and (nxt is None or p.start < nxt)]


def _own_act(group: list[Trigger]) -> bool:
    """The group names an act, not only a killing ("... killed 10" goes on with the act before)."""
    return any(t.role != "kill" for t in group)


def _theirs(facts: SentenceFacts, group: list[Trigger], places: list[PlaceMention]
            ) -> list[PlaceMention]:
    """The places the parse puts under the group's act."""
    return [p for p in places
            if (found := governing_trigger(facts, p.start, p.end)) and found[0] in group]


def _of_the_act(
    facts: SentenceFacts, group: list[Trigger], places: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Civilians wounded in the raids were treated in X", "soldiers killed in the attack
    were buried in X": the victims of an act named again by a definite noun, the subject of
    another verb; the places that verb governs are where the victims went, not the act's.
    (A speaker's places are told_places' to judge.)"""
    grammar = facts.grammar
    tokens = [t for t in (grammar.root(t.start, t.end) for t in group) if t is not None]
    if not any(_definite_noun(t) for t in tokens):
        return places
    acts = {t.i for t in (grammar.root(t.start, t.end) for t in facts.event_triggers) if t}
    return [p for p in places
            if grammar.is_speaker(p.start, p.end)
            or any(_of_trigger(grammar.root(p.start, p.end), t, acts) for t in tokens)]


def _definite_noun(token: Token) -> bool:
    definite = word_class("definite_determiners", whole=True)
    return token.tag_.startswith("NN") and any(
        c.dep_ == "det" and definite.match(c.text) for c in token.children)


def _of_trigger(place: Token | None, trigger: Token, acts: set[int]) -> bool:
    """The place is the trigger's unless their phrases meet at a verb (no act, no verb of
    saying) whose subject the trigger's participle describes ("[civilians [wounded in the
    raids]] were treated in X")."""
    if place is None:
        return True
    above = {trigger.i} | {a.i for a in trigger.ancestors}
    meet = next((t for t in (place, *place.ancestors) if t.i in above), None)
    if meet is None or meet.i in acts or is_reporting(meet) or meet.i == trigger.i:
        return True
    path = [trigger, *trigger.ancestors]
    path = path[: next(i for i, t in enumerate(path) if t.i == meet.i)]
    return not (path[-1].dep_ in ("nsubj", "nsubjpass")
                and any(t.dep_ == "acl" for t in path))


def place_clusters(
    facts: SentenceFacts, places: list[PlaceMention], context_town: str | None
) -> list[list[PlaceMention]]:
    """Places that become separate events (codebook §8.3): one per named place; a town and a
    neighbourhood inside it, or one name written twice, stay one event."""
    # "the Idlib suburb of Kafaroweid": Idlib only contains the place of the event.
    containers = {name_key(p.town.name) for p in places if p.town and p.role == "town"}
    if len(places) > 1:
        places = [
            p
            for p in places
            if name_key(town_of(p, None) or p.surface) not in containers
            or p.role != "town"
            or p.town is not None
        ] or places
    places = _held_in_the_next(facts.sentence.text, places)
    places = _without_span_ends(facts, places)
    # "on the outskirts of Morek, in the countryside of Hama": the province holds the town
    finer = [p for p in places if p.role in ("town", "neighbourhood")]
    places = [p for p in places if p.role != "admin1" or not _holds(p, finer)] or places
    clusters: dict[str, list[PlaceMention]] = {}
    for p in places:
        clusters.setdefault(name_key(p.surface), []).append(p)
    quarters = {
        name_key(town_of(p, context_town) or "") for p in places if p.role == "neighbourhood"
    }
    if any(name_key(p.surface) in quarters for p in places if p.role == "town"):
        # "in Jobar, in Damascus": the town only holds its quarter
        clusters = {k: v for k, v in clusters.items() if k not in quarters} or clusters
    return list(clusters.values())


# How far up the parse a place may hang below "between": "between [the towns of] A [and B]".
_SPAN_DEPTH = 4


def _without_span_ends(
    facts: SentenceFacts, places: list[PlaceMention]
) -> list[PlaceMention]:
    """ "a market between the towns of A and B": B, coordinated with A under "between", only
    bounds the spot with A; the event is one, at A (not a list of places, codebook §8.3)."""
    span_word = word_class("span_prepositions", whole=True)
    grammar, out = facts.grammar, []
    heads = {id(p): grammar.root(p.start, p.end) for p in places}
    for p in places:
        token = heads[id(p)]
        first = token.head if token is not None and token.dep_ == "conj" else None
        if first is not None and any(heads[id(q)] is not None and heads[id(q)].i == first.i
                                     for q in out):
            up = first
            for _ in range(_SPAN_DEPTH):
                if up.dep_ == "pobj" and span_word.match(up.head.text):
                    break
                up = up.head
            else:
                up = None
            if up is not None:
                continue
        out.append(p)
    return out


def _held_in_the_next(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "the X toll gate in Y": a bigger town written just after a known town, "in" between,
    only says where that one lies: one event, at X (a namesake of X far from Y is made Y's
    quarter before this: events.placing.quarters_of_the_next)."""
    return [
        p for i, p in enumerate(places)
        if not (i and holds_the_one_before(text, places[i - 1], p)
                and lies_in(places[i - 1].place, p.place))
    ]


def _holds(province: PlaceMention, places: list[PlaceMention]) -> bool:
    """A finer place of the list lies in the province (or its province is unknown)."""
    name = province.place.name if province.place else province.surface
    return any(
        (p.place or p.town) is None or not (p.place or p.town).admin1
        or same_place_name((p.place or p.town).admin1, name)
        for p in places
    )


def sentence_town(facts: SentenceFacts, article_town: str | None = None) -> str | None:
    """The known town the sentence names that holds its bare neighbourhoods ("... in the
    city of Aleppo"): the most populous, as quarters are a city's; the article's own city
    when that town is a district of it the gazetteer lists as a town ("Sadr City")."""
    towns = [p for p in facts.places if p.role == "town" and p.place]
    if not towns:
        return None
    best = max(towns, key=lambda p: (p.place.population, -p.start))
    city = town_named(get_gazetteer(), article_town, facts.country) if article_town else None
    if district_of(best.place, city):
        return city.name
    return town_of(best, None)


def town_of(p: PlaceMention, context_town: str | None) -> str | None:
    """The town a mention stands in: itself, a neighbourhood's town, or the context's town."""
    if p.role == "neighbourhood":
        if p.town:
            return p.town.name
        return (p.place.town if p.place else None) or context_town
    if p.role == "town":
        return p.place.name if p.place else p.surface
    return None
