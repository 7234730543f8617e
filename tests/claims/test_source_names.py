"""How a claim names its source in short wire stories written for these tests: as a coder
following the codebook writes it (§6), not by the actor dictionary's names."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2019, 3, 5)


def sources_of(text: str) -> set[str]:
    return {c.source for e in extract(text, published=PUBLISHED) for c in e.claims}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a state's army speaking as itself is named by the text's words, its state left out
        ("MAIDUGURI, Nigeria - Troops killed 30 militants in an ambush near Bama on Monday, "
         "the army said.\n\nA spokesman for the Nigerian army, Musa Idris, said two soldiers "
         "were wounded in the ambush near Bama.", "army"),
        # a group ACLED names by its initials and full name speaks by its initials
        ("ARBIL, Iraq - Turkish warplanes bombed villages in the Qandil mountains on Friday. "
         "A PKK spokesman said four civilians were killed in the raid on Qandil.", "PKK"),
    ],
)
def test_an_armed_actor_speaking_is_named_as_a_coder_names_it(text, source):
    sources = sources_of(text)
    assert source in sources, sources
    assert not any(s.startswith("Military Forces of") or ": " in s for s in sources), sources


@pytest.mark.parametrize(
    "text",
    [
        "TAIZ, Yemen - Warplanes struck a bus in the village of Dahyan on Thursday, killing 40 "
        "children, a Houthi spokesman said.",
        "SANAA, Yemen - Shells hit a market in the city of Taiz on Monday, killing four "
        "civilians, medics said. Houthi spokesman Ali Nasser denied the group had fired them.",
    ],
)
def test_a_spokesman_an_armed_state_names_speaks_for_it(text):
    # the Houthis are a state's forces in ACLED's names: their spokesman is not an official
    sources = sources_of(text)
    assert "Houthis" in sources and "local officials" not in sources, sources


def test_an_office_named_again_by_its_head_noun_is_the_office_named_before():
    text = (
        "KABUL - A suicide bomber killed nine people at a checkpoint in the city of Kunduz on "
        "Monday, the interior ministry said.\n\n"
        "A spokesman for the ministry, Nasrat Rahimi, said 20 others were wounded at the "
        "Kunduz checkpoint."
    )
    events = extract(text, published=PUBLISHED)
    assert {c.source for e in events for c in e.claims} == {"interior ministry"}
    assert [e.status for e in events] == ["single"]  # one ministry is one source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the office before the ranks speaks through its holder
        ("KIRKUK, Iraq - A bomb killed two soldiers near the town of Hawija on Sunday, police "
         "said.\n\nKirkuk police chief Brigadier General Ali Kamal said the bomb was planted "
         "overnight near Hawija.", "police"),
        # a holder no office names is named without his ranks
        ("MAIDUGURI, Nigeria - Militants killed seven soldiers in an attack on a base in the "
         "town of Monguno on Friday, the army said.\n\nMajor General Musa Abubakar said the "
         "attackers were repelled after the attack on Monguno.", "Musa Abubakar"),
    ],
)
def test_a_speakers_ranks_are_no_part_of_the_source(text, source):
    sources = sources_of(text)
    assert source in sources and not any("General" in s for s in sources), sources


@pytest.mark.parametrize(
    "text",
    [
        "KANDAHAR - A bomb killed five policemen in the district of Spin Boldak on Monday, the "
        "governor of Kandahar said.",
        "KANDAHAR - A bomb killed five policemen in the district of Spin Boldak on Monday, said "
        "Hayatullah Hayat, the governor of Kandahar.",
        "KANDAHAR - A bomb killed five policemen in the district of Spin Boldak on Monday, "
        "Kandahar governor Hayatullah Hayat said.",
    ],
)
def test_an_office_is_named_with_the_place_it_serves_before_or_after_it(text):
    assert sources_of(text) == {"Kandahar governor"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BAGHDAD - A car bomb exploded near a market in the town of Baquba on Tuesday, killing "
         "six people, sources in the Diyala police said.", "police"),
        ("KABUL - Gunmen killed four health workers in the village of Dand in Kandahar province "
         "on Sunday, an official in the governor's office said.", "governor's office"),
    ],
)
def test_speakers_within_a_named_body_speak_as_that_body(text, source):
    # one speaker, not a class of speakers beside the body they belong to
    assert sources_of(text) == {source}


def test_the_coalition_saying_is_the_coalition_fighting_there():
    text = (
        "ADEN, Yemen - Warplanes struck a Houthi camp near the city of Sanaa on Friday, killing "
        "12 fighters, the coalition said."
    )
    assert sources_of(text) == {"Saudi-led coalition"}


def test_a_groups_spokesman_speaks_as_the_group_as_the_group_is_named():
    text = (
        "KABUL (AFP) - Gunmen attacked an army post in the Andar district of Ghazni province on "
        "Monday, killing six soldiers, the defence ministry said.\n\n"
        "A Taliban spokesman said the group had killed 25 soldiers in Andar."
    )
    assert "Taliban" in sources_of(text)


@pytest.mark.parametrize(
    "speaker",
    ["the Afghan defence ministry said", "Afghanistan's defence ministry said",
     "the defence ministry said"],
)
def test_the_story_states_own_office_is_named_without_its_state(speaker):
    # as "Syrian state television" is state television: the state is the story's own
    text = (f"KABUL - Gunmen killed five farmers in the village of Dand in Kandahar province on "
            f"Monday, {speaker}.")
    assert sources_of(text) == {"defence ministry"}


def test_officials_listed_among_the_dead_are_no_source():
    text = ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing eight "
            "people, police said. Al Shabaab said in a statement it had killed 20 people, "
            "including government officials.")
    found = extract(text, published=date(2019, 3, 24))
    sources = {c.source for e in found for c in e.claims}
    assert "local officials" not in sources


def test_the_militarys_media_wing_is_the_military():
    text = ("Seven soldiers were killed when militants attacked a security post in North "
            "Waziristan on Monday, the military said. Troops returned fire and killed four "
            "attackers, the military's media wing said in a statement.")
    (event,) = extract(text, published=date(2023, 3, 14))
    assert {c.source for c in event.claims} == {"military"}
    assert (event.fatalities.low, event.fatalities.high) == (11, 11)


def test_a_groups_military_spokesman_speaks_for_the_group():
    text = ("A missile fired by the Houthi movement struck a market in Marib on Sunday, killing "
            "four civilians, local officials said. Houthi military spokesman Yahya Saree said "
            "the group had targeted a military camp and denied hitting civilians.")
    found = extract(text, published=date(2021, 2, 8))
    assert "Houthis" in {c.source for e in found for c in e.claims}


def test_a_description_of_a_source_after_its_name_is_that_source():
    text = ("Government shelling killed 18 people in Douma on Thursday, activists said. The "
            "Local Coordination Committees, another activist group, put the death toll at 24.")
    found = extract(text, published=date(2014, 2, 7))
    tolls = {(c.source, c.value) for e in found for c in e.claims if c.kind == "fatalities"}
    assert ("Local Coordination Committees", 24) in tolls
    assert ("opposition activists", 24) not in tolls


def test_people_of_the_place_named_by_their_trade_are_residents():
    text = ("A car bomb killed nine people in the town of Azaz on Monday, police said. The blast "
            "damaged several shops, a shopkeeper said.")
    assert sources_of(text) == {"police", "residents"}


def test_an_office_opening_a_sentence_is_the_office_written_lower_case_elsewhere():
    text = ("Gunmen killed a teacher in Kandahar on Thursday, the defence ministry said. "
            "Defence ministry spokesman Zalmai Nuri said the attackers fled.")
    assert sources_of(text) == {"defence ministry"}


@pytest.mark.parametrize("second", [
    "Ministry spokesman Zalmai Nuri said the attackers fled.",
    "The ministry's spokesman said the attackers fled.",
])
def test_the_spokesman_of_the_office_named_before_speaks_for_it(second):
    text = f"Gunmen killed a teacher in Kandahar on Thursday, the interior ministry said. {second}"
    assert sources_of(text) == {"interior ministry"}


@pytest.mark.parametrize("first", [
    "provincial governor Mohammed Omar said",
    "governor Mohammed Omar told reporters",
])
def test_the_holder_named_after_an_office_is_that_office_named_again(first):
    text = (f"Gunmen stormed a hotel in Kismayo on Friday, killing four guards, {first}. "
            "Omar said the attackers fled into the forest.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.status == "single", [c.source for c in event.claims]


def test_a_person_described_as_serving_an_office_is_that_office_named_again():
    text = ("A roadside bomb killed six people in Gereshk on Friday, said Omar Khan Baryalai, a "
            "spokesman for the provincial governor. Baryalai said four of the dead were children.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.status == "single", [c.source for c in event.claims]


def test_a_resistance_group_is_a_source_of_its_own():
    text = ("Army jets bombed a village in the Magway region on Friday, killing 11 people, "
            "a local resistance group and residents said.")
    assert sources_of(text) == {"rebels", "residents"}


def test_the_pentagon_is_the_defense_department_and_one_voice_with_its_commands():
    text = ("A drone strike killed four militants near Jilib on Monday, the Pentagon said. "
            "US Africa Command said the strike targeted al Shabaab fighters.")
    (event,) = extract(text, published=PUBLISHED)
    assert {c.source for c in event.claims} == {"US Defense Department", "US Africa Command"}
    assert event.status == "single"


@pytest.mark.parametrize(
    ("said", "source"),
    [
        # the body speaking: named as the text names it (codebook §6), like an office
        ("the Nigerian army said in a statement", "army"),
        ("according to the military", "military"),
        ("army spokesman Sani Usman told reporters", "army"),
        ("the armed forces said on Twitter", "armed forces"),
        ("the Chadian army said", "Chadian army"),  # another state's army: its own source
        ("the air force said in a statement", "air force"),
        ("according to the navy", "navy"),
        # an unnamed member described: the class of source
        ("a military source told AFP", "a military source"),
        ("a senior army officer said", "a military source"),
        ("an officer in the Nigerian army told AFP", "a military source"),
        ("sources within the military said", "a military source"),
    ],
)
def test_an_army_speaking_as_a_body_is_named_as_written(said, source):
    text = ("MAIDUGURI, Nigeria - Gunmen on motorcycles killed 14 farmers in the village of "
            f"Kukawa on Tuesday, {said}.")
    assert sources_of(text) == {source}


def test_an_army_that_ends_a_proper_name_is_no_state_army_named_as_written():
    text = ("MANDALAY, Myanmar - Fighters seized two police posts near the town of Kyaukme on "
            "Sunday, the Shan Valley Liberation Army said.")
    assert "army" not in {s.casefold() for s in sources_of(text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the story's own forces by the proper name the text gives them, not their class
        ("BAMAKO, Mali - Jihadists stormed an army post near the town of Boni on Sunday, "
         "killing eight soldiers, the FAMa said.", "FAMa"),
        # a mission by the name the text writes, not by a later name of the actor dictionary
        ("MOGADISHU - Al Shabaab fighters shelled a base near the town of Afgoye on Friday, "
         "killing three soldiers, the African Union mission AMISOM said.", "AMISOM"),
        # a group by the name the text writes, not its long dictionary form
        ("MAIDUGURI, Nigeria - Gunmen burnt a church in the village of Chibok on Sunday, "
         "killing six worshippers, Boko Haram said in a video.", "Boko Haram"),
    ],
)
def test_an_actor_speaking_is_named_by_the_proper_name_the_text_gives_it(text, source):
    assert source in sources_of(text)


def test_the_states_forces_by_a_proper_name_and_the_army_are_one_source():
    text = ("BAMAKO, Mali - Jihadists stormed an army post near the town of Boni on Sunday, "
            "killing eight soldiers, the FAMa said.\n\nThe army said eight soldiers were "
            "killed in the attack on the Boni post.")
    (event,) = extract(text, published=PUBLISHED)
    assert {c.source for c in event.claims} == {"FAMa", "army"}
    assert event.status == "single"


def test_the_states_government_and_its_minister_are_one_source():
    text = ("BAMAKO, Mali - Jihadists stormed an army post near the town of Boni on Sunday, "
            "killing eight soldiers, the Malian government said.\n\nDefence Minister Oumar "
            "Traore said the attackers fled after a long gun battle at the Boni post.")
    (event,) = extract(text, published=PUBLISHED)
    assert {c.source for c in event.claims} == {"Malian government", "Defence Minister"}
    assert event.status == "single"


@pytest.mark.parametrize(
    ("speaker", "source"),
    [("a vigilante leader told AFP", "vigilante leader"),
     ("a militia commander said", "militia commander")],
)
def test_a_person_an_armed_groups_word_describes_speaks_as_described(speaker, source):
    # the group's word describes the speaker; the speaker is no group (it was the outlet's voice)
    text = ("YOLA, Nigeria - Gunmen on motorbikes raided the village of Dumne on Saturday, "
            f"killing nine herders, {speaker}.")
    assert sources_of(text) == {source}


@pytest.mark.parametrize(
    ("speaker", "source"),
    [("a cleric told Reuters", "cleric"),  # a new speaker by a bare noun and its article
     ("a pastor at the church said", "pastor"),
     ("a relative of one of the herders said", "witnesses")],  # the class its words name
)
def test_a_speaker_brought_in_by_an_indefinite_article_is_a_source(speaker, source):
    text = ("YOLA, Nigeria - Gunmen on motorbikes raided the village of Dumne on Saturday, "
            f"killing nine herders, {speaker}.")
    assert sources_of(text) == {source}


@pytest.mark.parametrize(
    ("said", "source"),
    [("Iraqi security forces said", "security forces"),  # the body, as the army is
     ("a source in the security forces said", "a security source")],  # an unnamed member
)
def test_security_forces_speaking_as_a_body_are_named_as_written(said, source):
    text = ("BAQUBA, Iraq - A roadside bomb struck a minibus near the town of Muqdadiya on "
            f"Sunday, killing four passengers, {said}.")
    assert sources_of(text) == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a state's forces ACLED names, as they own a spokesman
        ("SANAA, Yemen - Warplanes struck a fuel depot on the edge of the port city of "
         "Hodeidah on Monday, killing five workers, Houthi officials said.", "Houthis"),
        # an armed group named by its initials
        ("TRIPOLI, Libya - Shells struck a school in the Abu Salim district of Tripoli on "
         "Monday, killing three pupils, LNA sources said.", "LNA"),
    ],
)
def test_officials_or_sources_a_side_names_before_them_speak_for_it(text, source):
    assert sources_of(text) == {source}


def test_a_group_whose_spokesman_speaks_is_named_as_the_text_writes_it_there():
    text = ("BENGHAZI, Libya - Clashes between the Libyan National Army and Islamist fighters "
            "killed seven fighters in the city of Derna on Sunday, an LNA spokesman said.")
    assert sources_of(text) == {"LNA"}


def test_a_speaker_named_again_by_a_pronoun_keeps_the_name_the_text_gave_it():
    text = ("Gunmen killed nine farmers near Gwoza on Sunday, police said. Musa Bulama, a "
            "member of the Civilian Joint Task Force, said the gunmen came on motorbikes. "
            '"They took all the cattle," he said.')
    assert sources_of(text) == {"police", "Civilian Joint Task Force"}


@pytest.mark.parametrize(("said", "source"), [
    ("tribal elders said", "tribal elders"),
    ("medics said", "medics"),
    ("rebel fighters said", "rebel fighters"),
    ("a doctor said", "medical sources"),  # one person: the class
])
def test_a_class_the_text_describes_in_plural_words_is_named_by_them(said, source):
    text = f"Gunmen killed nine farmers near the village of Tessoro on Sunday, {said}."
    (event,) = extract(text, published=PUBLISHED)
    assert {c.source for c in event.claims} == {source}
    assert event.status == "single"


@pytest.mark.parametrize("said", [
    "according to the Local Coordination Committees and the Syrian Observatory for Human Rights",
    "residents and the Syrian Observatory for Human Rights said",
])
def test_two_sources_joined_in_one_attribution_both_speak(said):
    text = f"Warplanes struck the town of Tessoro in Syria on Monday, killing nine people, {said}."
    (event,) = extract(text, published=PUBLISHED)
    named = {c.source for c in event.claims}
    assert "Syrian Observatory for Human Rights" in named and len(named) == 2, named
    assert event.status == "corroborated"


def test_yemen_s_state_news_agency_is_named_as_texts_name_it():
    text = ("SANAA, Yemen - An air strike hit a market in Saada province on Monday, killing ten "
            "people, the state news agency Saba reported.")
    assert "SABA" in sources_of(text)


@pytest.mark.parametrize(("voice", "source"), [
    ("the interior ministry's spokesman", "interior ministry"),
    ("the health ministry's spokeswoman", "health ministry"),
])
def test_a_ministry_speaking_through_its_spokesman_is_the_ministry(voice, source):
    text = f"Clashes near the town of Tessoro killed eight fighters on Sunday, {voice} said."
    assert sources_of(text) == {source}


def test_an_official_a_country_names_is_that_states_and_the_bare_word_no_source():
    text = ("A drone strike killed four militants in Shabwa province on Sunday, a U.S. official "
            "said. An official in the governor's office said the dead included a commander.")
    [event] = extract(text, published=date(2018, 5, 8))
    sources = [c.source for c in event.claims]
    assert sources[0] == "US official" and "governor's office" in sources


def test_a_town_named_like_an_outlet_is_no_source():
    from khaldun.actors.source_mentions import find_mentions

    text = "A car bomb exploded in the town of Mayadeen on Tuesday, Al Mayadeen reported."
    assert [m.start for m in find_mentions(text, "SY", need_cue=False)] == [text.index("Al M")]


def test_a_building_named_like_an_outlet_is_no_source():
    from khaldun.actors.source_mentions import find_mentions

    text = "A doctor at Al-Thawra hospital said three were killed, Al-Thawra newspaper reported."
    starts = [m.start for m in find_mentions(text, "YE", need_cue=False)]
    assert text.index("Al-Thawra") not in starts
@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        # another state's civil defence is that state's, not the story's own rescuers
        ("IDLIB, Syria - Warplanes struck the town of Kafr Dumma on Monday. The Jordanian "
         "civil defence said three people were killed in Kafr Dumma.",
         "Jordanian civil defence", "Syrian Civil Defense"),
        # nor is it a class of medics where a service of the story's own state would be
        ("SAADA, Yemen - Troops clashed with Houthi fighters near Saada on Monday. The Omani "
         "civil defence said four soldiers were killed in the fighting near Saada.",
         "Omani civil defence", "medical sources"),
        # another state's Red Crescent is that state's society, not the story's own one
        ("IDLIB, Syria - Shells hit the town of Kafr Dumma on Monday. The Kuwaiti Red "
         "Crescent said five people were killed in Kafr Dumma.",
         "Kuwaiti Red Crescent", "Syrian Arab Red Crescent"),
    ],
)
def test_another_states_rescue_service_is_that_states(text, source, not_source):
    sources = sources_of(text)
    assert source in sources and not_source not in sources, sources


def test_an_official_of_a_people_without_a_state_is_named_as_written():
    # no state's demonym before "official": the people's word names him, not the outlet
    text = ("Shelling killed six people in the village of Tessoro on Sunday, a Kurdish "
            "official said.")
    assert sources_of(text) == {"Kurdish official"}


def test_a_member_of_an_armed_group_named_by_his_post_speaks_by_the_groups_name():
    # "a Hamas official said" as "a Hamas spokesman said": the group's own name
    text = ("GAZA - An air strike killed two men in the town of Tessoro on Sunday, a Hamas "
            "official said.")
    assert sources_of(text) == {"Hamas"}
