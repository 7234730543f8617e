"""A side that accuses the perpetrator of a violent act just told, at no place and on no day of
its own, gives its account of that act (its toll a claim on it), not a new event that a later
incident elsewhere would join (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_accusation_of_the_striker_is_a_claim_on_its_strike():
    text = (
        "Sudan's army carried out air strikes on El Fasher on Sunday, killing at least 31 "
        "civilians, a local aid group said.\n\n"
        "The RSF accused the army of a massacre and said 45 people had been killed.\n\n"
        "On Saturday, RSF fighters attacked the village of Tawila, killing nine people, "
        "residents said."
    )
    found = {e.location.name: e for e in extract(text, published=date(2024, 5, 20))}
    assert set(found) == {"El Fasher", "Tawila"}
    assert found["El Fasher"].fatalities.to_dict() == {"low": 31, "high": 45}
    assert found["Tawila"].fatalities.to_dict() == {"low": 9, "high": 9}
    assert found["Tawila"].actor1.name == "RSF: Rapid Support Forces"
