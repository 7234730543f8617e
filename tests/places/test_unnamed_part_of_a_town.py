"""'a residential neighbourhood of X', 'another district of X': an unnamed part of the town X,
so X is the town and no quarter (codebook §4); 'the neighbourhood of X' names the quarter X."""

from khaldun.places.areas import find_areas


def test_an_unnamed_neighbourhood_of_a_town_names_no_quarter():
    assert find_areas("A shell fell on a residential neighbourhood of Kafr Hamra on Monday.") == []
    assert find_areas("Jets struck another neighborhood of Kafr Hamra.") == []


def test_the_neighbourhood_of_a_name_is_that_quarter():
    [area] = find_areas("Shells hit the neighbourhood of Qaboun on Monday.")
    assert (area.surface, area.kw) == ("Qaboun", "neighbourhood")


def test_a_quarter_of_a_side_of_a_city_is_in_that_city():
    [area] = find_areas("Jets struck the Zahra neighbourhood in rebel-held eastern Aleppo.")
    assert (area.surface, area.town_surface) == ("Zahra", "Aleppo")
    [area] = find_areas("Shells hit the Qusour quarter of northern Homs on Monday.")
    assert (area.surface, area.town_surface) == ("Qusour", "Homs")


def test_a_district_of_a_side_names_no_city():
    [area] = find_areas("Jets struck the Kafr Nabl district of southern Idlib.")
    assert area.town_surface is None
