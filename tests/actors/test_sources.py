"""Source resolution: monitors, state media, activists, wires, speakers' organisations."""

import pytest

from khaldun.actors import find_sources, is_wire, resolve_source

SOHR = "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("a spokesman for the Observatory", SOHR),
        ("the Britain-based monitoring group", SOHR),
        ("the British-based Syrian Observatory for Human Rights", SOHR),
        ("Rami Abdulrahman, who heads the group", SOHR),
        ("SOHR", SOHR),
        ("Abu Hamza, manager of the local coordination council", "Local Coordination Committees"),
        ("Hassan, spokesman of the LCC in Homs", "Local Coordination Committees"),
        ("the official news agency", "SANA"),
        ("the Syrian Arab News Agency", "SANA"),
        ("Syrian state TV", "state television"),
        ("state-run television", "state television"),
        ("anti-government activists", "opposition activists"),
        ("activist groups", "opposition activists"),
        ("the White Helmets", "Syrian Civil Defense"),
        ("UN officials", "United Nations"),
        ("a military source", "a military source"),
        ("an army spokesman", "army"),
        ("residents", "residents"),
        ("hospital officials", "medical sources"),
        ("the security ministry", "security ministry"),
        ("the Ministry of Internal Security", "Ministry of Internal Security"),
        ("Save the Children", "Save the Children"),
        ("the Norwegian Refugee Council", "Norwegian Refugee Council"),
    ],
)
def test_resolve_source(phrase, expected):
    assert resolve_source(phrase, "SY") == expected


def test_named_speaker_resolves_to_unknown_organisation():
    assert resolve_source("Abu Ali, head of the Qaboun Media Office", "SY") == "Qaboun Media Office"


def test_speaker_for_an_armed_group_resolves_to_the_group():
    assert resolve_source("a Taliban spokesman", "AF") == "Taliban"
    assert resolve_source("a spokesman for Hezbollah", "LB") == "Hezbollah"


def test_state_news_agency_depends_on_country():
    assert resolve_source("the state news agency", "SY") == "SANA"
    assert resolve_source("the state news agency", "IQ") == "Iraqi News Agency"
    assert resolve_source("the state news agency", "CH") == "state news agency"


def test_local_aliases_only_at_home():
    assert resolve_source("the Observatory", "SY") == "Syrian Observatory for Human Rights"
    assert find_sources("the Observatory said", "NG") == []


def test_wires_are_flagged_and_in_text_order():
    text = "BEIRUT (Reuters) - State TV said, citing SANA, while AFP quoted the Observatory."
    found = find_sources(text, "SY")
    assert [(m.name, m.wire) for m in found] == [
        ("Reuters", True),
        ("state television", False),
        ("SANA", False),
        ("AFP", True),
        (SOHR, False),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)
    assert is_wire("AP") and is_wire("DPA") and not is_wire("SANA")


def test_word_boundaries_for_short_names():
    assert find_sources("Apart from the apricot harvest, nothing.", "SY") == []
    assert [m.name for m in find_sources("said Ap.", "SY")] == []


def test_named_media_office_keeps_its_name():
    (m,) = find_sources("Shelling hit the market, the Zamalka Media Office said.", "SY")
    assert (m.surface, m.name) == ("Zamalka Media Office", "Zamalka Media Office")
    (m,) = find_sources("The media office said nine died.", "SY")
    assert m.name == "local media office"


def test_a_groups_media_office_is_named_without_the_owners_s():
    (m,) = find_sources("Shelling hit the market, the ZLF's media office said.", "SY")
    assert m.name == "ZLF media office"


def test_outlet_and_person_names():
    assert resolve_source("the pro-opposition outlet Halab Today", "SY") == "Halab Today"
    assert resolve_source("Omar Khaled, a journalist in Idlib", "SY") == "Omar Khaled"
    assert resolve_source("Umm Ali, a resident of the camp", "SY") == "residents"


def test_pro_opposition_is_not_the_opposition():
    assert [m.name for m in find_sources("a pro-opposition website said", "SY")] != [
        "opposition activists"
    ]
    assert [m.name for m in find_sources("the opposition said", "SY")] == ["opposition activists"]


def test_sources_that_are_often_actors_need_a_speech_cue():
    shelled = "Shelling killed five residents and hit a UN convoy, the Observatory said."
    assert [m.name for m in find_sources(shelled, "SY")] == [SOHR]
    quoted = "Residents said the shelling lasted all night, according to the UN."
    assert [m.name for m in find_sources(quoted, "SY")] == ["residents", "United Nations"]
    assert [m.name for m in find_sources("The Turkish military shelled Afrin.", "SY")] == []
    assert resolve_source("the Turkish military", "SY") == "Turkish military"


def test_cue_after_an_apposition():
    text = "Abu Hadi, an activist in Douma, said the market was hit."
    assert [m.name for m in find_sources(text, "SY")] == ["opposition activists"]


def test_titles_and_clause_breaks():
    text = "A car bomb hit the Interior Ministry, the state news agency said."
    assert [m.name for m in find_sources(text, "SY")] == ["SANA"]
    text = "Supporters of President Bashar al-Assad said the vote was fair."
    assert find_sources(text, "SY") == []
    assert [m.name for m in find_sources("The president said so.", "SY")] == ["local officials"]


def test_army_as_source_only_when_it_speaks():
    text = "Fighters overran an army base, according to an opposition activist network."
    assert [m.name for m in find_sources(text, "SY")] == ["opposition activists"]
    assert [m.name for m in find_sources("The army said it repelled them.", "IQ")] == ["army"]


def test_spokesman_before_a_name_speaks():
    text = "Gunmen attacked farmers, police spokesman Musa Bello said."
    assert [m.name for m in find_sources(text, "NG")] == ["police"]
    assert [m.name for m in find_sources("Security sources said so.", "LB")] == [
        "a security source"
    ]
    assert resolve_source("the state news agency", "LB") == "National News Agency"


def test_another_states_office_is_a_source_of_its_own():
    text = "Russia's defence ministry said its jets hit a depot."
    assert [m.name for m in find_sources(text, "UA")] == ["Russian Defense Ministry"]
    text = "Iran's foreign ministry said the strike was aimed at spies."
    assert [m.name for m in find_sources(text, "IQ")] == ["Iranian foreign ministry"]


def test_a_states_own_office_is_its_office_without_the_owner():
    text = "Iraq's foreign ministry said the strike killed four."
    assert [m.name for m in find_sources(text, "IQ")] == ["foreign ministry"]


@pytest.mark.parametrize(
    "text,country,expected",
    [
        ("Nine died, a local lawmaker said.", "NG", "local officials"),
        ("A local elected official said nine died.", "ML", "local officials"),
        ("No flights left, an airport official said.", "LY", "local officials"),
        ("They took the port, a separatist official said.", "YE", "rebels"),
        ("Nine died, the state emergency agency said.", "NG", "rescue workers"),
        ("Parents said the gunmen came at night.", "NG", "witnesses"),
    ],
)
def test_more_ways_to_name_a_source(text, country, expected):
    assert [m.name for m in find_sources(text, country)] == [expected]


def test_a_countrys_own_red_cross_is_not_the_international_committee():
    text = "Nine were hurt, the Kenyan Red Cross said."
    assert [m.name for m in find_sources(text, "KE")] == ["Kenyan Red Cross"]
    text = "Nine were hurt, the Red Cross said."
    assert [m.name for m in find_sources(text, "KE")] == [
        "International Committee of the Red Cross"]


def test_the_red_crescent_of_another_country_is_not_syrias():
    text = "Three died, the Palestinian Red Crescent said."
    assert "Syrian Arab Red Crescent" not in [m.name for m in find_sources(text, "PS")]


def test_a_generic_word_inside_a_longer_name_is_not_that_generic_source():
    assert find_sources("Twenty died, the Kassala Doctors Union said.", "SD") == []
    assert find_sources("The Shan Northern Alliance Army said it held the pass.", "MM") == []


def test_a_capital_that_speaks_stands_for_its_government():
    assert [m.name for m in find_sources("Moscow denied striking the school.", "UA")] == [
        "Russian government"
    ]
    assert not any(
        m.surface == "Moscow" for m in find_sources("Officials in Moscow said so.", "UA")
    )


def test_an_adjective_before_an_acronym_names_no_official():
    text = "Five died, the official SANA news agency reported."
    assert [m.name for m in find_sources(text, "SY")] == ["SANA"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Seven died, a watchdog said.", SOHR),
        ("The regime's media said troops had entered the town.", "state media"),
    ],
)
def test_more_ways_to_name_syrian_sources(text, expected):
    assert [m.name for m in find_sources(text, "SY")] == [expected]


def test_a_named_speaker_set_beside_an_alias_that_opens_on_its_article():
    text = '"They came at night," said Omar Ali, a resident of the town.'
    assert [m.name for m in find_sources(text, "SO")] == ["residents"]


@pytest.mark.parametrize("text", [
    "Al Shabaab's military spokesman said 40 soldiers died.",
    "Al Shabaab's field operations spokesman said 40 soldiers died.",
])
def test_an_armed_groups_spokesman_speaks_for_the_group(text):
    assert [m.name for m in find_sources(text, "SO")] == ["Al Shabaab"]


def test_the_groups_spokesman_is_no_official():
    text = "The group's military spokesman, Ali Musa, said 40 soldiers died."
    assert "a military source" not in [m.name for m in find_sources(text, "SO")]


def test_the_spokesman_of_a_states_forces_stays_an_official():
    text = "Five died, the Taliban's provincial police spokesman said."
    assert [m.name for m in find_sources(text, "AF")] == ["police"]


def test_the_body_a_named_speaker_is_a_member_of_speaks():
    after = '"The post fell at dawn," said Omar Zaki, a member of the provincial council.'
    before = "Omar Zaki, a member of the provincial council, said the post fell at dawn."
    for text in (after, before):
        assert [m.name for m in find_sources(text, "AF")] == ["local officials"]
    assert find_sources("Gunmen attacked the provincial council, and fled.", "AF") == []


def test_a_governor_with_no_place_before_is_the_office_as_written():
    from khaldun.actors.sources import resolve_source

    assert resolve_source("provincial governor", "AF") == "provincial governor"
    assert resolve_source("the Helmand governor", "AF") == "Helmand governor"


def test_an_office_speaks_through_its_named_holder_but_not_as_an_object():
    speaks = "Missiles struck the city, regional governor Omar Zaki said."
    assert [m.name for m in find_sources(speaks, "UA")] == ["regional governor"]
    topic = "A resident who spoke of the revolt against President Omar Zaki said smoke rose."
    assert "local officials" not in [m.name for m in find_sources(topic, "SY")]


def test_an_owner_named_before_the_part_that_speaks_is_one_source():
    text = "Jets hit a camp near Jilib, the U.S. military's Africa Command said."
    assert [m.name for m in find_sources(text, "SO")] == ["US Africa Command"]


def test_an_office_speaks_with_its_owner_between_it_and_the_verb():
    text = "Two died, the health ministry of the Tripoli-based government said."
    assert [m.name for m in find_sources(text, "LY")] == ["health ministry"]


def test_a_juntas_spokesman_is_a_military_source_and_an_administrator_a_local_official():
    assert [m.name for m in find_sources("The junta's spokesman said.", "MM")] == [
        "a military source"]
    said = "Five died, said Ali Musa, the administrator of the territory."
    assert [m.name for m in find_sources(said, "CD")] == ["local officials"]


def test_intelligence_officials_are_a_security_source():
    assert [m.name for m in find_sources("two intelligence officials said", "PK")] == [
        "a security source"]


def test_a_site_named_after_an_outlet_is_no_source():
    text = "Doctors at the al-Thawra hospital said they had treated 30 wounded."
    assert {m.name for m in find_sources(text, "SY")} == {"medical sources"}


def test_a_victims_family_speaks_as_witnesses():
    text = "Police shot dead a teenager at a checkpoint, but his family said he was unarmed."
    assert "witnesses" in {m.name for m in find_sources(text, "PS")}


@pytest.mark.parametrize("speaker", ["the state government", "the state commissioner"])
def test_a_state_government_and_its_commissioner_are_officials(speaker):
    text = f"Bandits killed 12 villagers, {speaker} said."
    assert [m.name for m in find_sources(text, "NG")] == ["local officials"]


def test_a_government_speaking_is_the_states_government_by_its_demonym():
    said = "Four died, a government spokesman said."
    assert [m.name for m in find_sources(said, "KE")] == ["Kenyan government"]
    foreign = "The Russian government said its jets hit no homes."
    assert [m.name for m in find_sources(foreign, "UA")] == ["Russian government"]
    # a local or regional government is local officials, not the state's
    assert [m.name for m in find_sources("The regional government said two died.", "ET")] == [
        "local officials"]
    # a noun after "government" names something else ("government sources", "a website")
    assert "Kenyan government" not in [
        m.name for m in find_sources("Two died, government sources said.", "KE")]


def test_separatists_speaking_are_rebels():
    text = "The separatists said government forces had shelled a market, killing one man."
    assert "rebels" in {m.name for m in find_sources(text, "UA")}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gunmen stormed the depot, a witness who asked not to be named said.", "witnesses"),
        ("A witness, who did not give her name, said gunmen stormed the depot.", "witnesses"),
        ("The police chief, Musa Bello, said gunmen stormed the depot.", "police"),
    ],
)
def test_a_source_speaks_across_a_name_or_an_aside_before_its_verb(text, expected):
    assert [m.name for m in find_sources(text, "NG")] == [expected]


@pytest.mark.parametrize("text", [
    "A spokesman for Al Shabaab said 40 soldiers died.",
    "A spokesman for the militant group Al Shabaab, Ali Dhere, denied that it lost the town.",
])
def test_a_spokesman_for_an_armed_group_named_after_him_speaks_for_the_group(text):
    assert [m.name for m in find_sources(text, "SO")] == ["Al Shabaab"]


def test_a_description_before_another_sources_name_is_that_source():
    text = "Six died in the strike, the monitoring group Deir Ezzor 24 said."
    assert [m.name for m in find_sources(text, "SY")] == ["Deir Ezzor 24"]


def test_a_description_opening_the_sentence_before_a_name_is_that_source():
    text = "Pro-government daily Al-Watan said mortars hit the square."
    assert [m.name for m in find_sources(text, "SY")] == ["Al-Watan"]


@pytest.mark.parametrize("text", [
    "Ahmed Ali, a doctor, said the market was hit twice.",
    "The market was hit twice, said Ahmed Ali, a paramedic in the town.",
    "Ahmed Ali, a health worker, said the market was hit twice.",
])
def test_a_named_medic_speaks_as_medical_sources(text):
    assert [m.name for m in find_sources(text, "SY")] == ["medical sources"]


@pytest.mark.parametrize("text,expected", [
    ("The town was quiet, an AFP correspondent in Idlib said.", ["AFP correspondent"]),
    ("The town was quiet, according to Reuters journalists there.", ["Reuters journalists"]),
    ("The town was quiet, a reporter said.", ["local media"]),
])
def test_an_outlets_own_journalists_are_named_as_written(text, expected):
    assert [m.name for m in find_sources(text, "SY")] == expected


def test_a_spokesman_for_a_body_named_with_its_state_speaks_for_the_body():
    found = find_sources(
        "Four died, according to Yusuf Abdi, a spokesman for the Kenyan police.", "KE")
    assert [m.name for m in found] == ["police"]


def test_a_speaker_named_with_its_verb_before_another_source_is_no_description_of_it():
    text = "The government said security forces had ended the siege of the hotel."
    names = [m.name for m in find_sources(text, "SO")]
    assert "Somali government" in names, names


@pytest.mark.parametrize("text", [
    "Residents, however, said five people were killed.",
    "Residents of the village, meanwhile, said five people were killed.",
])
def test_a_sentence_adverb_set_off_before_the_verb_keeps_the_speaker(text):
    assert [s.name for s in find_sources(text, "SY")] == ["residents"]


def test_an_outlet_named_after_a_generic_description_is_that_outlet():
    text = "The opposition website Qalaat News said the two dead were civilians."
    assert [s.name for s in find_sources(text, "SY")] == ["Qalaat News"]


@pytest.mark.parametrize("charged", ["accused of spying", "blamed for the bombing"])
def test_a_group_whose_victims_were_charged_with_something_is_no_speaker(charged):
    text = f"Al Shabaab fighters executed two men {charged} in a village on Monday."
    assert [m.name for m in find_sources(text, "SO")] == []


def test_a_generic_alias_running_into_a_proper_name_is_no_source():
    text = "Jets bombed the village, a spokesman for the local People's Defense Force said."
    assert "residents" not in [m.name for m in find_sources(text, "MM")]
    text = "Jets bombed the village, local people said."
    assert [m.name for m in find_sources(text, "MM")] == ["residents"]


def test_the_african_union_speaking_is_a_source_and_its_troops_are_not():
    said = "The militants said they killed 40 soldiers, while the AU said three of its men died."
    assert [m.name for m in find_sources(said, "SO")] == ["African Union"]
    assert resolve_source("an African Union spokesman", "SO") == "African Union"
    assert find_sources("Gunmen ambushed an AU convoy near Marka.", "SO") == []
