from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def test_the_attacked_side_firing_back_is_an_event_of_its_own():
    text = ("Al Shabaab fighters attacked army positions near the town of Bulo Burde on Friday, "
            "a military source said.\n\nGovernment troops then shelled the outskirts of the "
            "town, the source said.")
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert sorted(e.sub_event_type for e in found) == [
        "Armed clash", "Shelling/artillery/missile attack"]


def test_mortars_told_after_a_shooting_are_not_its_weapon():
    text = ("MOGADISHU (Reuters) - Gunmen shot dead two clan elders in Mogadishu on Friday, "
            "police said.\n\nMilitants also fired mortars at the Halane compound, witnesses "
            "said.")
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert sorted((e.sub_event_type, e.location.town) for e in found) == [
        ("Attack", "Mogadishu"), ("Shelling/artillery/missile attack", "Mogadishu")]
