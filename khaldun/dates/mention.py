"""DateMention: one date expression in a text, resolved to a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Events older than this before publication are background (codebook §1).
BACKGROUND_DAYS = 7
# A run of days up to publication ("over the past ten days", "since March 1") is an ongoing
# event, not background, if it began less than this many days before (codebook §8.4).
ONGOING_DAYS = 15


@dataclass
class DateMention:
    """A date phrase with character offsets into the text and the range it means."""

    start: int
    end: int
    surface: str
    date_start: date
    date_end: date
    precision: int  # codebook time_precision: 1 day, 2 up to a week, 3 month or vaguer
    relative: bool  # resolved against the publication date ("on Sunday", "yesterday")
    background: bool = False  # signals background, not the reported event ("last month")
    running: bool = False  # a run of days up to publication: "since Friday", "the past 10 days"
    offset: int | None = None  # days after the day it counts from ("two days earlier": -2)
    anchored: bool = True  # an offset counted from a day of its own sentence, not publication
    # an ongoing run ("for a third day") up to the day a mention of its sentence gives: that
    # day's range for the clause that tells both (khaldun.events.draft_dates.pick_date)
    ongoing: bool = False
    # a range joined from days it names ("on Saturday and Sunday", "from Monday to Wednesday"),
    # not one period ("over the weekend", "last week")
    named_days: bool = False
    # a run told going on in the present, with no day of its own ("Clashes continue in X"):
    # the publication day (khaldun.dates.find)
    now: bool = False
    # a night told with no day of its sentence ("during the night"): the night before
    # publication until khaldun.events.context dates it by the day the article told last
    night: bool = False

    def age_days(self, published: date) -> int:
        """Days from the end of the range to publication (negative: after publication)."""
        return (published - self.date_end).days

    def is_future(self, published: date) -> bool:
        """True for dates after publication (forecasts, scheduled events)."""
        return self.date_start > published


def is_background(mention: DateMention, published: date | None) -> bool:
    """Background when a month-level range starts, or a relative day or week ends, over a
    week before publication; an explicit day ("on 2 May") is a dated event however old."""
    if published is None:
        return mention.precision == 3
    if mention.precision == 3:
        began = (published - mention.date_start).days
        if mention.running and mention.date_end >= published and began < ONGOING_DAYS:
            return False  # "fighting over the past ten days": ongoing, up to publication
        return began > BACKGROUND_DAYS
    return mention.relative and mention.age_days(published) > BACKGROUND_DAYS


def is_running_tally(mention: DateMention, published: date | None) -> bool:
    """ "since February", "since 2011": a period that began over a week before publication,
    the span of a running tally, not of one event."""
    return mention.surface.lower().startswith("since") and is_background(mention, published)
