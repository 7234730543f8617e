from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def test_an_act_told_as_a_habit_is_no_event():
    text = ("Gunmen killed four farmers in Gashaka on Thursday, police said.\n\n"
            "Gembu has been the scene of frequent clashes between herders and farmers.")
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert [e.location.town for e in found] == ["Gashaka"]
