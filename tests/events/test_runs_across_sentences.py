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
