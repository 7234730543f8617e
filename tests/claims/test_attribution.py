from datetime import date

from khaldun import extract
from khaldun.actors import find_sources
from khaldun.claims.attribution import Attribution, attribute
from khaldun.records import REPORTER


def sources(sentence, previous=(), people=None, country="SY"):
    found = attribute(sentence, country, list(previous), find_sources(sentence, country), people)
    return [(a.source, a.denial) for a in found]


def test_no_cue_is_the_outlets_own_voice():
    assert sources("Warplanes struck Douma on Monday.") == [(REPORTER, False)]


def test_named_source_next_to_its_cue():
    assert sources("Jets bombed Douma again, the Syrian Observatory for Human Rights says.") == [
        ("Syrian Observatory for Human Rights", False)
    ]


def test_the_denial_belongs_to_the_source_that_denies():
    said = sources("State news agency SANA said troops entered Douma, which activists denied.")
    assert ("SANA", False) in said and ("opposition activists", True) in said


def test_what_is_said_is_not_who_says_it():
    said = sources("Activists said rebels had withdrawn from the town.")
    assert [name for name, _ in said] == ["opposition activists"]


def test_a_person_introduced_earlier_speaks_for_his_group():
    people: dict[str, str] = {}
    sources("Abu Samir, an activist in Douma, said the shelling went on all night.", people=people)
    assert sources('"We buried twelve people today," Samir said.', people=people) == [
        ("opposition activists", False)
    ]


def test_he_said_continues_the_previous_speaker():
    first = attribute(
        "The Observatory said the toll had risen.", "SY", [], find_sources("The Observatory", "SY")
    )
    assert sources("He said more bodies were found.", previous=first)[0][0] == (
        "Syrian Observatory for Human Rights"
    )


def test_he_accused_continues_the_previous_speaker():
    previous = [Attribution("Syrian Observatory for Human Rights", "the Observatory")]
    said = sources("He accused the army of shelling the market.", previous)
    assert said == [("Syrian Observatory for Human Rights", False)]


def test_a_spokesman_for_a_named_source_is_that_source_alone():
    text = (
        "Clashes in the town of Nasir killed 40 people on Saturday, an army spokesman said.\n\n"
        "A spokesman for the rebels said government troops had started the fighting."
    )
    (event,) = extract(text, published=date(2014, 5, 12))
    assert {c.source for c in event.claims} == {"army", "rebels"}


def test_a_speaker_with_a_long_aside_keeps_the_claim():
    said = sources(
        "The Syrian Observatory for Human Rights, a monitor that relies on doctors, clinics and "
        "informants on the ground, said six farmers had died."
    )
    assert said == [("Syrian Observatory for Human Rights", False)]


def test_a_weekday_next_to_a_cue_is_no_source():
    assert sources("Shells hit the market, Tuesday reports said.") == [(REPORTER, False)]


def test_the_attribution_lexicon_is_checked():
    import pytest

    from khaldun.claims.lexicon import check

    with pytest.raises(ValueError, match="attribution.yaml: 'speech_verbs' must be a list"):
        check({"speech_verbs": [True]})


def test_the_one_told_relays_the_claim_and_a_speaker_with_an_aside_makes_it():
    from khaldun.actors import find_sources
    from khaldun.claims.attribution import attribute

    sentence = "Zaid Qabbani, a journalist from the countryside, told SANA the town was hit."
    speakers = attribute(sentence, "SY", [], find_sources(sentence, "SY"))
    sources = [s.source for s in speakers]
    assert "SANA" not in sources and "reporter" not in sources


def test_a_claim_the_text_attributes_to_no_one_is_unnamed_sources():
    sentence = "It was reported that militia fighters burned two villages near Kadugli."
    assert sources(sentence, country="SD") == [("unnamed sources", False)]


def test_a_source_named_by_a_common_word_needs_its_alias():
    sentence = '"They came at dawn," a village elder told reporters.'
    assert all(source != "Dawn" for source, _ in sources(sentence, country="PK"))


def test_the_official_named_before_keeps_speaking():
    before = [Attribution("a military source", "a military source", at=0)]
    found = sources("Six soldiers were also killed, the official said.", previous=before)
    assert found == [("a military source", False)]


def test_a_named_speaker_set_beside_a_kind_of_source_speaks_for_it():
    sentence = '"They shelled us all night," said Umm Khaled, a media activist in the town.'
    assert sources(sentence) == [("opposition activists", False)]


def test_two_speakers_of_one_statement_and_a_civil_society_leader_are_sources():
    assert ("witnesses", False) in sources(
        "Jets killed 30 people at a market, witnesses and a local group said.", country="MM"
    )
    assert sources(
        "Rebels killed 22 villagers, a local civil society leader said.", country="CD"
    ) == [("civil society", False)]


def test_an_organisation_named_by_its_description_is_a_source():
    said = sources("Shells hit the market in Kadugli, a local farmers' council said.", country="SD")
    assert said == [("local farmers' council", False)]


def test_a_described_armed_group_speaks_as_an_actor_not_a_source():
    said = sources("The jihadist group said the bridge was held.", country="ML")
    assert said == [(REPORTER, False)]


def test_a_description_between_commas_belongs_to_the_name_before_it():
    said = sources("Two died, the Wadi Voice, a local news network, said.", country="SY")
    assert [name for name, _ in said] == ["Wadi Voice"]


def test_the_head_noun_of_the_previous_speaker_stands_for_it():
    first = attribute("Shells hit the market, a local farmers' council said.", "SD", [], [], None)
    again = "The council said in a statement that the shells fell at noon."
    assert [a.source for a in attribute(again, "SD", first, [], None)] == ["local farmers' council"]


def test_a_counted_group_after_said_is_what_is_said():
    said = sources("Medics said five fighters were killed at the bridge.")
    assert [name for name, _ in said] == ["medical sources"]


def test_a_possessive_after_said_opens_the_reported_clause():
    said = sources(
        "The health department said the police chief's guard was shot dead.", country="AF"
    )
    assert [name for name, _ in said] == ["health department"]


def test_the_head_noun_of_the_words_that_named_the_previous_speaker_stands_for_it():
    lead = "Gunmen killed ten soldiers, the defence ministry said."
    first = attribute(lead, "NE", [], find_sources(lead, "NE"), None)
    assert [a.source for a in attribute("The ministry said the gunmen fled.", "NE", first, [])] == [
        "defence ministry"
    ]


def test_a_name_holding_a_generic_word_is_the_source():
    said = sources("Twenty died, the Kassala Doctors Union said.", country="SD")
    assert said == [("Kassala Doctors Union", False)]


def test_what_a_source_wrote_is_its_claim():
    said = sources(
        "A drone hit the depot overnight, the regional governor wrote on Telegram.", country="UA"
    )
    assert [name for name, _ in said] == ["regional governor"]


def test_the_role_named_again_after_the_verb_is_the_speaker_before():
    first = attribute(
        "Militants overran a checkpoint near Rutba, an army officer said.", "IQ", [],
        find_sources("Militants overran a checkpoint near Rutba, an army officer said.", "IQ"),
    )
    text = '"They came at night," said the officer, who asked not to be named.'
    assert [a.source for a in attribute(text, "IQ", first, find_sources(text, "IQ"))] == [
        "a military source"
    ]


def test_an_abbreviated_rank_between_role_and_cue_keeps_the_role_a_source():
    text = "Nine soldiers died, army officer Maj. Hassan Nur told reporters."
    assert [m.name for m in find_sources(text, "SO")] == ["a military source"]


def test_the_one_cited_makes_the_claim_the_one_citing_relays_it():
    for text in (
        "Fighting killed six people in Derna, according to state television, which cited a "
        "hospital official.",
        "State television, citing a hospital official, said six people died in Derna.",
    ):
        assert [name for name, _ in sources(text, country="LY")] == ["medical sources"], text


def test_unnamed_sources_a_monitor_cites_leave_the_claim_its_own():
    text = "The Observatory, citing sources on the ground, said 14 people died in Binnish."
    assert [name for name, _ in sources(text)] == ["Syrian Observatory for Human Rights"]


def test_a_quote_running_on_without_a_cue_is_the_speaker_named_before():
    police = [Attribution("police", "police", at=0, said_as="police")]
    text = '"Then they set the market on fire and drove off towards the border."'
    assert [a.source for a in attribute(text, "KE", police, find_sources(text, "KE"))] == [
        "police"
    ]
    plain = "Then they set the market on fire and drove off towards the border."
    assert [a.source for a in attribute(plain, "KE", police, find_sources(plain, "KE"))] == [
        REPORTER
    ]


def test_each_act_of_a_sentence_is_claimed_by_its_own_clauses_speaker():
    text = (
        "Rebel shelling killed three children in a government-held district of Aleppo on "
        "Tuesday, state media said, while government bombardment of the Sukkari district "
        "killed at least 11 people, a monitor said."
    )
    found = extract(text, published=date(2016, 8, 2))
    sources = {e.actor1.name: sorted({c.source for c in e.claims}) for e in found}
    assert sources == {
        "Opposition Rebels (Syria)": ["state media"],
        "Military Forces of Syria": ["Syrian Observatory for Human Rights"],
    }


def test_an_unknown_organisations_name_keeps_its_of_the_and_for_the():
    said = sources("Two civilians died, the Institute for the Study of War said.", country="UA")
    assert said == [("Institute for the Study of War", False)]


def test_the_speakers_told_again_past_an_aside_are_the_ones_named_before():
    text = (
        "A rocket hit a house in Kirkuk late Sunday, Iraqi security officials said.\n\n"
        "The officials, who asked not to be named, said the rocket was fired from a nearby "
        "village."
    )
    [event] = extract(text, published=date(2019, 9, 16))
    # (a class the text describes in plural words is named by them, one source: §6)
    assert {c.source for c in event.claims} == {"security officials"}
    assert event.status == "single"


def test_a_named_group_speaking_in_a_clause_of_its_own_is_a_source_too():
    text = (
        "Al Shabaab said on Sunday it had killed 20 soldiers in an attack on a base in Balad, "
        "but the army said only four soldiers died."
    )
    [event] = extract(text, published=date(2019, 9, 16))
    assert {"Al Shabaab", "army"} <= {c.source for c in event.claims}


def test_he_put_the_toll_at_is_the_speaker_named_before():
    text = (
        "Militants killed 11 villagers near Beni on Thursday, said Jean Mbuyi, the "
        "administrator of the territory.\n\nHe put the toll at nine."
    )
    [event] = extract(text, published=date(2020, 1, 11))
    assert REPORTER not in {c.source for c in event.claims if c.kind == "fatalities"}


def test_a_source_named_as_an_actor_too_is_one_source():
    text = (
        "The U.S. Africa Command said it conducted an air strike near Jilib on Saturday, "
        "killing four militants."
    )
    [event] = extract(text, published=date(2018, 5, 14))
    assert event.status == "single"


def test_a_class_of_people_after_he_said_is_what_he_said_not_who_said_it():
    text = (
        "Troops retook the town of Buulo on Thursday, an army officer said.\n\n"
        '"We hold the whole town," Captain Ahmed Nur said. He said 12 fighters and two soldiers '
        "died in the battle."
    )
    [event] = extract(text, published=date(2018, 9, 8))
    assert "rebels" not in {c.source for c in event.claims}


def test_an_outlet_that_quoted_a_source_relays_its_claim():
    said = "SANA quoted a police source as saying two people were wounded in Jaramana."
    assert sources(said) == [("police", False)]


def test_a_monitor_that_learned_of_the_dead_is_the_source():
    assert sources("The Observatory learned that nine people died in the raid on Taftanaz.") == [
        ("Syrian Observatory for Human Rights", False)
    ]


def test_a_name_closing_one_reported_clause_does_not_speak_the_next_one():
    sentence = ("A coalition spokesman said its aircraft had targeted a gathering of Houthi "
                "fighters and that claims of civilian deaths would be looked into.")
    assert sources(sentence, country="YE") == [("Saudi-led coalition", False)]


def test_a_name_after_an_auxiliary_past_the_cue_is_inside_what_was_said():
    sentence = ("A coalition spokesman said it had hit a base of Houthi fighters and that claims "
                "of civilian deaths would be looked into.")
    assert sources(sentence, country="YE") == [("Saudi-led coalition", False)]


def test_the_one_a_statement_is_told_according_to_only_relays_it():
    sentence = ("Gunmen killed a teacher in Kandahar on Thursday, the interior ministry said, "
                "according to the Pajhwok news agency.")
    assert sources(sentence, country="AF") == [("interior ministry", False)]


def test_a_name_in_an_aside_on_the_speaker_does_not_speak():
    sentence = "The Ogaden front, which is allied to the Benadir Union, said it had lost 12 men."
    [speaker] = attribute(sentence, "SO", [], find_sources(sentence, "SO"))
    assert speaker.source != "Benadir Union"


def test_a_description_right_before_an_unknown_name_is_that_one_source():
    found = sources("Five died in the raid, according to the internet monitoring group Pulsewatch.",
                    country="YE")
    assert found == [("Pulsewatch", False)]


def test_the_agent_of_a_passive_verb_of_saying_is_the_source():
    sentence = "The death toll was confirmed by the Hajjah provincial council."
    said = attribute(sentence, "YE", [], find_sources(sentence, "YE"))
    assert [s.source for s in said] == ["local officials"]


def test_the_outlets_own_journalist_told_is_no_source():
    for listener in ("our correspondent", "this reporter"):
        sentence = f"Bandits burned the market in Tarsa on Sunday, a resident told {listener}."
        assert [s for s, _ in sources(sentence, country="NG")] == ["residents"]


def test_a_provinces_police_command_speaks_as_the_police():
    for sentence in ("The Tarsa State Police Command said two guards were killed.",
                     "The Kano State Police Command spokesman said two guards were killed."):
        assert [s for s, _ in sources(sentence, country="NG")] == ["police"]


def test_the_agency_a_statement_was_sent_to_relays_it_under_any_of_its_names():
    for carried in ("received by the Iraqi News Agency (INA)", "sent to Reuters",
                    "seen by the Associated Press"):
        sentence = (f"The interior ministry said in a statement {carried} that troops killed four "
                    "militants near Tarsa.")
        assert "ministry" in sources(sentence, country="IQ")[0][0]
        assert len(sources(sentence, country="IQ")) == 1


def test_a_speaker_named_again_denies_only_where_its_own_verb_denies():
    denier = [Attribution("defence ministry", "The defence ministry", True)]
    said = sources("Jets later bombed positions near the town, the ministry said.", denier)
    assert said == [("defence ministry", False)]
    said = sources("The ministry said it denied that jets had bombed the town.", denier)
    assert said == [("defence ministry", True)]
