"""Two places that bound one spot ("between the towns of A and B") make one event with the
whole toll, not a list of places whose toll goes to none (codebook §8.3)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2014, 3, 4)


def test_a_spot_between_two_towns_is_one_event_with_its_toll():
    text = (
        "A suicide bomber blew himself up at a checkpoint between Tarmiyah and Mishahda on "
        "Saturday, killing 9 people and wounding 20 others, police said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 9, "high": 9}


def test_two_towns_struck_stay_two_events():
    text = "Warplanes struck Douma and Harasta on Monday, killing 12 civilians."
    events = extract(text, published=PUBLISHED)
    assert len(events) == 2
    assert all(e.fatalities is None for e in events)


def test_a_spot_on_the_road_from_one_town_to_another_is_one_event_near_the_first():
    text = (
        "KABUL (Reuters) - A roadside bomb killed three soldiers on the road from Lashkar Gah "
        "to Gereshk on Wednesday, officials said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert (event.location.name, event.location.geo_precision) == ("Lashkar Gah", 2)
    assert event.fatalities.to_dict() == {"low": 3, "high": 3}


def test_forces_moving_from_one_town_to_another_are_no_route():
    text = "Rebels advanced from Morek to Latamneh on Monday, clashing with troops."
    assert len(extract(text, published=PUBLISHED)) == 2


def test_a_road_linking_or_connecting_two_towns_is_one_spot_near_the_first():
    for text in (
        "A landmine hit a bus on the road linking Afgoye to Mogadishu on Monday, killing five "
        "passengers, police said.",
        "A landmine hit a bus on the highway connecting Afgoye and Mogadishu on Monday, killing "
        "five passengers, police said.",
    ):
        (event,) = extract(text, published=PUBLISHED)
        assert (event.location.name, event.location.geo_precision) == ("Afgoye", 2)
        assert event.fatalities.to_dict() == {"low": 5, "high": 5}
