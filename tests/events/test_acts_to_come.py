"""An act whose sentence dates it only after the report ("due in the capital next week for
talks on a prisoner swap", "a withdrawal set for next month") is still to come: no event
(codebook §1: no forecasts or plans)."""

from __future__ import annotations

from khaldun import extract

ARTICLE = (
    "Gunmen killed two policemen at a checkpoint in Aden on Monday, security sources said.\n\n"
    "A UN envoy is due in Sanaa next week for talks on a prisoner swap between the warring "
    "sides."
)


def test_an_act_dated_only_after_the_report_is_no_event():
    events = extract(ARTICLE, published="2019-03-13")
    assert events
    assert all(e.sub_event_type != "Agreement" for e in events)
    assert all(e.location.town != "Sanaa" for e in events)
