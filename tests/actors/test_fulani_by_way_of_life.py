"""Fulani herders named by their way of life ("nomadic Fulani", "Fulani pastoralists") are
the Fulani militia of the country (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_nomadic_fulani_and_fulani_pastoralists_are_the_fulani_militia():
    for text, country in (
        ("Gunmen killed five farmers in Agu village in Benue State on Monday. Residents said "
         "the attackers were nomadic Fulani.", "Nigeria"),
        ("Fulani pastoralists attacked the village of Kora near Mopti in Mali on Monday, "
         "killing six farmers.", "Mali"),
    ):
        found = [e.actor1 for e in extract(text, published=date(2015, 4, 25)) if e.actor1]
        assert [(a.name, a.inter) for a in found] == [
            (f"Fulani Ethnic Militia ({country})", 4)], text
