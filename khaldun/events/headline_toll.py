"""The headline's toll for the body's one violent event ("Gunmen kill 12 in Zamfara village"
over a body that tells the attack and no toll): the headline tells that event too."""

from __future__ import annotations

from khaldun.claims.attribution import Attribution
from khaldun.events.assemble import Draft
from khaldun.events.building import ArticleState
from khaldun.events.claiming import claims_of
from khaldun.records import SUB_TO_TYPE, VIOLENT_TYPES


def headline_toll(
    titled: list[tuple[Draft, list[Attribution]]], state: ArticleState, doc_id: str
) -> None:
    """Give the headline's toll to the body's only violent event when the body gives it none
    and the headline names no place of another country."""
    violent = [e for e in state.events if SUB_TO_TYPE.get(e.sub_event_type) in VIOLENT_TYPES]
    if len(violent) != 1 or any(c.kind == "fatalities" for c in violent[0].claims):
        return
    event = violent[0]
    country = event.location.country if event.location else None
    for draft, speakers in titled:
        if draft.killed is None or draft.killed.vague or not draft.sub_event_type:
            continue
        if any(p.place is not None and p.place.country != country for p in draft.places):
            continue
        event.claims += [c for c in claims_of(draft, speakers, doc_id) if c.kind == "fatalities"]
        return
