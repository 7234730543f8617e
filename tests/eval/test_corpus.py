"""Corpus scoring: pairwise merge precision/recall and merged status/fatalities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khaldun.eval.corpus import gold_outcome, merge_errors, read_gold, score_corpus

DEV_GOLD = Path(__file__).resolve().parents[2] / "../shared/data/dev-gold.jsonl"


def _event(
    key, town="Homs", day="2014-05-09", hood=None, tolls=(), sub="Air/drone strike", status="single"
):
    claims = [
        {"source": src, "kind": "fatalities", "value": n, "quote": f"{src} says {n}."}
        for src, n in tolls
    ] or [{"source": "reporter", "kind": "occurred", "value": None, "quote": "It happened."}]
    counts = [n for _, n in tolls]
    return {
        "event_key": key,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": sub,
        "date_start": day,
        "date_end": day,
        "time_precision": 1,
        "actor1": {"name": "Military Forces of Syria", "inter": 1},
        "actor2": {"name": "Civilians (Syria)", "inter": 7},
        "location": {
            "name": hood or town,
            "neighbourhood": hood,
            "town": town,
            "admin1": None,
            "country": "SY",
            "lat": None,
            "lon": None,
            "geo_precision": 1,
        },
        "fatalities": {"low": min(counts), "high": max(counts)} if counts else None,
        "status": status,
        "claims": claims,
    }


def _write(path: Path, docs: dict[str, list[dict]]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for doc_id, events in docs.items():
            record = {"doc_id": doc_id, "published": "2014-05-10", "text": "", "events": events}
            handle.write(json.dumps(record) + "\n")
    return path


@pytest.fixture
def gold(tmp_path) -> Path:
    return _write(
        tmp_path / "gold.jsonl",
        {
            "a": [
                _event("strike", tolls=[("Monitor", 10)]),
                _event("other", town="Hama", sub="Shelling/artillery/missile attack"),
            ],
            "b": [_event("strike", hood="Khaldiyeh", tolls=[("Committee", 20)])],
            "c": [
                _event("strike", day="2014-05-10", tolls=[("Agency", 12)]),
                _event("market", town="Idlib"),
            ],
        },
    )


def test_gold_as_system_measures_the_clusterer(gold):
    score = score_corpus(gold, gold)
    assert (score.gold_reports, score.gold_events) == (5, 3)
    assert (score.system_reports, score.system_events) == (5, 3)
    assert score.matched_reports == 5
    assert (score.pairs_tp, score.pairs_fp, score.pairs_fn) == (3, 0, 0)
    assert score.merge_precision == score.merge_recall == 1.0
    assert score.compared_events == 3
    assert score.status_agreement == score.fatalities_agreement == 1.0


def test_a_missed_merge_lowers_recall(gold, tmp_path):
    system = _write(
        tmp_path / "sys.jsonl",
        {
            "a": [_event("x", tolls=[("Monitor", 10)])],
            "b": [_event("x", hood="Khaldiyeh", tolls=[("Committee", 30)])],
            # A different sub-type and a day apart: the clusterer keeps it apart.
            "c": [_event("x", day="2014-05-10", sub="Shelling/artillery/missile attack")],
        },
    )
    score = score_corpus(gold, system)
    assert score.matched_reports == 3
    assert (score.pairs_tp, score.pairs_fp, score.pairs_fn) == (1, 0, 2)
    assert score.merge_recall == pytest.approx(1 / 3)
    assert score.merge_precision == 1.0
    # Only the strike is compared (the other gold events have no system report); its
    # merged range 10-30 is not gold's 10-20, while both are contested.
    assert score.compared_events == 1
    assert score.fatalities_agreement == 0.0
    assert score.status_agreement == 1.0


def test_a_wrong_merge_lowers_precision(tmp_path):
    gold = _write(
        tmp_path / "gold.jsonl",
        {
            "a": [_event("one")],
            "b": [_event("two")],
        },
    )
    score = score_corpus(gold, gold)
    assert (score.pairs_tp, score.pairs_fp, score.pairs_fn) == (0, 1, 0)
    assert score.merge_precision == 0.0
    assert score.merge_recall is None


def test_gold_outcome_spans_all_reports_of_one_event(gold):
    reports = [g.event for g in read_gold(gold) if g.key == "strike"]
    status, fatalities = gold_outcome(reports)
    assert status == "contested"  # 20 > 1.5 x 10
    assert (fatalities.low, fatalities.high) == (10, 20)
    single = [g.event for g in read_gold(gold) if g.key == "market"]
    assert gold_outcome(single) == ("single", None)


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="shared evaluation data absent")
def test_clusterer_meets_the_merge_floors_on_dev_gold():
    score = score_corpus(DEV_GOLD, DEV_GOLD)
    assert score.merge_precision >= 0.9
    assert score.merge_recall >= 0.75  # dev-gold re-coded to §8: lists split into places
    assert score.status_and_fatalities_agreement >= 0.8


def test_merge_errors_say_why(gold, tmp_path):
    system = _write(tmp_path / "sys.jsonl", {
        "a": [_event("x", tolls=[("Monitor", 10)])],
        "b": [_event("x", hood="Khaldiyeh", tolls=[("Committee", 30)])],
        "c": [_event("x", day="2014-05-10", sub="Shelling/artillery/missile attack")],
    })
    errors = merge_errors(gold, system)
    assert {e.kind for e in errors} == {"missed"}
    assert len(errors) == 2
    assert all("c:0" in e.system_reports for e in errors)
    assert all("overlapping dates" in e.why for e in errors)
    wrong = _write(tmp_path / "gold2.jsonl", {"a": [_event("one")], "b": [_event("two")]})
    (spurious,) = merge_errors(wrong, wrong)
    assert spurious.kind == "spurious" and "same town Homs" in spurious.why


def test_wrong_pairs_are_counted_by_reason(gold, tmp_path):
    system = _write(tmp_path / "sys.jsonl", {
        "a": [_event("x", tolls=[("Monitor", 10)])],
        "b": [_event("x", hood="Khaldiyeh", tolls=[("Committee", 30)])],
        "c": [_event("x", day="2014-05-10", sub="Shelling/artillery/missile attack")],
    })
    score = score_corpus(gold, system)
    assert score.missed_merges_by_reason == {"compatible sub-types need overlapping dates": 2}
    assert score.spurious_merges_by_reason == {}
    wrong = _write(tmp_path / "gold2.jsonl", {"a": [_event("one")], "b": [_event("two")]})
    assert list(score_corpus(wrong, wrong).spurious_merges_by_reason.values()) == [1]


def test_a_broken_gold_line_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: not a JSON line"):
        score_corpus(bad, bad)
