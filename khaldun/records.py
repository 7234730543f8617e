"""Typed records passed between pipeline stages.

Article -> (nlp) -> Event with Claims (per article, a "report") -> MergedEvent (resolve).
JSON helpers read and write the codebook §7 format.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_TO_TYPE: dict[str, str] = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}
# The political violence types: those with a perpetrator and victims.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CLAIM_KINDS = ("occurred", "fatalities", "territory", "denial")
# Codebook §6: the source of a claim the outlet makes in its own voice.
REPORTER = "reporter"
STATUSES = ("single", "corroborated", "contested")
# ACLED inter codes (codebook §3): an actor's class.
STATE_FORCES = 1
REBELS = 2
POLITICAL_MILITIAS = 3
IDENTITY_MILITIAS = 4
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL = 8
INTER_CLASSES = {
    STATE_FORCES: "State forces",
    REBELS: "Rebel groups",
    POLITICAL_MILITIAS: "Political militias",
    IDENTITY_MILITIAS: "Identity militias",
    RIOTERS: "Rioters",
    PROTESTERS: "Protesters",
    CIVILIANS: "Civilians",
    EXTERNAL: "External/other forces",
}
NON_STATE_ARMED = frozenset({REBELS, POLITICAL_MILITIAS, IDENTITY_MILITIAS})
ARMED_CLASSES = frozenset({STATE_FORCES, *NON_STATE_ARMED, EXTERNAL})


def content_hash(text: str) -> str:
    """Stable identity of an article's text (whitespace-insensitive)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news report, as read by ingest."""

    text: str
    doc_id: str = ""
    published: date | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file path (and record index) it came from
    published_from: str | None = None  # "metadata", "dateline", "text", "flag" or None

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = content_hash(self.text)

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with character offsets into Article.text."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (line block) it belongs to
    is_title: bool = False


@dataclass
class Actor:
    name: str
    inter: int | None = None
    country: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "inter": self.inter}


@dataclass
class Location:
    name: str
    neighbourhood: str | None = None
    town: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 1
    admin2: str | None = None  # district, where the gazetteer knows it (ACLED's admin2)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Fatalities:
    low: int
    high: int

    def to_dict(self) -> dict[str, int]:
        return {"low": self.low, "high": self.high}


@dataclass
class Claim:
    """What one source says about one event, with the sentence that says it."""

    source: str
    kind: str  # one of CLAIM_KINDS
    value: int | str | None
    quote: str
    start: int | None = None  # character offsets of quote in the article text
    end: int | None = None
    doc_id: str | None = None
    originator: str | None = None  # who first said it, when a source relays another
    # a fatalities claim: the side its dead belong to ("state forces", "fighters",
    # "civilians"), None if the text does not say (codebook §8.1 sums a source's groups)
    victims: str | None = None
    # False: a reaction, intention, aid or the state of a place afterwards ("the Red Cross said
    # it was sending supplies"): evidence, but no account of the act, so no source for status
    account: bool = True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "kind": self.kind,
            "value": self.value,
            "quote": self.quote,
        }
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.doc_id:
            out["doc_id"] = self.doc_id
        if self.victims:
            out["victims"] = self.victims
        if not self.account:
            out["account"] = False
        return out


@dataclass
class Event:
    """One coded event as reported by one article (or merged over several)."""

    event_type: str
    sub_event_type: str
    date_start: date | None
    date_end: date | None
    time_precision: int
    location: Location
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: Fatalities | None = None
    status: str = "single"
    claims: list[Claim] = field(default_factory=list)
    doc_id: str | None = None
    report_id: str | None = None  # "<doc_id>:<n>", stable id of this report of the event

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "time_precision": self.time_precision,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "location": self.location.to_dict(),
            "fatalities": self.fatalities.to_dict() if self.fatalities else None,
            "status": self.status,
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass
class ArticleInfo:
    """What the exports say about an article behind an event (its text stays in the store)."""

    doc_id: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    ingested_at: datetime | None = None


@dataclass
class MergedEvent:
    """A real-world event: one or more reports of it from different articles."""

    event_id: str
    event: Event  # combined fields: widest dates, fatality range, status over all claims
    reports: list[Event]
    merge_reasons: list[str] = field(default_factory=list)
    articles: list[ArticleInfo] = field(default_factory=list)  # filled when read from a store

    @property
    def sources(self) -> list[str]:
        """Independent originators behind the claims, in first-seen order."""
        seen: dict[str, None] = {}
        for claim in self.event.claims:
            seen.setdefault(claim.originator or claim.source, None)
        return list(seen)


@dataclass
class ArticleResult:
    """What extraction produced for one article."""

    article: Article
    events: list[Event]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "doc_id": a.doc_id,
            "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "title": a.title,
            "events": [e.to_dict() for e in self.events],
        }


def _date(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def actor_from_dict(d: dict[str, Any] | None) -> Actor | None:
    return Actor(name=d.get("name") or "", inter=d.get("inter")) if d else None


def event_from_dict(d: dict[str, Any], doc_id: str | None = None) -> Event:
    """Read one event in codebook §7 form."""
    loc = d.get("location") or {}
    fat = d.get("fatalities")
    return Event(
        event_type=d.get("event_type") or "",
        sub_event_type=d.get("sub_event_type") or "",
        date_start=_date(d.get("date_start")),
        date_end=_date(d.get("date_end") or d.get("date_start")),
        time_precision=int(d.get("time_precision") or 1),
        location=Location(
            name=loc.get("name") or "",
            neighbourhood=loc.get("neighbourhood"),
            town=loc.get("town"),
            admin1=loc.get("admin1"),
            country=loc.get("country"),
            lat=loc.get("lat"),
            lon=loc.get("lon"),
            geo_precision=int(loc.get("geo_precision") or 1),
            admin2=loc.get("admin2"),
        ),
        actor1=actor_from_dict(d.get("actor1")),
        actor2=actor_from_dict(d.get("actor2")),
        fatalities=Fatalities(fat["low"], fat["high"]) if fat else None,
        status=d.get("status") or "single",
        claims=[
            Claim(
                source=c.get("source") or "",
                kind=c.get("kind") or "occurred",
                value=c.get("value"),
                quote=c.get("quote") or "",
                start=c.get("start"),
                end=c.get("end"),
                doc_id=c.get("doc_id") or doc_id,
                victims=c.get("victims"),
                account=c.get("account", True),
            )
            for c in d.get("claims") or []
        ],
        doc_id=doc_id,
    )


def article_from_dict(d: dict[str, Any]) -> Article:
    """Read an article line (gold or input JSONL); text may be absent in system output."""
    return Article(
        text=d.get("text") or "",
        doc_id=str(d.get("doc_id") or ""),
        published=_date(d.get("published")),
        url=d.get("url"),
        title=d.get("title"),
    )

# The sub-type of force used on a protest (its force is actor1, the marchers actor2).
EXCESSIVE_FORCE = "Excessive force against protesters"
AIR_STRIKE = "Air/drone strike"
# The battle sub-type the rules of sides and merging turn on.
ARMED_CLASH = "Armed clash"
# The sub-type of a deal between sides: those who made it together are its two sides.
AGREEMENT = "Agreement"
# The sub-type of a group's change (formed, split, defected): its home is its place.
GROUP_CHANGE = "Change to group/activity"
