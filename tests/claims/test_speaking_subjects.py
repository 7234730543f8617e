"""Speakers named as people in short wire stories written for these tests: a person named
after "said", one a relative clause describes by what he leads, and a titled one whose reported
clause names others, and state forces speaking of their own act (codebook §6: the source is
who says it)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2025, 9, 15)
LEAD = (
    "GAROUA, Cameroon (AFP) - Gunmen killed at least nine villagers in an attack on the "
    "village of Mora in northern Cameroon on Saturday, police said.\n\n"
)


def sources_of(text: str) -> set[tuple[str, str]]:
    return {(c.source, c.kind) for e in extract(text, published=PUBLISHED) for c in e.claims}


def test_a_person_named_after_said_is_the_source():
    sources = sources_of(LEAD + "The attackers opened fire on the mosque, said Ousmane Bello.")
    assert ("Ousmane Bello", "occurred") in sources, sources
    assert ("reporter", "occurred") not in sources, sources


def test_who_leads_a_body_speaks_for_it():
    sources = sources_of(
        LEAD + "The attackers opened fire on the market, said Ousmane Bello, who heads a "
        "self-defence committee that guards the village."
    )
    assert ("self-defence committee", "occurred") in sources, sources


def test_those_the_reported_clause_tells_of_are_no_source():
    sources = sources_of(
        LEAD + "A village chief, Hamadou Sali, said four fighters from the vigilance group "
        "were also killed."
    )
    # the class of source his title names, as "a village chief said" is
    assert ("local officials", "fatalities") in sources, sources
    assert not any(s == "rebels" for s, _ in sources), sources


def test_state_forces_speaking_of_their_own_act_are_the_source():
    sources = sources_of(
        LEAD + "Government troops said they had recaptured the village of Mora on Sunday."
    )
    assert ("a military source", "territory") in sources, sources


def test_a_source_whose_words_hold_its_verb_speaks_beside_one_who_denies():
    sources = sources_of(
        LEAD + "Troops said the attack was the work of Boko Haram, but the insurgents denied "
        "any role."
    )
    assert ("a military source", "occurred") in sources, sources


def test_the_groups_spokesman_denying_is_the_group_not_the_speaker_before():
    sources = sources_of(
        LEAD + "Troops said the attack was the work of Boko Haram, but the group's spokesman "
        "denied any role."
    )
    deniers = {s for s, kind in sources if kind == "denial"}
    assert len(deniers) == 1 and next(iter(deniers)).startswith("Boko Haram"), sources


def test_a_group_saying_it_was_not_involved_denies_the_act():
    sources = sources_of(
        LEAD + "Boko Haram spokesman Abu Musa said the group was not involved in the attack."
    )
    assert any(kind == "denial" for _, kind in sources), sources


def test_the_army_blaming_a_group_is_a_source_of_the_act():
    sources = sources_of(LEAD + "The army blamed Boko Haram, which is active in the region.")
    assert ("army", "occurred") in sources, sources


def test_an_office_named_again_by_its_head_is_the_same_source():
    text = (
        "ZAPORIZHZHIA, Ukraine (Reuters) - Drones struck a power station in the city of "
        "Zaporizhzhia on Sunday, killing three workers, the regional governor said.\n\n"
        "Ivan Fedorov, the governor of the Zaporizhzhia region, said the drones were fired "
        "overnight."
    )
    sources = {(c.source, c.kind) for e in extract(text, published=PUBLISHED) for c in e.claims}
    assert {s for s, _ in sources} == {"regional governor"}, sources


def test_a_source_word_that_acts_in_what_is_told_is_no_speaker():
    text = ("Fighting broke out in Aden on Sunday, residents said, after the separatists gave "
            "the governor a deadline. A government spokesman said the separatists had failed.")
    sources = {c.source for e in extract(text, published=date(2018, 8, 27)) for c in e.claims}
    assert "residents" in sources and "rebels" not in sources


def test_dead_of_two_sides_after_said_are_no_source():
    sources = sources_of(
        LEAD + "A local official said 11 rebels and six soldiers were killed in the fighting."
    )
    assert not any(s == "rebels" for s, _ in sources), sources


def test_a_side_that_did_not_comment_is_no_source():
    sources = sources_of(LEAD + "The Cameroonian army did not comment on the attack.")
    assert not any(s.startswith("Military Forces") for s, _ in sources), sources


def test_a_description_before_a_named_source_in_the_subject_is_that_source():
    text = (
        "An air strike killed eight civilians in the town of Mayadin in Syria on Monday, the "
        "monitoring group Deir Ezzor 24 said."
    )
    sources = {(c.source, c.kind) for e in extract(text, published=PUBLISHED) for c in e.claims}
    assert ("Deir Ezzor 24", "fatalities") in sources, sources
    assert not any(s == "Syrian Observatory for Human Rights" for s, _ in sources), sources


# A class of source whose verb tells what it saw or counted speaks of the event just told.
TELLING_VERBS = {
    "witnesses who describe": (
        "Gunmen killed six villagers in Kumba on Sunday, police said.\n\n"
        "Witnesses described how the attackers went from house to house.",
        date(2021, 3, 8), "witnesses"),
    "activists who document": (
        "Shelling killed five people in Douma on Monday.\n\n"
        "Activists documented the deaths of two children.", date(2016, 3, 8),
        "opposition activists"),
}


@pytest.mark.parametrize("text, published, source", TELLING_VERBS.values(), ids=TELLING_VERBS)
def test_a_source_telling_what_it_saw_or_counted_speaks_of_the_event(text, published, source):
    [event] = extract(text, published=published)
    assert source in {c.source for c in event.claims}


def test_a_speaker_set_before_a_relative_clause_that_says_something_speaks():
    # the parse takes the group for the subject of the aside's reported clause
    sources = sources_of(
        LEAD + "The separatists, who claimed the mosque was full of soldiers, said 12 people "
        "had died in the raid."
    )
    assert ("separatists", "fatalities") in sources, sources
    assert ("reporter", "fatalities") not in sources, sources


def test_a_source_word_describing_a_thing_after_it_is_no_speaker():
    sources = sources_of(
        LEAD + "Police said the jets hit military targets near the village."
    )
    assert "military" not in {s for s, _ in sources}, sources


def test_a_name_an_aside_gives_a_described_speaker_does_not_replace_the_description():
    sources = sources_of(
        LEAD + '"The gunmen came at dawn," a shopkeeper, who gave only his first name, Issa, '
        "said."
    )
    assert ("residents", "occurred") in sources, sources
    assert not any(s == "Issa" for s, _ in sources), sources
