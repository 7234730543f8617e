"""Named parts of towns found by phrase patterns (khaldun.places.areas), on texts written here."""

from khaldun.places.areas import find_areas


def test_a_held_by_descriptor_is_no_district_name():
    spans = find_areas("Jets struck a rebel-held district of Zqaq on Sunday.")
    assert all("-held" not in s.surface for s in spans)


def test_a_named_district_of_a_town_is_found_with_its_town():
    spans = find_areas("Jets struck the Zqubiyat district of Zqaq on Sunday.")
    assert [(s.surface, s.kw, s.town_surface) for s in spans] == [("Zqubiyat", "district", "Zqaq")]


def test_a_described_city_after_a_district_is_its_town():
    spans = find_areas("Rebels hit the Zqubiyat district of the besieged northern city of Zqaq.")
    assert [(s.surface, s.town_surface) for s in spans] == [("Zqubiyat", "Zqaq")]


def test_quarters_listed_before_their_plural_share_the_town_after_them():
    spans = find_areas("Rebels shelled the Zqubiyat and Marjat neighbourhoods of the city of Zqaq.")
    assert [(s.surface, s.town_surface) for s in spans] == [
        ("Zqubiyat", "Zqaq"), ("Marjat", "Zqaq")]


def test_a_quarter_whose_name_ends_on_city_is_found_with_its_town():
    spans = find_areas("A bomb went off in the Zqubiyat City district of Zqaq on Sunday.")
    assert [(s.surface, s.town_surface) for s in spans] == [("Zqubiyat City", "Zqaq")]
    spans = find_areas("A bomb went off in the Zqubiyat City neighbourhood on Sunday.")
    assert [s.surface for s in spans] == ["Zqubiyat City"]
