import pytest

from khaldun.events.triggers import compile_lexicon, find_triggers, without_overridden


def subs(text: str) -> set[str | None]:
    return {t.sub_event_type for t in find_triggers(text) if t.role != "hint"}


def test_inflected_lemmas_reach_every_tense():
    assert "Government regains territory" in subs("Troops retook the hill and reclaim the road.")
    assert "Government regains territory" in subs("The army has won control of the valley.")
    assert "Remote explosive/landmine/IED" in subs("A device went off near the gate.")
    assert "Disrupted weapons use" in subs("Engineers defused two mines by the bridge.")


def test_force_on_protesters_overrides_a_peaceful_protest():
    found = subs("Police fired live rounds at the protest, killing two marchers.")
    assert "Excessive force against protesters" in found
    assert without_overridden(sorted(s for s in found if s)) == [
        "Excessive force against protesters"
    ]
    assert without_overridden(["Peaceful protest", "Protest with intervention"]) == [
        "Protest with intervention"
    ]


def test_a_bad_trigger_pattern_is_an_error_naming_it():
    entry = {"sub": "Armed clash", "role": "act", "patterns": ["clash(es"]}
    with pytest.raises(ValueError, match=r"x.yaml: bad Armed clash pattern 'clash\(es'"):
        compile_lexicon([entry], "x.yaml")


def test_entering_a_second_day_is_no_takeover():
    assert "Government regains territory" not in subs("The strike entered its second day.")
    assert "Government regains territory" in subs("Rebels entered the town at dawn.")


def test_word_classes_come_from_data_and_are_checked():
    from khaldun.events.triggers import word_class

    assert word_class("weak_instruments", whole=True).match("went off")
    assert not word_class("weak_instruments", whole=True).match("car bomb")
    with pytest.raises(ValueError, match="event_words.yaml: no 'nonesuch' patterns"):
        word_class("nonesuch")


def test_force_words_type_only_a_protest_the_sentence_reports():
    assert "Protest with intervention" in subs("Police fired tear gas to disperse the protesters.")
    assert "Protest with intervention" not in subs("Police fired tear gas in the market.")


def test_battling_is_fighting_in_every_tense():
    assert "Armed clash" in subs("Troops have been battling the rebels near the dam since dawn.")
    assert "Armed clash" in subs("Militiamen battle soldiers in the hills every night.")


def test_stopping_traffic_or_work_is_a_protest():
    assert "Peaceful protest" in subs("Residents blocked roads in the town on Tuesday.")
    assert "Peaceful protest" in subs("Nurses have been on strike at the hospital since May.")
    assert "Peaceful protest" in subs("Traders observed a general strike in the market town.")
    assert "Peaceful protest" in subs("Teachers held a sit in outside the ministry.")
    assert "Peaceful protest" not in subs("A drone strike hit the road on Tuesday.")


def test_tyres_set_on_fire_are_a_riot():
    assert "Violent demonstration" in subs("Youths set tyres on fire in the town square.")
    assert "Violent demonstration" in subs("Dozens of men were setting tires ablaze at dawn.")


def test_ground_now_controlled_or_asserted_is_taken():
    assert "Government regains territory" in subs("Troops now control the town after a siege.")
    assert "Government regains territory" in subs("Rebels asserted control over the village.")
    assert "Government regains territory" in subs("The army consolidated its control of the hills.")


def test_blowing_oneself_up_is_a_suicide_bomb_in_every_tense():
    assert "Suicide bomb" in subs("A man hugged the guard before blowing himself up at the gate.")
    assert "Suicide bomb" in subs("Two women had blown themselves up near the market.")


def test_an_atgm_is_a_missile():
    assert "Shelling/artillery/missile attack" in subs("Fighters fired an ATGM at a tank.")
