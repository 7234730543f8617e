""""That attack", "this bombing" speak of the act told last, whatever its kind; groups a
sentence names while it says no one claimed the act are guesses, no side of it (texts written
for these tests)."""

from datetime import date

from khaldun import extract

_TWO_ACTS = (
    "A Taliban attack on a police checkpoint in the Shindand district of Herat killed seven "
    "policemen on Monday night, officials said.\n\n"
    "In Nangarhar province, a roadside bomb struck a minibus on Tuesday, killing four "
    "civilians, a provincial spokesman said. {}"
)


def test_that_attack_is_the_act_told_last():
    follow_up = ("So far no group has said it carried out that attack, though the Taliban "
                 "operate around the district.")
    found = extract(_TWO_ACTS.format(follow_up), published=date(2019, 6, 12))
    bomb = next(e for e in found if e.sub_event_type == "Remote explosive/landmine/IED")
    assert follow_up in [c.quote for c in bomb.claims]


def test_groups_named_beside_no_claim_are_no_side():
    follow_up = ("No group has claimed that attack so far, but both the Taliban and an "
                 "Islamic State branch operate around the district.")
    found = extract(_TWO_ACTS.format(follow_up), published=date(2019, 6, 12))
    bomb = next(e for e in found if e.sub_event_type == "Remote explosive/landmine/IED")
    assert follow_up in [c.quote for c in bomb.claims]
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("Unidentified")
