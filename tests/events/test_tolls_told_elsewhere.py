"""An act told "elsewhere" with no place of its own is not at the place the story told before:
in the province that place lies in when the text says "elsewhere in the province", else at no
place (and no event); its dead are never the earlier event's toll (codebook §8.1)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 6)
LEAD = (
    "Government forces shelled the town of Saraqib in Idlib province on Monday, killing four "
    "civilians. "
)


def _events(text: str) -> list:
    return sorted(
        (e.sub_event_type, e.location.name if e.location else None,
         e.location.geo_precision if e.location else None,
         e.fatalities.to_dict() if e.fatalities else None)
        for e in extract(text, published=PUBLISHED))


def test_fighting_elsewhere_in_the_province_is_a_province_event():
    text = LEAD + "Another 11 people were killed in fighting elsewhere in the province."
    assert _events(text) == [
        ("Armed clash", "Idlib", 3, {"low": 11, "high": 11}),
        ("Shelling/artillery/missile attack", "Saraqib", 1, {"low": 4, "high": 4}),
    ]


def test_the_same_kind_of_act_elsewhere_does_not_join_the_town_event():
    text = LEAD + "Another 11 people were killed in shelling elsewhere in the province."
    events = _events(text)
    assert ("Shelling/artillery/missile attack", "Saraqib", 1, {"low": 4, "high": 4}) in events
    assert all(e[1] != "Saraqib" or e[3] == {"low": 4, "high": 4} for e in events)


def test_elsewhere_with_no_province_is_no_event_and_no_toll_of_the_town():
    text = LEAD + "Another 11 people were killed in fighting elsewhere."
    assert _events(text) == [
        ("Shelling/artillery/missile attack", "Saraqib", 1, {"low": 4, "high": 4}),
    ]


def test_others_killed_elsewhere_add_nothing_to_the_acts_toll():
    text = (
        "Government air strikes hit a camp and a school in Idlib province, killing 21 people, "
        "and shelling elsewhere in the region killed 9 others."
    )
    assert {"low": 21, "high": 21} in [e[3] for e in _events(text)]
    assert all(e[3] != {"low": 30, "high": 30} for e in _events(text))
