"""ACLED Middle East 2018 export as a labelled set: each distinct `notes` sentence is a text."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from khaldun.eval.labelled import LabelledRow, LabelledText
from khaldun.places.name_windows import PARTICLES
from khaldun.records import Article

# The 2018 taxonomy onto today's (data README): (top-level types it may be, fixed sub-type).
ACLED_2018_TYPES: dict[str, tuple[frozenset[str], str | None]] = {
    "Battle-No change of territory": (frozenset({"Battles"}), "Armed clash"),
    "Battle-Government regains territory": (
        frozenset({"Battles"}),
        "Government regains territory",
    ),
    "Battle-Non-state actor overtakes territory": (
        frozenset({"Battles"}),
        "Non-state actor overtakes territory",
    ),
    "Remote violence": (frozenset({"Explosions/Remote violence"}), None),
    "Violence against civilians": (frozenset({"Violence against civilians"}), None),
    # 2018 had one merged type; either of today's two is right.
    "Riots/Protests": (frozenset({"Protests", "Riots"}), None),
    "Strategic development": (frozenset({"Strategic developments"}), None),
    "Non-violent transfer of territory": (
        frozenset({"Strategic developments"}),
        "Non-violent transfer of territory",
    ),
    "Headquarters or base established": (
        frozenset({"Strategic developments"}),
        "Headquarters or base established",
    ),
}


def map_acled_2018_type(label: str) -> tuple[frozenset[str], str | None]:
    """Today's type(s) and, where fixed, sub-type for a 2018 ACLED event_type."""
    try:
        return ACLED_2018_TYPES[label.strip()]
    except KeyError:
        raise ValueError(f"unknown ACLED 2018 event_type {label!r}") from None


def parse_acled_date(value: str) -> date:
    """ACLED 2018 export dates such as 28-Feb-18."""
    return datetime.strptime(value.strip(), "%d-%b-%y").date()


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _inter(value: str | None) -> int | None:
    """ACLED inter code 1–8; 0 or blank means no actor was coded."""
    code = int(value) if value and value.strip().isdigit() else 0
    return code if 1 <= code <= 8 else None


def _inter2(row: dict[str, str]) -> int | None:
    """ACLED inter2: 0 when the row codes no actor2 (0 or blank), None when the export has no
    inter2 column."""
    if "inter2" not in row:
        return None
    return _inter(row["inter2"]) or 0


# "Taizz-Birarah": ACLED's town-district form written without spaces; a hyphen after an
# article ("Al-Shaghour") joins one name.
_TIGHT_PART = re.compile(r"(?<=[^\W\d_]{3})-(?=[A-Z])")


def acled_place_names(location: str) -> tuple[str, ...]:
    """ACLED writes a city district as "Town - District" (or "Town-District"): the whole
    and both parts name it."""
    location = location.strip()
    if " - " in location:
        parts = [p.strip() for p in location.split(" - ")]
    else:
        parts = [p for p in _TIGHT_PART.split(location)
                 if p.rsplit(" ", 1)[-1].lower() not in PARTICLES]
        parts = parts if len(parts) > 1 else []
    return tuple(n for n in (location, *parts) if n)


@lru_cache(maxsize=256)
def country_code(name: str) -> str | None:
    """ISO2 of a country name as ACLED writes it ("Syria", "Yemen")."""
    from khaldun.places.gazetteer import get_gazetteer

    found = get_gazetteer().lookup(name.strip(), kind="country") if name.strip() else []
    return found[0].country if found else None


def acled_row(row: dict[str, str], where: str) -> LabelledRow:
    """One CSV row as a labelled row."""
    try:
        types, sub = map_acled_2018_type(row["event_type"])
    except ValueError as err:
        raise ValueError(f"{where}: {err}") from None
    fatalities = row.get("fatalities", "").strip()
    try:
        day = parse_acled_date(row.get("event_date", ""))
    except ValueError:
        day = None
    return LabelledRow(
        row_id=row.get("data_id") or where,
        event_types=types,
        sub_event_type=sub,
        place_names=acled_place_names(row.get("location", "")),
        lat=_float(row.get("latitude")),
        lon=_float(row.get("longitude")),
        fatalities=int(fatalities) if fatalities.isdigit() else None,
        actor1_inter=_inter(row.get("inter1")),
        actor2_inter=_inter2(row),
        country=country_code(row.get("country", "")),
        date_start=day,
    )


def group_acled_rows(rows: list[dict[str, str]], origin: str) -> list[LabelledText]:
    """Group rows sharing one notes sentence into one text with several gold rows."""
    texts: dict[str, LabelledText] = {}
    for number, row in enumerate(rows, 2):
        notes = (row.get("notes") or "").strip()
        if not notes:
            continue
        where = f"{origin}:{number}"
        published = parse_acled_date(row["event_date"])
        text = texts.get(notes)
        if text is None:
            doc_id = f"acled-{row.get('data_id') or number}"
            article = Article(text=notes, doc_id=doc_id, published=published, origin=where)
            text = texts[notes] = LabelledText(article=article)
        elif text.article.published and published > text.article.published:
            # The sentence reports all its rows, so it was written after the latest one.
            text.article.published = published
        text.rows.append(acled_row(row, where))
    return list(texts.values())


def read_acled(path: str | Path) -> list[LabelledText]:
    """Read the ACLED 2018 CSV export into texts with their gold rows."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and "notes" not in rows[0]:
        raise ValueError(f"{path}: no 'notes' column; not an ACLED export")
    return group_acled_rows(rows, str(path))
