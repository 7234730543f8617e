"""Ground said held right after another fight, in its paragraph and naming no town ("militants
attacked a checkpoint in B. He said soldiers had repelled the attack"), is the end of that
fight: no denial of a capture told before it (codebook §8.2), and its toll is the fight's."""

from __future__ import annotations

from khaldun import extract

ARTICLE = (
    "Islamic State militants seized the village of Tal Abta west of Mosul on Sunday, a local "
    "official said.\n\n"
    "Separately, militants attacked an army checkpoint in Baiji on Monday. An army spokesman, "
    "Colonel Ahmed Jabbar, said the checkpoint came under heavy fire. He said soldiers had "
    "repelled the attack, killing five of the assailants."
)


def test_a_repulse_after_another_fight_denies_no_earlier_capture():
    events = extract(ARTICLE, published="2018-03-07")
    capture = next(e for e in events if e.location.town == "Tal Abta")
    assert all(c.kind != "denial" for c in capture.claims)
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    fight = next(e for e in events if e.location.town == "Baiji")
    assert fight.fatalities is not None and fight.fatalities.low == 5


def test_a_repulse_after_the_capture_still_denies_it():
    text = ("Islamic State militants seized the village of Tal Abta west of Mosul on Sunday, a "
            "local official said. An army spokesman said soldiers had repelled the attack.")
    events = extract(text, published="2018-03-07")
    assert any(c.kind == "denial" for e in events for c in e.claims)
