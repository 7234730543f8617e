"""The pairwise rules: place, dates, sub-types, actors; and the store's fetch window."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.data import pair_list
from khaldun.records import INTER_CLASSES, SUB_TO_TYPE, Actor, Fatalities
from khaldun.resolve import candidate_window, cluster
from khaldun.resolve.compat import (
    compatible_actors,
    link,
    merging_pairs,
    same_place,
    why_apart,
)


def test_transliterated_town_names_are_one_place(report):
    a = report("a", town="Deir ez-Zor", point=None)
    b = report("b", town="Dayr al-Zawr", point=None)
    assert link(a, b) is not None


def test_different_names_at_one_point_are_one_place(report):
    a = report("a", town="Aleppo", point=(36.2021, 37.1343))
    b = report("b", town="Halab", point=(36.2040, 37.1360))
    found = same_place(a.location, b.location)
    assert found is not None and "km apart" in found[1]


def test_differently_named_neighbouring_villages_stay_apart(report):
    a = report("a", town="Hamouria", point=(33.5210, 36.3920))
    b = report("b", town="Saqba", point=(33.5360, 36.3980))  # about 1.8 km
    assert link(a, b) is None


def test_a_place_known_only_by_coordinates_matches_a_town_a_few_km_away(report):
    unnamed = report("a", town=None, admin1="Rif Dimashq", point=(33.5360, 36.3980))
    named = report("b", town="Hamouria", point=(33.5210, 36.3920))
    unnamed.location.name = ""
    assert link(unnamed, named) is not None


def test_different_villages_a_few_km_beyond_the_radius_stay_apart(report):
    a = report("a", town="Kafr Nabl", point=(35.614, 36.561))
    b = report("b", town="Maarat al-Numan", point=(35.648, 36.672))  # about 11 km
    assert link(a, b) is None


def test_homonymous_towns_far_apart_stay_apart(report):
    a = report("a", town="Tall Abyad", admin1="Raqqa", point=(36.697, 38.956))
    b = report("b", town="Tell Abiad", admin1="Hama", point=(35.50, 36.20))
    assert link(a, b) is None
    b.location.admin1 = None
    assert link(a, b) is None


def test_countries_must_agree(report):
    assert link(report("a", country="SY"), report("b", country="IQ")) is None
    assert link(report("a", country="SY"), report("b", country=None)) is not None


def test_a_town_one_source_calls_a_neighbourhood(report):
    a = report("a", town="Jobar", admin1="Damascus", point=None)
    b = report("b", town="Damascus", hood="Jobar", admin1="Damascus", point=None)
    found = link(a, b)
    assert found is not None and "neighbourhood Jobar" in found.reasons[0]


def test_province_level_reports_merge_only_within_their_province(report):
    a = report("a", town=None, admin1="Idlib", precision=3, point=None)
    b = report("b", town=None, admin1="Idleb", precision=3, point=None)
    c = report("c", town=None, admin1="Hama", precision=3, point=None)
    town = report("d", town="Saraqib", admin1="Idlib", point=None)
    assert link(a, b) is not None
    assert link(a, c) is None
    assert link(a, town) is None


def test_one_name_placed_far_apart_in_one_province_is_one_town(report):
    a = report("a", town="Bama", admin1="Borno", point=(11.52, 13.69))
    b = report("b", town="Bama", admin1="Borno", point=(11.85, 13.90))  # about 43 km
    found = link(a, b)
    assert found is not None and "same town Bama" in found.reasons[0]
    b.location.admin1 = "Adamawa"
    assert link(a, b) is None


def test_yesterday_slack_only_for_the_same_sub_type(report):
    a = report("a", day=date(2014, 5, 9))
    b = report("b", day=date(2014, 5, 10))
    shelling = report("c", day=date(2014, 5, 10), sub="Shelling/artillery/missile attack")
    assert link(a, b) is not None
    assert "a day apart" in link(a, b).reasons[1]
    assert link(a, shelling) is None
    assert link(a, report("d", sub="Shelling/artillery/missile attack")) is not None


def test_two_days_apart_do_not_merge(report):
    assert link(report("a", day=date(2014, 5, 9)), report("b", day=date(2014, 5, 11))) is None


def test_a_date_range_overlaps_a_day_inside_it(report):
    weekend = report("a", day=date(2014, 5, 10), end=date(2014, 5, 11))
    found = link(weekend, report("b", day=date(2014, 5, 11)))
    assert found is not None and "dates overlap 2014-05-11" in found.reasons[1]


def test_incompatible_sub_types_never_merge(report):
    attack = report("a", sub="Attack")
    clash = report("b", sub="Armed clash", inter=(1, None))
    assert link(attack, clash) is None
    assert link(report("c", sub="Suicide bomb"),
                report("d", sub="Remote explosive/landmine/IED")) is not None


def test_contradicting_actor_classes_stay_apart(report):
    on_rebels = report("a", inter=(1, 2))
    on_militia = report("b", inter=(1, 3))
    by_rebels = report("c", inter=(2, 7))
    unknown_target = report("d", inter=(1, None))
    assert link(on_rebels, on_militia) is None
    assert link(report("e", inter=(1, 7)), by_rebels) is None
    assert link(on_rebels, unknown_target) is not None


def test_reports_differ_on_who_was_hit_and_on_naming_the_perpetrator(report):
    on_civilians, on_rebels = report("a", inter=(1, 7)), report("b", inter=(1, 2))
    assert link(on_civilians, on_rebels) is not None  # one outlet's civilians, another's fighters
    unnamed = report("c", inter=(3, 7))
    unnamed.actor1 = Actor("Unidentified Armed Group (Syria)", 3)
    assert link(unnamed, report("d", inter=(2, 7))) is not None
    named_militia = report("e", inter=(3, 7))
    assert link(named_militia, report("f", inter=(2, 7))) is None


def test_clash_sides_may_be_swapped_between_sources(report):
    a = report("a", sub="Armed clash", inter=(1, 2))
    b = report("b", sub="Armed clash", inter=(2, 1))
    assert link(a, b) is not None
    strike_a = report("c", inter=(1, 2))
    strike_b = report("d", inter=(2, 1))
    assert link(strike_a, strike_b) is None


def test_candidate_window_widens_dates_by_the_slack(report):
    event = report("a", day=date(2014, 5, 9), end=date(2014, 5, 10), country="sy")
    assert candidate_window(event) == ("SY", date(2014, 5, 8), date(2014, 5, 11))


def test_candidate_window_of_an_undated_report_is_empty(report):
    event = report("a")
    event.date_start = event.date_end = None
    country, start, end = candidate_window(event)
    assert country == "SY" and start > end


def test_homonyms_without_coordinates_are_told_apart_by_province(report):
    a = report("a", town="Tall Abyad", admin1="Raqqa", point=None)
    b = report("b", town="Tell Abiad", admin1="Aleppo", point=None)
    assert link(a, b) is None
    # With coordinates close together, a differing province is an extractor slip.
    c = report("c", town="Daraya", admin1="Damascus", point=(33.458, 36.233))
    d = report("d", town="Darayya", admin1="Rif Dimashq", point=(33.459, 36.235))
    assert link(c, d) is not None


def test_a_town_near_a_place_given_as_near_may_be_it(report):
    near_damascus = report("a", town="Damascus", admin1="Damascus", precision=2,
                           point=(33.5102, 36.2913))
    daraya = report("b", town="Daraya", admin1="Rif Dimashq", point=(33.4584, 36.2326))
    found = link(near_damascus, daraya)
    assert found is not None and "near Damascus" in found.reasons[0]
    in_damascus = report("c", town="Damascus", admin1="Damascus", point=(33.5102, 36.2913))
    assert link(in_damascus, daraya) is None  # 8 km apart, both precise: two towns


def test_a_run_of_days_holds_a_day_inside_it_but_not_one_outside(report):
    run = report("a", day=date(2014, 5, 3), end=date(2014, 5, 9))
    found = link(run, report("b", day=date(2014, 5, 6)))
    assert found is not None and found.vague
    assert "2014-05-06 within 2014-05-03..2014-05-09" in found.reasons
    assert link(run, report("b", day=date(2014, 5, 11))) is None
    shelling = report("b", day=date(2014, 5, 6), sub="Shelling/artillery/missile attack")
    assert link(run, shelling) is None  # only the same sub-type


def test_a_report_longer_than_a_week_does_not_merge_with_one_day(report):
    weeks = report("a", day=date(2014, 5, 1), end=date(2014, 5, 9))
    assert link(weeks, report("b", day=date(2014, 5, 9))) is None
    assert candidate_window(weeks)[1] > candidate_window(weeks)[2]


def test_why_apart_names_the_failing_rule(report):
    assert why_apart(report("a", 0), report("a", 1)) == "same article"
    assert why_apart(report("a", inter=(1, 2)), report("b", inter=(1, 3))).startswith("actors")
    far = report("b", day=date(2014, 5, 12))
    assert why_apart(report("a"), far).startswith("dates differ")
    hoods = (report("a", hood="Khaldiyeh"), report("b", hood="Bab Sbaa"))
    assert why_apart(*hoods).startswith("places differ: Khaldiyeh, Homs")


def test_a_handover_told_from_either_side_keeps_its_actors_compatible(report):
    sub = "Non-violent transfer of territory"
    rebels_left = report("a", sub=sub, inter=(2, 1))
    army_entered = report("b", sub=sub, inter=(1, 2))
    assert link(rebels_left, army_entered) is not None


def test_violence_against_civilians_compares_only_the_perpetrator(report):
    massacre = report("a", sub="Attack", inter=(1, 7))
    slip = report("b", sub="Attack", inter=(1, 1))
    other_perpetrator = report("c", sub="Attack", inter=(2, 7))
    assert link(massacre, slip) is not None
    assert link(massacre, other_perpetrator) is None


def test_ambiguous_near_report_joins_neither_town(report):
    near = report("a", town="Damascus", admin1="Damascus", precision=2, point=(33.5102, 36.2913))
    daraya = report("b", town="Daraya", admin1="Rif Dimashq", point=(33.4584, 36.2326))
    jobar = report("c", town="Jobar", admin1="Damascus", point=(33.5290, 36.3280))
    assert len(cluster([near, daraya])) == 1
    assert len(cluster([near, daraya, jobar])) == 3


def test_a_week_holding_two_events_joins_neither(report):
    week = report("a", day=date(2014, 5, 3), end=date(2014, 5, 9))
    monday = report("b", day=date(2014, 5, 5))
    assert len(cluster([week, monday])) == 1
    thursday = report("c", day=date(2014, 5, 8))
    assert len(cluster([week, monday, thursday])) == 3


def test_an_attack_on_people_and_a_bombing_are_kept_apart(report):
    # (merging them chained reports of different incidents of one day and place: merging.yaml)
    attack = report("a", sub="Attack", inter=(2, 7))
    bombing = report("b", sub="Remote explosive/landmine/IED", inter=(2, 7))
    assert link(attack, bombing) is None


def test_a_missing_or_bad_sub_type_pair_list_names_the_data_file():
    with pytest.raises(ValueError, match="merging.yaml: no 'no_such_list' pairs"):
        merging_pairs("no_such_list", SUB_TO_TYPE, "sub-types")
    with pytest.raises(ValueError, match="merging.yaml: bad allied_classes entry .*sub-types"):
        merging_pairs("allied_classes", SUB_TO_TYPE, "sub-types")  # classes are no sub-types


def test_a_pair_of_unknown_inter_classes_names_the_data_file():
    with pytest.raises(ValueError, match="merging.yaml: bad compatible_subtypes entry .*classes"):
        merging_pairs("compatible_subtypes", INTER_CLASSES, "inter classes")
    with pytest.raises(ValueError, match=r"x.yaml: bad pairs entry \[1\]"):
        pair_list("x.yaml", "pairs", [[1]], INTER_CLASSES, "inter classes")  # one, not two


def test_state_and_foreign_forces_agree_as_the_side_hit_not_as_the_striker(report):
    on_army = report("a", sub="Armed clash", inter=(2, 1))
    on_peacekeepers = report("b", sub="Armed clash", inter=(2, 8))
    peacekeepers_fought = report("c", sub="Armed clash", inter=(8, 2))
    assert link(on_army, on_peacekeepers) is not None
    assert link(on_army, peacekeepers_fought) is not None  # sides swapped in a clash
    national_jets, foreign_jets = report("d", inter=(1, 7)), report("e", inter=(8, 7))
    assert link(national_jets, foreign_jets) is None
    assert compatible_actors(on_army, on_peacekeepers, loose=True)[0] == 1  # not equal


def test_two_places_set_at_one_stand_in_point_stay_apart(report):
    # Two villages the gazetteer does not know, each set at its district's point (precision
    # 2), or a quarter it does not know set at its city's point beside another village there:
    # one point, two named places.
    district = (34.1011, 36.5022)
    a = report("a", town="Qarnabit", point=district, precision=2)
    b = report("b", town="Ain Sulwa", point=district, precision=2)
    assert link(a, b) is None
    quarter = report("c", town="Homs", hood="Harat Dibs", point=district, precision=2)
    assert link(quarter, b) is None
    # A province given at its centre does not place a village lying near that centre.
    province = report("d", town=None, point=district, precision=3)
    village = report("e", town="Ain Sulwa", point=(34.1100, 36.5100))
    assert link(province, village) is None
    # Two names of one gazetteer entry, each at its own point, are still one place.
    assert link(report("f", town="Aleppo", point=(36.2021, 37.1343)),
                report("g", town="Halab", point=(36.2040, 37.1360))) is not None


def test_compatible_sub_types_a_day_apart_merge_on_one_toll_in_one_town(report):
    # "Air strikes killed 12 on Sunday" / "shelling killed 12 late Saturday": one event.
    strike = report("a", day=date(2017, 4, 9))
    shelling = report("b", day=date(2017, 4, 8), sub="Shelling/artillery/missile attack")
    assert link(strike, shelling) is None  # no toll: two days, two kinds of fire
    strike.fatalities, shelling.fatalities = Fatalities(12, 12), Fatalities(12, 12)
    assert link(strike, shelling) is not None
    shelling.fatalities = Fatalities(2, 2)  # another toll: another strike
    assert link(strike, shelling) is None
    strike.fatalities = shelling.fatalities  # too few dead to tell two strikes apart
    assert link(strike, shelling) is None


def test_a_clash_and_a_bombing_killing_one_toll_of_one_side_are_one_event(report):
    # "Militants attacked a checkpoint, killing seven soldiers" (an armed clash) and "a bombing
    # at a checkpoint killed seven soldiers" (a remote explosive), one town, one day.
    clash = report("a", sub="Armed clash", inter=(2, 1))
    bombing = report("b", sub="Remote explosive/landmine/IED", inter=(3, 1))
    bombing.actor1 = Actor("Unidentified Armed Group (Syria)", 3)
    clash.fatalities, bombing.fatalities = Fatalities(7, 7), Fatalities(6, 6)
    assert link(clash, bombing) is not None
    # Dead civilians in the bombing, soldiers or nobody named in the clash: two events.
    bombing.actor2 = report("c", inter=(3, 7)).actor2
    assert link(clash, bombing) is None
    clash.actor2 = None
    assert link(clash, bombing) is None
