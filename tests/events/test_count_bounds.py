"""A day a count was reached by ("16 bodies had been found by Sunday afternoon") bounds the
tally; it is no day of an act of its own, so the sentence tells the raid told before."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

PUBLISHED = date(2018, 10, 8)  # a Monday


def test_bodies_found_by_a_later_day_are_the_raids_dead():
    text = (
        "BAMAKO (Reuters) - Suspected jihadists killed 16 civilians in an attack on a village in "
        "central Mali, the government said on Monday.\n\nGunmen on motorcycles raided the "
        "village of Kelbani near Bandiagara on Saturday night, burning huts and shooting "
        "residents, a local official said. The government statement said 16 bodies had been "
        "found by Sunday afternoon."
    )
    [event] = extract_article(Article(text=text, published=PUBLISHED)).events
    assert (event.date_start, event.date_end) == (date(2018, 10, 6), date(2018, 10, 6))


def test_a_place_taken_by_a_day_was_taken_on_that_day():
    # "by Saturday morning" on an act that counts nothing is the act's day, not a tally's bound
    text = ("Government troops had retaken the air base outside the town of Tabqa by Saturday "
            "morning, a military source said.")
    [event] = extract_article(Article(text=text, published=PUBLISHED)).events
    assert (event.date_start, event.date_end) == (date(2018, 10, 6), date(2018, 10, 6))
