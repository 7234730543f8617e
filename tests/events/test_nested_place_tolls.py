"""A toll written against a place that a later place only situates ("shot dead a soldier in
A front in B") is A's event's toll; a toll written against another place of the list is not
("shelled A and B, killing five in B")."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 6)


def tolls(text: str) -> list[tuple[str, int | None]]:
    return [(e.location.name, e.fatalities.low if e.fatalities else None)
            for e in extract(text, published=DAY)]


def test_a_toll_in_a_place_situated_by_a_town_is_the_place_s():
    assert tolls("Houthi forces shot dead a pro-Hadi soldier in al-Shaqb front in "
                 "Taiz.") == [("al-Shaqb", 1)]


def test_a_toll_tied_to_another_listed_place_stays_there():
    assert tolls("Rebels shelled Douma and Zabadani, killing five in Zabadani.") == [
        ("Douma", None), ("Zabadani", 5)]
