"""The side a weapon hit, named as the object of a verb before the weapon ("X wounded two
soldiers with a roadside bomb"), is the side acted on (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_soldiers_wounded_with_a_roadside_bomb():
    text = "Islamic State fighters wounded two soldiers with a roadside bomb near Hit on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1


def test_a_militia_fighter_wounded_by_an_ied():
    text = "Militants injured a Popular Mobilization fighter with an IED in Anbar on Monday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.name == "Popular Mobilization Forces"



def test_soldiers_wounded_after_shelling_their_position():
    # the weapon named in a gerund clause of the verb ("after shelling", "by shelling")
    text = ("Rebel fighters said they wounded three soldiers after shelling their position near "
            "Kafr Zeta on Monday.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1
