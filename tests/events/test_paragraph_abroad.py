"""A sentence that names no place goes on about the country its paragraph told an act in,
not the article's own (texts written for these tests)."""

from datetime import date

from khaldun import extract

THURSDAY = date(2024, 12, 12)
ROUNDUP = (
    "Nine soldiers were killed when their convoy hit a roadside bomb near the town of Dori in "
    "northern Burkina Faso on Monday, a security source said.\n\nGunmen also killed five "
    "villagers in Djibo on Tuesday, residents said.\n\nIn Mali, the army carried out drone "
    "strikes on a market in the village of Hombori on Wednesday, killing seven civilians, "
    "residents said. The army said it had neutralised terrorists in the area."
)


def test_the_army_of_a_paragraph_about_another_country_is_that_countrys():
    events = extract(ROUNDUP, published=THURSDAY)
    names = {a.name for e in events for a in (e.actor1, e.actor2)
             if a is not None and e.location is not None and e.location.country == "ML"}
    assert "Military Forces of Burkina Faso" not in names
    assert "Military Forces of Mali" in names


def test_the_article_country_holds_in_a_paragraph_about_it():
    text = (
        "Gunmen killed four soldiers near the town of Dori in northern Burkina Faso on Monday, "
        "a security source said. The army said it killed several attackers in the area."
    )
    names = {a.name for e in extract(text, published=THURSDAY) for a in (e.actor1, e.actor2)
             if a is not None}
    assert "Military Forces of Burkina Faso" in names
