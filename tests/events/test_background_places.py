"""A sentence whose every act is background ("In March, the group overran a base in X") names
no place of the story: an act the text tells with no place of its own did not happen at X
(codebook §1)."""

from __future__ import annotations

from khaldun import extract

ARTICLE = (
    "Militants stormed a police post in northern Iraq on Thursday, killing six policemen, "
    "officials said.\n\n"
    "The attackers fled before reinforcements arrived, a police officer said.\n\n"
    "In March, the group overran an army base in Tuz Khurmatu, killing dozens of soldiers."
)


def test_an_unplaced_act_takes_no_place_of_a_background_sentence():
    events = extract(ARTICLE, published="2019-06-07")
    assert events
    assert all(e.location.town != "Tuz Khurmatu" for e in events)
    assert all(e.date_start.isoformat() >= "2019-06-01" for e in events)
