"""A sentence that names another country as where it happened takes that country's town of the
name it gives, even when the article's own country has a village so named (texts written for
these tests)."""

from datetime import date

from khaldun import extract

THURSDAY = date(2024, 12, 12)


def test_a_town_of_the_country_the_sentence_names():
    text = (
        "Nine soldiers were killed when their convoy hit a roadside bomb near the town of Dori "
        "in northern Burkina Faso on Monday, a security source said.\n\nIn Mali, the army "
        "carried out drone strikes on a market in the village of Hombori on Wednesday, killing "
        "seven civilians, residents said."
    )
    countries = {e.location.town: e.location.country for e in extract(text, published=THURSDAY)}
    assert countries.get("Dori") == "BF"
    assert countries.get("Hombori") == "ML"
