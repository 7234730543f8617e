"""An act said carried out by members of a named group ("carried out by fighters of X") was
that group's: it replaces the group a descriptor ("insurgents") only guessed."""

from datetime import date

from khaldun import extract


def test_fighters_of_a_named_group_replace_the_guess_from_insurgents():
    text = (
        "MAIDUGURI, Nigeria, March 4 - Insurgents stormed the town of Dikwa on Saturday night, "
        "killing four soldiers, security sources said.\n\n"
        "Troops had pushed the attackers back, a spokesman said. The assault was carried out by "
        "fighters of the Islamic State West Africa Province, the sources said."
    )
    (event,) = extract(text, published=date(2018, 3, 5))
    assert event.actor1.name == "Islamic State West Africa Province"
