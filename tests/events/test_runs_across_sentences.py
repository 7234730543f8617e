"""A run of fighting told in one sentence and dated by another (codebook §5, §8.4)."""

from datetime import date

from khaldun import extract

WEDNESDAY = date(2019, 4, 10)
THURSDAY = date(2019, 4, 11)
MONDAY = date(2019, 4, 8)


def _dates(events, sub_event_type):
    return sorted((e.date_start, e.date_end) for e in events if e.sub_event_type == sub_event_type)


def test_the_clashes_began_on_a_day_before_the_toll_was_told():
    text = (
        "Clashes with rebels near the town of Velmora have killed twenty soldiers, a monitor "
        "said on Wednesday. The clashes began on Monday when rebels attacked an army post."
    )
    # the run from its first day to the day the toll was told, not publication's
    events = extract(text, published=THURSDAY)
    assert _dates(events, "Armed clash") == [(MONDAY, WEDNESDAY)]


def test_one_attack_begun_on_a_day_keeps_that_day():
    text = (
        "Rebels attacked an army post near the town of Velmora, killing five soldiers, a "
        "monitor said on Wednesday. The attack began on Monday at dawn."
    )
    events = extract(text, published=THURSDAY)
    assert [d for d in _dates(events, "Armed clash") if d[0] != d[1]] == []


def test_a_bare_since_runs_from_the_day_told_before_to_publication():
    text = (
        "The army launched an offensive on Monday against rebels in the town of Velmora. "
        "Fighting has continued since, killing at least 30 fighters, a monitor said."
    )
    events = extract(text, published=WEDNESDAY)
    assert _dates(events, "Armed clash") == [(MONDAY, WEDNESDAY)]


def test_fighters_leaving_since_a_day_is_the_run_of_the_handover():
    text = (
        "Government troops took full control of the old quarter of Velmora on Thursday after "
        "rebels left under a deal, state media said.\n\n"
        "Some 1,500 fighters and their families have left since Wednesday."
    )
    events = extract(text, published=date(2019, 4, 12))
    assert [(e.date_start, e.date_end) for e in events] == [(WEDNESDAY, date(2019, 4, 12))]


def test_people_leaving_since_a_day_leave_an_attack_its_day():
    text = (
        "Gunmen attacked the village of Velmora on Thursday, killing five farmers, police "
        "said.\n\nHundreds of residents have left since Wednesday."
    )
    events = extract(text, published=date(2019, 4, 12))
    assert [(e.date_start, e.date_end) for e in events] == [(THURSDAY, THURSDAY)]
