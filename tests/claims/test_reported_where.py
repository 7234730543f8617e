"""A name after "reported on", "reported around" is where something was reported, not who
reported it (invented texts)."""

from khaldun.claims.attribution import unknown_sources


def test_a_name_reported_on_is_a_place_not_a_source():
    text = "Three air strikes were reported on Bel-Tarwa area of Zimmar district."
    assert not any(name.startswith("Bel-Tarwa") for _, _, name in unknown_sources(text, None))


def test_a_name_reported_around_is_a_place_not_a_source():
    text = "Heavy shelling was reported around Qasr Nubal on Monday."
    assert not any("Nubal" in name for _, _, name in unknown_sources(text, None))


def test_a_name_after_reported_still_reports():
    text = "The clashes killed four people, reported Radio Tamazgha."
    assert any("Tamazgha" in name for _, _, name in unknown_sources(text, None))


def test_a_name_reported_to_have_been_shelled_is_no_source():
    text = "Rebels are reported to have shelled Kafr Umayr on Friday."
    assert not any("Umayr" in name for _, _, name in unknown_sources(text, None))


def test_a_name_after_reported_that_is_no_source():
    text = "It was reported that Tell Barwa came under fire."
    assert not any("Barwa" in name for _, _, name in unknown_sources(text, None))
