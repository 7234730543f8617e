from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def events(text: str):
    return extract_article(Article(text=text, doc_id="t", published=DAY)).events


def test_a_bombing_no_one_claimed_has_an_unidentified_perpetrator():
    found = events(
        "A suicide bomber blew himself up at a wedding in Jalalabad on Thursday, killing eight "
        "guests, officials said.\n\nNobody has claimed the bombing. Insurgents hold several "
        "districts of the province."
    )
    assert [e.actor1.name for e in found] == ["Unidentified Armed Group (Afghanistan)"]


def test_a_claim_by_name_still_names_the_bomber():
    found = events(
        "A suicide bomber blew himself up at a wedding in Jalalabad on Thursday, killing eight "
        "guests, officials said.\n\nThe Taliban claimed responsibility."
    )
    assert [e.actor1.name for e in found] == ["Taliban"]
