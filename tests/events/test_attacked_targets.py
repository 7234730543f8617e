from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def events(text: str):
    return extract_article(Article(text=text, doc_id="t", published=DAY)).events


def test_an_armed_attack_on_a_town_is_an_event_with_no_victims_told():
    found = events("Jihadist fighters attacked the village of Gourma near Mopti on Thursday, "
                   "residents said.")
    assert [(e.sub_event_type, e.location.town) for e in found] == [("Attack", "Gourma")]


def test_a_raided_hotel_is_a_civilian_target_whoever_reports_it():
    found = events("Gunmen raided a guest house in Baidoa on Thursday, police said.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 7


def test_an_attack_on_a_post_stays_fighting():
    found = events("Gunmen attacked an army post in Baidoa on Thursday, police said.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
