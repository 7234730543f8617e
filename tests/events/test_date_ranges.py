"""Events that run over several days up to publication carry the whole range (codebook §8.4)."""

from datetime import date

import pytest

from khaldun import extract

THURSDAY = date(2019, 6, 13)


def test_fighting_over_the_past_ten_days_is_an_event_up_to_publication():
    text = (
        "Clashes between the army and militants in the town of Marawi over the past ten days "
        "have killed 30 fighters, officials said."
    )
    [event] = extract(text, published=THURSDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 4), THURSDAY)
    assert event.time_precision == 3


def test_a_calendar_date_naming_a_vote_is_not_the_killings_date():
    text = (
        "KIRKUK (Reuters) - Gunmen shot dead a candidate in the May 12 provincial election "
        "in the town of Hawija, police said."
    )
    [event] = extract(text, published=date(2018, 5, 3))
    assert event.date_start == date(2018, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Shelling killed three civilians in Kafr Nabl in Idlib on Tuesday, the monitor said."
            "\n\nThe monitor said warplanes also struck Khan Sheikhoun, wounding several people.",
            id="one_that_also_happened",
        ),
        pytest.param(
            "Rebels shelled a camp near Hama on Tuesday, killing six, a local council said."
            "\n\nThe army said its aircraft later struck rebel positions east of the city.",
            id="one_told_later",
        ),
        pytest.param(
            "Rebels shelled a camp near Hama on Tuesday, killing six, a local council said."
            "\n\nThe army responded by pounding rebel positions in the Zqubiyat area nearby.",
            id="a_reply",
        ),
    ],
)
def test_an_undated_act_is_of_the_day_just_told(text):
    found = extract(text, published=date(2019, 5, 16))
    assert {e.date_start for e in found} == {date(2019, 5, 14)}


def test_a_siege_that_ended_the_next_day_runs_to_that_day():
    text = (
        "Militants stormed a hotel in Mogadishu on Saturday, and troops battled them for hours, "
        "police said. At least 15 people were killed, police said.\n\nThe siege ended on Sunday "
        "morning when troops killed the last gunman, the ministry said."
    )
    (event,) = [e for e in extract(text, published=THURSDAY) if e.event_type == "Battles"]
    assert (event.date_start, event.date_end) == (date(2019, 6, 8), date(2019, 6, 9))


def test_an_event_still_going_on_the_publication_day_runs_to_it():
    text = (
        "DAVAO (Reuters) - Soldiers killed nine gunmen in fighting near the town of Marawi that "
        "began on Monday, the army said on Wednesday. The clashes were continuing on Wednesday, "
        "an army spokesman said."
    )
    wednesday = date(2019, 6, 12)
    [event] = extract(text, published=wednesday)
    assert (event.date_start, event.date_end, event.time_precision) == (
        date(2019, 6, 10), wednesday, 2)



def test_the_strikes_told_again_in_the_next_paragraph_keep_their_days():
    text = (
        "Coalition jets have bombed rebel camps near the port of Mokha since Saturday, killing "
        "at least 15 fighters, officials said on Wednesday.\n\n"
        "The strikes hit rebel depots in the districts of Zabid and Hays, the officials said."
    )
    later = [e for e in extract(text, published=THURSDAY) if e.location.name in ("Zabid", "Hays")]
    assert len(later) == 2
    assert {(e.date_start, e.date_end) for e in later} == {(date(2019, 6, 8), date(2019, 6, 12))}


@pytest.mark.parametrize(
    "heading", ["Syria: situation report", "Daily digest", "Latest developments"])
def test_a_daily_round_up_that_dates_nothing_covers_the_day_before_and_the_day(heading):
    text = (f"{heading}\n\nWarplanes struck the town of Saraqeb, killing four people, activists "
            "said. Rebels shelled the village of Tal Zahra.")
    events = extract(text, published=THURSDAY)
    assert {(e.date_start, e.date_end) for e in events} == {(date(2019, 6, 12), THURSDAY)}


def test_an_undated_act_told_after_the_lead_is_of_the_lead_events_day():
    text = (
        "Gunmen attacked an army checkpoint near Baquba on Monday, killing two soldiers, "
        "police said.\n\n"
        "A roadside bomb struck a police patrol in the town of Muqdadiya, wounding three."
    )
    found = extract(text, published=date(2019, 5, 15))
    assert {e.date_start for e in found} == {date(2019, 5, 13)}


def test_a_two_day_offensive_that_ended_in_a_capture_runs_over_both_days():
    text = (
        "The two-day offensive by Kurdish fighters on the village of Tal Hamis in Hasakah "
        "province ended on Wednesday with the capture of the village, a Kurdish official said."
    )
    [event] = extract(text, published=date(2019, 6, 12))
    assert (event.date_start, event.date_end) == (date(2019, 6, 11), date(2019, 6, 12))


def test_a_day_of_strikes_told_for_a_fourth_day_is_that_day():
    text = (
        "Warplanes struck the town of Saraqeb in Idlib province on Wednesday for the fourth "
        "consecutive day, killing five civilians, activists said."
    )
    [event] = extract(text, published=date(2019, 6, 12))
    assert (event.date_start, event.date_end) == (date(2019, 6, 12), date(2019, 6, 12))


@pytest.mark.parametrize(
    "later",
    [
        pytest.param("The clashes were still going on on Tuesday in the south of the city.",
                     id="still_going_on"),
        pytest.param("The fighting in the city went on through Tuesday, residents said.",
                     id="went_on_through"),
    ],
)
def test_a_battle_told_still_going_on_a_later_day_runs_to_it(later):
    text = ("Clashes erupted between rival militias in the Libyan town of Zawiya on Sunday "
            "night, residents said.\n\n" + later)
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 11))


def test_a_follow_up_telling_when_the_attack_ended_extends_it_to_that_day():
    text = (
        "Militants attacked a police post in the Pakistani city of Quetta on Saturday night, "
        "killing two policemen. The attack lasted until Sunday morning, officials said."
    )
    [event] = extract(text, published=date(2019, 6, 10))
    assert (event.date_start, event.date_end) == (date(2019, 6, 8), date(2019, 6, 9))


@pytest.mark.parametrize(
    ("verb", "end"),
    [
        pytest.param("has killed", date(2019, 6, 9), id="perfect_runs_to_the_told_day"),
        pytest.param("killed", date(2019, 6, 7), id="past_is_its_first_day"),
    ],
)
def test_fighting_that_began_on_a_day_and_has_killed_runs_to_the_day_told(verb, end):
    text = (f"Fighting that started on Friday between the army and rebels in the Congolese "
            f"town of Beni {verb} 20 people, officials said on Sunday.")
    [event] = extract(text, published=date(2019, 6, 10))
    assert (event.date_start, event.date_end) == (date(2019, 6, 7), end)


def test_strikes_told_again_on_a_later_day_keep_the_first_day_too():
    text = (
        "On Monday, warplanes struck the town of Maarat al-Numan in Idlib province, killing "
        "four civilians.\n\nOn Tuesday, the warplanes returned to Maarat al-Numan and killed "
        "six more people, activists said."
    )
    events = extract(text, published=date(2019, 6, 12))
    assert min(e.date_start for e in events) == date(2019, 6, 10)
    assert max(e.date_end for e in events) == date(2019, 6, 11)


def test_an_offensive_launched_on_a_day_that_has_killed_runs_to_the_day_told():
    text = ("The army offensive on the Yemeni town of Saada, launched on Saturday, has killed "
            "at least 30 Houthi fighters, a military official said on Tuesday.")
    [event] = extract(text, published=date(2019, 6, 12))
    assert (event.date_start, event.date_end) == (date(2019, 6, 8), date(2019, 6, 11))


@pytest.mark.parametrize(
    ("verb", "runs"),
    [
        pytest.param("continued", True, id="went_on_from_the_assault"),
        pytest.param("erupted", False, id="another_clash"),
    ],
)
def test_fighting_that_continued_a_day_after_an_assault_is_one_run(verb, runs):
    text = (f"Fighting {verb} on Wednesday in the Syrian town of Rastan, a day after rebels "
            "launched an assault on army positions there, activists said.")
    events = extract(text, published=date(2019, 6, 13))
    spans = {(e.date_start, e.date_end) for e in events}
    assert ((date(2019, 6, 11), date(2019, 6, 12)) in spans) is runs
    assert len(events) == (1 if runs else 2)


def test_clashes_in_a_city_stormed_on_a_day_still_going_on_later_run_from_it():
    text = ("Clashes in the Afghan city of Ghazni, which Taliban fighters stormed on Friday, "
            "were continuing on Monday, officials said.")
    [event] = extract(text, published=date(2019, 6, 10))
    assert (event.date_start, event.date_end) == (date(2019, 6, 7), date(2019, 6, 10))


def test_a_bomb_told_with_clashes_going_on_elsewhere_keeps_its_day():
    text = ("A car bomb killed five people in the Iraqi city of Mosul on Friday, while clashes "
            "continued on Sunday in the town of Tal Afar, police said.")
    bomb = [e for e in extract(text, published=date(2019, 6, 10))
            if e.location.town == "Mosul"]
    assert [(e.date_start, e.date_end) for e in bomb] == [(date(2019, 6, 7), date(2019, 6, 7))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Bandits raided a police station in the Nigerian town of Gusau late on Tuesday and "
            "the gunfight lasted until Wednesday morning, police said. Three officers died.",
            (date(2019, 6, 11), date(2019, 6, 12)), id="lasted_until_the_next_morning"),
        pytest.param(
            "Armenian and Azerbaijani troops traded fire near the village of Talish on Monday "
            "and Tuesday, the defence ministry said on Thursday. A soldier was killed on Tuesday.",
            (date(2019, 6, 10), date(2019, 6, 11)), id="two_named_days"),
        pytest.param(
            "Hundreds of students marched in the streets of Santiago for a third straight day "
            "on Wednesday. Police arrested 40 marchers on Monday, when the protests began.",
            (date(2019, 6, 10), date(2019, 6, 12)), id="third_straight_day"),
    ],
)
def test_a_day_of_a_run_of_named_days_does_not_narrow_it_to_that_day(text, span):
    events = extract(text, published=THURSDAY)
    assert [(e.date_start, e.date_end) for e in events] == [span]


@pytest.mark.parametrize(
    ("later", "end"),
    [
        pytest.param(" Fighting went on on Tuesday near the airport, residents said.",
                     date(2019, 6, 11), id="then_went_on"),
        pytest.param("", date(2019, 6, 10), id="its_first_day_only"),
    ],
)
def test_the_day_an_undated_lead_battle_began_opens_its_range(later, end):
    text = ("Clashes between jihadist fighters and soldiers near the Nigerien town of Tillaberi "
            "killed nine people, a regional official said on Wednesday.\n\nThe clashes broke "
            "out on Monday when the fighters attacked an army patrol." + later)
    [event] = extract(text, published=THURSDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), end)


@pytest.mark.parametrize(
    ("opening", "span"),
    [
        pytest.param("Violence flared again over the weekend in eastern Chad.",
                     (date(2019, 6, 8), date(2019, 6, 9)), id="a_closed_period"),
        pytest.param("Tension has been high in eastern Chad since Saturday.",
                     (date(2019, 6, 11), date(2019, 6, 11)), id="no_run_to_publication"),
    ],
)
def test_a_period_told_by_a_sentence_of_no_act_dates_the_acts_after_it(opening, span):
    text = (f"{opening} Bandits raided the village of Goz Beida, killing six herders, the "
            "governor said on Tuesday.")
    [event] = extract(text, published=date(2019, 6, 12))
    assert (event.date_start, event.date_end) == span


@pytest.mark.parametrize(
    ("later", "published"),
    [
        pytest.param("The siege ended on Tuesday morning.", date(2019, 6, 11),
                     id="ended_on_the_publication_day"),
        pytest.param("The standoff lasted until Tuesday morning.", date(2019, 6, 12),
                     id="no_toll_nor_source"),
        pytest.param("Soldiers ended the siege on Tuesday morning.", date(2019, 6, 12),
                     id="no_act_of_its_own"),
        pytest.param("The siege dragged on into Tuesday, residents said.", date(2019, 6, 11),
                     id="went_on_into_the_publication_day"),
    ],
)
def test_a_later_sentence_telling_the_run_ended_or_went_on_extends_it(later, published):
    text = ("Gunmen stormed a guesthouse in the Somali town of Baidoa late on Monday, killing "
            f"seven people, police said. {later}")
    [event] = extract(text, published=published)
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), date(2019, 6, 11))


def test_a_battle_that_raged_into_the_publication_day_runs_to_it():
    text = ("Rebels clashed with soldiers in the South Sudanese town of Bor on Monday, killing "
            "nine. The fighting raged into Tuesday, residents said.")
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), date(2019, 6, 11))


@pytest.mark.parametrize("text", [
    "Tribal fighters and police clashed in the town of Kut on Friday for a third day, killing "
    "four fighters, medics said.",
    "Thousands of people marched through the city of Nasiriya on Friday for the third "
    "consecutive day, demanding jobs, witnesses said.",
])
def test_a_fight_or_march_told_on_a_day_for_a_third_day_runs_from_its_first(text):
    [event] = extract(text, published=date(2019, 6, 14))
    assert (event.date_start, event.date_end) == (date(2019, 6, 12), date(2019, 6, 14))


@pytest.mark.parametrize("later", [
    "On Wednesday, fighting in the town continued, a military spokesman said.",
    "On Wednesday, soldiers were still battling the militants in the town, a spokesman said.",
])
@pytest.mark.parametrize("published", [date(2019, 6, 12), date(2019, 6, 13)])
def test_an_assault_told_going_on_days_later_runs_to_that_day(later, published):
    text = ("Government troops launched an assault on rebels in the town of Tal Hamis on "
            f"Sunday. {later}")
    [event] = extract(text, published=published)
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 12))


@pytest.mark.parametrize("text", [
    "Soldiers fought Islamist militants in the town of Dikwa for three days, killing 20 "
    "insurgents, the army said.",
    "Insurgents have laid siege to the city of Kunduz for three days, officials said.",
])
def test_a_count_of_days_after_the_act_and_its_place_runs_up_to_the_report(text):
    [event] = extract(text, published=THURSDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 11), THURSDAY)
    assert event.location is not None and event.location.town in {"Dikwa", "Kunduz"}


def test_fighting_told_going_on_in_a_wider_area_days_later_leaves_the_towns_clash_its_day():
    text = ("Rebels attacked army positions in the town of Kafr Nabuda on Sunday, killing seven "
            "soldiers, monitors said. On Wednesday, clashes continued in the countryside of Hama "
            "province, monitors said.")
    found = extract(text, published=date(2019, 6, 13))
    town = [e for e in found if e.location is not None and e.location.town == "Kafr Nabuda"]
    assert [(e.date_start, e.date_end) for e in town] == [(date(2019, 6, 9), date(2019, 6, 9))]


def test_a_two_day_rampage_runs_over_two_days():
    text = ("Gunmen killed 19 villagers in a two-day rampage in the village of Tudun Wada in "
            "Zamfara state, police said.")
    [event] = extract(text, published=THURSDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 12), THURSDAY)


def test_an_act_held_until_a_later_day_in_its_sentence_runs_to_that_day():
    text = ("Militants stormed a hotel in the city of Kismayo on Tuesday and held guests hostage "
            "until soldiers retook the building on Wednesday, police said.")
    [event] = extract(text, published=THURSDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 11), date(2019, 6, 12))


def test_a_capture_told_after_days_of_fighting_keeps_its_own_day():
    text = ("Islamist fighters seized the town of Gao on Wednesday after three days of clashes "
            "with soldiers, residents said.")
    events = extract(text, published=THURSDAY)
    assert {(e.date_start, e.date_end) for e in events} == {(date(2019, 6, 12), date(2019, 6, 12))}


def test_fighting_told_to_resume_on_the_day_of_the_report_extends_the_events_run():
    text = (
        "Heavy fighting broke out in the town of Marawi on Tuesday. On Wednesday, the "
        "fighting resumed after a brief lull, residents said."
    )
    [event] = extract(text, published=date(2019, 6, 12))
    assert (event.date_start, event.date_end) == (date(2019, 6, 11), date(2019, 6, 12))


def test_a_run_still_going_a_day_later_is_the_same_event():
    text = (
        "Fighting broke out between soldiers and militants in the town of Marawi on Sunday.\n\n"
        "A day later, the fighting was still raging, a local official said."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 10))


def test_a_new_act_a_day_later_while_the_run_goes_on_is_another_event():
    text = (
        "Fighting broke out between soldiers and militants in the town of Marawi on Sunday.\n\n"
        "A day later, gunmen attacked a checkpoint in Marawi as the fighting continued, "
        "killing two soldiers."
    )
    found = extract(text, published=date(2019, 6, 11))
    assert sorted(e.date_start for e in found) == [date(2019, 6, 9), date(2019, 6, 10)]


def test_shelling_told_renewed_today_extends_yesterdays_event():
    text = (
        "Government forces shelled the village of Kafr Rumman in the Idlib countryside "
        "yesterday, killing two civilians. The shelling was renewed today on the village, "
        "wounding three people."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), date(2019, 6, 11))


def test_a_run_counted_in_days_with_no_day_of_its_own_ends_on_the_day_told_last():
    text = (
        "Rebels and soldiers clashed in the village of Umm Saffa on Monday, the monitor said."
        "\n\nThe clashes raged for a third day, killing six fighters."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 8), date(2019, 6, 10))


def test_the_nth_day_of_a_run_told_again_is_that_run_not_another_incident():
    text = (
        "Protesters rallied in the town of Sweida on Monday against rising prices, witnesses "
        "said.\n\nIt was the second day of protests in the town."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 10))


def test_the_day_an_event_dated_in_the_lead_began_opens_its_range():
    text = (
        "Insurgents attacked a police post in the town of Qarabagh on Tuesday, killing seven "
        "officers, officials said.\n\nThe attack began late on Monday and went on for hours, a "
        "police spokesman said."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), date(2019, 6, 11))


def test_a_runs_nth_day_that_times_a_new_act_is_not_counted_back_from_the_day_told():
    text = (
        "Israeli aircraft struck targets in the town of Rafah on Sunday, the army said.\n\n"
        "On the third day of the raids, a strike killed three people in the town of Khan Younis."
    )
    found = extract(text, published=date(2019, 6, 12))
    [later] = [e for e in found if e.location.name == "Khan Younis"]
    assert later.date_start >= date(2019, 6, 9)


def test_clashes_told_still_ongoing_today_run_from_yesterday():
    text = (
        "Clashes broke out yesterday between government forces and rebels near the village of "
        "Kafr Rumman.\n\nThe clashes are still ongoing today, the monitor said."
    )
    [event] = extract(text, published=date(2019, 6, 11))
    assert (event.date_start, event.date_end) == (date(2019, 6, 10), date(2019, 6, 11))


@pytest.mark.parametrize(
    "text",
    [
        "Government warplanes struck the village of Kafr Rumman on Saturday and resumed the "
        "raids on Sunday, the monitor said.",
        "Government warplanes struck the village of Kafr Rumman on Saturday and continued the "
        "raids Sunday, the monitor said.",
    ],
)
def test_an_act_whose_doers_went_on_with_it_the_next_day_runs_to_that_day(text):
    [event] = extract(text, published=date(2019, 6, 10))
    assert (event.date_start, event.date_end) == (date(2019, 6, 8), date(2019, 6, 9))


def test_other_acts_going_on_the_next_day_do_not_extend_the_act():
    text = ("A bomb killed five people in the town of Baqubah on Saturday, while clashes "
            "continued elsewhere on Sunday, police said.")
    found = extract(text, published=date(2019, 6, 10))
    [bomb] = [e for e in found if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert (bomb.date_start, bomb.date_end) == (date(2019, 6, 8), date(2019, 6, 8))


def test_a_run_since_a_day_told_in_the_past_perfect_ends_on_the_day_told():
    text = (
        "Police fired tear gas at farmers blocking a highway near Tarsa on Sunday, officials "
        "said.\n\nThe farmers had blocked the highway since Friday evening."
    )
    found = extract(text, published=date(2019, 11, 27))
    assert [(e.date_start, e.date_end) for e in found] == [(date(2019, 11, 22),
                                                             date(2019, 11, 24))]
