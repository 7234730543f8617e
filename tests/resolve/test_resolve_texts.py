"""Merging across articles, end to end: invented short articles, extracted, then clustered."""

from __future__ import annotations

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.places.geometry import distance_km
from khaldun.records import Article
from khaldun.resolve import cluster
from khaldun.resolve.compat import HOMONYM_KM


def _reports(texts: list[str], published: date) -> list:
    reports = []
    for n, text in enumerate(texts):
        article = Article(text=text, doc_id=f"outlet{n}", published=published)
        events = extract_article(article).events
        for k, event in enumerate(events):
            event.doc_id, event.report_id = article.doc_id, f"{article.doc_id}:{k}"
        reports += events
    return reports


def test_three_outlets_blaming_different_perpetrators_report_one_attack():
    reports = _reports(
        [
            "Boko Haram militants killed 15 villagers in Konduga, Borno State, on Saturday.",
            "Gunmen killed 15 people in Konduga in Borno State on Saturday, residents said.",
            "Soldiers shot dead 15 villagers in Konduga, Borno State, on Saturday, locals said.",
        ],
        date(2014, 1, 27),
    )
    assert len(reports) == 3
    (merged,) = cluster(reports)
    assert {r.actor1.inter for r in merged.reports} == {1, 2, 3}


def test_days_of_fighting_hold_the_day_another_outlet_reports():
    reports = _reports(
        [
            "Clashes between the army and rebels in Daraya over the past five days have"
            " killed 30 fighters, a monitoring group said.",
            "Rebels and army troops clashed in Daraya on Sunday, killing 10 fighters.",
        ],
        date(2016, 3, 9),
    )
    (merged,) = cluster(reports)
    assert (merged.event.date_start, merged.event.date_end) == (date(2016, 3, 5), date(2016, 3, 9))


def test_a_week_of_fighting_that_holds_two_reported_days_joins_neither():
    reports = _reports(
        [
            "Rebels and army troops clashed in Daraya on Monday, killing 10 fighters.",
            "Rebels and army troops clashed in Daraya on Wednesday, killing four fighters.",
            "Fighting between rebels and the army in Daraya this week has killed 14 fighters.",
        ],
        date(2016, 3, 10),
    )
    assert [(r.date_start.day, r.date_end.day) for r in reports] == [(7, 7), (9, 9), (7, 10)]
    assert len(cluster(reports)) == 3
    assert len(cluster([reports[0], reports[2]])) == 1


def test_one_town_placed_apart_by_two_outlets_in_one_province_is_one_place():
    reports = _reports(
        [
            "Gunmen killed six villagers in Nad Ali district on Sunday, officials said.",
            "Gunmen killed six villagers in the town of Nad Ali on Sunday, residents said.",
        ],
        date(2016, 3, 9),
    )
    a, b = (r.location for r in reports)
    assert distance_km(a.lat, a.lon, b.lat, b.lon) > HOMONYM_KM  # district centroid and town
    (merged,) = cluster(reports)
    assert "same town Nad Ali" in merged.merge_reasons[0]


def test_soldiers_in_one_outlet_and_peacekeepers_in_another_are_one_side():
    reports = _reports(
        [
            "Al-Shabaab fighters attacked soldiers in Leego on Friday, killing 50 troops,"
            " residents said.",
            "Al-Shabaab fighters overran an African Union base in Leego on Friday, killing"
            " dozens of Burundian peacekeepers, the group said.",
        ],
        date(2015, 6, 27),
    )
    assert sorted(r.actor2.inter for r in reports) == [1, 8]
    (merged,) = cluster(reports)
    assert merged.event.fatalities is not None and merged.event.fatalities.low == 50


def test_one_market_toll_told_as_a_strike_a_massacre_and_a_blast_is_one_event():
    reports = _reports(
        [
            "Warplanes struck a crowded market in the town of Saraqeb in Idlib province on"
            " Monday, killing 15 civilians, a monitor said.",
            "Fifteen civilians were killed in a massacre at a market in Saraqeb on Monday,"
            " activists said.",
            "An explosion ripped through a market in Saraqeb on Monday, killing 15 people,"
            " residents said.",
        ],
        date(2016, 4, 12),
    )
    assert len({r.sub_event_type for r in reports}) == 3
    (merged,) = cluster(reports)
    assert len(merged.reports) == 3


def test_two_acts_in_one_town_and_day_with_other_tolls_stay_apart():
    reports = _reports(
        [
            "Warplanes struck a crowded market in the town of Saraqeb in Idlib province on"
            " Monday, killing 15 civilians, a monitor said.",
            "Gunmen shot dead four civilians at a checkpoint in Saraqeb on Monday,"
            " activists said.",
        ],
        date(2016, 4, 12),
    )
    assert len(cluster(reports)) == 2


def test_a_strike_one_outlet_places_only_in_its_province_joins_the_town_with_its_toll():
    reports = _reports(
        [
            "Government air strikes killed 12 civilians in the countryside of Idlib province"
            " on Monday, a monitor said.",
            "Warplanes struck the town of Saraqeb in Idlib province on Monday, killing 12"
            " civilians, activists said.",
            "Warplanes struck the town of Saraqeb in Idlib province on Monday, killing three"
            " civilians, activists said.",
        ],
        date(2016, 4, 12),
    )
    assert reports[0].location.town is None
    assert len(cluster(reports[:2])) == 1
    assert len(cluster([reports[0], reports[2]])) == 2  # another toll: maybe another strike


def test_a_clash_and_shelling_in_one_town_with_like_tolls_stay_two_events():
    reports = _reports(
        [
            "Rebels and army troops clashed in Saraqeb on Monday, killing five fighters,"
            " a monitor said.",
            "Army shelling killed five civilians in Saraqeb on Monday, activists said.",
        ],
        date(2016, 4, 12),
    )
    assert sorted(r.event_type for r in reports) == ["Battles", "Explosions/Remote violence"]
    assert len(cluster(reports)) == 2
