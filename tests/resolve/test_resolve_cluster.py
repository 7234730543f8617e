"""Merging reports from several articles into real-world events."""

from __future__ import annotations

import random
import sys
from datetime import date

from khaldun.records import Fatalities
from khaldun.resolve import cluster, event_id_for
from khaldun.resolve.synthetic import synthetic_reports

KHALDIYEH = (34.7475, 36.7225)
BAB_SBAA = (34.7256, 36.7208)


def _groups(merged) -> set[frozenset[str]]:
    return {frozenset(r.report_id for r in m.reports) for m in merged}


def test_same_strike_in_three_articles_is_one_contested_event(report):
    reports = [
        report("afp", claims=[("Syrian Observatory for Human Rights", "fatalities", 12)]),
        report("bbc", claims=[("Local Coordination Committees", "fatalities", 20)]),
        report("sana", day=date(2014, 5, 10), claims=[("SANA", "fatalities", 15)]),
    ]
    merged = cluster(reports)
    assert len(merged) == 1
    event = merged[0].event
    assert (event.fatalities.low, event.fatalities.high) == (12, 20)
    assert event.status == "contested"  # 20 > 1.5 x 12
    assert len(event.claims) == 3
    assert {c.doc_id for c in event.claims} == {"afp", "bbc", "sana"}
    assert (event.date_start, event.date_end) == (date(2014, 5, 9), date(2014, 5, 10))
    assert len(merged[0].merge_reasons) == 2
    assert any("sub-type Air/drone strike" in r for r in merged[0].merge_reasons)


def test_close_tolls_from_independent_sources_corroborate(report):
    reports = [
        report("a", claims=[("Syrian Observatory for Human Rights", "fatalities", 12)]),
        report("b", claims=[("Local Coordination Committees", "fatalities", 14)]),
        report("c", claims=[("SANA", "fatalities", 17)]),
    ]
    (merged,) = cluster(reports)
    assert merged.event.status == "corroborated"
    assert (merged.event.fatalities.low, merged.event.fatalities.high) == (12, 17)


def test_relayed_source_counts_once(report):
    sohr = "Syrian Observatory for Human Rights"
    reports = [
        report("afp", claims=[("AFP", "fatalities", 9)], originator=sohr),
        report("reuters", claims=[("Reuters", "fatalities", 9)], originator=sohr),
    ]
    (merged,) = cluster(reports)
    assert merged.sources == [sohr]
    assert merged.event.status == "single"


def test_relay_found_in_the_quote_when_originator_is_unset(report):
    reports = [report("afp", claims=[("AFP", "fatalities", 9)]),
               report("reuters", claims=[("Reuters", "fatalities", 9)])]
    for r in reports:
        r.claims[0].quote = "Nine people died, the Syrian Observatory for Human Rights said."
    (merged,) = cluster(reports)
    assert merged.sources == ["Syrian Observatory for Human Rights"]
    assert merged.event.status == "single"
    assert all(c.originator is None for r in reports for c in r.claims)  # inputs untouched


def test_two_neighbourhoods_on_one_day_stay_apart(report):
    reports = [
        report("a", hood="Khaldiyeh", point=KHALDIYEH),
        report("b", hood="Bab Sbaa", point=BAB_SBAA),
    ]
    assert len(cluster(reports)) == 2


def test_town_level_report_merges_into_neighbourhood_level(report):
    reports = [report("a", hood="al-Khalidiyah", point=KHALDIYEH), report("b")]
    (merged,) = cluster(reports)
    assert merged.event.location.neighbourhood == "al-Khalidiyah"
    assert merged.event.location.lat == KHALDIYEH[0]
    assert "al-Khalidiyah ⊂ Homs" in merged.merge_reasons[0]


def test_town_level_report_joins_only_one_of_two_neighbourhoods(report):
    reports = [
        report("a", hood="Khaldiyeh", point=KHALDIYEH, claims=[("SOHR", "fatalities", 3)]),
        report("b", hood="Bab Sbaa", point=BAB_SBAA),
        report("c", claims=[("SANA", "fatalities", 3)]),
    ]
    groups = _groups(cluster(reports))
    assert len(groups) == 2
    assert frozenset({"a:0", "b:0"}) not in groups
    assert not any({"a:0", "b:0"} <= g for g in groups)


def test_reports_from_one_article_stay_apart(report):
    reports = [report("roundup", 0), report("roundup", 1), report("wire")]
    # Two tolls for one town, day and sub-type: the roundup tells two strikes.
    reports[0].fatalities, reports[1].fatalities = Fatalities(5, 5), Fatalities(9, 9)
    merged = cluster(reports)
    groups = _groups(merged)
    assert len(groups) == 2
    assert not any({"roundup:0", "roundup:1"} <= g for g in groups)
    # The wire joins the roundup's first report by id: ties break on report id, not input order.
    assert frozenset({"roundup:0", "wire:0"}) in groups


SHELLING = "Shelling/artillery/missile attack"


def _scenario(report):
    return [
        report("d1", 0, hood="Khaldiyeh", point=KHALDIYEH, claims=[("SOHR", "fatalities", 4)]),
        report("d1", 1, sub=SHELLING, claims=[("SOHR", "fatalities", 2)]),
        report("d2", 0, claims=[("LCC", "fatalities", 6)]),
        report("d2", 1, hood="Bab Sbaa", point=BAB_SBAA),
        report("d3", 0, day=date(2014, 5, 10), sub=SHELLING),
        report("d4", 0, town="Aleppo", point=(36.2021, 37.1343), admin1="Aleppo"),
        report("d5", 0, town="Halab", point=(36.2021, 37.1343), admin1="Aleppo"),
        report("d6", 0, hood="Khaldiya", point=KHALDIYEH, day=date(2014, 5, 8)),
    ]


def _snapshot(merged):
    return sorted(
        (m.event_id, tuple(r.report_id for r in m.reports), tuple(m.merge_reasons),
         m.event.status, m.event.to_dict()["fatalities"])
        for m in merged
    )


def test_result_does_not_depend_on_input_order(report):
    reports = _scenario(report)
    expected = _snapshot(cluster(reports))
    rng = random.Random(4)
    for _ in range(20):
        shuffled = reports[:]
        rng.shuffle(shuffled)
        assert _snapshot(cluster(shuffled)) == expected
    assert len(expected) < len(reports)  # the scenario does merge something


def test_reingesting_the_same_reports_changes_nothing(report):
    reports = _scenario(report)
    again = _scenario(report)  # equal records, as a second ingest would read them
    assert _snapshot(cluster(reports + again)) == _snapshot(cluster(reports))


def test_event_id_comes_from_the_smallest_report_id(report):
    (merged,) = cluster([report("zeta"), report("alpha")])
    assert merged.event_id == event_id_for(["alpha:0"])
    assert [r.report_id for r in merged.reports] == ["alpha:0", "zeta:0"]


def test_denial_makes_the_merged_event_contested(report):
    reports = [
        report("a", sub="Non-state actor overtakes territory", inter=(2, 1),
               claims=[("opposition activists", "territory", "rebels seized the base")]),
        report("b", sub="Non-state actor overtakes territory", inter=(2, 1),
               claims=[("SANA", "denial", "the army denied losing the base")]),
    ]
    (merged,) = cluster(reports)
    assert merged.event.status == "contested"


def test_ten_thousand_reports_are_never_compared_all_pairs(monkeypatch):
    clustering = sys.modules["khaldun.resolve.cluster"]  # (the package exports a function so named)
    reports = [event for event, _ in synthetic_reports(10_000, seed=3)]
    calls = []
    real_link = clustering.link
    monkeypatch.setattr(clustering, "link", lambda *a, **k: calls.append(1) or real_link(*a, **k))
    merged = cluster(reports)
    # blocking, not all ~50 million pairs (speed itself is measured in bench/bench_merge.py)
    assert len(calls) < 50 * len(reports)
    assert sum(len(m.reports) for m in merged) == len(reports)
    assert len(merged) < 0.6 * len(reports)


def test_a_chain_of_yesterdays_is_one_event_but_not_an_endless_one(report):
    days = [date(2012, 8, 25), date(2012, 8, 26), date(2012, 8, 27)]
    reports = [report(f"d{n}", day=day) for n, day in enumerate(days)]
    assert len(cluster(reports)) == 1
    longer = reports + [report("d3", day=date(2012, 8, 28))]
    assert len(cluster(longer)) == 2


def test_one_outlet_blaming_other_actors_does_not_split_a_three_report_event(report):
    named = report("a", sub="Attack", inter=(2, 7))
    unnamed = report("b", sub="Attack", inter=(3, 7))
    unnamed.actor1.name = "Unidentified Armed Group (Syria)"
    blamed_on_army = report("c", sub="Attack", inter=(1, 7))
    (merged,) = cluster([named, unnamed, blamed_on_army])
    assert len(merged.reports) == 3
    # Two reports alone that disagree on the perpetrator stay apart.
    assert len(cluster([named, blamed_on_army])) == 2


def test_an_outlet_placing_the_town_at_a_far_namesake_does_not_split_the_event(report):
    far = report("c", point=(35.40, 36.95))  # "Homs" about 80 km off, in a third article
    merged = cluster([report("a"), report("b", precision=2), far])
    assert len(merged) == 1


def test_tolerance_never_joins_two_quarters_or_two_named_villages(report):
    hoods = [
        report("a", hood="Khaldiyeh", point=KHALDIYEH),
        report("b", hood="Bab Sbaa", point=BAB_SBAA),
        report("c", claims=[("SANA", "fatalities", 3)]),
        report("d", claims=[("SOHR", "fatalities", 3)]),
    ]
    groups = _groups(cluster(hoods))
    assert not any({"a:0", "b:0"} <= g for g in groups)
    villages = [
        report("a", town="Kafr Nabl", point=(35.614, 36.561), precision=2),
        report("b", town="Kafr Nabl", point=(35.614, 36.561)),
        report("c", town="Hass", point=(35.635, 36.600)),
    ]
    groups = _groups(cluster(villages))
    assert not any({"b:0", "c:0"} <= g for g in groups)


def test_an_article_telling_one_strike_twice_does_not_split_the_event(report):
    # The wire's lead gives the town, its body the quarter: one strike its extraction left as
    # two reports. The monitor names the quarter too, the daily only the town.
    lead = report("wire", 0, claims=[("reporter", "fatalities", 14)])
    lead.fatalities = Fatalities(14, 14)
    body = report("wire", 1, hood="Khaldiyeh", point=KHALDIYEH)
    monitor = report("monitor", hood="Khaldiyeh", point=KHALDIYEH)
    daily = report("daily", day=date(2014, 5, 10))
    (merged,) = cluster([lead, body, monitor, daily])
    assert len(merged.reports) == 4


def test_an_article_telling_two_strikes_keeps_them_apart_across_articles(report):
    # One town, one day, one sub-type but two tolls: the article tells two strikes.
    first = report("wire", 0, claims=[("reporter", "fatalities", 14)])
    second = report("wire", 1, hood="Khaldiyeh", point=KHALDIYEH)
    first.fatalities, second.fatalities = Fatalities(14, 14), Fatalities(3, 3)
    monitor = report("monitor", hood="Khaldiyeh", point=KHALDIYEH)
    daily = report("daily")
    groups = _groups(cluster([first, second, monitor, daily]))
    assert not any({"wire:0", "wire:1"} <= g for g in groups)


def test_a_roundups_town_report_beside_two_of_its_quarters_is_an_event_of_its_own(report):
    # Clashes in Homs, in Khaldiyeh and in Bab Sbaa that day: the town-level one could be
    # either quarter told twice, so it is neither; another outlet's town report stays apart.
    roundup = [
        report("roundup", 0),
        report("roundup", 1, hood="Khaldiyeh", point=KHALDIYEH),
        report("roundup", 2, hood="Bab Sbaa", point=BAB_SBAA),
    ]
    others = [report("monitor", hood="Khaldiyeh", point=KHALDIYEH), report("daily")]
    groups = _groups(cluster(roundup + others))
    assert not any({"roundup:0", "roundup:1"} <= g for g in groups)


def test_an_event_told_twice_only_joins_what_one_report_per_article_builds(report):
    # The wire tells one strike in Homs twice (town, then quarter). Its town-level report is
    # also the one the next day's report by an unnamed side fits; that link, taken with one
    # report per article, is kept rather than given up for the event told twice.
    lead = report("a", 0, inter=(None, 7))
    body = report("a", 1, hood="Khaldiyeh", point=KHALDIYEH)
    daily = report("b", inter=(None, 7))
    monitor = report("c", hood="Khaldiyeh", point=KHALDIYEH)
    next_day = report("d", day=date(2014, 5, 10), inter=(2, 7))
    groups = _groups(cluster([lead, body, daily, monitor, next_day]))
    assert groups == {frozenset({"a:1", "b:0", "c:0"}), frozenset({"a:0", "d:0"})}
