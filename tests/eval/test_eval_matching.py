"""The codebook §7 matching rule, one rule per test."""

from __future__ import annotations

from datetime import date

import pytest
from eval_builders import make_event

from khaldun.eval.matching import (
    agreement,
    dates_overlap,
    is_match,
    match_events,
    same_town,
)
from khaldun.places.geometry import distance_km
from khaldun.records import Location

KM_PER_DEGREE_LAT = 111.195


def test_haversine_one_degree_of_latitude():
    assert distance_km(34.0, 36.0, 35.0, 36.0) == pytest.approx(KM_PER_DEGREE_LAT, abs=0.05)


def test_transliterated_town_names_match():
    gold = make_event(town="Khaldiyeh")
    assert is_match(gold, make_event(town="al-Khalidiya"))
    assert is_match(gold, make_event(town="Al Khalidiyah"))


def test_different_town_names_do_not_match():
    assert not is_match(make_event(town="Khaldiyeh"), make_event(town="Bab Amr"))


def test_ten_km_fallback_matches_and_eleven_km_does_not():
    gold = make_event(town="Talbiseh", lat=34.80, lon=36.70)
    near = make_event(town="Ghantu", lat=34.80 + 9.5 / KM_PER_DEGREE_LAT, lon=36.70)
    far = make_event(town="Ghantu", lat=34.80 + 11.0 / KM_PER_DEGREE_LAT, lon=36.70)
    assert is_match(gold, near)
    assert not is_match(gold, far)


def test_distance_needs_coordinates_on_both_sides():
    assert not same_town(
        Location(name="Tell Nasr", town="Tell Nasr", lat=34.8, lon=36.7),
        Location(name="Deir Saleh", town="Deir Saleh"),
    )


def test_place_without_town_falls_back_to_its_name():
    gold = make_event(town=None)
    gold.location.name = "Eastern Ghouta"
    system = make_event(town=None)
    system.location.name = "eastern Ghouta"
    assert is_match(gold, system)


def test_dates_one_day_apart_match_two_days_do_not():
    gold = make_event(day="2012-03-04")
    assert is_match(gold, make_event(day="2012-03-05"))
    assert is_match(gold, make_event(day="2012-03-03"))
    assert not is_match(gold, make_event(day="2012-03-06"))
    assert not is_match(gold, make_event(day="2012-03-02"))


def test_date_ranges_overlap_with_one_day_slack():
    d = date.fromisoformat
    assert dates_overlap(d("2012-03-01"), d("2012-03-03"), d("2012-03-04"), d("2012-03-04"))
    assert not dates_overlap(d("2012-03-01"), d("2012-03-03"), d("2012-03-05"), d("2012-03-06"))
    assert not dates_overlap(d("2012-03-01"), d("2012-03-01"), None, None)


def test_event_type_must_agree():
    assert not is_match(make_event(), make_event(event_type="Battles", sub="Armed clash"))


def test_one_to_one_two_system_events_for_one_gold():
    gold = [make_event()]
    system = [make_event(), make_event(fatalities=(3, 3))]
    assert match_events(gold, system) == [(0, 0)]


def test_best_agreeing_pair_is_taken_first():
    # Both system events match both gold events by the rule; sub-types decide the pairing.
    gold = [make_event(sub="Air/drone strike"), make_event(sub="Shelling/artillery/missile attack")]
    system = [
        make_event(sub="Shelling/artillery/missile attack"),
        make_event(sub="Air/drone strike"),
    ]
    assert match_events(gold, system) == [(0, 1), (1, 0)]


def test_null_fatalities_agree_only_with_null():
    assert agreement(make_event(), make_event()).fatalities
    assert not agreement(make_event(), make_event(fatalities=(0, 0))).fatalities
    assert not agreement(make_event(fatalities=(5, 5)), make_event()).fatalities
    assert not agreement(make_event(fatalities=(5, 5)), make_event(fatalities=(5, 7))).fatalities
    assert agreement(make_event(fatalities=(5, 7)), make_event(fatalities=(5, 7))).fatalities


def test_neighbourhood_both_null_is_right_one_null_is_wrong():
    assert agreement(make_event(), make_event()).neighbourhood
    assert not agreement(make_event(neighbourhood="Bab Sbaa"), make_event()).neighbourhood
    assert agreement(
        make_event(neighbourhood="Bab Sbaa"), make_event(neighbourhood="Bab al-Sbaa")
    ).neighbourhood


def test_actor_classes_need_both_sides():
    assert agreement(make_event(actors=(1, 7)), make_event(actors=(1, 7))).actors
    assert not agreement(make_event(actors=(1, 7)), make_event(actors=(1, None))).actors
    assert agreement(make_event(actors=(None, None)), make_event(actors=(None, None))).actors


def test_exact_dates_need_start_and_end():
    gold = make_event(day="2012-03-03", end="2012-03-04")
    assert agreement(gold, make_event(day="2012-03-03", end="2012-03-04")).dates
    assert not agreement(gold, make_event(day="2012-03-04")).dates
