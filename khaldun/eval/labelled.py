"""Text-level accuracy on row-labelled sets (ACLED, PITF): one text, one or more gold rows.

These sets label each row with a type, a place, a death count and an actor, not
a full codebook event, so scoring is per text and per field. For each text and
each field, the text counts as right when *some* system event from that text
agrees with *some* of its gold rows on that field (see docs/accuracy.md). A text
with no system events is wrong on every field it is labelled with.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from khaldun.eval.matching import within_km
from khaldun.places.transliteration import same_place_name
from khaldun.records import Article, Event, Location

RowTest = Callable[["LabelledRow", Event], bool]
# Countries with fewer scored texts than this are left out of the per-country breakdown.
MIN_COUNTRY_TEXTS = 20


@dataclass(frozen=True)
class LabelledRow:
    """One gold row: what the dataset says about one event the text reports."""

    row_id: str
    event_types: frozenset[str]  # every top-level type the row's label maps onto
    sub_event_type: str | None = None  # only when the dataset's label fixes the sub-type
    place_names: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    fatalities: int | None = None
    actor1_inter: int | None = None
    # actor2's class: 0 when the row codes no actor2, None when the dataset does not say.
    actor2_inter: int | None = None
    country: str | None = None  # ISO2, where the dataset names the country
    # The row's day (ACLED event_date, PITF start); date_end only where the dataset gives
    # the event an end of its own (a PITF row with an End Day), which must then be matched.
    date_start: date | None = None
    date_end: date | None = None

    @property
    def has_place(self) -> bool:
        return bool(self.place_names) or self.lat is not None


@dataclass
class LabelledText:
    """A text to run the extractor on and the gold rows it should yield."""

    article: Article
    rows: list[LabelledRow] = field(default_factory=list)


@dataclass
class TextScore:
    """Which fields one text got right (None: the gold does not label that field)."""

    doc_id: str
    gold_rows: int
    system_events: int
    event_type: bool
    sub_type: bool | None
    type_and_place: bool | None
    place: bool | None
    fatalities: bool | None
    actor_class: bool | None
    actor2_class: bool | None = None
    place_by_coordinates: bool | None = None
    wrong_country: bool | None = None
    country: str | None = None
    date: bool | None = None


@dataclass
class LabelledResult:
    """Accuracy of the extractor on a row-labelled dataset."""

    dataset: str
    texts: int
    gold_rows: int
    texts_with_events: int
    system_events: int
    type_accuracy: float | None
    sub_type_accuracy: float | None
    sub_type_texts: int
    place_accuracy: float | None
    place_texts: int
    type_and_place_accuracy: float | None
    fatalities_exact: float | None
    fatalities_texts: int
    actor_class_accuracy: float | None
    actor_texts: int
    # actor2's class (or its absence) agrees with the row's; only where the dataset codes it.
    actor2_class_accuracy: float | None = None
    actor2_texts: int = 0
    # An event within 10 km of a gold point by coordinates alone (no name agreement).
    place_by_coordinates: float | None = None
    place_by_coordinates_by_country: dict[str, float] = field(default_factory=dict)
    # Located events (a town, place or province) that carry no coordinates.
    events_without_coordinates: float | None = None
    # Texts with an event in a country their rows are not about.
    texts_in_wrong_country: float | None = None
    # Some event's dates agree with some row's (see dates_agree).
    date_accuracy: float | None = None
    date_texts: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    texts_per_second: float | None = None
    extraction_failures: list[str] = field(default_factory=list)
    by_text: list[TextScore] = field(default_factory=list)
    errors: list[TextError] = field(default_factory=list)


@dataclass
class TextError:
    """A text wrong on some labelled field, with its gold rows and system events side by side."""

    doc_id: str
    wrong: list[str]  # names of the fields it got wrong
    text: str
    gold: list[str]
    system: list[str]


def _days(start: date | None, end: date | None) -> str:
    if start is None:
        return "—"
    return str(start) if end in (None, start) else f"{start}..{end}"


def describe_row(row: LabelledRow) -> str:
    """A gold row on one line: types, places, point, deaths, actor class, dates."""
    point = f" @{row.lat:.3f},{row.lon:.3f}" if row.lat is not None and row.lon is not None else ""
    sub = f" / {row.sub_event_type}" if row.sub_event_type else ""
    return (
        f"{' or '.join(sorted(row.event_types))}{sub} · {', '.join(row.place_names) or '?'}"
        f"{point} · deaths {_or_dash(row.fatalities)} · actor1 inter {_or_dash(row.actor1_inter)}"
        f" · actor2 inter {_or_dash(row.actor2_inter)}"
        f" · {_days(row.date_start, row.date_end)}"
    )


def describe_event(event: Event) -> str:
    """A system event on one line, in the same shape as `describe_row`."""
    loc = event.location
    names = ", ".join(dict.fromkeys(n for n in (loc.name, loc.town) if n)) or "?"
    point = f" @{loc.lat:.3f},{loc.lon:.3f}" if loc.lat is not None and loc.lon is not None else ""
    fat = event.fatalities
    deaths = (
        "—" if fat is None else (str(fat.low) if fat.low == fat.high else f"{fat.low}-{fat.high}")
    )
    inter = event.actor1.inter if event.actor1 else None
    return (
        f"{event.event_type} / {event.sub_event_type} · {names}{point} · deaths {deaths}"
        f" · actor1 inter {_or_dash(inter)} · actor2 inter {actor2_inter(event)}"
        f" · {_days(event.date_start, event.date_end)}"
    )


def _or_dash(value: object) -> str:
    return "—" if value is None else str(value)


def text_error(text: LabelledText, events: list[Event], score: TextScore) -> TextError | None:
    """The side-by-side view of a text, or None when it is right on every labelled field."""
    verdicts = {
        "type": score.event_type,
        "sub_type": score.sub_type,
        "place": score.place,
        "fatalities": score.fatalities,
        "actor_class": score.actor_class,
        "actor2_class": score.actor2_class,
        "date": score.date,
    }
    wrong = [name for name, ok in verdicts.items() if ok is False]
    if not wrong:
        return None
    return TextError(
        doc_id=text.article.doc_id,
        wrong=wrong,
        text=text.article.text,
        gold=[describe_row(r) for r in text.rows],
        system=[describe_event(e) for e in events],
    )


def type_agrees(row: LabelledRow, event: Event) -> bool:
    """The top-level type is one the row's label maps onto."""
    return event.event_type in row.event_types


def sub_type_agrees(row: LabelledRow, event: Event) -> bool:
    """The sub-type is the one the row's label fixes."""
    return row.sub_event_type is not None and row.sub_event_type == event.sub_event_type


def place_agrees(row: LabelledRow, event: Event) -> bool:
    """A system place name (town, place or neighbourhood) is a row name, or within 10 km."""
    loc = event.location
    names = [n for n in (loc.town, loc.name, loc.neighbourhood) if n]
    if any(same_place_name(g, s) for g in row.place_names for s in names):
        return True
    return within_km(Location(name="", lat=row.lat, lon=row.lon), loc)


def near_by_coordinates(row: LabelledRow, event: Event) -> bool:
    """The event's coordinates lie within 10 km of the row's point."""
    return within_km(Location(name="", lat=row.lat, lon=row.lon), event.location)


def _wrong_country(rows: list[LabelledRow], events: list[Event]) -> bool | None:
    countries = {r.country for r in rows if r.country}
    if not countries or not events:
        return None
    return any(e.location.country and e.location.country not in countries for e in events)


def fatalities_agree(row: LabelledRow, event: Event) -> bool:
    """Gold count lies in the system's low–high range; no system count stands for zero."""
    fat = event.fatalities
    if fat is None:
        # ACLED and PITF write 0 when no death is reported.
        return row.fatalities == 0
    return fat.low <= (row.fatalities or 0) <= fat.high


def dates_agree(row: LabelledRow, event: Event) -> bool:
    """A row with an end of its own: the event runs exactly from its start to its end.
    Otherwise the row's day lies in the event's range (a single day equal to it): an event
    told over several days holds the day a one-day row was filed under."""
    start, end = event.date_start, event.date_end or event.date_start
    if row.date_start is None or start is None or end is None:
        return False
    if row.date_end is not None:
        return (start, end) == (row.date_start, row.date_end)
    return start <= row.date_start <= end


def actor_agrees(row: LabelledRow, event: Event) -> bool:
    """actor1's inter class equals the row's."""
    return event.actor1 is not None and event.actor1.inter == row.actor1_inter


def actor2_inter(event: Event) -> int:
    """actor2's inter class as ACLED writes it: 0 when the event has none (or an unclassed one)."""
    return event.actor2.inter if event.actor2 is not None and event.actor2.inter else 0


def actor2_agrees(row: LabelledRow, event: Event) -> bool:
    """actor2's inter class equals the row's; no actor2 matches a row that codes none (0)."""
    return row.actor2_inter is not None and actor2_inter(event) == row.actor2_inter


def _any(rows: list[LabelledRow], events: list[Event], test: RowTest) -> bool:
    return any(test(r, e) for r in rows for e in events)


def score_text(text: LabelledText, events: list[Event]) -> TextScore:
    """Per-field verdicts for one text."""
    rows = text.rows
    placed = [r for r in rows if r.has_place]
    counted = [r for r in rows if r.fatalities is not None]
    acted = [r for r in rows if r.actor1_inter is not None]
    acted2 = [r for r in rows if r.actor2_inter is not None]
    subtyped = [r for r in rows if r.sub_event_type is not None]
    pointed = [r for r in rows if r.lat is not None and r.lon is not None]
    dated = [r for r in rows if r.date_start is not None]
    return TextScore(
        doc_id=text.article.doc_id,
        gold_rows=len(rows),
        system_events=len(events),
        event_type=_any(rows, events, type_agrees),
        sub_type=_any(subtyped, events, sub_type_agrees) if subtyped else None,
        type_and_place=_any(placed, events, lambda r, e: type_agrees(r, e) and place_agrees(r, e))
        if placed
        else None,
        place=_any(placed, events, place_agrees) if placed else None,
        fatalities=_any(counted, events, fatalities_agree) if counted else None,
        actor_class=_any(acted, events, actor_agrees) if acted else None,
        actor2_class=_any(acted2, events, actor2_agrees) if acted2 else None,
        place_by_coordinates=_any(pointed, events, near_by_coordinates) if pointed else None,
        wrong_country=_wrong_country(rows, events),
        country=next((r.country for r in rows if r.country), None),
        date=_any(dated, events, dates_agree) if dated else None,
    )


def _share(verdicts: list[bool | None]) -> tuple[float | None, int]:
    known = [v for v in verdicts if v is not None]
    return (sum(known) / len(known) if known else None), len(known)


def score_labelled(
    dataset: str, texts: list[LabelledText], system: dict[str, list[Event]]
) -> LabelledResult:
    """Score system events (keyed by doc_id) against the rows of each text."""
    scores = [score_text(t, system.get(t.article.doc_id, [])) for t in texts]
    errors = [
        text_error(t, system.get(t.article.doc_id, []), s)
        for t, s in zip(texts, scores, strict=True)
    ]
    type_acc, _ = _share([s.event_type for s in scores])
    sub_acc, sub_n = _share([s.sub_type for s in scores])
    place_acc, place_n = _share([s.place for s in scores])
    both_acc, _ = _share([s.type_and_place for s in scores])
    fat_acc, fat_n = _share([s.fatalities for s in scores])
    actor_acc, actor_n = _share([s.actor_class for s in scores])
    actor2_acc, actor2_n = _share([s.actor2_class for s in scores])
    coords_acc, _ = _share([s.place_by_coordinates for s in scores])
    date_acc, date_n = _share([s.date for s in scores])
    by_country: dict[str, list[bool | None]] = {}
    for s in scores:
        by_country.setdefault(s.country or "?", []).append(s.place_by_coordinates)
    located = [e.location for evs in system.values() for e in evs
               if e.location.town or e.location.name or e.location.admin1]
    return LabelledResult(
        dataset=dataset,
        texts=len(texts),
        gold_rows=sum(len(t.rows) for t in texts),
        texts_with_events=sum(1 for s in scores if s.system_events),
        system_events=sum(s.system_events for s in scores),
        type_accuracy=type_acc,
        sub_type_accuracy=sub_acc,
        sub_type_texts=sub_n,
        place_accuracy=place_acc,
        place_texts=place_n,
        type_and_place_accuracy=both_acc,
        fatalities_exact=fat_acc,
        fatalities_texts=fat_n,
        actor_class_accuracy=actor_acc,
        actor_texts=actor_n,
        actor2_class_accuracy=actor2_acc,
        actor2_texts=actor2_n,
        place_by_coordinates=coords_acc,
        place_by_coordinates_by_country={
            c: round(_share(v)[0], 3) for c, v in sorted(by_country.items())
            if _share(v)[1] >= MIN_COUNTRY_TEXTS
        },
        events_without_coordinates=(
            sum(1 for loc in located if loc.lat is None) / len(located) if located else None),
        texts_in_wrong_country=_share([s.wrong_country for s in scores])[0],
        date_accuracy=date_acc,
        date_texts=date_n,
        by_text=scores,
        errors=[e for e in errors if e is not None],
    )


def sample_texts(
    texts: list[LabelledText], limit: int | None, seed: int | None
) -> list[LabelledText]:
    """The first `limit` texts, or a seeded random sample of that many (kept in file order)."""
    if limit is None or limit >= len(texts):
        return texts
    if seed is None:
        return texts[:limit]
    chosen = sorted(random.Random(seed).sample(range(len(texts)), limit))
    return [texts[i] for i in chosen]


def evaluate_labelled(dataset: str, texts: list[LabelledText]) -> LabelledResult:
    """Run the extractor over the texts, timing it, and score the result."""
    from khaldun.eval.scorer import run_extractor

    wall, cpu = time.perf_counter(), time.process_time()
    failures: list[str] = []
    system = run_extractor((t.article for t in texts), failures)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    result = score_labelled(dataset, texts, system)
    result.extraction_failures = failures
    result.seconds, result.cpu_seconds = wall, cpu
    result.texts_per_second = len(texts) / wall if wall > 0 else None
    return result
