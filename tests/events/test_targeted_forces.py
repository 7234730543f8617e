"""The side an attack was aimed at when its victims are named only as people (codebook §3),
on short texts written for these tests."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded near a police checkpoint in Baghdad on Tuesday, killing three people "
        "and wounding ten.",
        "A truck bomb went off at the gate of a police academy in Sanaa on Monday, killing 30.",
        "A roadside bomb struck a minibus carrying policemen in Peshawar on Tuesday, killing six "
        "people.",
        "A magnetic bomb attached to a police car exploded in Kandahar on Friday, killing two "
        "people.",
        "A suicide bomber blew himself up at a security branch in Homs on Sunday, killing five "
        "people.",
        "A bomb killed six people at an army checkpoint outside Maiduguri on Tuesday.",
        "On Monday a suicide bomber killed 11 people just outside a police station in Kunduz.",
    ],
)
def test_forces_the_blast_was_aimed_at_are_acted_on(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a police patrol in Falluja on Monday, killing two people.",
        "Militants fired on an army checkpoint near Tal Zaru on Friday, killing three.",
    ],
)
def test_forces_fired_on_are_fought_though_the_dead_are_people(text):
    # a shooting word's object is its target as an attack word's is: the state's forces fired
    # on make the act a clash with them, the dead named only as people
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.inter == 1


def test_forces_listed_among_people_killed_are_acted_on():
    (event,) = extract("A roadside bomb killed five people, including three soldiers, in "
                       "Gardez on Thursday, officials said.", published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "A bomber blew himself up at the wedding of a police captain's son in Quetta on "
        "Monday, killing 20 guests and neighbours.",
    ],
)
def test_forces_named_inside_another_noun_or_officials_are_not_the_target(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_pro_government_militiaman_is_of_a_militia():
    (event,) = extract(
        "Militants killed a pro-government militiaman at his home south of Kirkuk on Tuesday.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None and event.actor2.inter == 3


@pytest.mark.parametrize(
    ("text", "inter"),
    [
        ("Two bombs exploded in Sanaa on Wednesday, killing nine people. Most of the dead were "
         "policemen, a security official said.", 1),
        ("A roadside bomb killed four people in Kandahar on Monday. The victims were members of "
         "the Afghan Local Police, the governor's spokesman said.", 1),
        ("A car bomb exploded in Homs on Sunday, killing six people, all of them soldiers.", 1),
        ("A car bomb exploded in Daraa on Sunday, killing six people, most of them children.", 7),
        ("A truck bomb went off in Kismayo on Monday, killing eight people. Among the dead were "
         "four soldiers, a local elder said.", 1),
        ("A bomb killed five people in Kunduz on Friday. The dead included three policemen.", 1),
        ("An IED hit a car in Tikrit on Sunday, killing its four occupants. They were all "
         "federal police officers, a source said.", 1),
        ("A blast killed six people in Sirte on Monday. Two soldiers were among the dead, a "
         "medic said.", 1),
        ("A landmine killed two people, one of them a police officer, near Baidoa on Monday.", 1),
        ("A mortar round hit a market in Aden on Friday, killing five people, two of whom were "
         "soldiers.", 1),
        ("A car bomb went off in Kismayo on Monday, killing its two occupants, both members of "
         "NISA, an official said.", 1),
        ("A bomb hit a van in Quetta on Sunday, killing its three passengers, all members of the "
         "Balochistan Levies.", 1),
    ],
)
def test_a_later_word_on_who_the_dead_were_names_the_side_hit(text, inter):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == inter
    assert event.actor1 is not None and event.actor1.inter == 3


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police detained 40 army officers in Ankara on Monday over alleged links to a "
        "plot.",
        "Sudanese security agents detained five army officers in Khartoum on Saturday.",
    ],
)
def test_those_arrested_are_the_force_they_serve_in(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of")


def test_the_counted_dead_said_after_to_be_police_are_the_side_hit():
    text = ("A roadside bomb killed three people in Zabul province on Sunday, officials said. "
            "All three were members of the Afghan border police.")
    [event] = extract(text, published=date(2019, 3, 12))
    assert event.actor2.inter == 1 and event.actor2.name.startswith("Police Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen killed six people in an ambush on the road to Nimule on Tuesday. "
        "The six were soldiers returning from leave, an army spokesman said.",
        "Gunmen shot dead four people at a market in Gao on Monday. All four were policemen, "
        "the governor said.",
    ],
)
def test_people_an_attack_killed_said_after_to_be_forces_make_it_a_battle(text):
    (event,) = extract(text, published=PUBLISHED)
    assert (event.event_type, event.actor2.inter) == ("Battles", 1)


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb, likely by IS, wounded two shepherds near Hawija on Monday.",
        "A sticky bomb, apparently by IS, killed a farmer in Baiji on Sunday.",
    ],
)
def test_a_hedged_agent_after_the_weapon_is_the_perpetrator_not_the_side_hit(text):
    """ "by X" set off by a comma after the weapon names who used it."""
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name == "Islamic State"
    assert event.actor2 is not None and event.actor2.inter == 7


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an IED (probably by IS), hidden in a cart near a bakery in Shirqat, went off "
        "and wounded a baker.",
        "A rocket apparently fired by IS militants fell on a farm near Makhmour on Monday.",
    ],
)
def test_a_hedged_agent_anywhere_in_the_sentence_names_the_perpetrator(text):
    """ "likely by X", "presumably fired by X": the group the hedge names did it."""
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name == "Islamic State"


@pytest.mark.parametrize(
    "told",
    [
        "Both were members of the security forces.",
        "The two men were policemen.",
        "The victim was a soldier.",
        "The slain man was an army captain.",
        "The victim, an off-duty police officer, was walking home.",
    ],
)
def test_forces_the_dead_are_said_to_be_in_the_next_sentence_are_acted_on(told):
    (event,) = extract(f"Gunmen shot dead two men in the town of Qarvel on Monday. {told}",
                       published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 1
