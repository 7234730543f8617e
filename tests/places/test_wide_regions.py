"""Named regions over several provinces (khaldun/data/places/regions.csv with no admin1):
placed as a province is, before the villages that share their name. Texts written here."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2016, 4, 12)


def test_a_region_over_provinces_is_the_place_not_a_village_of_its_name():
    (event,) = extract(
        "CAIRO (Reuters) - Militants ambushed an army convoy in Sinai on Monday, killing four "
        "Egyptian soldiers, security sources said.",
        published=PUBLISHED,
    )
    assert event.location.country == "EG"
    assert event.location.town is None and event.location.geo_precision == 3


def test_a_region_of_no_gazetteer_province_has_coordinates():
    (event,) = extract(
        "Clashes between two herding clans in Darfur killed 17 people on Sunday, a tribal "
        "leader said.",
        published=PUBLISHED,
    )
    assert event.location.country == "SD" and event.location.lat is not None
    assert event.location.geo_precision == 3


def test_a_town_of_a_region_is_one_event_at_the_town():
    (event,) = extract(
        "Gunmen shot dead a judge in the Puntland town of Garowe on Monday, police said.",
        published=PUBLISHED,
    )
    assert event.location.town == "Garowe"
