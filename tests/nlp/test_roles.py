"""A trigger's agent and patient (khaldun.nlp.roles) on sentences written for these tests."""

import pytest

from khaldun.nlp.roles import trigger_roles
from tests.nlp.parsed import at, grammar_of


def test_who_claims_to_have_done_it_did_it():
    text = "Tribal fighters claim to have retaken two hills from the militia."
    g = grammar_of(text)
    assert not g.is_speaker(*at(text, "Tribal fighters"))
    roles = trigger_roles(g.root(*at(text, "retaken")))
    assert [t.text for t in roles.agents] == ["fighters"]


def test_who_announces_the_capture_captured():
    text = "The rebels announced the capture of the village on Monday, the council said."
    g = grammar_of(text)
    capture = g.root(*at(text, "capture"))
    assert not g.is_speaker(*at(text, "rebels"), {capture.i})
    assert g.is_speaker(*at(text, "council"), {capture.i})
    assert [t.text for t in trigger_roles(capture).agents] == ["rebels"]


def test_who_confirms_a_killing_did_not_do_it():
    text = "The police confirmed the killing of a chief by gunmen."
    g = grammar_of(text)
    killing = g.root(*at(text, "killing"))
    assert g.is_speaker(*at(text, "police"), {killing.i})
    assert [t.text for t in trigger_roles(killing).agents] == ["gunmen"]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("Soldiers ambushed the rebels near the river.", "ambushed", "Soldiers", "rebels"),
        ("The rebels were ambushed by soldiers near the river.", "ambushed", "soldiers", "rebels"),
        ("An air raid by coalition jets hit the depot.", "raid", "jets", None),
        ("Shells fired by the army fell on the market.", "Shells", "army", None),
        ("The army's shelling of the market went on.", "shelling", "army", None),
        ("Militants stormed the village, killing four farmers.", "killing", "Militants", "farmers"),
    ],
)
def test_agent_and_patient_by_voice(text, trigger, agent, patient):
    g = grammar_of(text)
    roles = trigger_roles(g.root(*at(text, trigger)))
    assert roles.agents[0].text == agent
    assert [t.text for t in roles.patients] == ([patient] if patient else [])


def test_a_weapon_fired_by_a_verb_without_subject_has_the_controlling_subject_as_agent():
    text = "Tribal fighters claim to have fired mortar shells at an army post near the dam."
    g = grammar_of(text)
    agents = trigger_roles(g.root(*at(text, "shells"))).agents
    assert [t.text for t in agents] == ["fighters"]


def test_a_report_whose_verb_the_parse_hangs_on_its_subject_still_has_that_subject_act():
    text = (
        "Turkish-backed militia air strikes killed at least nine villagers, including two women, "
        "when they hit a market in Idlib province on Friday, residents and medics said."
    )
    g = grammar_of(text)
    assert not g.is_speaker(*at(text, "strikes"))
    assert g.is_speaker(*at(text, "residents"))
    roles = trigger_roles(g.root(*at(text, "killed")))
    assert [t.text for t in roles.agents] == ["strikes"]


def test_the_source_of_fire_a_subject_came_under_is_its_agent():
    text = "An army convoy came under fire from rebels near Daraa, killing two soldiers."
    g = grammar_of(text)
    came = g.root(*at(text, "came"))
    roles = trigger_roles(came)
    assert [t.text for t in roles.agents] == ["rebels"]
    assert [t.text for t in roles.patients] == ["convoy"]
    killing = trigger_roles(g.root(*at(text, "killing")))
    assert [t.text for t in killing.agents] == ["rebels"]


def test_a_place_under_someones_control_undergoes_no_act():
    text = "The village came under rebel control after the army withdrew."
    g = grammar_of(text)
    roles = trigger_roles(g.root(*at(text, "came")))
    assert [t.text for t in roles.agents] == ["village"]  # the subject, as of any verb


def test_a_participle_clause_after_a_preposition_takes_the_verbs_subject():
    text = "Militants stormed a police post in Afgoye after detonating a car bomb at its gate."
    g = grammar_of(text)
    assert [t.text for t in trigger_roles(g.root(*at(text, "detonating"))).agents] == [
        "Militants"]


def test_a_verb_whose_subject_the_parser_hung_on_a_participle_takes_no_other_subject():
    text = (
        "Jets struck a camp in Rafah on Tuesday, hours after a rocket fired from the strip "
        "hit a house in the city of Sderot."
    )
    g = grammar_of(text)
    assert [t.text for t in trigger_roles(g.root(*at(text, "hit"))).agents] != ["Jets"]


def test_a_participle_closing_the_sentence_is_not_the_time_clauses_act():
    text = "Gunmen opened fire on a bus as passengers were boarding it, killing at least nine."
    g = grammar_of(text)
    agents = [t.text for t in trigger_roles(g.root(*at(text, "killing"))).agents]
    assert agents == ["Gunmen"]


@pytest.mark.parametrize(("text", "agent"), [
    ("Police on Saturday fired live ammunition at thousands of people marching toward the"
     " ministry in Kassala, killing five, medics said.", "Police"),
    ("Gunmen fired on hundreds of villagers fleeing toward the river, killing six.", "Gunmen"),
    ("Masked men attacked strikers camped outside the mill in Oswe on Monday evening,"
     " killing eleven, union leaders said.", "men"),
])
def test_a_participle_closing_the_sentence_is_not_the_act_of_a_crowd_s_participle(text, agent):
    g = grammar_of(text)
    agents = [t.text for t in trigger_roles(g.root(*at(text, "killing"))).agents]
    assert agents == [agent]


def test_a_counted_part_of_them_is_of_the_object_of_the_joined_verb():
    text = "Soldiers chased the bandits and killed nine of them near the river on Sunday."
    g = grammar_of(text)
    patients = [t.text for t in trigger_roles(g.root(*at(text, "killed"))).patients]
    assert patients == ["bandits"]


def test_those_a_toll_includes_are_acted_on_too():
    text = "Fighting between rival sects killed eleven people, including three soldiers, in Halba."
    g = grammar_of(text)
    roles = trigger_roles(g.root(*at(text, "killed")))
    assert [t.text for t in roles.patients] == ["people", "soldiers"]


def test_who_puts_the_total_at_a_number_reports_it():
    text = "Provincial authorities put the total killed at 200."
    g = grammar_of(text)
    assert g.is_speaker(*at(text, "Provincial authorities"))


def test_two_nouns_sharing_a_head_act_in_the_order_told():
    text = "The Iraqi army and Popular Mobilisation units retook the village of Tall Hamid."
    g = grammar_of(text)
    agents = trigger_roles(g.root(*at(text, "retook"))).agents
    assert [t.text for t in agents][:2] == ["army", "Mobilisation"]


def test_a_clause_whose_subject_the_parse_hangs_on_after_is_not_the_main_verbs():
    text = ("Troops raided a hideout on Thursday, a day after an ambush on a convoy killed "
            "four policemen.")
    g = grammar_of(text)
    killed = g.root(*at(text, "killed"))
    assert "Troops" not in [t.text for t in trigger_roles(killed).agents]


def test_a_passive_agent_after_an_aside_acts():
    text = "Twenty traders were killed, some burned in their shops, by rioters from the town."
    g = grammar_of(text)
    roles = trigger_roles(g.root(*at(text, "burned")))
    assert [t.text for t in roles.agents] == ["rioters"]


def test_what_was_fired_by_a_side_is_that_side_s_act():
    text = "A rocket was fired by the militia toward the camp, the council said."
    g = grammar_of(text)
    assert [t.text for t in trigger_roles(g.root(*at(text, "rocket"))).agents] == ["militia"]
    backed = "The offensive was backed by coalition jets."
    assert not trigger_roles(grammar_of(backed).root(*at(backed, "offensive"))).agents
    told = "Two raids were reported by the agency."
    assert not trigger_roles(grammar_of(told).root(*at(told, "raids"))).agents


def test_what_a_town_fell_to_took_it():
    text = "The town of Tal Zahra fell to the rebels on Sunday."
    roles = trigger_roles(grammar_of(text).root(*at(text, "fell")))
    assert [t.text for t in roles.agents] == ["rebels"]
    assert [t.text for t in roles.patients] == ["town"]


def test_what_has_fallen_was_taken_by_no_side_the_clause_names():
    text = "The police station and the army base have fallen, the mayor said."
    roles = trigger_roles(grammar_of(text).root(*at(text, "fallen")))
    assert not roles.agents
    assert [t.text for t in roles.patients] == ["station", "base"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the parser hangs "from" on the verb here
        ("Three men were killed by live fire from troops in Tarvel on Friday.", "killed"),
        # and on the fire here
        ("A farmer was wounded by gunfire from soldiers near the dam.", "wounded"),
    ],
)
def test_the_source_of_the_fire_that_killed_is_its_agent(text, trigger):
    g = grammar_of(text)
    agents = [t.text for t in trigger_roles(g.root(*at(text, trigger))).agents]
    assert agents[-1] in ("troops", "soldiers")
