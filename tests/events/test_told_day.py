"""A day counted from no day of its own sentence counts from the day the article told last."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

FRIDAY = date(2021, 9, 17)


def _events(text: str):
    return extract_article(Article(text=text, published=FRIDAY)).events


def test_days_earlier_in_a_later_paragraph_count_from_the_day_told_before():
    text = (
        "JUBA (Reuters) - Armed cattle raiders killed six herders in the town of Bor on "
        "Wednesday, a local official said.\n\nTwo days earlier, gunmen ambushed a truck near "
        "the town of Yei, killing three traders, police said."
    )
    dates = {e.location.name: (e.date_start, e.date_end) for e in _events(text)}
    assert dates["Yei"] == (date(2021, 9, 13), date(2021, 9, 13))


def test_killed_since_an_old_onset_is_no_event():
    text = (
        "KHARTOUM (Reuters) - Police fired tear gas at protesters in the city of Omdurman on "
        "Thursday, witnesses said.\n\nThe protests began in the town of Atbara on July 2 and "
        "security forces have killed 60 people since then."
    )
    events = _events(text)
    assert [e.location.name for e in events] == ["Omdurman"]


def test_killed_since_then_after_a_month_told_in_its_own_sentence_is_a_tally():
    text = (
        "KHARTOUM (Reuters) - Police fired tear gas at protesters in the city of Omdurman on "
        "Thursday, witnesses said.\n\nThe army launched a crackdown in the town of Atbara in "
        "July. More than 60 people have been killed since then, doctors said."
    )
    for event in _events(text):
        assert event.fatalities is None or event.fatalities.high != 60


def test_what_an_act_came_a_day_after_after_a_comma_is_the_day_before():
    text = (
        "DAKAR (Reuters) - Police fired tear gas at protesters in the town of Ziguinchor on "
        "Thursday, a day after clashes with soldiers killed two students in the town of "
        "Kolda, witnesses said."
    )
    dates = {e.location.name: e.date_start for e in _events(text)}
    assert dates == {"Ziguinchor": date(2021, 9, 16), "Kolda": date(2021, 9, 15)}


def test_a_day_earlier_than_a_night_told_as_two_days_is_the_day_before_the_night():
    text = (
        "Troops raided the village of Kin Ma on Tuesday night and Wednesday morning, burning "
        "dozens of houses, residents said.\n\nA day earlier, soldiers shot dead two men at a "
        "checkpoint in the town of Gangaw."
    )
    shooting = next(e for e in _events(text) if e.location.town == "Gangaw")
    assert (shooting.date_start, shooting.date_end, shooting.time_precision) == (
        date(2021, 9, 13), date(2021, 9, 13), 1)
