"""Ituri's CODECO is a political militia of its own, not the rebels of an attack told before
(codebook §3; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_codeco_militiamen_raiding_a_camp_are_codeco():
    text = ("Suspected rebels attacked the village of Mbau on Sunday night, killing 18 "
            "civilians, an administrator said.\n\n"
            "CODECO militiamen raided a displacement camp near Djugu on Saturday, killing six "
            "people, the U.N. mission said.")
    found = extract(text, published=date(2022, 6, 14))
    raid = next(e for e in found if e.location.name == "Djugu")
    assert (raid.actor1.name, raid.actor1.inter) == (
        "CODECO: Cooperative for the Development of Congo", 3)
