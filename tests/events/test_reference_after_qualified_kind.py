"""A reference point is named with its kind qualified ("30 km from the port city of Y",
"near the key town of Y"): it only says where the place before it lies, and is no event place
of its own (codebook §4: the most precise place the text gives)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 12)


def test_a_qualified_city_after_a_distance_is_a_reference_point():
    text = ("Coalition air strikes struck the village of Bani Qais, about 30 km from the port "
            "city of Hodeidah, on Monday, residents said.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.name == "Bani Qais"


def test_a_list_before_the_function_words_keeps_its_own_places():
    # "and" ends the words that may qualify a kind: the town after it is a place of its own
    text = ("Shelling hit the outskirts of Kafr Nabl, north of Maarat al-Numan and the town of "
            "Saraqeb, on Monday, activists said.")
    names = {e.location.name for e in extract(text, published=PUBLISHED)}
    assert "Saraqeb" in names
