"""Dependency attachment on sentences written for these tests."""

import pytest

from khaldun.nlp.grammar_words import checked_words, words
from tests.nlp.parsed import at, grammar_of


def test_speakers_are_subjects_of_saying_and_sources_after_according_to():
    text = "Police said militants attacked the convoy, according to the local council."
    g = grammar_of(text)
    assert g.is_speaker(*at(text, "Police"))
    assert g.is_speaker(*at(text, "council"))
    assert not g.is_speaker(*at(text, "militants"))


def test_a_mention_is_governed_by_the_first_trigger_above_it():
    text = "Jets bombed the market in Ariha while police arrested protesters in Idlib."
    g = grammar_of(text)
    anchors = {g.root(*at(text, "bombed")).i: "strike", g.root(*at(text, "arrested")).i: "arrest"}
    assert g.governor(*at(text, "Ariha"), anchors)[0] == "strike"
    assert g.governor(*at(text, "Idlib"), anchors)[0] == "arrest"


def test_grammar_words_are_checked():
    assert "said" in words()["reporting_verbs"]
    broken = {**{k: sorted(v) for k, v in words().items()}, "reporting_verbs": "said"}
    with pytest.raises(ValueError, match="reporting_verbs"):
        checked_words(broken)


def test_what_a_clause_in_a_phrase_acts_on_is_not_in_the_phrase():
    text = "A car bomb targeting an army patrol killed four traders in the market."
    g = grammar_of(text)
    bomb = g.root(*at(text, "bomb"))
    assert not g.covers(bomb, *at(text, "army patrol"))
    assert g.covers(bomb, *at(text, "car"))


def test_the_target_of_an_attack_is_outside_the_phrase_that_acts():
    text = "A rocket attack on a Jordanian police camp near Ramtha wounded a guard on Friday."
    g = grammar_of(text)
    attack = g.root(*at(text, "attack"))
    assert g.covers(attack, *at(text, "rocket"))
    assert not g.covers(attack, *at(text, "Jordanian police"))


def test_the_sound_of_an_act_is_heard_not_told():
    text = "The roar of jets overhead kept residents awake."
    assert grammar_of(text).is_heard(*at(text, "jets"))
    text = "Jets struck the market."
    assert not grammar_of(text).is_heard(*at(text, "Jets"))


@pytest.mark.parametrize(("text", "wider"), [
    ("Police killed nine people on Monday as crowds marched in Khartoum and northern towns.",
     True),
    ("Police killed nine people on Monday in Kassala and nearby villages.", False),
    ("Gunmen killed nine people on Monday in Kassala and Sennar villages.", False),
])
def test_a_toll_over_a_named_place_and_others_in_the_plural_counts_a_wider_area(text, wider):
    g = grammar_of(text)
    assert g.in_tally(*at(text, "nine")) is wider


@pytest.mark.parametrize(("text", "name", "origin"), [
    ("Troops retook the base on Friday after reinforcements arrived from Balcad.", "Balcad",
     True),
    ("Gunmen stopped a bus travelling from the city of Quetta on Friday.", "Quetta", True),
    ("Troops retook the town of Balcad on Friday.", "Balcad", False),
])
def test_where_those_who_came_set_out_from(text, name, origin):
    g = grammar_of(text)
    assert g.came_from(*at(text, name)) is origin


def test_a_sentence_s_walks_asked_again_are_answered_from_memory(monkeypatch):
    # (invented sentence) the stages ask the same mention's clause verb and speaker many times
    text = "Officials in Varenby said gunmen shot two guards near the depot on Friday."
    g = grammar_of(text)
    walks = {"clause": 0, "speaker": 0}
    clause_walk, speaker_walk = g._clause_verb, g._is_speaker

    def clause(*args):
        walks["clause"] += 1
        return clause_walk(*args)

    def speaker(*args):
        walks["speaker"] += 1
        return speaker_walk(*args)

    monkeypatch.setattr(g, "_clause_verb", clause)
    monkeypatch.setattr(g, "_is_speaker", speaker)
    first = g.clause_verb(*at(text, "guards"))
    assert first is not None and first.text == "shot"
    assert g.clause_verb(*at(text, "guards")) is first
    assert g.is_speaker(*at(text, "Officials")) and g.is_speaker(*at(text, "Officials"))
    assert not g.is_speaker(*at(text, "gunmen"))
    assert walks == {"clause": 1, "speaker": 2}
    shot = g.root(*at(text, "shot"))
    assert g.subtree_offsets(shot) == g.subtree_offsets(shot)
    assert text[slice(*g.subtree_offsets(shot))].startswith("gunmen shot")


def test_the_verbs_of_a_sentence_are_its_verb_tagged_words_in_order():
    text = "Residents said rebels had shelled the village and burned two houses."
    g = grammar_of(text)
    assert [t.text for t in g.verbs] == [t.text for t in g.words if t.tag_.startswith("VB")]
    assert [t.text for t in g.verbs][:1] == ["said"]
