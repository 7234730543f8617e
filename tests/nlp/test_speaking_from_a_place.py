"""Where a speaker speaks from ("speaking from his base in X", "by phone from his office in
X") is the statement's place, not a place of the act the speaker tells (codebook §4)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_a_place_after_from_his_base_on_a_verb_of_saying_is_where_he_speaks():
    text = ("Gunmen killed three soldiers at a checkpoint in the town of Hawija on Monday, an army "
            "officer said. The officer, speaking from his base in Tikrit, said the gunmen escaped "
            "to the mountains.")
    names = [e.location.name for e in extract(text, published=PUBLISHED)]
    assert names == ["Hawija"]


def test_fighters_from_a_base_in_a_town_still_come_from_it():
    # a noun after "from" that hangs on no verb of saying is no statement's place
    text = ("Militants from a camp in Hawija attacked an army post in Tikrit on Monday, killing "
            "two soldiers, police said.")
    names = [e.location.name for e in extract(text, published=PUBLISHED)]
    assert names == ["Tikrit"]
