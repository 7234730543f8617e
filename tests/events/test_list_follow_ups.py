"""A sentence naming no place that goes on about an act told at a list of places speaks of
each place's event: its sources attest them all, and its toll is the whole list's, no one
place's (codebook §8.3)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2016, 4, 14)
LIST = ("Mortar rounds hit the Midan and Sulaymaniyah districts of Aleppo on Thursday, "
        "killing four people, activists said. ")


def _by_quarter(text: str) -> dict:
    return {e.location.neighbourhood: e for e in extract(text, published=PUBLISHED)}


def test_a_toll_told_after_the_list_is_no_one_places():
    events = _by_quarter(LIST + "A local monitoring group later put the toll at nine.")
    assert set(events) == {"Midan", "Sulaymaniyah"}
    assert all(e.fatalities is None for e in events.values())


def test_an_account_naming_no_place_attests_each_place():
    events = _by_quarter(LIST + "State television said insurgents fired shells at homes.")
    for event in events.values():
        assert "state television" in {c.source.lower() for c in event.claims}
        assert event.status == "corroborated"


def test_a_toll_naming_one_of_the_places_stays_its_own():
    events = _by_quarter(LIST + "A doctor said three people died in Midan.")
    assert events["Midan"].fatalities is not None
    assert events["Sulaymaniyah"].fatalities is None


def test_none_killed_in_the_list_is_none_in_each():
    events = _by_quarter("Mortar rounds hit the Midan and Sulaymaniyah districts of Aleppo on "
                         "Thursday, activists said. No casualties were reported.")
    assert [(e.fatalities.low, e.fatalities.high) for e in events.values()] == [(0, 0), (0, 0)]


def test_an_act_told_again_that_killed_no_one_killed_no_one_in_each():
    events = _by_quarter("Mortar rounds hit the Midan and Sulaymaniyah districts of Aleppo on "
                         "Thursday. No one was killed in the shelling, activists said.")
    assert [(e.fatalities.low, e.fatalities.high) for e in events.values()] == [(0, 0), (0, 0)]
