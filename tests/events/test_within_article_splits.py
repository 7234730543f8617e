"""One article telling two incidents of a kind in one town: which it keeps apart (texts
written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


def test_an_act_the_text_dates_on_another_day_is_another_incident():
    text = ("A car bomb killed four soldiers near a checkpoint in Benghazi on Saturday, a "
            "military spokesman said.\n\nOn Sunday, a car bomb exploded outside a hospital in "
            "Benghazi, killing three civilians, medics said.")
    found = extract(text, published=date(2018, 3, 5))
    assert sorted((str(e.date_start), e.fatalities.low) for e in found) == [
        ("2018-03-03", 4), ("2018-03-04", 3)]


def test_acts_by_no_side_named_on_two_sides_with_tolls_of_their_own_are_two_incidents():
    text = ("A car bomb exploded near a market in Baghdad on Monday, killing seven people, "
            "police said.\n\nA roadside bomb hit a police patrol in eastern Baghdad, killing "
            "two policemen, a police source said.")
    found = extract(text, published=date(2018, 3, 5))
    assert sorted(e.fatalities.low for e in found) == [2, 7]


def test_one_toll_told_again_in_parts_keeps_one_incident():
    text = ("A car bomb killed seven people in Baghdad on Monday, police said.\n\nA car bomb "
            "exploded near a police checkpoint in Baghdad, killing five policemen and two "
            "bystanders, a police officer said.")
    found = extract(text, published=date(2018, 3, 5))
    assert [e.fatalities.low for e in found] == [7]


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers in Kirkuk on Monday, while another bomb killed two "
    "civilians near a mosque in the city, police said.",
    "Gunmen shot dead a police officer in Dera Ismail Khan on Wednesday. In a second attack in "
    "the city on Wednesday, gunmen killed a lawyer outside a court, police said.",
])
def test_an_act_named_another_or_a_second_joins_none_told_before(text):
    found = extract(text, published=date(2018, 3, 5))
    assert len(found) == 2


def test_another_death_is_no_other_incident():
    text = ("A suicide bomber killed 10 people at a mosque in Kabul on Friday, officials said. "
            "Another person died later in hospital, a health official said.")
    found = extract(text, published=date(2018, 3, 5))
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


@pytest.mark.parametrize("opener", ["Later on Monday", "Later in the evening", "Earlier on Monday"])
def test_an_act_told_after_later_or_earlier_and_a_time_is_another_incident(opener):
    text = ("A car bomb exploded near a market in Baghdad on Monday, killing seven people, police "
            f"said.\n\n{opener}, a roadside bomb exploded near a bus station in Baghdad, killing "
            "two people, a police source said.")
    found = extract(text, published=date(2018, 3, 5))
    assert sorted(e.fatalities.low for e in found) == [2, 7]


def test_a_clash_with_two_sides_in_turn_is_two_clashes():
    text = ("SANAA (Reuters) - Houthi fighters clashed with government troops and, separately, "
            "with tribesmen in al-Bayda province on Friday, tribal sources said.")
    found = extract(text, published=date(2018, 3, 5))
    assert sorted(e.actor2.inter for e in found) == [1, 4]


def test_a_clash_with_one_side_and_its_allies_stays_one():
    text = ("SANAA (Reuters) - Houthi fighters clashed with government troops and allied "
            "tribesmen in al-Bayda province on Friday, killing six soldiers, sources said.")
    assert len(extract(text, published=date(2018, 3, 5))) == 1


def test_an_act_told_apart_by_its_adverb_in_one_sentence_is_an_incident_of_its_own():
    text = ("Clashes between rival militias in Zawiya on Sunday killed three fighters, and "
            "gunmen separately stormed a police station in the city, officials said.")
    events = extract(text, published=date(2019, 5, 7))
    assert len(events) == 2
