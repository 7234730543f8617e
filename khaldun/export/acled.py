"""ACLED CSV, column for column as ACLED's public export, filled where the data allows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date
from typing import TextIO

from khaldun.acled_codes import conventions, inter_codes, interaction, unknown_actor1
from khaldun.countries import country
from khaldun.export.common import place_label, write_csv
from khaldun.export.outlets import outlet, source_scale
from khaldun.records import CIVILIANS, INTER_CLASSES, REPORTER, MergedEvent

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
# After ACLED's columns: the claims' own words, "source: quote", " | "-joined.
EXTRA_COLUMNS = ("quotes",)
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _in_text(name: str) -> str:
    """A type name inside a sentence: lower case, acronyms kept ("remote explosive/IED")."""
    return re.sub(r"[A-Za-z]+", lambda w: w[0] if w[0].isupper() and len(w[0]) > 1
                  else w[0].lower(), name)


def day_text(day: date) -> str:
    """"11 March 2016", as ACLED's notes write dates."""
    return f"{day.day} {day:%B %Y}"


def event_day(merged: MergedEvent) -> date | None:
    """The event's date; for an undated event, its earliest article's publication date."""
    if merged.event.date_start:
        return merged.event.date_start
    published = [a.published for a in merged.articles if a.published]
    return min(published) if published else None


def notes(merged: MergedEvent, actor1: str, country_name: str) -> str:
    """A summary in ACLED's style, written from the coded fields (not quoted from a text)."""
    forms = conventions()["notes"]
    ev, day = merged.event, event_day(merged)
    if day is None:
        when = ""
    elif ev.date_end and ev.date_start and ev.date_end != ev.date_start:
        when = forms["when"]["range"].format(start=day_text(day), end=day_text(ev.date_end))
    else:
        form = "day" if ev.time_precision == 1 else "around"
        when = forms["when"][form].format(date=day_text(day))
    place = ", ".join(p for p in (place_label(ev), ev.location.admin1, country_name) if p)
    against = forms["against"].format(actor2=ev.actor2.name) if ev.actor2 else ""
    text = forms["event"].format(
        when=when, what=_in_text(ev.sub_event_type), actor1=actor1, against=against,
        place=place or "an unknown place",
    )
    if not when:  # no date at all: the sentence starts at the event
        text = text.lstrip(", ")
        text = text[0].upper() + text[1:]
    fat = ev.fatalities
    if fat and fat.low != fat.high:
        text += " " + forms["fatality_range"].format(low=fat.low, high=fat.high)
    elif fat and fat.low:
        text += " " + (forms["fatality"] if fat.low == 1 else forms["fatalities"].format(n=fat.low))
    if ev.status == "contested":
        text += " " + forms["contested"]
    return text


def sources(merged: MergedEvent) -> tuple[list[str], list[str]]:
    """The outlets of the articles, then the named sources they quote; and the outlets' scales."""
    names, scales = [], []
    for article in merged.articles:
        found = outlet(article)
        if found:
            names.append(found[0])
            scales.append(found[1])
    quoted = (c.originator or c.source for c in merged.event.claims)
    names += [s for s in quoted if s and s != REPORTER]
    return list(dict.fromkeys(names)), scales


def quotes(merged: MergedEvent) -> str:
    said = (f"{c.source}: {' '.join(c.quote.split())}" for c in merged.event.claims if c.quote)
    return " | ".join(dict.fromkeys(said))


def _label(code: int) -> str:
    return INTER_CLASSES.get(code, "")


def acled_row(merged: MergedEvent, inter_labels: bool = False) -> dict[str, object]:
    """One ACLED row for a merged event (inter codes as numbers, or labels)."""
    ev, loc = merged.event, merged.event.location
    info = country(loc.country)
    country_name = info.name if info else (loc.country or "")
    actor1 = ev.actor1 if ev.actor1 and ev.actor1.name else unknown_actor1(ev.event_type,
                                                                           country_name)
    inter1, inter2 = inter_codes(ev)
    code = interaction(inter1, inter2)
    if inter_labels:
        pair = sorted(c for c in (inter1, inter2) if c)
        inter_text = "-".join(map(_label, pair)) if len(pair) > 1 else f"{_label(inter1)} only"
        shown = (_label(inter1), _label(inter2) if inter2 else "", inter_text)
    else:
        shown = (inter1, inter2, code)
    day = event_day(merged)
    names, scales = sources(merged)
    ingested = [a.ingested_at for a in merged.articles if a.ingested_at]
    civilian = ev.event_type == "Violence against civilians" or inter2 == CIVILIANS
    return {
        "event_id_cnty": f"{info.iso3 if info else 'XXX'}-{merged.event_id}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": ev.time_precision,
        "disorder_type": DISORDER.get(ev.event_type, ""),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": actor1.name,
        "assoc_actor_1": "",
        "inter1": shown[0],
        "actor2": ev.actor2.name if ev.actor2 else "",
        "assoc_actor_2": "",
        "inter2": shown[1],
        "interaction": shown[2],
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": info.isonumeric if info else "",
        "region": info.acled_region if info else "",
        "country": country_name,
        "admin1": loc.admin1 or "",
        "admin2": getattr(loc, "admin2", None) or "",
        "admin3": getattr(loc, "admin3", None) or "",
        "location": place_label(ev),
        "latitude": "" if loc.lat is None else round(loc.lat, 4),
        "longitude": "" if loc.lon is None else round(loc.lon, 4),
        "geo_precision": loc.geo_precision,
        "source": "; ".join(names),
        "source_scale": source_scale(scales),
        "notes": notes(merged, actor1.name, country_name),
        # ACLED codes the most conservative reported figure, 0 when none is given.
        "fatalities": ev.fatalities.low if ev.fatalities else 0,
        "tags": f"status: {ev.status}; reports: {len(merged.reports)}",
        # ACLED's timestamp: Unix seconds of the last change (here, the latest article's ingest).
        "timestamp": int(max(ingested).replace(tzinfo=UTC).timestamp()) if ingested else "",
        "quotes": quotes(merged),
    }


def write_acled(
    events: Iterable[MergedEvent], out: TextIO, inter_labels: bool = False
) -> int:
    """Write merged events as ACLED CSV; returns the number of rows."""
    return write_csv(
        events, out, ACLED_COLUMNS + EXTRA_COLUMNS, lambda me: acled_row(me, inter_labels)
    )
