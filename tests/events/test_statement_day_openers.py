"""A sentence that opens on the day of its statement ("A day later, the group said ...") dates
the statement, not an act (codebook §8.6): the act it tells of is the one told before, and the
day does not move to the next act the article tells."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

PUBLISHED = date(2018, 4, 16)  # a Monday


def _events(text: str):
    return extract_article(Article(text=text, published=PUBLISHED)).events


def test_a_claim_told_a_day_later_is_of_the_bombing_told_before():
    text = (
        "BAGHDAD (Reuters) - A bomb hidden in a parked car killed nine people at a market in "
        "Ramadi on Sunday, police said.\n\nA day later, the Islamic State said in a statement "
        "that its fighters had carried out the bombing.\n\nOn Saturday, gunmen killed three "
        "soldiers at a checkpoint near the town of Baiji, a police officer said."
    )
    events = sorted(_events(text), key=lambda e: e.date_start)
    assert [(e.location.town, e.date_start, e.date_end) for e in events] == [
        ("Baiji", date(2018, 4, 14), date(2018, 4, 14)),
        ("Ramadi", date(2018, 4, 15), date(2018, 4, 15)),
    ]
