"""A landform named "in" a province ("the X mountains in Y province") lies in that province:
the province holds it (one place, not two), and a city quarter of another province that the
gazetteer reads its name as is a namesake (texts written for these tests)."""

from datetime import date

from khaldun.events.extractor import extract_one
from khaldun.records import Article


def test_mountains_in_a_province_are_placed_in_it_not_at_a_quarter_elsewhere():
    text = (
        "BAGHDAD (Reuters) - Iraqi troops killed four Islamic State fighters during a sweep of"
        " the Hamrin mountains in Diyala province on Friday, the military said."
    )
    events = extract_one(Article(doc_id="t", text=text, published=date(2018, 4, 2))).events
    assert len(events) == 1
    where = events[0].location
    assert where.admin1 == "Diyala"
    assert where.neighbourhood is None
