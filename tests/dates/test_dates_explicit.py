"""Explicit dates, year inference and datelines."""

from datetime import date

import pytest

from khaldun.dates import background_cues, date_from_text, find_dateline, find_dates

MONDAY = date(2012, 3, 5)


@pytest.mark.parametrize("text", [
    "Jets struck on March 4.", "Jets struck on 4 March 2012.", "Jets struck on 2012-03-04.",
    "Jets struck on March 4th.", "Jets struck on the 4th of March.",
    "Jets struck on Sunday, March 4, killing two.",
])
def test_explicit_forms(text):
    (m,) = find_dates(text, MONDAY)
    assert (m.date_start, m.date_end, m.precision, m.relative) == (
        date(2012, 3, 4), date(2012, 3, 4), 1, False)


def test_year_rolls_back_in_january():
    (m,) = find_dates("Rebels seized the base on December 30.", date(2013, 1, 3))
    assert m.date_start == date(2012, 12, 30)
    (n,) = find_dates("Rebels seized the base on January 2.", date(2013, 1, 3))
    assert n.date_start == date(2013, 1, 2)


def test_explicit_dates_without_publication_date():
    assert find_dates("Shelling on 4 March 2012 killed six.", None)[0].date_start == date(
        2012, 3, 4)
    assert find_dates("Shelling on 4 March killed six.", None) == []


def test_day_range_month_and_year():
    (days,) = find_dates("1-2 May: protests spread.", date(2011, 5, 6))
    assert (days.date_start, days.date_end, days.precision) == (
        date(2011, 5, 1), date(2011, 5, 2), 2)
    (month,) = find_dates("The siege began in March 2011.", MONDAY)
    assert (month.date_start, month.date_end, month.precision) == (
        date(2011, 3, 1), date(2011, 3, 31), 3)
    assert month.background
    (year,) = find_dates("Fighting there in 2011 was fierce.", MONDAY)
    assert year.precision == 3 and year.background


def test_explicit_day_is_not_background_however_old():
    (m,) = find_dates("On 2 May, troops entered the town.", date(2013, 5, 10))
    assert not m.background and m.age_days(date(2013, 5, 10)) == 8


def test_month_word_may_is_not_a_date():
    assert find_dates("Officials said casualties may rise.", MONDAY) == []


def test_background_cues():
    text = "Since the start of the uprising, thousands have died."
    assert background_cues(text) == [(0, len("Since the start of the uprising"))]
    assert background_cues("Jets struck on Sunday.") == []


@pytest.mark.parametrize("text,hint,expected", [
    ("BEIRUT, April 14 (Reuters) - Syrian jets struck", 2013, date(2013, 4, 14)),
    ("Damascus, 3 March 2013 - The army said", None, date(2013, 3, 3)),
    ("ALEPPO, Syria, March 4 (AP) — Rebels said", 2013, date(2013, 3, 4)),
    ("Jets pound rebel suburbs\nMonday, 4 March 2013 10:32 GMT\nJets struck", None,
     date(2013, 3, 4)),
    ("BEIRUT, April 14 (Reuters) - Syrian jets struck", None, None),
    ("Army shells Homs\nPosted on 14/04/2013 at 09:12\nThe army", None, date(2013, 4, 14)),
    ("Army shells Homs\n04/14/2013\nThe army", None, date(2013, 4, 14)),
    ("Jets struck the town in 2012 and again on March 4, 2013, killing two.", None, None),
])
def test_publication_date_from_the_text(text, hint, expected):
    found = date_from_text(text, hint)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("text,place,agency,day", [
    ("BEIRUT, April 14 (Reuters) - Jets struck.", "BEIRUT", "Reuters", date(2013, 4, 14)),
    ("DAMASCUS, Syria, March 5, 2012 (AP) — Shells fell.", "DAMASCUS", "AP", date(2012, 3, 5)),
    ("Homs, 5 March /SANA/ Troops advanced.", "Homs", "SANA", date(2013, 3, 5)),
    ("Deir Ezzor, SANA-Fourteen civilians were killed.", "Deir Ezzor", "SANA", None),
    ("DAMASCUS (SANA) - The army said.", "DAMASCUS", "SANA", None),
    ("HOMS, Syria: Shells fell.", "HOMS", None, None),
    ("Aleppo province: Jets struck.", "Aleppo province", None, None),
    ("Army shells town\nBAGHDAD, Sept 30 - A car bomb.", "BAGHDAD", None, date(2013, 9, 30)),
])
def test_one_dateline_parser_gives_place_agency_and_day(text, place, agency, day):
    found = find_dateline(text, 2013)
    assert (found.place, found.agency, found.day) == (place, agency, day)
    assert text[found.place_start:found.place_end] == place


@pytest.mark.parametrize("text", [
    "On Sunday, April 14 - prose, not a dateline.",
    "Jets struck Homs on Monday, killing five people.",
])
def test_prose_is_no_dateline(text):
    assert find_dateline(text, 2013) is None


@pytest.mark.parametrize("text", [
    "Fighters of the 18th March Division clashed with the army.",
    "The March 14 alliance condemned the bombing.",
    "Pro-government 26 September news said troops advanced.",
    "Fighters of the 12 June Brigades shelled the port.",
    "Students of the November 3 University marched.",
    "Gunmen raided a farm outside 10th of June City.",
    "The 7 July Martyrs Battalion claimed the ambush.",
])
def test_names_built_from_dates_are_not_dates(text):
    assert [m for m in find_dates(text, MONDAY) if m.precision == 1] == []


def test_whole_war_tallies_are_background_cues():
    text = "The 21-month conflict has killed 40,000 people; the war has killed many more."
    assert [text[a:b] for a, b in background_cues(text)] == [
        "21-month conflict", "the war has killed"]


def test_a_month_ending_the_sentence_is_a_date():
    found = find_dates("Hundreds have died in the district since February.", MONDAY)
    assert [(d.date_start.month, d.date_start.day) for d in found] == [(2, 1)]


def test_date_word_lists_come_from_data_and_are_checked():
    from khaldun.dates.calendar import alternation

    assert "deadliest" in alternation("superlatives").split("|")
    with pytest.raises(ValueError, match="dates.yaml: no 'nonesuch' patterns"):
        alternation("nonesuch")
