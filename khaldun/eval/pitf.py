"""PITF Worldwide Atrocities 2013–2015 as a labelled set: each DESCRIPTION is a text.

The export's quoting is broken (stray backslash-quotes, records split over lines,
an extra tab after some descriptions), so it is read by hand: a record starts
with an `Event Type` value, and the columns up to DESCRIPTION are positional.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from khaldun.countries import resolve as resolve_country
from khaldun.data import read_mapping
from khaldun.eval.labelled import LabelledRow, LabelledText
from khaldun.places.lexicon import demonyms
from khaldun.records import Article

RECORD_STARTS = ("Incident", "Campaign")
# Rows that are only a monitoring site's daily death count carry no narrative to extract.
NO_NARRATIVE = re.compile(r"^\W*daily death total", re.IGNORECASE)
_WORDS = read_mapping("pitf.yaml")


def _alternation(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_WORDS[key], key=len, reverse=True))


_ADMIN_SUFFIX = re.compile(rf"\s+(?:{_alternation('admin_suffixes')})\.?$", re.I)
# "near Zuru village", "Sabon Gari and Dala villages": the names without qualifier or kind
_BARE = re.compile(
    rf"^(?:(?:{_alternation('qualifiers')})\s+)?(?:the\s+)?(?P<name>.+?)"
    rf"(?:\s+(?:{_alternation('place_kinds')}))?\.?$",
    re.I,
)
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NOT_A_PLACE = set(_WORDS["not_a_place"])

EXPLOSIVE_WEAPONS = {"Explosives", "Suicide Bombing", "Heavy Weapons"}
CLOSE_WEAPONS = {"Firearms", "Primitive Weapons"}


def dms_to_degrees(degrees: str, minutes: str, seconds: str, direction: str) -> float | None:
    """Degrees, minutes, seconds and N/S/E/W as signed decimal degrees (None if blank)."""
    try:
        value = float(degrees) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    except ValueError:
        return None
    return -value if direction.strip().upper() in ("S", "W") else value


def pitf_event_types(organisation: str, weapons: str) -> frozenset[str]:
    """Today's top-level types a PITF row may be, from its organisation of violence and weapon."""
    organisation, weapons = organisation.strip(), weapons.strip()
    if organisation == "Protest":
        return frozenset({"Protests", "Riots"})
    if organisation == "Riot/Pogrom":
        return frozenset({"Riots", "Violence against civilians"})
    if organisation == "Clash":
        return frozenset({"Battles"})
    if weapons in EXPLOSIVE_WEAPONS:
        return frozenset({"Explosions/Remote violence"})
    if weapons in CLOSE_WEAPONS:
        return frozenset({"Violence against civilians"})
    return frozenset({"Violence against civilians", "Explosions/Remote violence"})


_CUES = {int(inter): frozenset(words) for inter, words in _WORDS["perpetrator_cues"].items()}
_FAITHS = frozenset(_WORDS["religious_communities"])
_INTERNATIONAL = re.compile(rf"\b(?:{_alternation('international_forces')})\b", re.I)
STATE_COLUMNS = ("Perp State Military", "Perp State Police", "Perp State Other")
# A non-state column's class when its words carry no cue (codebook §3 inter classes).
NON_STATE_COLUMNS = {
    "Perp Non-State Ideological": 2,
    "Perp Non-State Religious": 2,
    "Perp Non-State Ethnic": 4,
    "Perp Non-State Criminal": 3,
    "Perp Non-State Private": 3,
}


def _words_of(value: str) -> list[str]:
    return re.findall(r"[\w']+", value.lower())


def _foreign_state(fields: dict[str, str], country: str | None) -> bool:
    """The state perpetrator is another country's forces ("Saudi air force" in Yemen) or an
    international mission: ACLED's external forces."""
    written = " ".join(fields.get(c, "") for c in STATE_COLUMNS)
    if _INTERNATIONAL.search(written):
        return True
    return bool(country) and any(c != country for c in _countries_named(_words_of(written)))


def _countries_named(words: list[str]) -> list[str]:
    """Countries that runs of up to three words name, longest first ("south sudan" before
    "sudan"), by demonym or name (ISO codes aside)."""
    found, i = [], 0
    while i < len(words):
        for n in (3, 2, 1):
            run = " ".join(words[i : i + n])
            iso2 = demonyms().get(run) or (resolve_country(run) if len(run) > 3 else None)
            if iso2 and i + n <= len(words):
                found.append(iso2)
                i += n - 1
                break
        i += 1
    return found


def _column_inter(column: str, value: str) -> int:
    """One non-state column's class: a cue word's ("Houthi rebels" -> 2, "irate youths" -> 5),
    a faith community's (identity militia), else the column's own."""
    words = set(_words_of(value))
    for inter, cues in _CUES.items():
        if words & cues:
            return inter
    if column == "Perp Non-State Religious" and words & _FAITHS:
        return 4
    return NON_STATE_COLUMNS[column]


def perpetrator_inter(fields: dict[str, str]) -> int | None:
    """ACLED inter class of the perpetrator, from PITF's perpetrator columns (None if unclear).

    PITF files foreign forces abroad as state perpetrators; ACLED codes them 8. Non-state
    columns of different classes (both an insurgency and an ethnic militia) are unclear."""
    role = fields.get("Perp State Role", "").strip()
    if role == "State Perpetrator":
        return 8 if _foreign_state(fields, resolve_country(fields.get("Country", ""))) else 1
    if role == "Transnational, State":
        return 8
    if not role.startswith(("Non-State", "Transnational, Non-State")):
        return None  # unknown, or several perpetrators of different kinds
    classes = {
        _column_inter(column, fields[column])
        for column in NON_STATE_COLUMNS
        if fields.get(column, "").strip()
    }
    return classes.pop() if len(classes) == 1 else None


def bare_names(locality: str) -> list[str]:
    """The place names in a locality as written: without a qualifier or the kind of place,
    each of a list apart ("near Zuru and Dala villages" -> Zuru, Dala)."""
    bare = _BARE.match(locality.strip())
    return _LIST.split(bare.group("name")) if bare else []


def place_names(locality: str, district: str) -> tuple[str, ...]:
    """Locality and its alternative spelling in brackets, each also as bare names, then the
    district without 'LGA' etc."""
    names = []
    if locality.strip().lower() not in _NOT_A_PLACE:
        main, _, alt = locality.partition("(")
        for written in (main.strip(), alt.rstrip(") ").strip()):
            names += [written, *bare_names(written)]
    district = _ADMIN_SUFFIX.sub("", district.strip())
    if district.lower() not in _NOT_A_PLACE:
        names.append(district)
    return tuple(dict.fromkeys(n for n in names if n))


def clean_description(raw: str) -> str:
    """Undo the export's escaping (\\" is a quote, a lone backslash a lost quote) and its
    search-hit <b> highlights."""
    text = re.sub(r"</?b>", "", raw).replace('\\"', '"').replace("\\", '"').strip()
    if len(text) > 1 and text[0] == '"' and text.count('"') % 2:
        text = text[1:].strip()
    return " ".join(text.split())


def split_records(lines: list[str]) -> list[str]:
    """Join physical lines into records: a record starts with an Event Type value."""
    records: list[str] = []
    for line in lines:
        if line.split("\t", 1)[0].strip() in RECORD_STARTS or not records:
            records.append(line)
        else:
            records[-1] += " " + line
    return records


def _column_names(header: str) -> list[str]:
    """Header names, repeated ones numbered: Degrees, Degrees#2 (latitude, then longitude)."""
    seen: dict[str, int] = {}
    names = []
    for name in header.split("\t"):
        name = name.strip()
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return names


def _day(fields: dict[str, str], side: str) -> date | None:
    """The Start or End day; None where blank or unknown (End 99/9999: no end)."""
    try:
        return date(int(fields[f"{side} Year"]), int(fields[f"{side} Month"]),
                    int(fields[f"{side} Day"]))
    except (KeyError, ValueError):
        return None


def _start_date(fields: dict[str, str]) -> date | None:
    return _day(fields, "Start")


def _coordinate(fields: dict[str, str], suffix: str) -> float | None:
    parts = ("Degrees", "Minutes", "Seconds", "Direction")
    return dms_to_degrees(*(fields.get(part + suffix, "") for part in parts))


def pitf_text(fields: dict[str, str], where: str) -> LabelledText | None:
    """One record as a text with one gold row, or None when it has no narrative."""
    description = clean_description(fields.get("Description", ""))
    if not description or NO_NARRATIVE.search(description):
        return None
    names = place_names(fields.get("Locality", ""), fields.get("District", ""))
    has_point = fields.get("Locality", "").strip().lower() not in _NOT_A_PLACE
    deaths = fields.get("Deaths Number", "").strip()
    start = _start_date(fields)
    end = _day(fields, "End")
    row = LabelledRow(
        row_id=where,
        event_types=pitf_event_types(
            fields.get("Organization of Violence", ""), fields.get("Weapons", "")
        ),
        place_names=names,
        # Coordinates of "multiple locations" rows point at a region, not a place.
        lat=_coordinate(fields, "") if has_point else None,
        lon=_coordinate(fields, "#2") if has_point else None,
        fatalities=int(deaths) if deaths.isdigit() else None,
        actor1_inter=perpetrator_inter(fields),
        country=resolve_country(fields.get("Country", "")),
        date_start=start,
        date_end=end if start is not None and end is not None and end >= start else None,
    )
    doc_id = "pitf-" + where.rsplit(" ", 1)[-1]
    # A text that reports its row up to the End day was written on that day or later (as an
    # ACLED text is dated by its latest row): "over the weekend" and "said on Sunday" are read
    # from there, not from the first day.
    published = row.date_end or start
    article = Article(text=description, doc_id=doc_id, published=published, origin=where)
    return LabelledText(article=article, rows=[row])


def read_pitf(path: str | Path) -> list[LabelledText]:
    """Read the PITF TSV into texts with one gold row each, skipping rows with no narrative."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    if not lines or "Description" not in lines[0].split("\t"):
        raise ValueError(f"{path}: no Description column in the header; not a PITF export")
    names = _column_names(lines[0])
    # Columns after Description shift in damaged records; nothing after it is used.
    width = names.index("Description") + 1
    texts = []
    for number, record in enumerate(split_records(lines[1:]), 1):
        fields = dict(zip(names[:width], record.split("\t")[:width], strict=False))
        text = pitf_text(fields, f"{path}: record {number}")
        if text is not None:
            texts.append(text)
    return texts
