"""A dispatch's words are relative to the day its dateline gives when it was filed a day or two
before publication (codebook §5)."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

PUBLISHED = date(2017, 4, 11)
FILED = date(2017, 4, 10)


def _events(text: str, published: date = PUBLISHED):
    return extract_article(Article(text=text, published=published)).events


def test_yesterday_in_a_dispatch_filed_the_day_before_publication():
    text = (
        "KABUL, April 10 (Reuters) - Taliban fighters stormed a police post in the town of "
        "Ghazni yesterday, killing six policemen, officials said."
    )
    [event] = _events(text)
    assert (event.date_start, event.date_end) == (date(2017, 4, 9), date(2017, 4, 9))


def test_an_undated_event_later_in_the_dispatch_is_the_dispatch_days():
    text = (
        "KABUL, April 10 (Reuters) - Taliban fighters stormed a police post in the town of "
        "Ghazni, killing six policemen, officials said.\n\nThe attackers fled after a gunbattle "
        "that lasted an hour.\n\nIn a separate attack, a roadside bomb killed two soldiers in "
        "the town of Lashkar Gah, a spokesman said."
    )
    events = _events(text)
    assert events and all(e.date_start == e.date_end == FILED for e in events)


def test_a_dateline_days_after_publication_is_not_taken():
    text = (
        "KABUL, April 20 (Reuters) - Taliban fighters stormed a police post in the town of "
        "Ghazni yesterday, killing six policemen, officials said."
    )
    [event] = _events(text)
    assert event.date_start == date(2017, 4, 10)


def test_a_round_up_headed_by_one_day_dates_its_undated_incidents():
    text = (
        "Here are the main developments in Yemen on Tuesday:\n\n"
        "- Coalition jets struck a fuel depot in the port of Hodeidah, killing three workers, "
        "residents said.\n\n"
        "- Houthi fighters shelled a market in the city of Taiz, wounding nine people."
    )
    found = _events(text, published=date(2018, 7, 5))
    assert {(e.date_start, e.date_end) for e in found} == {(date(2018, 7, 3), date(2018, 7, 3))}


def test_a_monitors_list_of_incidents_is_its_claim():
    text = (
        "The Syrian Observatory for Human Rights documented the following incidents on "
        "Tuesday:\n\nIn Idlib province, helicopters dropped barrel bombs over the town of "
        "Kansafra, killing three civilians."
    )
    (event,) = _events(text, published=date(2018, 3, 7))
    assert {c.source for c in event.claims} == {"Syrian Observatory for Human Rights"}
