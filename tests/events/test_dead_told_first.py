"""An event told first by its dead alone, then by the weapon or act that killed them."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import CIVILIANS, Article

DAY = date(2018, 2, 10)


def events(text: str):
    return extract_article(Article(text=text, doc_id="t", published=DAY)).events


def test_a_weapon_told_after_soldiers_deaths_types_them():
    found = events("Three soldiers were killed in Tikrit on Friday. A roadside bomb hit their "
                   "truck on the highway north of the town, an officer said.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
    assert found[0].fatalities.low == 3


def test_a_fight_told_before_the_weapon_stays_a_fight():
    found = events("Five soldiers were killed in Tikrit on Friday. Militants stormed an army "
                   "post and a firefight followed, an officer said. A car bomb went off at "
                   "the gate first.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_clashes_told_after_deaths_are_the_fight_that_killed_them():
    found = events("Six people were killed in Sabha on Friday. Clashes broke out between two "
                   "rival tribal militias near the airport, a resident said.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].fatalities.low == 6
    assert found[0].actor2 is None or found[0].actor2.inter != CIVILIANS


def test_an_act_of_another_day_or_with_a_killer_named_is_its_own_event():
    later = events("Three people were killed in Atbara on Friday. On Tuesday, soldiers fired "
                   "tear gas at demonstrators who marched on the town hall.")
    assert len(later) == 2
    named = events("Bandits killed six villagers near Gusau on Friday. Clashes between the "
                   "bandits and a vigilante group went on into the night.")
    assert "Attack" in [e.sub_event_type for e in named]


def test_a_bomb_told_after_an_attack_with_no_weapon_types_it():
    found = events("Nine shoppers were killed in an attack on a market in Sarpol on Friday. "
                   "Officials said a bomb had been left in a handcart.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
