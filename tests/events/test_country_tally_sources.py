"""A sentence counting a whole country's dead ("Across Syria, at least 60 were killed on
Monday, the Observatory said") is a wider area's count: its source attests none of the acts
the text told, which it neither joins nor corroborates (codebook §6, §8.1)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 6)


def test_a_countrys_toll_and_its_source_join_no_event():
    text = (
        "The bodies of seven men were found in a field outside Saraqib on Monday, activists "
        "said. Across Syria, at least 52 people were killed on Monday, the Observatory said."
    )
    events = extract(text, published=PUBLISHED)
    assert len(events) == 1
    assert events[0].status == "single"
    assert events[0].fatalities.to_dict() == {"low": 7, "high": 7}
    assert all("Observatory" not in c.source for c in events[0].claims)
