"""A sentence that opens on the act just told as its time ("After the explosion, ...") tells,
with no place or day of its own, more of that act; another side's act then is still its own
(texts written for these tests)."""

from datetime import date

from khaldun import extract

_LEAD = ("At least 20 people were killed on Tuesday when Al Shabaab militants assaulted a "
         "police station in the town of Jowhar, officials said. The attackers then detonated "
         "explosives inside a truck at the gate.")


def test_what_follows_the_blast_told_is_part_of_the_assault():
    text = _LEAD + (" After the explosion, armed Shabab militants went into the police station, "
                    "witnesses said.")
    found = extract(text, published=date(2016, 5, 4))
    assert len(found) == 1
    assert found[0].sub_event_type == "Armed clash"


def test_another_sides_act_after_it_stays_apart():
    text = _LEAD + " After the attack, Somali troops shelled the militants' positions."
    found = extract(text, published=date(2016, 5, 4))
    assert len(found) == 2
