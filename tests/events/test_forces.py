"""Forces named again by their bare noun (texts written for these tests)."""

from datetime import date

from khaldun import extract

FRIDAY = date(2016, 1, 8)


def _sides(text: str) -> dict[str, tuple[str, ...]]:
    return {
        e.location.town: tuple(a.name for a in (e.actor1, e.actor2) if a)
        for e in extract(text, published=FRIDAY)
    }


def test_bare_troops_after_a_foreign_states_troops_are_those_troops():
    text = (
        "Israeli troops shot dead a Palestinian man near Hebron on Friday, the military said."
        "\n\nClashes broke out afterwards between stone-throwing youths and troops in the town "
        "of Beit Ummar."
    )
    assert "Military Forces of Israel" in _sides(text)["Beit Ummar"]


def test_a_noun_also_used_for_the_countrys_own_forces_stays_theirs():
    text = (
        "Syrian troops shelled Daraya on Friday while Turkish troops shelled Tal Rifaat, a "
        "monitor said.\n\nTroops also shelled the town of Saraqib."
    )
    assert "Military Forces of Turkey" not in _sides(text)["Saraqib"]
