"""A sentence that tells when a run of violence already told ended, or that it still went on
("the siege ended on Tuesday", "soldiers ended the standoff on Tuesday", "the fighting raged
into Tuesday"): it dates the run's last day (codebook §8.4), even with no act of its own."""

from __future__ import annotations

import re

from khaldun.events.triggers import alternation, word_class

ENDED_VERBS = word_class("event_end_verbs")  # "the siege ended on Sunday": the event's last day
# "the clashes were continuing on Thursday": the event still went on that day
GOES_ON = re.compile(rf"\b(?:{alternation('event_goes_on_verbs')})\b", re.I)
# "the siege", "the hours-long standoff": a run the article told, spoken of again
_THE_RUN = re.compile(
    rf"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation('run_nouns')})\b",
    re.I,
)


# "They were still going on on Tuesday", "It ended on Sunday": the run spoken of by a pronoun
_ITS_RUN = re.compile(
    rf"^\W*(?:{alternation('run_pronouns')})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation('event_goes_on_verbs')}|{alternation('event_end_verbs')})\b",
    re.I,
)


def tells_run_end(text: str) -> bool:
    """The sentence speaks of a told run again and says it ended or still went on."""
    if _ITS_RUN.search(text) is not None:
        return True
    return _THE_RUN.search(text) is not None and (
        ENDED_VERBS.search(text) is not None or GOES_ON.search(text) is not None)


# "fighters have left since Wednesday": a side leaving, told as a run from a day
_LEAVING_SINCE = re.compile(rf"\b(?:{alternation('control_left')})\s+since\b", re.I)


def tells_leaving_since(text: str) -> bool:
    """The sentence tells a side leaving since a day, the run of a withdrawal."""
    return _LEAVING_SINCE.search(text) is not None
