"""A denial whose words name a change of control ("denied the district had fallen") denies the
claimed capture, whichever side's gain the denied word alone would read as, not the act told
last (codebook §8.2)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 10, 4)


def test_a_denied_fall_denies_the_capture_not_the_burning_told_after_it():
    text = (
        "KABUL (Reuters) - Taliban fighters overran the centre of Qaisar district in Faryab "
        "province on Tuesday, killing 14 policemen, officials said.\n\n"
        "The insurgents seized the centre of Qaisar district late on Tuesday and set fire to "
        "government buildings, a police spokesman said.\n\n"
        "The defence ministry denied the district had fallen."
    )
    events = extract(text, published=PUBLISHED)
    denied = [e for e in events if any(c.kind == "denial" for c in e.claims)]
    assert [e.event_type for e in denied] == ["Battles"]
    assert denied[0].sub_event_type == "Armed clash"
    assert denied[0].status == "contested"


def test_the_capturer_saying_it_holds_the_town_confirms_the_capture():
    text = (
        "M23 rebels seized the town of Sake, west of Goma, on Wednesday after fighting with the "
        "Congolese army, residents said.\n\n"
        '"Our forces are in full control of Sake," M23 spokesman Lawrence Kanyuka said.'
    )
    (event,) = extract(text, published=date(2024, 2, 9))
    assert not [c for c in event.claims if c.kind == "denial"]
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_denying_killing_civilians_contests_the_air_strike_that_killed_them():
    text = (
        "Myanmar's military launched air strikes on Kanbalu in Sagaing region on Monday, "
        "killing 17 people, residents said.\n\n"
        "The military government said it had targeted a training camp of terrorists and denied "
        "killing civilians."
    )
    (event,) = extract(text, published=date(2023, 1, 18))
    assert [c.kind for c in event.claims if c.kind == "denial"] == ["denial"]
    assert event.status == "contested"
