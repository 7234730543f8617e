"""Event filters as users give them (CLI options, API query parameters), checked once for both.

Every check raises FilterError naming the parameter (by its API name; the CLI shows its
option name instead) with a one-line message; the CLI prints it and exits non-zero, the API
answers 422 with it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from khaldun.countries import countries, resolve
from khaldun.records import EVENT_TYPES, INTER_CLASSES, STATUSES, SUB_TO_TYPE
from khaldun.store.base import EventQuery


class FilterError(ValueError):
    """A filter value that cannot select anything: unknown, malformed or out of range."""

    def __init__(self, param: str, detail: str) -> None:
        super().__init__(f"{param} {detail}")
        self.param, self.detail = param, detail


def _canonical(name: str, value: str, allowed) -> str:
    """The allowed spelling of value (any case), or a FilterError listing what is allowed."""
    by_lower = {a.lower(): a for a in allowed}
    found = by_lower.get(" ".join(value.split()).lower())
    if found is None:
        raise FilterError(name, f"{value!r} is not one of: {', '.join(allowed)}")
    return found


def parse_date(name: str, value: date | str | None) -> date | None:
    """A YYYY-MM-DD date (or None)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FilterError(name, f"{value!r} is not a date like 2016-03-12") from None


def parse_since(value: datetime | date | str | None) -> datetime | None:
    """updated_since: an ISO date or date-time (UTC when it names no zone), as naive UTC."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return parse_since(datetime.fromisoformat(value.strip()))
    except ValueError:
        raise FilterError("updated_since", f"{value!r} is not a date or date-time") from None


def parse_country(value: str | None) -> str | None:
    """An ISO alpha-2 code from a country name, ISO3 or ISO2 code (or ISO numeric)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        by_number = {c.isonumeric: c.iso2 for c in countries().values()}
        if int(value) in by_number:
            return by_number[int(value)]
    found = resolve(value)
    if found is None:
        raise FilterError("country", f"{value!r}: not a country name, ISO3 or ISO2 code")
    return found


def parse_bbox(value: str | tuple | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' as four floats, checked for order and range."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        nums = ()
    if len(nums) != 4 or any(n != n for n in nums):  # n != n: NaN
        raise FilterError("bbox", f"{value!r}: expected min_lon,min_lat,max_lon,max_lat numbers")
    min_lon, min_lat, max_lon, max_lat = nums
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise FilterError("bbox", f"{value!r}: needs -180<=min_lon<=max_lon<=180, same for lat")
    return nums  # type: ignore[return-value]


def parse_event_date(value: str | None) -> tuple[date | None, date | None]:
    """ACLED's event_date: one day, or 'from|to' (either side may be empty)."""
    if value is None or not value.strip():
        return None, None
    if "|" not in value:
        day = parse_date("event_date", value)
        return day, day
    start, end = value.split("|", 1)
    return parse_date("event_date", start or None), parse_date("event_date", end or None)


def _inter(name: str, value: int | None, codes) -> int | None:
    if value is not None and value not in codes:
        raise FilterError(name, f"{value}: not one of {', '.join(map(str, codes))}")
    return value


def _at_least(name: str, value: int | None, low: int, high: int | None = None) -> None:
    if value is not None and (value < low or (high is not None and value > high)):
        top = f" and at most {high}" if high is not None else ""
        raise FilterError(name, f"{value}: must be at least {low}{top}")


INTERACTIONS = sorted(
    {a * 10 for a in INTER_CLASSES} | {a * 10 + b for a in INTER_CLASSES for b in INTER_CLASSES
                                        if a <= b}
)


def event_query(
    *,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    town: str | None = None,
    bbox: str | tuple | None = None,
    actor: str | None = None,
    status: str | None = None,
    min_fatalities: int | None = None,
    text: str | None = None,
    inter1: int | None = None,
    interaction: int | None = None,
    updated_since: datetime | date | str | None = None,
    limit: int = 100,
    offset: int = 0,
    max_limit: int | None = None,
) -> EventQuery:
    """A checked EventQuery from user-given filters; FilterError names the first bad one."""
    start, end = parse_date("date_from", date_from), parse_date("date_to", date_to)
    if start and end and start > end:
        raise FilterError("date_from", f"{start} is after the end date {end}")
    if event_type:
        event_type = _canonical("event_type", event_type, list(EVENT_TYPES))
    if sub_event_type:
        allowed = EVENT_TYPES[event_type] if event_type else list(SUB_TO_TYPE)
        sub_event_type = _canonical("sub_event_type", sub_event_type, allowed)
    if status:
        status = _canonical("status", status, STATUSES)
    _at_least("min_fatalities", min_fatalities, 0)
    _at_least("limit", limit, 1, max_limit)
    _at_least("offset", offset, 0)
    return EventQuery(
        date_from=start,
        date_to=end,
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        country=parse_country(country),
        admin1=admin1 or None,
        town=town or None,
        bbox=parse_bbox(bbox),
        actor=actor or None,
        status=status or None,
        min_fatalities=min_fatalities,
        text=text or None,
        inter1=_inter("inter1", inter1, list(INTER_CLASSES)),
        interaction=_inter("interaction", interaction, INTERACTIONS),
        updated_since=parse_since(updated_since),
        limit=limit,
        offset=offset,
    )
