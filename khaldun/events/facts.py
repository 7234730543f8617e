"""Everything the stage modules find in one sentence, gathered for event assembly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from khaldun.actors import ActorMention, find_actors
from khaldun.dates import DateMention, find_dates
from khaldun.events.triggers import Trigger, find_triggers
from khaldun.numbers import Count, find_counts
from khaldun.places import PlaceMention, find_places
from khaldun.records import Sentence

EVENT_ROLES = frozenset({"instrument", "act", "territory", "kill", "generic"})

# Cheap pre-filter: a sentence with none of these stems has no trigger, count or hint, so the
# costlier stages are skipped for it. Calibrated by checking that every gold event sentence in
# the dev set passes it.
_MAYBE_EVENT = re.compile(
    r"kill|dead|die|death|bod|corps|wound|injur|casualt|victim|strik|struck|raid|bomb|shell|"
    r"mortar|artiller|rocket|missile|plane|jet|aircraft|helicopter|drone|gunship|clash|fight|"
    r"battl|fought|attack|assault|ambush|offensive|storm|siege|besieg|captur|seiz|took|taken|"
    r"control|retook|regain|overr|liberat|evacuat|withdr|pull|surrender|massacr|execut|murder|"
    r"slaughter|assassin|behead|shot|gunm|sniper|fire|kidnap|abduct|hostage|rap|arrest|detain|"
    r"protest|demonstr|rall|march|riot|mob|ceasefire|truce|agree|loot|razed|demolish|torch|"
    r"defus|dismantl|foil|intercept|defect|explo|blast|grenade|mine|ied|chemical|gas|target|"
    r"hit|pound|explos|moved into|swept|pushed|advanc|suicide|burn",
    re.IGNORECASE,
)


@dataclass
class SentenceFacts:
    """Mentions found in one sentence; offsets are relative to the sentence text."""

    sentence: Sentence
    triggers: list[Trigger]
    places: list[PlaceMention]
    dates: list[DateMention]
    counts: list[Count]
    actors: list[ActorMention]

    @property
    def event_triggers(self) -> list[Trigger]:
        return [t for t in self.triggers if t.role in EVENT_ROLES]

    @property
    def killed(self) -> list[Count]:
        return [c for c in self.counts if c.kind == "killed" and not getattr(c, "subset", False)]


def analyse(
    sentence: Sentence, country: str | None, town: str | None, published: date | None
) -> SentenceFacts | None:
    """Run the stage finders on a sentence that may report an event; None when it cannot."""
    text = sentence.text
    if not _MAYBE_EVENT.search(text):
        return None
    triggers = find_triggers(text)
    if not triggers:
        return None
    return SentenceFacts(
        sentence=sentence,
        triggers=triggers,
        places=find_places(text, country=country, town=town),
        dates=find_dates(text, published),
        counts=find_counts(text),
        actors=find_actors(text, country=country, when=published),
    )
