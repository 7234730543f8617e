"""find_dates: every date phrase of a text, resolved, longest match first; background cues."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache

from khaldun.dates.calendar import alternation, month_alt, precision_of, weekday_alt, words
from khaldun.dates.explicit import find_explicit
from khaldun.dates.mention import DateMention, is_background
from khaldun.dates.offset import add_offsets
from khaldun.dates.relative import find_relative
from khaldun.numbers import parse_number

_SUPERLATIVE = re.compile(
    rf"\b(?:{alternation('superlatives')})\s+(?:\w+\s+){{0,3}}(?:in\s+|since\s+|of\s+)?$",
    re.IGNORECASE,
)
_TALLY_LEAD = re.compile(
    rf"\b(?:{alternation('tally_period_leads')})\s+(?:in\s+|of\s+)?$", re.IGNORECASE
)
# An ongoing event counted in days ("for 20 days") runs back at most this far: longer is a
# campaign, not one event.
MAX_ONGOING_DAYS = 31
# "a week-long offensive": an act's length told as such, up to a week (codebook §5)
MAX_SPAN_DAYS = 7
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _since_began() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('since_began_leads')})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _join() -> re.Pattern[str]:
    """What joins two days into one range: "on Saturday and Sunday", "Friday to Sunday",
    "on Monday and into Tuesday", "on Monday, Tuesday and Wednesday"."""
    return re.compile(rf"\s*(?:{alternation('range_joiners')})\s*(?:on\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _prefilter() -> re.Pattern[str]:
    """Cheap test that a text may hold a date at all (most sentences of a report do not)."""
    return re.compile(
        rf"\d|{month_alt()}|{weekday_alt()}|(?i:{alternation('prefilter_words')})"
    )


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    alternation = "|".join(f"(?:{c})" for c in words()["background_cues"])
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _longest(mentions: list[DateMention]) -> list[DateMention]:
    """Drop mentions overlapping a longer (or earlier) one."""
    mentions.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# Two calendar dates joined into one run span at most this many days
EXPLICIT_RUN_DAYS = 31
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_CLOSING_AND = re.compile(r",?\s+and\s+(?:on\s+)?")


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Merge day mentions joined by "and", "to", "into" (or commas in a list that "and" closes:
    "Monday, Tuesday and Wednesday") into one range of up to a week, or of up to a month
    between two calendar dates ("between March 23 and March 31"). A weekday joined to a later
    one it would fall after ("on Thursday and Friday" told on a Thursday) is the week before."""
    out: list[DateMention] = []
    joined: list[DateMention] = []  # ranges already joined, which a further day extends
    for i, mention in enumerate(mentions):
        prev = out[-1] if out else None
        if (prev is not None and _a_weekday(prev) and _a_weekday(mention)
                and _join().fullmatch(text, prev.end, mention.start)
                and 0 < (prev.date_start - mention.date_start).days < 7):
            # "on Thursday and Friday" told on a Thursday: the Thursday before that Friday
            prev.date_start = prev.date_end = prev.date_start - timedelta(days=7)
        if (prev is not None and _a_night(prev) and _a_weekday(mention)
                and (text[prev.end:mention.start].split() == ["into"] or (
                    _join().fullmatch(text, prev.end, mention.start)
                    and any(c.isalpha() for c in text[prev.end:mention.start])
                    and prev.date_start >= mention.date_start))):
            # "overnight into Tuesday", "overnight and on Tuesday" (told on a Wednesday): the
            # night before that Tuesday, not publication's last night
            prev.date_start = prev.date_end = mention.date_start - timedelta(days=1)
        if (prev is not None and prev.precision == 1 and not prev.background
                and _a_night(mention) and mention.surface.lower() in words()["night_words"]
                and _CLOSING_AND.fullmatch(text, prev.end, mention.start)
                and prev.date_end < mention.date_end):
            # "on Saturday and overnight": the night after that day, dated by its first day
            # (not publication's last night)
            prev.end = mention.end
            prev.surface = text[prev.start:prev.end]
            continue
        if (prev is not None and (prev.precision == 1 or prev in joined or _short_period(prev))
                and (mention.precision == 1 or _short_period(mention))
                and prev.relative == mention.relative
                and _join().fullmatch(text, prev.end, mention.start)
                and (text[prev.end:mention.start].strip() != "," or _listed(text, mentions, i)
                     or _across_midnight(prev, mention))
                and 0 < (mention.date_end - prev.date_start).days < (
                    EXPLICIT_RUN_DAYS if _a_run(text, prev, mention) else 7)
                and mention.date_start > prev.date_end - timedelta(days=1)):
            prev.end, prev.date_end = mention.end, mention.date_end
            prev.surface = text[prev.start:prev.end]
            prev.precision = max(2, precision_of(prev.date_start, prev.date_end))
            prev.named_days = True
            joined.append(prev)
            continue
        out.append(mention)
    return _night_between(text, out)


def _night_between(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "overnight from Saturday to Sunday", "overnight between Saturday and Sunday": the night
    is the one across the two days that follow it (dates.yaml night_span_preps), not
    publication's last night."""
    out: list[DateMention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if (prev is not None and _a_night(prev) and prev.surface.lower() in words()["night_words"]
                and text[prev.end:mention.start].strip().lower() in words()["night_span_preps"]
                and mention.date_end - mention.date_start == timedelta(days=1)):
            mention.start = prev.start
            mention.surface = text[mention.start:mention.end]
            out[-1] = mention
            continue
        out.append(mention)
    return out


def _short_period(mention: DateMention) -> bool:
    """A period of two days told as one ("over the weekend"), which a day next to it joins."""
    return (mention.precision == 2 and not (mention.running or mention.background)
            and (mention.date_end - mention.date_start).days <= 1)


@lru_cache(maxsize=1)
def _run_into() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation('run_into_leads')})\s+(?:well\s+)?into\s+"
        r"(?:the\s+(?:early\s+|small\s+)?(?:hours|morning)\s+of\s+)?$", re.IGNORECASE)


def _ran_into(text: str, mention: DateMention) -> None:
    """ "clashes continued into Tuesday": the run went on the day before that day too."""
    if mention.precision == 1 and mention.date_start == mention.date_end and _run_into().search(
            text, max(0, mention.start - 60), mention.start):
        mention.date_start -= timedelta(days=1)
        mention.precision, mention.named_days = 2, True


def _across_midnight(first: DateMention, then: DateMention) -> bool:
    """ "late Sunday, early Monday": a day's late hours (or its night), a comma, and the next
    day's early hours, one range as with "and" (dates.yaml comma_late_edges)."""
    late, early = first.surface.lower().split(), then.surface.lower().split()
    return (first.precision == then.precision == 1
            and then.date_start - first.date_end == timedelta(days=1)
            and (late[0] in words()["comma_late_edges"] or late[-1] in words()["night_words"])
            and early[0] in words()["comma_early_edges"])


def _a_run(text: str, first: DateMention, last: DateMention) -> bool:
    """Two calendar dates told as the ends of one run ("between March 23 and March 31",
    "from 2 to 20 May"), not two days ("on March 2 and March 20")."""
    if first.relative or last.relative:
        return False
    joiner = text[first.end:last.start].strip().lower()
    between = _BETWEEN.search(text, max(0, first.start - 12), first.start) is not None
    return joiner in words()["run_joiners"] or (joiner == "and" and between)


def _a_night(mention: DateMention) -> bool:
    """A night told by itself ("overnight", "last night"), counted from publication."""
    return mention.relative and mention.precision == 1 and (
        mention.surface.lower().split()[-1] in words()["night_words"])


def _a_weekday(mention: DateMention) -> bool:
    """A day named by its weekday alone ("on Thursday", "Friday")."""
    return mention.relative and mention.precision == 1 and (
        mention.surface.split()[-1].capitalize() in words()["weekdays"])


def _listed(text: str, mentions: list[DateMention], i: int) -> bool:
    """Mention i, after a comma, is an item of a list of days that "and" closes ("Monday,
    Tuesday and Wednesday"), not the start of another clause ("Saturday, Sunday's strikes")."""
    if _POSSESSIVE_AFTER.match(text, mentions[i].end):
        return False
    rest = mentions[i:]
    for here, after in zip(rest, rest[1:], strict=False):
        gap = text[here.end:after.start]
        if gap.strip() != ",":
            return _CLOSING_AND.fullmatch(gap) is not None
    return False


def _extend_since(text: str, mention: DateMention, published: date | None) -> None:
    """"since Friday" runs from Friday to publication."""
    before = _SINCE.search(text, max(0, mention.start - 8), mention.start)
    if before:
        mention.start = before.start()
        mention.surface = text[mention.start:mention.end]
    elif not mention.surface.lower().startswith("since") and not _since_began().search(
        text, max(0, mention.start - 60), mention.start
    ):
        return
    if published is not None and published > mention.date_end:
        mention.date_end, mention.running = published, True
        mention.precision = max(mention.precision, precision_of(mention.date_start, published))


@lru_cache(maxsize=1)
def _ongoing() -> re.Pattern[str]:
    ordinals = "|".join(sorted(words()["ongoing_ordinals"], key=len, reverse=True))
    return re.compile(words()["ongoing_phrase"].format(ordinals=ordinals), re.IGNORECASE)


@lru_cache(maxsize=1)
def _ongoing_count() -> re.Pattern[str]:
    return re.compile(words()["ongoing_count_phrase"], re.IGNORECASE)


def _ongoing_days(text: str, mentions: list[DateMention]
                  ) -> tuple[tuple[int, int, str], int] | None:
    """The ongoing phrase of a text (start, end, surface) and the days it counts up to the day
    reported: "its third day" (3), "for four straight days" (4); None if none, or if a date
    phrase holds it ("for the past three days" is already a range)."""
    found = _ongoing().search(text)
    if found is not None:
        told = (found.start(), found.end(), found.group())
        return told, words()["ongoing_ordinals"][found.group("ordinal").lower()]
    found = _ongoing_count().search(text)
    longest = MAX_ONGOING_DAYS
    if found is None:
        # (a length longer than a week is a period's, whose tally is no one act's: §8.1)
        found, longest = next(
            (m for m in (p.search(text) for p in _ongoing_spans()) if m is not None), None
        ), MAX_SPAN_DAYS
    if found is None:
        return None
    span = "told" if "told" in found.re.groupindex else 0  # (the phrase's date words)
    if any(m.start < found.end(span) and found.start(span) < m.end for m in mentions):
        return None
    units = "unit" in found.re.groupindex and found.group("unit")  # ("for a week")
    hours = "hours" in found.re.groupindex and found.group("hours")  # ("for 36 hours")
    if hours:
        told_hours = parse_number(hours.lower())
        more = "more" in found.re.groupindex and found.group("more") is not None
        days = told_hours and math.ceil((told_hours + more) / words()["hours_per_day"])
    else:
        count = " ".join((units or found.group("count")).lower().split())
        days = (words()["span_units"].get(count) or words()["vague_counts"].get(count)
                or parse_number(count))
    told = (found.start(span), found.end(span), found.group(span))
    return (told, days) if days and 1 < days <= longest else None


@lru_cache(maxsize=1)
def _ongoing_spans() -> tuple[re.Pattern[str], ...]:
    """ "two days of clashes", "a three-day battle": an act's span told as its length."""
    return tuple(re.compile(p, re.IGNORECASE) for p in words()["ongoing_span_phrases"])


def _extend_ongoing(text: str, mentions: list[DateMention], published: date | None) -> None:
    """"entered its third day on Wednesday", "have fought for three days": Monday to Wednesday
    (codebook §8.4). The phrase becomes a mention of its own, a run up to the day mention
    nearest it (else publication); that day stays as it is, for the clauses of other acts
    ("warplanes bombed X on Monday as rebels clashed for a third day")."""
    ongoing = _ongoing_days(text, mentions)
    if ongoing is None:
        return
    (start, end, surface), days = ongoing
    if any(m.precision > 1 and not (m.background or m.running or m.named_days or m.ongoing)
           for m in mentions):
        return  # ("two days of fighting last week": within the period the sentence tells)
    # (a range of days the sentence names, "found on Saturday and Sunday", ends on its last)
    days_of = [m for m in mentions
               if (m.precision == 1 or m.named_days) and not m.background and not m.running]
    anchor = min(days_of, key=lambda m: abs(m.start - start), default=None)
    if anchor is None and published is None:
        return
    last = anchor.date_end if anchor is not None else published
    first = last - timedelta(days=days - 1)
    # (with no day of its own sentence, the run may be counted from the day the article told
    # last: khaldun/events/context.py count_from_told_day)
    mentions.append(DateMention(start, end, surface, first, last,
                                precision_of(first, last), relative=True,
                                ongoing=True, anchored=anchor is not None))
    mentions.sort(key=lambda m: m.start)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Date phrases in text order with character offsets, resolved against published.

    Without published, explicit dates that name their year still resolve; relative ones
    ("on Sunday", "yesterday") and yearless ones ("March 4") are left out.
    """
    if not _prefilter().search(text):
        return _going_on_now(text, published)
    mentions = find_explicit(text, published)
    if published is not None:
        mentions.extend(find_relative(text, published))
    kept = _join_ranges(text, _longest(mentions))
    for mention in kept:
        _ran_into(text, mention)
        _extend_since(text, mention, published)
        mention.background = is_background(mention, published) or _is_baseline(text, mention)
    _extend_ongoing(text, kept, published)
    add_offsets(text, kept, published)
    return kept or _the_night(text, published) or _going_on_now(text, published)


@lru_cache(maxsize=1)
def _told_night() -> re.Pattern[str]:
    return re.compile(words()["told_night"], re.IGNORECASE)


def _the_night(text: str, published: date | None) -> list[DateMention]:
    """ "Jets struck the town during the night": with no other date in the sentence, the night
    before publication, as "overnight" (codebook §5), unless the article told a day before it
    (khaldun/events/context.py count_from_told_day: the night of that day)."""
    found = _told_night().search(text) if published is not None else None
    if found is None or published is None:
        return []
    night = published - timedelta(days=1)
    return [DateMention(found.start(), found.end(), found.group(), night, night, 1,
                        relative=True, anchored=False, night=True)]


@lru_cache(maxsize=1)
def _present_run() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words()['present_runs_named']})\b", re.IGNORECASE)


def _going_on_now(text: str, published: date | None) -> list[DateMention]:
    """ "Clashes continue in X": with no other date in the sentence, a run told going on in the
    present is told of the day of publication (codebook §8.4: a run's range reaches the latest
    day the text reports)."""
    found = _present_run().search(text) if published is not None else None
    if found is None or published is None:
        return []
    return [DateMention(found.start(), found.end(), found.group(), published, published, 1,
                        relative=True, now=True)]


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern[str]:
    pairs = words()["quote_marks"]
    return re.compile("|".join(
        f"{re.escape(o)}[^{re.escape(o + c)}\n]*{re.escape(c)}" for o, c in pairs
    ))


def as_told(text: str, mentions: list[DateMention], told: date) -> list[DateMention]:
    """The mentions with those inside a quotation resolved against the day it was told:
    '"they shelled us yesterday," a resident said on Monday' means Sunday, whatever the
    publication date; the narration's own "yesterday" stays the publication's. A run since a
    day ends on that day too: "fighting since Friday has killed 22, the ministry said on
    Sunday" is told of Friday to Sunday (codebook §8.4: to the latest day reported)."""
    spans = [m.span() for m in _quoted().finditer(text)]
    inside = [m for m in mentions if m.relative and any(a <= m.start and m.end <= b
                                                         for a, b in spans)]
    runs = [m for m in mentions if m.running and m.date_start <= told < m.date_end]
    if not inside and not runs:
        return mentions
    again = {(m.start, m.end): m for m in find_dates(text, told)}
    told_runs = {
        id(m): new for m in runs
        if (new := again.get((m.start, m.end))) is not None and new.date_end == told
        and new.date_start == m.date_start  # ("over the past five days" ends on publication)
    }
    return [again.get((m.start, m.end), m) if m in inside else told_runs.get(id(m), m)
            for m in mentions]


def _is_baseline(text: str, mention: DateMention) -> bool:
    """"the heaviest in the past week", "the worst since 2014": a yardstick, not a date; "so far
    this month": the span of a running tally (codebook §8.1: a longer period's toll)."""
    if mention.precision == 1:
        return False
    window = max(0, mention.start - 40)
    if _SUPERLATIVE.search(text, window, mention.start):
        return True
    # a week may be one event's run (codebook §8.4); a month or longer is a tally's
    return mention.precision >= 3 and bool(_TALLY_LEAD.search(text, window, mention.start))


def background_cues(text: str) -> list[tuple[int, int]]:
    """Offsets of undated background phrases ("since the start of the uprising")."""
    return [m.span() for m in _cues().finditer(text)]
