"""Named parts of towns found by phrase patterns (khaldun.places.areas), on texts written here."""

from khaldun.places.areas import find_areas


def test_a_held_by_descriptor_is_no_district_name():
    spans = find_areas("Jets struck a rebel-held district of Zqaq on Sunday.")
    assert all("-held" not in s.surface for s in spans)


def test_a_named_district_of_a_town_is_found_with_its_town():
    spans = find_areas("Jets struck the Zqubiyat district of Zqaq on Sunday.")
    assert [(s.surface, s.kw, s.town_surface) for s in spans] == [("Zqubiyat", "district", "Zqaq")]
