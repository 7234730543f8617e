"""Sources named as wire reports from many countries name them: offices by their own words,
officials through their titles, a group's spokesman, joined speakers (texts written for these
tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.actors import find_sources
from khaldun.actors.source_lexicon import voice_of
from khaldun.claims.attribution import attribute
from khaldun.claims.speakers import organisation_speakers
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.parse import parse, sentence_span
from khaldun.nlp.segment import split_sentences

SUNDAY = date(2021, 3, 14)


def speakers(text: str, country: str) -> list[str]:
    sentences = split_sentences(text)
    doc = parse(text, sentences)
    grammar = Grammar(sentence_span(doc, sentences[0]), sentences[0].start)
    people: dict[str, str] = {}
    said = attribute(text, country, [], find_sources(text, country), people)
    return [s.source for s in organisation_speakers(grammar, text, country, said, people)]


def sources(text: str) -> set[tuple[str, str]]:
    return {(c.kind, c.source) for e in extract(text, published=SUNDAY) for c in e.claims}


def test_an_office_is_the_source_as_the_text_names_it():
    text = (
        "A drone strike killed seven people in Khan Younis on Sunday, the Gaza health "
        "ministry said."
    )
    assert sources(text) == {("fatalities", "Gaza health ministry")}


def test_an_office_keeps_its_words_without_the_owner_before_them():
    text = "Mali's interior ministry said gunmen killed nine villagers near Mopti."
    assert speakers(text, "ML") == ["interior ministry"]


@pytest.mark.parametrize("owned", ["Kovar's governor", "Kovar's governor Ali Musa"])
def test_an_office_owned_by_a_province_is_named_after_it(owned):
    text = f"{owned} said gunmen killed nine villagers near the town of Siran."
    assert speakers(text, "IQ") == ["Kovar governor"]


def test_a_states_offices_speak_for_one_principal_but_another_states_do_not():
    assert voice_of("interior ministry") == voice_of("Borno state governor") == "local officials"
    assert voice_of("Gaza health ministry") == "medical sources"
    assert voice_of("Russian defence ministry") == "Russian defence ministry"


def test_a_title_set_before_a_name_makes_the_office_speak():
    text = "The district governor, Karim Sadat, said insurgents overran a checkpoint in Zabul."
    assert speakers(text, "AF") == ["district governor"]


def test_a_title_set_after_a_name_makes_the_office_speak():
    text = "Karim Sadat, the deputy mayor, said insurgents overran a checkpoint in Zabul."
    assert speakers(text, "AF") == ["deputy mayor"]


def test_a_name_after_said_before_an_irregular_past_is_what_is_said():
    text = "The police said insurgents overran a checkpoint in Zabul and shot two guards."
    assert speakers(text, "AF") == ["police"]


def test_a_spokesman_for_the_group_is_the_group_the_sentence_names():
    text = (
        "Al-Shabaab fighters overran a military base in Bulo Marer on Sunday, a spokesman "
        "for the group, Abdi Noor, said."
    )
    assert {s for _, s in sources(text)} == {"Al Shabaab"}


def test_the_militant_group_speaking_is_the_side_named_before():
    text = (
        "Al-Shabaab fighters attacked a hotel in Kismayo on Sunday, killing eight people, "
        "police said.\n\nThe militant group said in a statement that it had killed 30 people."
    )
    tolls = {s: v for k, s, v in (
        (c.kind, c.source, c.value) for e in extract(text, published=SUNDAY) for c in e.claims
    ) if k == "fatalities"}
    assert tolls == {"police": 8, "Al Shabaab": 30}


def test_speakers_joined_before_a_shared_noun_are_two_sources():
    text = "A car bomb killed 14 people in Mosul on Sunday, security and medical officials said."
    assert speakers(text, "IQ") == ["a security source", "medical sources"]


def test_a_class_word_inside_an_organisations_name_is_that_name():
    text = "Troops shot dead four marchers in Kassala, the Central Union of Sudanese Doctors said."
    assert speakers(text, "SD") == ["Central Union of Sudanese Doctors"]


def test_a_place_in_the_speakers_phrase_is_not_the_speaker():
    text = "A resident in the eastern province of Saada said jets bombed a fuel station."
    assert speakers(text, "YE") == ["residents"]


def test_a_statement_from_a_body_names_it_as_the_source():
    text = (
        "According to a statement from the Plateau Herders Welfare Committee, bandits killed "
        "eleven herders near Bokkos."
    )
    assert speakers(text, "NG") == ["Plateau Herders Welfare Committee"]


def test_a_statement_from_a_provinces_police_command_is_the_polices():
    text = (
        "According to a statement from the Plateau State Police Command, bandits killed "
        "eleven herders near Bokkos."
    )
    assert speakers(text, "NG") == ["police"]


def test_figures_from_a_monitor_are_its_claim():
    text = "Figures from the Ukrainian Casualty Monitor show 14 civilians died in Izium."
    assert speakers(text, "UA") == ["Ukrainian Casualty Monitor"]


def test_the_coalitions_spokesman_speaks_for_the_coalition_named_before():
    text = (
        "Air strikes by the Saudi-led coalition hit a wedding in Hajjah province on Sunday, "
        "killing 20 people, a local official said.\n\nThe coalition's spokesman said the "
        "raids hit a rebel camp and denied killing civilians."
    )
    denials = {c.source for e in extract(text, published=SUNDAY) for c in e.claims
               if c.kind == "denial"}
    assert denials == {"Operation Restoring Hope"}  # the coalition's dictionary name


def test_an_unknown_body_opening_the_sentence_is_named_after_its_article():
    text = (
        "Police fired live rounds at protesters in Atbara on Sunday, killing two, witnesses "
        "said.\n\nThe Union of Atbara Nurses said 30 people were wounded."
    )
    assert ("occurred", "Union of Atbara Nurses") in sources(text)


def test_the_offices_spokesman_named_by_its_noun_speaks_for_the_office_named_before():
    text = (
        "Government troops retook the town of Tarin Kot on Sunday, the interior ministry "
        "said.\n\nNine insurgents were killed in the fighting, ministry spokesman Ahmad Ali "
        "said."
    )
    assert {s for _, s in sources(text)} == {"interior ministry"}


def test_a_spokesman_named_by_one_speakers_noun_is_that_speaker_alone():
    text = (
        "Gunmen killed six farmers near Agatu on Sunday, police and residents said.\n\n"
        "The gunmen fled into the bush, Benue police spokesman Ali Musa said."
    )
    said = {(c.quote[:3], c.source) for e in extract(text, published=SUNDAY) for c in e.claims}
    assert ("The", "police") in said and ("The", "residents") not in said


def test_a_body_whose_name_opens_with_an_adjective_speaks_through_its_official():
    text = ("Government shelling killed five civilians in the town of Kefra in Idlib province "
            "on Sunday, a Syrian Civil Defense official told reporters.")
    assert sources(text) == {("fatalities", "Syrian Civil Defense")}
