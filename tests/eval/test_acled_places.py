from khaldun.eval.acled import acled_place_names


def test_town_district_names_split():
    assert acled_place_names("Damascus - Barzeh") == ("Damascus - Barzeh", "Damascus", "Barzeh")


def test_plain_names_stay_whole():
    assert acled_place_names(" Douma ") == ("Douma",)
    assert acled_place_names("") == ()
