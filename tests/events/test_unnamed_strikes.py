"""Events the trigger lexicon used to miss: strikes by an air power that name no weapon,
gatherings and strikes of workers, stone-throwing, prisoner releases (texts written here)."""

from datetime import date

from khaldun import extract

SUNDAY = date(2018, 2, 4)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published=SUNDAY)]


def test_unnamed_strikes_of_an_air_power_are_air_strikes():
    text = "Saudi-led coalition raids hit farms outside Razih in Saada province on Sunday."
    assert _subs(text) == ["Air/drone strike"]


def test_unnamed_raids_of_a_ground_force_are_no_air_strikes():
    text = "Houthi fighters raided a village in Kitaf district of Saada province."
    assert "Air/drone strike" not in _subs(text)


def test_workers_gathered_in_front_of_an_office_protest():
    text = "Some 200 dock workers gathered in front of a port authority block in Aden on Sunday."
    assert _subs(text) == ["Peaceful protest"]


def test_workers_who_went_on_a_strike_protest():
    text = "Bus drivers in Shiraz went on a strike on Sunday over unpaid wages."
    assert _subs(text) == ["Peaceful protest"]


def test_relatives_gathered_outside_a_hospital_are_no_protest():
    text = "Relatives of the wounded gathered outside the hospital in Tripoli on Sunday."
    assert "Peaceful protest" not in _subs(text)


def test_rocks_thrown_at_cars_are_a_violent_demonstration():
    text = "Youths threw rocks at passing cars near Hebron on Sunday."
    assert _subs(text) == ["Violent demonstration"]


def test_prisoners_released_by_their_captors_are_an_agreement():
    text = "Rebel forces released 40 detainees in Idlib city on Sunday."
    assert _subs(text) == ["Agreement"]


def test_forces_able_to_seize_a_cache_disrupt_weapons_use():
    text = "Police managed to seize a cache of rifles near Kirkuk on Sunday."
    assert _subs(text) == ["Disrupted weapons use"]


def test_supporters_gathered_in_the_vicinity_of_an_office_protest():
    text = "Party loyalists gathered in the vicinity of a rival's offices in Tripoli on Sunday."
    assert _subs(text) == ["Peaceful protest"]


def test_a_strike_verb_by_the_side_whose_air_strikes_were_just_told_is_another():
    text = (
        "Israeli air strikes hit several villages in south Lebanon on Tuesday, killing two "
        "Hezbollah fighters, security sources said.\n\n"
        "The Israeli military said it struck Hezbollah infrastructure in the villages of "
        "Aitaroun and Maroun al-Ras."
    )
    found = extract(text, published=date(2023, 11, 8))
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


def test_an_unnamed_strike_after_a_lead_that_made_no_event_is_one_of_its_air_strikes():
    text = (
        "Air strikes killed at least 40 people across the enclave overnight and on Tuesday,"
        " health officials said, as tanks pushed deeper into the southern city of Rafah.\n\n"
        "A strike on a house in the Nuseirat camp killed 12 people, including five children,"
        " medics said."
    )
    assert _subs(text) == ["Air/drone strike"]
