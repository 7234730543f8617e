"""A village found far from the place the text says holds it is a namesake: its name is left
unknown, to be placed near the container (places and distances invented for these tests)."""

from khaldun.events.astray import astray
from khaldun.places import Place, PlaceMention


def _town(name: str, lat: float, lon: float, admin1: str, population: int = 0,
          admin2: str | None = None, code: str | None = None) -> Place:
    return Place(None, name, "town", code, "IQ", admin1, lat, lon, population, None, admin2)


RIVERTON = _town("Riverton", 33.4, 43.3, "West", 300_000)
HOLLOW_FAR = _town("Hollow", 31.5, 47.0, "South")  # 400 km from Riverton
HOLLOW_NEAR = _town("Hollow", 33.3, 43.4, "West")  # 14 km from Riverton
EAST = Place(None, "East", "admin1", "ADM1", "IQ", "East", 34.3, 45.0, 1_500_000)


def _mention(place: Place | None, start: int, role: str = "town") -> PlaceMention:
    return PlaceMention(start, start + 6, place.name if place else "X", place, role)


def test_a_village_far_from_the_town_it_lies_south_of_is_made_unknown():
    village, town = _mention(HOLLOW_FAR, 10), _mention(RIVERTON, 40)
    out = astray([village], {10: [town]})
    assert out[0].place is None and out[0].surface == "Hollow"


def test_a_village_near_its_town_is_kept():
    village, town = _mention(HOLLOW_NEAR, 10), _mention(RIVERTON, 40)
    assert astray([village], {10: [town]})[0].place is HOLLOW_NEAR


def test_a_village_in_another_province_far_from_it_is_made_unknown_but_a_big_town_is_kept():
    province = PlaceMention(40, 44, "East", EAST, "admin1")
    assert astray([_mention(HOLLOW_FAR, 10)], {10: [province]})[0].place is None
    assert astray([_mention(RIVERTON, 10)], {10: [province]})[0].place is RIVERTON


def test_a_village_judged_by_another_village_is_kept():
    holder = _town("Knoll", 36.0, 42.0, "North")  # a village as container decides nothing
    village = _mention(HOLLOW_FAR, 10)
    assert astray([village], {10: [_mention(holder, 40)]})[0].place is HOLLOW_FAR


def test_a_district_seat_of_unknown_size_judges_but_a_plain_village_does_not():
    seat = _town("Qalwaj", 35.3, 43.8, "North", admin2="Qalwaj")  # Qalwaj in Qalwaj district
    village = _mention(HOLLOW_FAR, 10)
    assert astray([village], {10: [_mention(seat, 40)]})[0].place is None
    hamlet = _town("Qalwaj", 35.3, 43.8, "North", admin2="Dariyan")
    assert astray([village], {10: [_mention(hamlet, 40)]})[0].place is HOLLOW_FAR


def test_a_province_said_to_lie_in_a_town_of_another_province_is_made_unknown():
    # a village's name read as a look-alike province's, put in a town of another province
    province = PlaceMention(10, 15, "Eest", EAST, "admin1")
    assert astray([province], {10: [_mention(RIVERTON, 40)]})[0].place is None


def test_a_province_called_so_or_placed_only_by_a_bearing_is_kept():
    called = PlaceMention(10, 24, "East Province", EAST, "admin1")
    assert astray([called], {10: [_mention(RIVERTON, 40)]})[0].place is EAST
    pointed = PlaceMention(10, 14, "East", EAST, "admin1")
    north_of = PlaceMention(40, 48, "Riverton", RIVERTON, "town", reference=True)
    assert astray([pointed], {10: [north_of]})[0].place is EAST


def _near_pair(text: str, village: Place, town: Place) -> tuple[PlaceMention, PlaceMention]:
    start, at = text.index(village.name), text.index(town.name)
    return (PlaceMention(start, start + len(village.name), village.name, village, "town"),
            PlaceMention(at, at + len(town.name), town.name, town, "town", reference=True))


HOLLOW_MID = _town("Hollow", 33.6, 43.3, "West")  # 22 km north of Riverton
MILLTON = _town("Millton", 33.4, 43.3, "West", 60_000)  # a town, no city


def test_a_village_said_to_be_near_a_town_but_found_far_from_it_is_made_unknown():
    text = "Shells hit Hollow, near the town of Millton, on Monday."
    village, town = _near_pair(text, HOLLOW_MID, MILLTON)
    assert astray([village], {village.start: [town]}, text)[0].place is None
    village, town = _near_pair(text, HOLLOW_NEAR, MILLTON)  # 14 km off: near enough
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_NEAR


def test_a_village_said_to_lie_on_a_side_of_a_town_may_lie_farther():
    text = "Shells hit Hollow, north of Millton, on Monday."
    village, town = _near_pair(text, HOLLOW_MID, MILLTON)
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_MID


def test_a_village_near_a_village_of_another_province_is_not_judged():
    knoll = _town("Knoll", 33.4, 43.3, "North")  # a village, 22 km from Hollow
    text = "Shells hit Hollow, near Knoll, on Monday."
    village, holder = _near_pair(text, HOLLOW_MID, knoll)
    assert astray([village], {village.start: [holder]}, text)[0].place is HOLLOW_MID


def test_a_village_near_a_city_may_lie_farther():
    text = "Shells hit Hollow, near the city of Riverton, on Monday."
    village, town = _near_pair(text, HOLLOW_MID, RIVERTON)
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_MID


HOLLOW_130 = _town("Hollow", 32.35, 43.3, "West")  # about 117 km south of Riverton


def test_a_village_the_text_puts_that_far_from_its_town_may_lie_that_far():
    text = "Shells hit Hollow, about 120 km south of Riverton, on Monday."
    village, town = _near_pair(text, HOLLOW_130, RIVERTON)
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_130
    text = "Shells hit Hollow, some 75 miles south of Riverton, on Monday."
    village, town = _near_pair(text, HOLLOW_130, RIVERTON)
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_130
    text = "Shells hit Hollow, about 20 km south of Riverton, on Monday."  # 117 km off: another
    village, town = _near_pair(text, HOLLOW_130, RIVERTON)
    assert astray([village], {village.start: [town]}, text)[0].place is None
    village, town = _near_pair("Shells hit Hollow, south of Riverton, on Monday.", HOLLOW_130,
                               RIVERTON)
    assert astray([village], {village.start: [town]}, "Shells hit Hollow, south of Riverton, "
                  "on Monday.")[0].place is None


def test_a_village_said_to_lie_in_a_district_lies_near_its_point():
    text = "Shells hit Hollow in Riverton district on Monday."
    village, town = _near_pair(text, HOLLOW_MID, RIVERTON)  # 22 km: in it
    town = PlaceMention(town.start, town.end, town.surface, town.place, "town",
                        qualifier="district")
    assert astray([village], {village.start: [town]}, text)[0].place is HOLLOW_MID
    far = _town("Hollow", 34.2, 43.3, "West")  # 89 km off: another Hollow
    village = PlaceMention(village.start, village.end, "Hollow", far, "town")
    assert astray([village], {village.start: [town]}, text)[0].place is None


def test_a_town_outside_its_district_reads_the_district_as_a_namesake_that_holds_it():
    town = _town("Hollow", 36.9, 69.6, "North", 15_000)  # a town of some size, no hamlet
    seat_far = _town("Baran", 37.0, 70.9, "East", 30_000)  # 115 km off
    seat_near = _town("Baran", 36.8, 69.4, "North", 8_000)  # 20 km off
    text = "Jets struck Hollow in Baran district on Monday."
    village, holder = _near_pair(text, town, seat_far)
    holder = PlaceMention(holder.start, holder.end, "Baran", seat_far, "town",
                          qualifier="district")
    containers = {village.start: [holder]}
    out = astray([village], containers, text, lambda name: [seat_far, seat_near])
    assert out[0].place is town and containers[village.start][0].place is seat_near
