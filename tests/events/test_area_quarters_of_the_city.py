"""An unknown name with an area cue ("the X area") in a story about a big city, whose only
namesakes are villages far from it, is a quarter of that city (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_area_named_like_far_villages_is_a_quarter_of_the_story_city():
    # the gazetteer's look-alikes of the name are villages hundreds of km from Kabul
    text = ("A suicide bomber struck a mosque in Kabul on Friday, killing nine worshippers, "
            "officials said. The blast struck the mosque in the Dasht-e Barchi area, an official "
            "said.")
    events = extract(text, published=date(2018, 4, 6))
    assert [(e.location.town, e.location.neighbourhood) for e in events] == [
        ("Kabul", "Dasht-e Barchi")]
