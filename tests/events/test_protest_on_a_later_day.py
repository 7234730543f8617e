"""A gathering the text dates on a later day than a protest or riot told before is that day's
protest, not a part of the earlier one (ACLED codes a demonstration a day; codebook §1, §5)."""

from datetime import date

from khaldun import extract

TEXT = ("Hundreds of farmers protesting water cuts threw stones at police outside the governor's "
        "office in Basra on Thursday, and officers fired tear gas, witnesses said. On Friday, "
        "relatives of a farmer hurt in the unrest marched through Basra, chanting slogans "
        "against the governor.")


def test_the_later_days_march_is_an_event_of_its_own():
    events = extract(TEXT, published=date(2018, 3, 11))
    days = sorted((e.date_start, e.date_end, e.sub_event_type) for e in events)
    thursday, friday = date(2018, 3, 8), date(2018, 3, 9)
    assert [(s, e) for s, e, _ in days] == [(thursday, thursday), (friday, friday)]
    assert days[1][2] == "Peaceful protest"
