from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def test_rockets_added_to_a_clash_are_an_event_of_their_own():
    text = ("TRIPOLI (Reuters) - Rival militias fought in the Tajoura district of Tripoli on "
            "Sunday, residents said. Two fighters were wounded.\n\nArmed men also attacked "
            "the Mitiga base with rockets, forcing flights to stop.")
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert sorted(e.sub_event_type for e in found) == [
        "Armed clash", "Shelling/artillery/missile attack"]
