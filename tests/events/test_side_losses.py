"""Whose dead a side's losses are, read off the parse, so that one source's counts of each side
add up into its total (codebook §8.1); so does the outlet's count of one more side."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2016, 8, 20)


def test_the_losses_a_source_gives_for_its_own_side_add_to_the_enemy_dead_it_counts():
    text = (
        "BAMAKO (Reuters) - Islamist fighters attacked an army camp near the town of Nampala "
        "in central Mali on Friday. An army spokesman said the troops lost six men and killed "
        "17 assailants before reinforcements arrived."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.to_dict() == {"low": 23, "high": 23}


def test_the_outlets_count_of_one_more_side_adds_to_the_named_sources_count():
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Soldiers killed six Boko Haram fighters who attacked a "
        "checkpoint near the town of Gwoza on Thursday, an army spokesman said. A soldier was "
        "also killed in the gunfight."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 7, "high": 7}
    assert event.status == "single"


# one source's counts of each side add up; another source's count of a side stays a rival
# figure (codebook §8.1): (text, low, high)
SUMMED = {
    "we_lost_is_the_speakers_side": (
        "DONETSK (AFP) - Separatist fighters shelled government positions near the village of "
        "Pisky on Thursday. \"We lost three men,\" army spokesman Oleksandr Motuzyanyk told a "
        "briefing, adding that the separatists had lost 11 fighters.", 14, 14),
    "the_group_said_it_lost_adds_to_the_groups_own_claim": (
        "MOGADISHU (Reuters) - Al Shabaab fighters overran an African Union base near the town "
        "of Leego on Sunday. The group said its fighters had killed 50 soldiers. The group "
        "also said it lost four men in the raid.", 54, 54),
    "the_outlets_own_count_of_a_side_a_source_counted_stays_a_rival_figure": (
        "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters attacked a checkpoint near the town "
        "of Gwoza on Thursday, killing six soldiers, an army spokesman said. Nine soldiers were "
        "also killed, residents later told Reuters.", 6, 9),
    "a_bare_count_killed_in_an_act_on_residents_adds_to_the_fighters_dead": (
        "Vigilantes killed nine Boko Haram fighters who raided the village of Kawuri on "
        "Friday.\n\nThe raiders had arrived on motorcycles and opened fire on villagers, "
        "killing four, before the vigilantes drove them off.", 13, 13),
}


@pytest.mark.parametrize(("text", "low", "high"), SUMMED.values(), ids=SUMMED.keys())
def test_the_dead_of_each_side_a_source_counts(text, low, high):
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": low, "high": high}


def test_the_dead_of_an_act_told_after_a_day_are_not_added_to_this_ones():
    text = ("Pakistani troops killed 12 insurgents in a raid on a hideout in North Waziristan on "
            "Thursday, the army said, a day after an attack on a checkpoint killed five soldiers "
            "in the area.")
    tolls = sorted((e.fatalities.low, e.fatalities.high) for e in extract(
        text, published=date(2019, 5, 10)) if e.fatalities)
    assert (17, 17) not in tolls and (12, 12) in tolls


def test_a_side_told_losing_men_in_a_sentence_of_its_own_gives_its_speakers_toll():
    text = (
        "Government forces clashed with rebels in the village of Tal Hamra on Monday, state media "
        "said.\n\nA commander in the Jaish al-Izza rebel group told AFP the army had been pushed "
        "back after losing 11 soldiers and three tanks."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 11, "high": 11}


@pytest.mark.parametrize(
    ("text", "sub", "inter"),
    [
        ("Unknown gunmen killed a police constable in Sukkur on Tuesday.", "Armed clash", 1),
        ("Gunmen killed an army colonel outside his home in Mukalla on Monday.", "Armed clash", 1),
        ("Gunmen killed a retired army colonel outside his home in Mukalla on Monday.", "Attack",
         7),
        ("Gunmen shot dead the Colonel Saeed Awad, a court clerk, in Mukalla on Monday.",
         "Attack", 7),
    ],
)
def test_an_officer_named_by_rank_is_a_combatant(text, sub, inter):
    (event,) = extract(text, published=date(2018, 3, 6))
    assert (event.sub_event_type, event.actor2.inter) == (sub, inter)


@pytest.mark.parametrize("told", [
    "The group said it had killed 30 policemen; the police said they lost four officers.",
    "The group said it had killed 30 policemen; the police said four officers were killed.",
])
def test_each_side_speaking_beside_the_other_after_a_semicolon_gives_its_own_toll(told):
    text = ("Al-Shabaab fighters stormed a police station in the town of Afgoye on Tuesday. "
            + told)
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 4, "high": 30}
