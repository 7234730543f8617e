"""Events being assembled from an article's sentences, and what sentences leave for later ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from khaldun.claims.attribution import Attribution
from khaldun.dates import DateMention
from khaldun.events.assemble import Draft
from khaldun.events.trace import Trace
from khaldun.events.triggers import Trigger
from khaldun.nlp.grammar import Grammar
from khaldun.places import PlaceMention
from khaldun.records import Actor, Claim, Location, Sentence

# A follow-up sentence ("The Observatory said 13 were killed") attaches to the last event if it
# is at most this many paragraphs away (wire copy puts one sentence in each paragraph).
FOLLOW_UP_PARAGRAPHS = 4
# Changes of control: reports of one at one place merge whichever of these they name.
TERRITORY_SUBS = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)


@dataclass
class Building:
    """An event being assembled from one or more sentences of one article."""

    sub_event_type: str
    location: Location | None  # None until a later sentence names the place
    paragraph: int
    first_offset: int
    date_start: date | None
    date_end: date | None
    time_precision: int
    actor1: Actor | None
    actor2: Actor | None
    claims: list[Claim] = field(default_factory=list)
    weak: bool = False
    generic: bool = False  # typed from attack and killing words alone, no weapon or act named
    # its place is the article's focus (the dateline's town, the place named last), borrowed
    # by a sentence naming none: a later sentence telling the act again at a place of its own
    # places it
    borrowed: bool = False
    # told by its dead alone ("four soldiers were killed"): a clash read from them is no fight
    # told, and a later sentence's weapon or act says how they died
    by_its_dead: bool = False
    dated: bool = False  # the date comes from the text, not from the publication date
    told_by: date | None = None  # undated, but told on this day: it happened by then
    own_day: bool = False  # a sentence of it gives its date (maybe the publication day)
    # its first telling says it still went on when told ("fighting has killed 20"): a run up to
    # that day
    still_told: bool = False
    # undated, told on in a story about this time: the dates it takes if none is told later
    # (its dates then are still the default it was made with, `made_with`)
    story_day: tuple[date | None, date | None, int] | None = None
    made_with: tuple[date | None, date | None, int] | None = None
    summary: bool = False  # a lead summing up incidents ("three bombings"), codebook §8.7
    # the ordinal its first sentence named it by ("The first bomb exploded in X"): one incident of
    # several, which a sentence telling another by another ordinal ("the second") is not
    ordinal: str | None = None
    # started by dead counted over a whole country, no act named ("45 people were killed in
    # Iraq on Monday"): a toll over a wider area than any one incident the text then tells
    country_toll: bool = False
    at_large: bool = False  # started by acts in the plural ("car bombs killed 30 in X")
    joined: bool = False  # its range joins days told, not one period ("last week")
    # told as what came before another act of its sentence ("clashes erupted after a man was
    # shot dead"): the story's occasion, not the act its later tolls and sources speak of
    precursor: bool = False
    # (source, kind, value, start) of claims[:claims_indexed], so merging stays linear.
    claim_keys: set[tuple] = field(default_factory=set, repr=False, compare=False)
    claims_indexed: int = field(default=0, repr=False, compare=False)
    sentence: Sentence | None = None  # the sentence that started it
    label: str = ""  # "E<n>": the n-th event the article started, for --explain


@dataclass
class ArticleState:
    """What earlier sentences of the article leave for later ones."""

    country: str | None
    published: date | None
    default_dates: tuple[date | None, date | None, int]
    brief: bool  # a one- or two-sentence report: every event in it stands, placed or not
    town: str | None = None
    events: list[Building] = field(default_factory=list)
    dates: dict[int, DateMention] = field(default_factory=dict)
    # the day the article's sentences told last: what "two days earlier" counts from
    last_day: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)  # every place the article names
    # a foreign state's forces by the noun the article named them with ("troops"), or None
    # where that noun also named the country's own (events.forces)
    forces: dict[str, Actor | None] = field(default_factory=dict)
    # those of its sentences that carry the story on (not "Separately, ..." incidents): where
    # an event the text never places happened
    story_places: list[PlaceMention] = field(default_factory=list)
    # the texts of the sentences that name no act ("HTS advanced on the village of X." before
    # "Reports said it captured the village."): read for places only when an event the text
    # never places needs one (events.locate.document_location)
    quiet_sentences: list[str] = field(default_factory=list)
    # the protest the next sentence of the paragraph tells ("Soldiers fired tear gas at hundreds
    # of people. The crowd had marched to ..."): the force before it was used on that protest
    protest_next: frozenset[str] = frozenset()
    # The resolved ones among places[:places_indexed], by name key (events.locate keeps it).
    resolved_names: dict[str, list[PlaceMention]] = field(default_factory=dict)
    places_indexed: int = 0
    # quarters the article placed in a known town, by name key: the same name later is that
    # quarter, not a village the gazetteer spells alike (events.facts)
    quarters: dict[str, PlaceMention] = field(default_factory=dict)
    # the parts of countries the article named ("in southern Somalia": SO, south), in order
    country_parts: list[tuple[str, str]] = field(default_factory=list)
    actor1: dict[int, Actor] = field(default_factory=dict)
    # the sub-type of the act the paragraph's last actor1 (above) did
    actor1_act: dict[int, str] = field(default_factory=dict)
    speakers: list[Attribution] = field(default_factory=list)
    # every source the article has named, in order: whom "the ministry said" may stand for
    # after another spoke in between
    all_speakers: list[Attribution] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # a person's name -> source
    # (paragraph, sources): the sources the outlet last told of as the subject of a sentence in
    # its own voice, since the last speaker ("Police gave details."): whom "they said" may stand for
    subjects: tuple[int, list[Attribution]] | None = None
    outlet: str | None = None  # the source whose own dispatch the article is (a dateline's)
    # the source whose list of incidents the article gives ("SOHR documented the following"):
    # what the list states unattributed is its claim
    digest: str | None = None
    focus: tuple[int, Location] | None = None  # (paragraph, place) the text last named
    # the province the article last placed an event in without naming a town ("two villages
    # of Idlib province"): where the places it then names that no gazetteer knows lie
    province: Location | None = None
    # ground said held before any capture was claimed: (denial, sentence, its places)
    held_ground: list[tuple] = field(default_factory=list)
    # denials told before any event: (denial, sentence, sub-types denied, places)
    early_denials: list[tuple] = field(default_factory=list)
    # where the last sentence that counted a running or national tally ended: a toll restated
    # right after it ("the government puts the toll at 26") is a rival figure for that tally
    tally_end: int | None = None
    # the triggers of the acts the sentence being read tells as background ("... came two
    # weeks after a truck bomb killed 30"): the counts they govern are no follow-up's toll
    past_acts: list[Trigger] = field(default_factory=list)
    # the remote weapons (sub-types) the article's sentences named, by the paragraph that named
    # them last, whether or not they made an event (a lead that sums the day's strikes up)
    weapons_told: dict[str, int] = field(default_factory=dict)
    trace: Trace | None = None  # decisions kept for --explain
    # the sentence (and its parse) that names the speaker of the quotation a sentence lies
    # inside, by the quoted sentence's start (claims.quotations)
    voices: dict[int, tuple[Sentence, Grammar]] = field(default_factory=dict)


def is_dated(draft: Draft, state: ArticleState) -> bool:
    """The draft's date comes from the text, not from the publication date."""
    return (draft.date_start, draft.date_end, draft.time_precision) != state.default_dates


def final_dates(b: Building) -> tuple[date | None, date | None, int]:
    """The dates an assembled event ends with: an undated one takes its story's day, or the
    earlier day it was told on."""
    start, end, precision = b.date_start, b.date_end, b.time_precision
    if b.story_day is not None and not (b.dated or b.own_day) and (
            start, end, precision) == b.made_with:
        start, end, precision = b.story_day
    if not b.own_day and b.told_by is not None and start is not None and start > b.told_by:
        start, end, precision = b.told_by, b.told_by, 1  # undated, told on an earlier day
    return start, end, precision
