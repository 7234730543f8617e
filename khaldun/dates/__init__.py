"""dates stage: date phrases resolved against the publication date, and datelines."""

from khaldun.dates.dateline import dateline_date
from khaldun.dates.find import background_cues, find_dates
from khaldun.dates.mention import BACKGROUND_DAYS, DateMention, is_background

__all__ = [
    "BACKGROUND_DAYS",
    "DateMention",
    "background_cues",
    "dateline_date",
    "find_dates",
    "is_background",
]
