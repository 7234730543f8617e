"""Tolls that are no listed incident's: a running toll a "since" clause opens on the toll noun,
a lead of acts spread over an area (codebook §8.1, §8.7), a count told before another act's
place (§8.3)."""

from datetime import date

from khaldun import extract


def _tolls(text: str, published: date) -> dict[str, int | None]:
    return {e.location.name: e.fatalities.high if e.fatalities else None
            for e in extract(text, published=published)}



def test_a_toll_since_a_campaign_began_told_on_its_noun_is_no_events():
    text = (
        "GAZA (AP) - Israeli tank fire on the Zeitoun quarter of Gaza City killed 14 "
        "Palestinians on Sunday, medics said. The overall Palestinian death toll since the "
        "fighting began on July 8 rose to 402, they said."
    )
    tolls = _tolls(text, date(2014, 7, 21))
    assert tolls["Zeitoun"] == 14
    assert 402 not in tolls.values()


def test_a_lead_of_acts_spread_over_a_city_gives_its_toll_to_none_of_its_incidents():
    text = (
        "BAGHDAD (Reuters) - Bombings across Baghdad killed 19 people on Tuesday, police "
        "said. A car bomb in the Sadr City district killed nine people. A roadside bomb in "
        "Dora killed three."
    )
    assert _tolls(text, date(2016, 5, 18)) == {"Sadr City": 9, "Dora": 3}


def test_a_lead_of_acts_throughout_a_province_gives_its_toll_to_none_of_its_incidents():
    text = (
        "KIRKUK (AFP) - Attacks throughout Kirkuk province killed 13 people on Monday, police "
        "said. A car bomb in Hawija killed five people. Gunmen in Daquq killed two policemen."
    )
    tolls = _tolls(text, date(2016, 5, 17))
    assert tolls["Hawija"] == 5 and 13 not in tolls.values()


def test_a_lead_whose_toll_is_spread_over_a_province_gives_it_to_none_of_its_incidents():
    # the spread follows the toll ("strikes killed 30 people across X"), and the first
    # incident told after it does not take the lead's toll by joining it
    text = (
        "Government air strikes killed at least 30 people across Idlib province on Monday, "
        "a monitor said. Warplanes struck Saraqeb and Maarat al-Numan, while helicopters "
        "dropped barrel bombs on Khan Sheikhoun."
    )
    tolls = _tolls(text, date(2018, 3, 6))
    assert len(tolls) == 3 and 30 not in tolls.values()


def test_a_count_before_the_place_of_another_act_is_the_first_acts():
    text = (
        "A car bomb in the Sadr City district of Baghdad killed nine, and a roadside bomb in "
        "Dora killed three, police said on Tuesday."
    )
    assert _tolls(text, date(2016, 5, 18)) == {"Sadr City": 9, "Dora": 3}


def test_a_toll_told_of_a_record_week_or_month_is_no_events():
    for record in ("It was the deadliest week for the army this year, with 21 troops killed "
                   "in three attacks.",
                   "November was the bloodiest month of the year for the army, with 58 "
                   "soldiers killed."):
        text = ("BAMAKO (Reuters) - Gunmen killed five soldiers at a checkpoint near the town "
                f"of Gao on Monday, the army said. {record}")
        assert _tolls(text, date(2019, 1, 15)) == {"Gao": 5}


def test_a_rival_toll_in_a_clause_of_its_own_speaker_is_a_second_figure():
    text = (
        "Militants ambushed an army convoy near the town of Bosaso on Thursday. The army said "
        "six soldiers lost their lives in the ambush, while a local elder put the death toll "
        "at 11."
    )
    (event,) = extract(text, published=date(2019, 5, 10))
    assert event.fatalities.to_dict() == {"low": 6, "high": 11}


def test_a_toll_beside_a_total_of_several_acts_in_another_clause_is_the_acts_own():
    text = (
        "BAGHDAD (Reuters) - A suicide bomber killed 11 people at a cafe in the Karrada "
        "district of Baghdad on Monday, police said. Another bomb in the southern city of "
        "Basra killed three people on Tuesday, bringing the total killed in the two attacks "
        "to 14."
    )
    assert _tolls(text, date(2017, 6, 20)) == {"Karrada": 11, "Basra": 3}


def test_the_headlines_toll_is_the_only_violent_event_of_a_body_that_gives_none():
    title = "Gunmen kill 14 in Katsina village"
    text = (
        f"{title}\n\n"
        "KATSINA, Nigeria (Reuters) - Gunmen on motorcycles raided the village of Dutsinma in "
        "Katsina state on Sunday, burning homes and stealing cattle, residents said. Police "
        "confirmed the attack."
    )
    (event,) = extract(text, published=date(2019, 2, 4), title=title)
    assert event.fatalities.to_dict() == {"low": 14, "high": 14}


def test_a_headline_toll_goes_to_no_event_of_a_body_that_tells_several():
    title = "Bombings kill 15 in Iraq"
    text = (
        f"{title}\n\n"
        "BAGHDAD (Reuters) - A car bomb exploded at a market in the town of Balad on Tuesday, "
        "police said. In Baghdad, a suicide bomber struck a checkpoint in the Abu Ghraib "
        "district."
    )
    events = extract(text, published=date(2016, 5, 18), title=title)
    assert len(events) == 2 and all(e.fatalities is None for e in events)


def test_a_lead_toll_over_a_city_and_other_cities_goes_to_none_of_its_incidents():
    text = (
        "Police killed at least nine people on Friday as crowds marched in Basra and northern"
        " cities, medics said.\n\nIn Basra, two marchers were shot dead near the port.\n\n"
        "In Kirkuk, seven protesters were killed when guards opened fire on a crowd."
    )
    tolls = _tolls(text, date(2019, 11, 2))
    assert tolls["Basra"] == 2
    assert tolls["Kirkuk"] == 7


def test_the_toll_of_a_similar_act_last_week_is_not_this_acts():
    text = (
        "An air strike hit a market in the town of Binnish on Monday, activists said. Last"
        " week, a similar strike on the same market killed 12 people."
    )
    monday = [e for e in extract(text, published=date(2019, 6, 4))
              if e.date_start == date(2019, 6, 3)]
    assert monday and monday[0].fatalities is None


def test_a_toll_in_a_relative_clause_on_a_month_is_the_months():
    text = ("Gunmen shot dead two policemen in Quetta on Sunday, the third attack on police in "
            "a month that has left 20 officers dead.")
    assert _tolls(text, date(2018, 3, 5)) == {"Quetta": 2}


def test_a_figure_brought_up_by_an_act_ranked_in_a_month_is_the_months():
    text = ("Gunmen shot dead two policemen in Quetta on Sunday. It was the third such attack "
            "this month, bringing the number of officers killed to 20.")
    assert _tolls(text, date(2018, 3, 5)) == {"Quetta": 2}
