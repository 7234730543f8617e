"""A sentence that points back to the town spoken of ("the rebels entered the town") is placed
there, not where its speaker serves ("said X, an administrator in Y territory"); an unknown
place the text calls a town is no quarter of the dateline's city (texts written for these
tests)."""

from datetime import date

from khaldun import extract

_TEXT = (
    "GOMA, Congo (AP) - M23 rebels seized the town of Rubaya after two days of fighting with "
    "the Congolese army, residents said on Wednesday.\n\n"
    "The rebels entered the town late on Tuesday after government troops withdrew, said Jean "
    "Bosco Kahindo, an administrator in Masisi territory. At least 11 civilians were killed "
    "in the fighting, he said."
)


def test_the_town_pointed_back_to_is_the_place_not_the_speaker_s():
    found = extract(_TEXT, published=date(2024, 5, 1))
    assert {e.location.name for e in found} == {"Rubaya"}


def test_an_unknown_town_is_no_quarter_of_the_dateline_city():
    found = extract(_TEXT, published=date(2024, 5, 1))
    assert all(e.location.neighbourhood is None for e in found)


def test_a_first_name_of_a_speaker_named_after_said_is_no_place():
    text = (
        "Suspected Boko Haram fighters killed at least 18 people in an attack on the village "
        "of Kuda in Adamawa state late Saturday, residents said.\n\nThe gunmen arrived on "
        "motorcycles and opened fire on worshippers leaving a church, said Yakubu Musa, a "
        "community leader."
    )
    events = extract(text, published=date(2018, 3, 19))
    assert {e.location.name for e in events} == {"Kuda"}
