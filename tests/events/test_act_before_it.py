"""An act told in an "after" clause with its own subject, under an act that kills no one
("police arrested 12 suspects after a bomb killed two"), is another event: the arrests do not
take the bombing's dead, and the bombing is not lost."""

from __future__ import annotations

from khaldun import extract


def test_the_bombing_an_arrest_came_after_is_its_own_event():
    text = ("Police arrested 12 suspects after a bomb killed two people in Peshawar, "
            "officials said.")
    events = {e.sub_event_type: e for e in extract(text, published="2018-03-06")}
    assert set(events) == {"Arrests", "Remote explosive/landmine/IED"}
    assert events["Arrests"].fatalities is None
    assert events["Remote explosive/landmine/IED"].fatalities.low == 2
