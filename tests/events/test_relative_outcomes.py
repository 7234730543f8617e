"""A killing told in a "which" clause after the act's place ("shelled the village of X which
killed one child"): the act's toll, though the parse hangs the clause on the place's noun."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def tolls(text: str) -> list[tuple[str | None, int | None]]:
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    return [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in found]


def test_a_which_clause_on_the_shelled_village_is_the_shelling_toll():
    assert tolls("Regime forces shelled the village of Qarsun which killed one child.") == [
        ("Shelling/artillery/missile attack", 1)]


def test_a_which_clause_on_bombed_areas_is_the_strike_toll():
    assert tolls("Jets bombed areas in the town of Tel Warda which killed a child and "
                 "wounded others.") == [("Air/drone strike", 1)]


def test_a_who_clause_still_tells_who_the_victim_was():
    assert tolls("Soldiers shot dead a man who had killed two policemen.") == [("Attack", 1)]
