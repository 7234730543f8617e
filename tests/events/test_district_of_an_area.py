"""'X area of D district': D holds X (its seat places X), D is no event place of its own
(invented area names; the district is a real one of the gazetteer)."""

from datetime import date

from khaldun import extract


def _locations(text: str):
    return [e.location for e in extract(text, published=date(2018, 3, 5))]


def test_a_district_holding_unknown_areas_is_no_place_of_its_own():
    locations = _locations("Nine air strikes hit Bel-Tarwa and Zimmiya areas of Baqem district.")
    assert locations
    assert all(loc.name != "Baqem" for loc in locations)


def test_every_area_listed_before_a_plural_part_noun_lies_in_the_district():
    locations = _locations("Nine air strikes hit Bel-Tarwa and Zimmiya areas of Baqem district.")
    assert {loc.name for loc in locations} == {"Bel-Tarwa", "Zimmiya"}
    assert all(loc.lat is not None and loc.geo_precision == 2 for loc in locations)


def test_a_district_named_before_its_province_stays_a_container():
    # "D District of P" read the other way round (P a quarter of D) keeps D as the container:
    # the province makes no event of its own
    locations = _locations("A roadside bomb killed four policemen near the Tor Khel area in "
                           "Saydabad District of Wardag Province on Sunday.")
    assert [loc.name for loc in locations] == ["Tor Khel"]
