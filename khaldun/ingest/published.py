"""Publication dates given by people: "2016-03-12", "12 March 2016", "March 12, 2016"."""

from __future__ import annotations

from datetime import date, datetime

# Day before month when ambiguous ("03/04/2016" is 3 April), as outside the US.
SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}


def parse_published(value: date | datetime | str | None) -> date | None:
    """A date from an ISO string or any common written form; ValueError if it is none."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings=SETTINGS) if text else None
    if found is None:
        raise ValueError(f"published {value!r} is not a date (try 2016-03-12 or 12 March 2016)")
    return found.date()
