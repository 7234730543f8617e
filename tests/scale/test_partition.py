"""Merging partition by partition gives exactly what merging everything at once gives."""

from __future__ import annotations

import dataclasses
from datetime import date

from khaldun.resolve import cluster
from khaldun.resolve.synthetic import synthetic_reports
from khaldun.scale.partition import WINDOW_DAYS, components, merge_partitioned, partitions


def _shape(merged):
    return sorted(
        (m.event_id, [r.report_id for r in m.reports], m.merge_reasons, m.event.to_dict())
        for m in merged
    )


def test_partitioned_merge_equals_global_cluster():
    reports = [r for r, _ in synthetic_reports(600, seed=3)]
    # Some reports with no country must still merge across every country's partition.
    for r in reports[::9]:
        r.location = dataclasses.replace(r.location, country=None)
    assert _shape(merge_partitioned(reports)) == _shape(cluster(reports))
    assert any(len(m.reports) > 1 for m in cluster(reports))


def test_reports_near_a_window_seam_go_to_both_windows():
    (report, _), *_ = synthetic_reports(1, seed=1)
    start = date(1970, 1, 1 + WINDOW_DAYS)  # first day of window 1
    seam = dataclasses.replace(report, date_start=start, date_end=start)
    keys = list(partitions([seam]))
    assert [w for _, w in keys] == [0, 1]
    undated = dataclasses.replace(report, date_start=None, date_end=None)
    assert partitions([undated]) == {}


def test_components_do_not_depend_on_link_order():
    links = [("c", "d"), ("a", "b"), ("b", "d")]
    ids = ["e", "d", "c", "b", "a"]
    assert components(ids, links) == components(ids, links[::-1]) == [["a", "b", "c", "d"], ["e"]]
