"""An act told on one day and said to go on, or to end, on a later one in the same sentence is
one event over both days (codebook §1, §8.4)."""

from datetime import date

from khaldun import extract

WEDNESDAY = date(2018, 3, 7)


def test_protests_that_continued_into_the_next_day_run_to_it():
    # the continuing verb shares its subject, the act, with the verb it is joined to
    text = (
        "Protests spread to the hamlet of Zarqun on Monday and continued into Tuesday, "
        "activists said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_fighting_until_dawn_on_the_next_day_is_one_event_over_both_days():
    # a time of day between "until" and the day: the day still ends the run the attack began
    text = (
        "Militiamen attacked a police post in the hamlet of Zarqun late on Monday and kept "
        "fighting until dawn on Tuesday, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_a_run_that_began_on_a_day_and_has_killed_runs_to_the_days_it_is_told():
    # the run that the relative clause opens is the subject of the verb that tells its toll
    text = (
        "The siege of the hamlet of Zarqun by army units, which began on Saturday, has killed "
        "nine civilians, residents said on Tuesday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 6))


def test_a_headline_counting_the_days_of_a_run_ends_it_on_the_leads_day():
    # headlines drop the article ("for second day"); the run ends on the day the lead tells
    text = (
        "Clashes rage for second day in Zarqun\n\nRebels and militiamen clashed in the hamlet "
        "of Zarqun on Tuesday, killing eight fighters, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_a_headline_run_at_another_town_leaves_the_leads_day():
    text = (
        "Clashes rage for second day in Zarqun\n\nRebels and militiamen clashed in the hamlet "
        "of Umm Tallal on Tuesday, killing eight fighters, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 6), date(2018, 3, 6))


def test_an_act_kept_up_a_day_after_it_began_is_one_event_over_both_days():
    # the clause after the sequel's "after" tells the act's onset, not another act
    text = (
        "Militiamen kept up their attack on police posts in the hamlet of Zarqun on Tuesday, "
        "a day after the assault began, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_an_act_a_day_after_another_began_elsewhere_stays_apart():
    text = (
        "Militiamen attacked the hamlet of Zarqun on Tuesday, a day after the army began an "
        "offensive on the hamlet of Umm Tallal, a monitor said."
    )
    days = sorted((e.date_start, e.date_end) for e in extract(text, published=WEDNESDAY))
    assert (date(2018, 3, 6), date(2018, 3, 6)) in days


def test_a_run_spoken_of_again_by_a_pronoun_goes_on_to_the_day_it_gives():
    text = (
        "Clashes broke out in the hamlet of Zarqun on Sunday between militiamen and police. "
        "They were still going on on Tuesday, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 6))


def test_attacks_that_continued_into_the_next_day_run_to_it():
    # the continuing verb is a relative clause on the act's own noun
    text = (
        "Insurgents launched attacks on army bases in the hamlet of Zarqun on Sunday night "
        "that continued into Monday, the army said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 5))


def test_a_run_told_in_a_sentence_of_its_own_dates_the_toll_after_it():
    # the paragraph carries the run from its onset to its end, not the last day it names
    text = (
        "Gunmen attacked the hamlet of Zarqun. The attack began at 10 pm on Sunday and lasted "
        "until the early hours of Monday. At least 12 people were killed, police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 5))


def test_a_siege_ended_the_day_after_its_paragraph_told_it_began_runs_from_that_day():
    # the storming makes no event of its own; the sentence that ends the siege has the toll
    text = (
        "Militants stormed a hotel in the hamlet of Zarqun on Saturday night. Security forces "
        "ended the siege on Sunday morning after a gunbattle that killed 26 people, police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 4))



def test_a_siege_spoken_of_again_in_the_next_paragraph_runs_from_the_day_told_last():
    text = (
        "Militants stormed a hotel in the hamlet of Zarqun on Saturday night.\n\nSecurity "
        "forces ended the siege on Sunday morning after a gunbattle that killed 26 people, "
        "police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 4))


def test_a_siege_ended_after_another_acts_day_keeps_its_own_day():
    # the earlier day made an event of its own: another act, not the siege's start
    text = (
        "Rebels attacked an army post in the hamlet of Zarqun on Sunday, killing seven soldiers. "
        "On Tuesday, troops ended the siege of the hamlet of Umm Tallal after a gunbattle that "
        "killed four militants, a monitor said."
    )
    events = extract(text, published=WEDNESDAY)
    assert {(e.location.town, e.date_start, e.date_end) for e in events} == {
        ("Zarqun", date(2018, 3, 4), date(2018, 3, 4)),
        ("Umm Tallal", date(2018, 3, 6), date(2018, 3, 6))}


def test_a_run_told_by_a_sentence_with_no_act_dates_the_toll_after_it():
    # "It began ... and lasted until ...": no trigger, but the run's first and last days
    text = (
        "Gunmen attacked the hamlet of Zarqun. It began late on Sunday and lasted until Monday. "
        "At least 12 people were killed, police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 5))


def test_two_days_told_with_no_run_between_them_set_no_run():
    text = (
        "Gunmen attacked the hamlet of Zarqun. Talks began on Sunday and a truce was signed on "
        "Monday. At least 12 people were killed, police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) != (date(2018, 3, 4), date(2018, 3, 5))


def test_an_assault_said_to_last_until_the_next_day_is_the_run_told_before():
    # the sentence makes no clash of its own on the later day: it ends the attack's run
    text = (
        "Gunmen stormed the hamlet of Zarqun late on Sunday, killing 12 people. The assault "
        "lasted until dawn on Monday, police said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 5))


def test_a_gerund_run_that_began_on_a_day_and_has_killed_runs_to_publication():
    # the parse may hang a sentence-opening gerund ("Fighting") on the perfect verb as a clause
    text = (
        "Fighting between militiamen and soldiers in the hamlet of Zarqun, which erupted on "
        "Saturday, has killed 17 people."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), WEDNESDAY)


def test_a_run_that_began_on_a_day_and_is_continuing_runs_to_publication():
    # told in the present progressive ("are continuing", joined "and have killed"): still going
    text = (
        "The clashes in the hamlet of Zarqun, which started on Sunday, are continuing, and have "
        "killed ten fighters."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), WEDNESDAY)


def test_a_run_that_began_on_a_day_and_killed_keeps_that_day():
    text = "Clashes that broke out in the hamlet of Zarqun on Sunday killed 12 fighters."
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 4))


def test_an_act_after_a_run_with_no_day_of_its_own_keeps_the_day_reported():
    # the run "after" opens came before the act, which is of the day reported, not the run
    text = "Militiamen have retaken the hamlet of Zarqun after three days of fighting."
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (WEDNESDAY, WEDNESDAY)


def test_a_run_told_going_on_after_its_first_day_began_on_that_day():
    # the first sentence's act made no event of its own; the run that goes on, placed nowhere
    # else, began on its day
    text = (
        "Militiamen attacked the hamlet of Zarqun on Sunday. Fighting continued on Monday and "
        "Tuesday, leaving 22 dead."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 4), date(2018, 3, 6))


def test_an_act_that_ends_a_run_the_sentence_began_the_day_before_runs_from_that_day():
    # the act of the clause on the run's end day is the run's end: one event over both days
    text = (
        "The assault on a hostel in the hamlet of Zarqun began on Monday evening and ended on "
        "Tuesday afternoon, when commandos shot dead the last four raiders."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_an_act_on_a_day_after_a_run_the_sentence_closed_keeps_its_day():
    # the run ended the day before the act: the act is not its end
    text = (
        "The assault on a hostel in the hamlet of Zarqun began on Sunday and ended on Monday; "
        "on Tuesday commandos shot dead four raiders in the hamlet."
    )
    events = extract(text, published=WEDNESDAY)
    assert all(e.date_start == e.date_end for e in events
               if e.date_end == date(2018, 3, 6))


def test_a_run_said_in_a_later_paragraph_to_enter_its_second_day_runs_to_that_day():
    text = (
        "Raiders stormed a hostel in the hamlet of Zarqun on Monday, killing five guests and "
        "taking others hostage.\n\nThe standoff entered its second day on Tuesday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_a_later_paragraph_on_another_towns_run_entering_a_day_leaves_the_act_its_day():
    text = (
        "Raiders stormed a hostel in the hamlet of Zarqun on Monday, killing five guests.\n\n"
        "In the hamlet of Umm Tallal, a sit-in by farmers entered its third day on Tuesday."
    )
    events = extract(text, published=WEDNESDAY)
    assert [(e.date_start, e.date_end) for e in events if e.location.town == "Zarqun"] == [
        (date(2018, 3, 5), date(2018, 3, 5))]


def test_a_day_inside_the_clause_that_opens_a_run_with_a_toll_so_far_is_its_first_day():
    # the parse may hang the day on the toll's verb; it stands between the clause's verb of
    # beginning and the verb of the toll, so it dates the beginning: a run up to the day told
    text = (
        "Clashes that broke out in Zarbana on Monday evening have killed six fighters, "
        "residents said on Tuesday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 6))


def test_a_day_after_the_toll_of_a_run_that_opened_before_it_keeps_that_day():
    # the day follows the toll's verb: the toll's day, not the run's beginning
    text = (
        "Clashes that broke out in Zarbana killed six fighters on Monday evening, residents "
        "said on Tuesday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 5))


def test_a_headline_telling_a_run_goes_on_extends_the_leads_day_to_publication():
    # "Clashes continue": the run still going on when told, the day after the lead's
    text = (
        "Clashes continue in Zarqun\n\nRebels and militiamen clashed in the hamlet of Zarqun on "
        "Tuesday, killing eight fighters, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 6), WEDNESDAY)


def test_a_headline_run_going_on_two_days_after_the_lead_leaves_its_day():
    text = (
        "Clashes continue in Zarqun\n\nRebels and militiamen clashed in the hamlet of Zarqun on "
        "Monday, killing eight fighters, a monitor said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2018, 3, 5), date(2018, 3, 5))
