"""Where captives or the wounded were carried off to ("the gunmen took the students towards
the X forest", "the wounded were taken to nearby Y town") is no place of the act told again:
the act stays where it happened (codebook §4)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_where_captives_were_taken_is_no_place_of_the_abduction():
    text = ("Gunmen abducted 10 students from a school in Kankara in Katsina state on Friday, "
            "police said. The gunmen took the students towards the Rugu forest, a police "
            "spokesman said.")
    names = [e.location.name for e in extract(text, published=PUBLISHED)]
    assert names == ["Kankara"]
