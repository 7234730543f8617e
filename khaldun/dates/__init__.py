"""dates stage: date phrases resolved against the publication date, and datelines (one parser,
khaldun.dates.dateline, for ingest and extraction alike).

Resolution rules (codebook §5; `published` is the publication date):

- weekday ("on Sunday", "Sunday night", "Saturday's"): the most recent such day on or
  before `published`; the publication weekday itself means that same day ("on Monday" in
  a Monday article is that Monday); "last Friday" is strictly before; "next Friday" is after.
- "today", "this morning", "tonight", "since dawn": `published`; "yesterday": the day before.
- "overnight", "last night", "during the past night": the night before, published - 1 (codebook
  §5), precision 1; "the past two nights": the two nights before, published - 2 .. published - 1.
- "the weekend": the Saturday and Sunday on or before `published` (cut at `published`),
  precision 2.
- "the last/past N days": N days ending on `published` (pub - N + 1 .. pub); "the past N
  hours": at least yesterday and today (24 and 48 hours both give pub - 1 .. pub);
  "the past N weeks": 7N days. Precision 2 up to a week, else 3.
- "since X": from X to `published`. Two day mentions joined by "and"/"to" ("on Saturday
  and Sunday") are one range, precision 2.
- "earlier this week" (Monday .. the day before), "this week", "last week" (Monday ..
  Sunday before), precision 2; "this month", "last month", "this year", "last year",
  "in March", "in 2011", "a year ago": precision 3.
- "for a third day", "entered its fourth day": a mention of its own, the run up to the day
  mention nearest it (else publication); the clause that tells both takes the run.
- "for three days", "for several days", "for a week", "the army's three-day offensive": the
  run of that many days (vague counts as dates.yaml vague_counts) up to the day told, unless a
  period of the sentence ("last week") holds it.
- "continued into Tuesday", "spilled over into Tuesday": Monday and Tuesday; "over the weekend
  and on Monday": Saturday to Monday.
- "the day before", "two days earlier", "the next day", "since then": counted from the day the
  sentence gives, else from the day the article told last (khaldun.dates.offset).
- explicit dates ("March 4", "4 March 2012", "2012-03-04", "1-2 May"): a missing year is
  the publication year, or the year before when the date would fall more than
  FUTURE_TOLERANCE_DAYS (7) after publication (so "December 30" in a January article is
  last year, and "talks on March 10" in a March 5 article stays a forecast).
- holidays on a fixed day ("on Christmas Day", "New Year's Day"): the last on or before
  publication, an explicit day.
- `DateMention.background` is set for month-level phrases starting, and relative phrases
  ending, more than 7 days before publication ("last month", "since 2011", "two weeks
  ago"); explicit day dates are never background by themselves. `background_cues` finds
  undated background phrases ("since the start of the uprising").
- Without `published`, only explicit dates that name their year resolve.

dateparser is not used: regexes compiled once and calendar arithmetic cover these forms
at several thousand sentences per second.
"""

from khaldun.dates.dateline import Dateline, date_from_text, find_dateline
from khaldun.dates.find import as_told, background_cues, find_dates
from khaldun.dates.mention import BACKGROUND_DAYS, DateMention, is_background, is_running_tally

__all__ = [
    "as_told",
    "BACKGROUND_DAYS",
    "DateMention",
    "background_cues",
    "Dateline",
    "date_from_text",
    "find_dateline",
    "find_dates",
    "is_background",
    "is_running_tally",
]
