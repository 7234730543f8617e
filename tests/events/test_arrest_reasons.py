"""The act an arrest is made for ("in connection with the killing of ...") is an event of its
own, with its own doer and toll (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_arrest_over_a_killing_by_a_mob_keeps_the_two_apart():
    text = ("Police arrested 14 people on Monday in connection with the killing of five men "
            "burnt to death by a mob in the village of Dandume.")
    found = {e.sub_event_type: e for e in extract(text, published=date(2016, 5, 11))}
    assert set(found) == {"Arrests", "Mob violence"}
    assert found["Arrests"].fatalities is None
    assert found["Mob violence"].fatalities.low == 5
    assert found["Mob violence"].actor1.inter == 5


def test_the_force_that_arrested_is_no_doer_of_the_act_arrested_for():
    text = ("Police arrested eleven men linked to the burning alive of two women a crowd had "
            "accused of witchcraft in the village of Dandume.")
    found = {e.sub_event_type: e for e in extract(text, published=date(2016, 5, 11))}
    assert found["Arrests"].actor1.inter == 1
    assert found["Arrests"].fatalities is None
    assert found["Attack"].actor1.inter != 1
    assert found["Attack"].fatalities.low == 2
