"""A village the text puts in a district named like a big town ("X area, Y district") lies in
that district when the gazetteer knows no district of the town itself: the village keeps its
own point, 15 km from the town, instead of being read as a quarter of it."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 12)


def test_a_village_of_the_district_named_like_the_town_keeps_its_point():
    text = ("A roadside bomb wounded two farmers near shops in the Zaidan area, Abu Ghraib "
            "district, on Tuesday.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.admin2 == "Abu Ghraib"
    assert abs(event.location.lon - 44.026) < 0.03
