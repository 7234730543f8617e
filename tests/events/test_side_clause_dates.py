"""An old date inside a relative clause about a side ("ISWAP, which split from the group in
2016") dates what the clause tells, not the act told outside it: the sentence is no background,
and it tells again of the event just told."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_a_relative_clause_date_leaves_the_sentence_on_the_event():
    text = (
        "MAIDUGURI, Nigeria, March 4 - Insurgents stormed the town of Dikwa on Saturday night, "
        "killing four soldiers, security sources said.\n\n"
        "The assault was carried out by fighters of the Islamic State West Africa Province, "
        "which broke away from its parent group in 2016, the sources added."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert any("carried out" in c.quote for c in event.claims)


def test_an_old_date_on_the_act_itself_is_still_background():
    text = (
        "MAIDUGURI, Nigeria, March 4 - Insurgents stormed the town of Dikwa on Saturday night, "
        "killing four soldiers, security sources said.\n\n"
        "Insurgents also stormed the town in 2016, the sources added."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert not any("2016" in c.quote for c in event.claims)
