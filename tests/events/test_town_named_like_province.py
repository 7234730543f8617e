"""A town named like a province other than its own stands for that province when the place
the text puts in it lies there: "X in Sanaa" where X is a village of Sanaa Governorate, 50 km
from the capital (itself in another province), is that village, not a quarter of the capital."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 12)


def test_a_village_of_the_province_named_like_the_capital_keeps_its_point():
    text = "Two soldiers were shot dead by rebel snipers in Ghayl ash Shalif of Sanaa on Tuesday."
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.neighbourhood is None
    assert event.location.admin1 == "Sanaa Governorate"
    assert abs(event.location.lat - 15.647) < 0.05


def test_a_quarter_the_gazetteer_lacks_stays_in_the_capital():
    text = "Two soldiers were shot dead by rebel snipers in the Zzyqar quarter of Sanaa on Tuesday."
    (event,) = extract(text, published=PUBLISHED)
    assert abs(event.location.lat - 15.355) < 0.05
