"""A title a possessive owns ("the governor's spokesman") is its owner's: it does not stand for
a speaker named before by the same title for another body (codebook §8.5 counts one source
named twice in other words, not two bodies' spokesmen as one)."""

from datetime import date

from khaldun import extract

TEXT = ("Taliban spokesman Qari Yusuf Ahmadi claimed an attack on a checkpoint near Farah. "
        "Separately, a roadside bomb killed two farmers in the Bala Buluk district of Farah "
        "province on Monday, according to the provincial governor's spokesman Naser Mehri.")


def test_another_bodys_spokesman_is_not_the_one_before():
    events = extract(TEXT, published=date(2019, 6, 4))
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert {c.source for c in bomb.claims} == {"local officials"}


def test_the_same_title_unowned_still_stands_for_the_speaker_before():
    text = ("Army spokesman Colonel Hamid Sherzad said troops killed six militants near Farah on "
            "Monday. Spokesman Sherzad said two soldiers were wounded.")
    sources = {c.source for e in extract(text, published=date(2019, 6, 4)) for c in e.claims}
    assert sources == {"army"}
