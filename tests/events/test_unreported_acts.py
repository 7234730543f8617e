"""Acts an article mentions without reporting them: plans, threats, forecasts and the crimes a
court tries (codebook §1). Texts written for these tests."""

from datetime import date

from khaldun import extract

WEDNESDAY = date(2017, 3, 15)


def _subtypes(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in extract(text, published=WEDNESDAY))


def test_a_planned_offensive_is_no_event():
    text = (
        "A roadside bomb killed three soldiers near Baiji on Tuesday, police said.\n\n"
        "The army plans an offensive against militant positions in the Makhoul hills, an "
        "officer said."
    )
    assert _subtypes(text) == ["Remote explosive/landmine/IED"]


def test_a_threatened_or_forecast_offensive_is_no_event():
    lead = "A roadside bomb killed three soldiers near Baiji on Tuesday, police said.\n\n"
    for threat in (
        "The army threatened to launch an assault on rebel camps in the Makhoul hills.",
        "An assault on rebel camps in the Makhoul hills would displace thousands, a mayor said.",
        "Troops will launch an assault on rebel camps in the Makhoul hills next month.",
    ):
        assert _subtypes(lead + threat) == ["Remote explosive/landmine/IED"], threat


def test_a_crime_a_court_tries_is_no_event():
    text = (
        "Gunmen shot dead a village chief in Konduga on Monday, residents said.\n\n"
        "A court in Abuja on Tuesday sentenced four men to life in prison for the 2013 "
        "kidnapping of aid workers in Bama."
    )
    assert _subtypes(text) == ["Attack"]


def test_an_act_the_story_follows_is_context():
    text = (
        "Gunmen shot dead a journalist in Kirkuk on Tuesday, police said.\n\n"
        "His death follows the killing of a blogger in Tikrit last week, and protests in "
        "Samarra in which four demonstrators died."
    )
    assert _subtypes(text) == ["Attack"]


def test_an_act_in_a_condition_is_no_event():
    text = (
        "Rebels and government forces clashed outside Idlib on Tuesday, killing 12 fighters, "
        "a monitor said.\n\n"
        "The government said it will not halt the campaign until the rebels withdraw from "
        "the town."
    )
    assert _subtypes(text) == ["Armed clash"]


def test_a_meeting_to_discuss_an_exchange_is_no_event():
    text = (
        "Separatists shelled army positions near Debaltseve on Tuesday, killing a soldier.\n\n"
        "Envoys from both sides will meet in Minsk on Friday to discuss a prisoner exchange."
    )
    assert _subtypes(text) == ["Shelling/artillery/missile attack"]


def test_incidents_counted_in_the_hundreds_are_a_tally():
    text = (
        "Separatists shelled army positions near Debaltseve on Tuesday, killing a soldier.\n\n"
        "Monitors from a European security body said they recorded 900 explosions in the "
        "Horlivka district over the past week."
    )
    assert _subtypes(text) == ["Shelling/artillery/missile attack"]


def test_people_held_since_before_are_no_arrest_or_abduction_told():
    text = (
        "Hundreds of people staged a sit-in outside a police station in Omdurman on Tuesday to "
        "demand the release of detained students."
    )
    assert _subtypes(text) == ["Peaceful protest"]
    assert _subtypes("The kidnapped engineers were freed in Zawiya on Tuesday.") == []


def test_weapons_handed_over_are_no_attack():
    text = (
        "Troops entered the town of Nawa on Thursday after rebels agreed to hand over their "
        "heavy weapons, state media said."
    )
    assert "Shelling/artillery/missile attack" not in _subtypes(text)


def test_a_protest_the_arrests_came_ahead_of_is_still_to_come():
    text = "Police arrested 30 activists ahead of the march in Khartoum on Tuesday."
    assert _subtypes(text) == ["Arrests"]


def test_a_protest_a_participle_says_is_expected_is_still_to_come():
    for text in ("Police arrested 30 activists in Khartoum on Tuesday, with protests expected "
                 "on Friday.",
                 "Police arrested 30 activists in Khartoum on Tuesday, with marches anticipated "
                 "after prayers."):
        assert _subtypes(text) == ["Arrests"], text


def test_gunfire_and_blasts_people_heard_are_the_sounds_of_the_fighting_told():
    text = (
        "Rival militias fought in the south of Misrata on Tuesday, killing four people, a "
        "hospital official said.\n\n"
        "People in the Zawiya al-Mahjoub district said they heard rockets and explosions until "
        "dawn."
    )
    assert _subtypes(text) == ["Armed clash"]


def test_gunmen_told_again_do_not_make_an_abduction_a_killing():
    text = (
        "Gunmen kidnapped 20 passengers on the highway near Kachia on Friday, police said.\n\n"
        "The gunmen blocked the road near Kachia and forced the passengers into the forest, a "
        "witness said."
    )
    assert _subtypes(text) == ["Abduction/forced disappearance"]


def test_an_act_said_not_to_have_happened_is_no_event():
    lead = "Several hundred teachers marched in Najaf on Tuesday over unpaid wages.\n\n"
    for denied in (
        "Police said the march was orderly and no arrests were made.",
        "Police did not detain anyone, organisers said.",
    ):
        (event,) = extract(lead + denied, published=WEDNESDAY)
        assert (event.sub_event_type, event.status) == ("Peaceful protest", "single"), denied


def test_an_act_told_a_year_after_another_is_no_background():
    text = (
        "Traders gathered in Mashhad and protested their losses a year after a fire gutted a "
        "bazaar."
    )
    assert _subtypes(text) == ["Peaceful protest"]
