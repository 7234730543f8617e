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
    assert tolls("Rebel snipers shot dead an army soldier in the al-Shaqb front in "
                 "Taiz.") == [("al-Shaqb", 1)]


def test_a_toll_tied_to_another_listed_place_stays_there():
    assert tolls("Rebels shelled Douma and Zabadani, killing five in Zabadani.") == [
        ("Douma", None), ("Zabadani", 5)]


def test_a_toll_for_towns_listed_with_commas_alone_goes_to_none():
    found = tolls("The army shelled the towns of Qarsun, Tel Warda, Kafr Nabl, Saraqib in "
                  "Idlib, killing 2 civilians.")
    assert len(found) == 4 and all(toll is None for _, toll in found)


def test_a_town_and_its_province_with_a_comma_keep_the_toll():
    assert tolls("A roadside bomb killed two soldiers in Kafr Nabl, Idlib, on Monday.") == [
        ("Kafr Nabl", 2)]
