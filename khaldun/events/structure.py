"""Summaries and the incidents they sum up (codebook §8.7)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from khaldun.events.building import Building
from khaldun.records import SUB_TO_TYPE


@lru_cache(maxsize=1)
def _summary() -> re.Pattern[str]:
    text = resources.files("khaldun.data").joinpath("structure.yaml").read_text("utf-8")
    words = yaml.load(text, Loader=yaml.CSafeLoader)
    try:
        counters = "|".join(re.escape(w) for w in words["summary_counters"])
        nouns = "|".join(re.escape(w) for w in words["incident_nouns"])
    except (KeyError, TypeError) as err:
        raise ValueError(f"khaldun/data/structure.yaml: missing or malformed list {err}") from err
    # "three bombings", "12 separate air strikes", "a wave of suicide attacks"
    return re.compile(
        rf"\b(?:\d+|{counters})\s+(?:(?:{counters})\s+)?(?:[\w-]+\s+)?(?:{nouns})\b", re.I
    )


def is_summary(text: str) -> bool:
    """The sentence counts incidents in the plural: a lead that sums up others."""
    return _summary().search(text) is not None


def without_summaries(events: list[Building]) -> list[Building]:
    """Drop each summary followed by incidents of its type: they are the events, the lead is
    not one (its toll goes to none of them)."""
    kept = []
    for event in events:
        kind = SUB_TO_TYPE.get(event.sub_event_type)
        listed = any(
            not other.summary
            and other.first_offset > event.first_offset
            and SUB_TO_TYPE.get(other.sub_event_type) == kind
            for other in events
        )
        if not (event.summary and listed):
            kept.append(event)
    return kept
