"""A city named so in its own right is meant over a bigger city abroad that once bore the
name as an alternate one (a dateline "ISLAMABAD"); text written for this test."""

from khaldun.places.location import document_country


def test_a_dateline_city_named_in_its_own_right_sets_the_country():
    text = ("ISLAMABAD (Reuters) - Police clashed with supporters of an opposition party in the "
            "capital on Tuesday, killing two protesters, officials said.")
    assert document_country(text) == "PK"
