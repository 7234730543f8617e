"""Scoring whole files: P/R/F1, per-article scoping, claim evidence, errors, JSONL."""

from __future__ import annotations

import json

import pytest
from eval_builders import make_event

from khaldun.eval.evidence import quotes_found, quotes_overlap, source_misses
from khaldun.eval.scorer import (
    DocEvents,
    events_by_doc,
    read_events_jsonl,
    score,
    score_files,
    write_system_jsonl,
)
from khaldun.records import Article, Claim

TEXT = (
    "Mortars fell on the old market in Homs on Sunday. "
    "A monitoring group said four people were killed. "
    "State media denied any shelling."
)


def _claim(quote: str, with_offsets: bool, source: str = "reporter") -> Claim:
    start = TEXT.find(quote) if with_offsets else None
    end = start + len(quote) if start is not None else None
    return Claim(source=source, kind="occurred", value=None, quote=quote, start=start, end=end)


def test_claim_span_overlap_and_disjoint_spans():
    gold = _claim("A monitoring group said four people were killed.", True)
    assert quotes_overlap(gold, _claim("four people were killed", True))
    assert not quotes_overlap(gold, _claim("State media denied any shelling.", True))


def test_claim_substring_either_way_without_offsets():
    gold = _claim("four people were killed", False)
    assert quotes_overlap(gold, _claim("A monitoring group said four people were killed.", False))
    assert quotes_overlap(
        _claim("A monitoring group said four people", False), _claim("group said", False)
    )
    assert not quotes_overlap(gold, _claim("Mortars fell", False))


def test_claim_without_offsets_is_located_in_the_text():
    # Neither quote contains the other, but their places in the text overlap.
    gold = _claim("Mortars fell on the old market in Homs", False)
    system = _claim("the old market in Homs on Sunday.", False)
    assert not quotes_overlap(gold, system)
    assert quotes_overlap(gold, system, TEXT)


def test_claim_evidence_recall_counts_gold_quotes():
    gold = [
        _claim("Mortars fell on the old market in Homs on Sunday.", True),
        _claim("State media denied any shelling.", True),
    ]
    assert quotes_found(gold, [_claim("Mortars fell", True)]) == 1


def test_gold_claims_missing_their_source_are_told_apart_by_reason():
    said = "A monitoring group said four people were killed."
    gold = [
        _claim(said, True, source="monitoring group"),
        _claim(said, True, source="state media"),
        _claim(said, True, source="reporter"),
        _claim("State media denied any shelling.", True, source="state media"),
        _claim("Mortars fell on the old market in Homs on Sunday.", True, source="residents"),
    ]
    system = [
        _claim("four people were killed", True, source="the monitoring group"),
        _claim("Mortars fell on the old market", True),
    ]
    # the gold reporter claim is found: the system has a reporter claim of that kind
    assert source_misses(gold, system, TEXT) == [
        "other wording; gold's words within system's",
        "other source; gold source not in its quote",
        "no quote; quoted by no event",
        "reporter for a source",
    ]
    elsewhere = [_claim("Mortars fell on the old market", True, source="residents")]
    assert source_misses(gold[4:], [], TEXT, elsewhere) == [
        "no quote; quoted for another matched event"]
    assert source_misses(gold[4:], [], TEXT, [], elsewhere) == [
        "no quote; quoted for an unmatched event"]
    assert source_misses(gold[2:3], system[:1], TEXT) == ["source for the reporter"]
    assert source_misses(gold[:1], [_claim(said, True, source="monitoring group")]) == []


def test_source_wording_and_other_sources_are_told_apart():
    said = "A local police spokesman said four people were killed."
    gold = [
        _claim(said, True, source="a police spokesman"),
        _claim(said, True, source="police"),
        _claim(said, True, source="local police chief"),
        _claim(said, True, source="a police spokesman"),
    ]
    short = [_claim(said, True, source="police")]
    long = [_claim(said, True, source="a local police spokesman")]
    assert source_misses(gold[:1], short) == ["other wording; system's words within gold's"]
    assert source_misses(gold[1:2], long) == ["other wording; gold's words within system's"]
    assert source_misses(gold[2:3], long) == ["other wording; partly shared"]
    other = [_claim(said, True, source="witnesses")]
    assert source_misses(gold[3:], other) == ["other source; gold source named in its quote"]


def _doc(doc_id: str, events, text: str = TEXT) -> DocEvents:  # noqa: ANN001
    return DocEvents(Article(text=text, doc_id=doc_id), events)


def test_precision_recall_f1_over_articles():
    gold = [_doc("a", [make_event(town="Homs"), make_event(town="Hama")]), _doc("b", [])]
    system = {
        "a": [make_event(town="Homs"), make_event(town="Idlib")],
        "b": [make_event(town="Daraa")],
    }
    result = score(gold, system)
    assert (result.true_positives, result.false_positives, result.false_negatives) == (1, 2, 1)
    assert result.precision == pytest.approx(1 / 3)
    assert result.recall == pytest.approx(1 / 2)
    assert result.f1 == pytest.approx(0.4)
    assert [d.doc_id for d in result.by_doc] == ["a", "b"]
    assert result.by_doc[1].precision == 0.0 and result.by_doc[1].recall is None


def test_events_only_match_within_their_article():
    gold = [_doc("a", [make_event()]), _doc("b", [])]
    result = score(gold, {"b": [make_event()], "zzz": [make_event()]})
    assert result.true_positives == 0
    assert result.false_negatives == 1 and result.false_positives == 1
    assert result.system_docs_not_in_gold == 1


def test_field_accuracy_on_matched_pairs():
    claims = [_claim("A monitoring group said four people were killed.", True)]
    gold = [_doc("a", [make_event(fatalities=(4, 4), claims=claims), make_event(town="Hama")])]
    system = {
        "a": [
            make_event(fatalities=(4, 6), claims=[_claim("four people", True)]),
            make_event(town="Hama", sub="Air/drone strike"),
        ]
    }
    result = score(gold, system)
    assert result.matched == 2
    assert result.fatalities == 0.5
    assert result.sub_type_accuracy == 0.5
    assert result.claim_evidence_recall == 1.0
    assert result.gold_quotes == 1


def test_errors_say_why_an_event_found_no_partner():
    gold = [_doc("a", [make_event(town="Homs", day="2012-03-04")])]
    result = score(gold, {"a": [make_event(town="Homs", day="2012-03-07")]})
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["missed", "spurious"]
    missed = next(e for e in result.errors if e.kind == "missed")
    assert missed.place == "Homs" and missed.date_start == "2012-03-04"
    assert "date" in missed.nearest and "place" not in missed.nearest


def test_error_when_partner_was_taken():
    gold = [_doc("a", [make_event()])]
    result = score(gold, {"a": [make_event(), make_event(status="contested")]})
    (spurious,) = result.errors
    assert spurious.kind == "spurious" and spurious.index == 1
    assert "paired with another event" in spurious.nearest
    assert result.spurious_by_cause == {"paired elsewhere": 1} and result.missed_by_cause == {}


def test_unmatched_events_are_counted_by_the_part_of_the_rule_they_fail():
    gold = [
        _doc("a", [make_event(town="Homs", day="2012-03-04"), make_event(town="Hama")]),
        _doc("b", [make_event(town="Idlib")]),
    ]
    system = {"a": [make_event(town="Homs", day="2012-03-09"), make_event(town="Daraa")]}
    result = score(gold, system)
    assert result.missed_by_cause == {"date": 1, "place": 1, "no event": 1}
    assert result.spurious_by_cause == {"date": 1, "place": 1}


def test_type_and_place_misses_say_how_their_nearest_partner_differs():
    homs, far_town = (34.73, 36.72), (35.13, 36.75)  # about 45 km apart
    gold = [
        _doc(
            "a",
            [
                make_event(town="Homs", lat=homs[0], lon=homs[1]),
                make_event(town="Hama", event_type="Battles", sub="Armed clash"),
            ],
        )
    ]
    system = {
        "a": [
            make_event(town="Talbiseh", lat=far_town[0], lon=far_town[1]),
            make_event(town="Hama"),
        ]
    }
    result = score(gold, system)
    assert result.missed_by_detail == {
        "place: 30-100 km; gold town in the text, system town not written so": 1,
        "type: system Explosions/Remote violence for gold Battles": 1,
    }
    far = "place: 30-100 km; gold town in the text, system town not written so"
    assert result.spurious_by_detail[far] == 1


def test_a_quarter_taken_for_its_town_is_told_apart():
    gold = [_doc("a", [make_event(town="Homs", neighbourhood="Bab Amr")])]
    result = score(gold, {"a": [make_event(town="Bab Amr")]})
    assert result.missed_by_detail == {
        "place: town and quarter swapped; gold town in the text, system town not written so": 1
    }


def test_jsonl_round_trip_scores_perfectly(tmp_path):
    gold_docs = [_doc("a", [make_event(fatalities=(2, 3))]), _doc("b", [make_event(town="Hama")])]
    gold_path = tmp_path / "gold.jsonl"
    with open(gold_path, "w") as handle:
        for d in gold_docs:
            line = {
                "doc_id": d.article.doc_id,
                "text": d.article.text,
                "published": "2012-03-05",
                "events": [e.to_dict() for e in d.events],
            }
            handle.write(json.dumps(line) + "\n")
    system_path = tmp_path / "system.jsonl"
    read_back = read_events_jsonl(gold_path)
    write_system_jsonl(system_path, read_back, events_by_doc(read_back))
    result = score_files(gold_path, system_path)
    assert (result.true_positives, result.f1, result.fatalities) == (2, 1.0, 1.0)


def test_bad_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"doc_id": "a", "events": []}\n{not json\n')
    with pytest.raises(ValueError, match=r"broken.jsonl:2"):
        read_events_jsonl(path)
    path.write_text("[1, 2]\n")
    with pytest.raises(ValueError, match="JSON object"):
        read_events_jsonl(path)
