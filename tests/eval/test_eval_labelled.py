"""Text-level accuracy on row-labelled sets: any system event against any gold row."""

from __future__ import annotations

import pytest
from eval_builders import make_event

from khaldun.eval.labelled import (
    LabelledRow,
    LabelledText,
    sample_texts,
    score_labelled,
    score_text,
)
from khaldun.records import Article

SHELLING = frozenset({"Explosions/Remote violence"})


def _text(doc_id: str, *rows: LabelledRow) -> LabelledText:
    return LabelledText(Article(text=f"text {doc_id}", doc_id=doc_id), list(rows))


def _row(**kw) -> LabelledRow:  # noqa: ANN003
    defaults = dict(
        row_id="r",
        event_types=SHELLING,
        place_names=("Khaldiyeh",),
        lat=34.75,
        lon=36.70,
        fatalities=3,
        actor1_inter=1,
    )
    defaults.update(kw)
    return LabelledRow(**defaults)


def test_a_system_event_may_match_any_gold_row():
    text = _text(
        "t",
        _row(place_names=("Rastan",), fatalities=0),
        _row(place_names=("Khaldiyeh",), lat=None, lon=None, fatalities=3),
    )
    verdict = score_text(text, [make_event(town="al-Khalidiya", fatalities=(3, 3))])
    assert verdict.event_type and verdict.place and verdict.fatalities and verdict.actor_class
    assert verdict.type_and_place


def test_each_field_can_fail_on_its_own():
    row = _row(lat=None, lon=None)
    event = make_event(
        town="Tadmur", event_type="Battles", sub="Armed clash", fatalities=(4, 4), actors=(2, 1)
    )
    verdict = score_text(_text("t", row), [event])
    assert (verdict.event_type, verdict.place, verdict.fatalities, verdict.actor_class) == (
        False,
        False,
        False,
        False,
    )


def test_place_within_ten_km_counts():
    row = _row(place_names=("Some Farm",), lat=34.75, lon=36.70)
    near = make_event(town="Elsewhere", lat=34.75 + 0.08, lon=36.70)
    far = make_event(town="Elsewhere", lat=34.75 + 0.1, lon=36.70)
    assert score_text(_text("t", row), [near]).place
    assert not score_text(_text("t", row), [far]).place


def test_missing_count_stands_for_zero_and_ranges_contain_the_count():
    assert score_text(_text("t", _row(fatalities=0)), [make_event()]).fatalities
    assert not score_text(_text("t", _row(fatalities=3)), [make_event()]).fatalities
    assert score_text(_text("t", _row(fatalities=3)), [make_event(fatalities=(2, 5))]).fatalities


def test_unlabelled_fields_are_not_scored_and_no_events_is_wrong():
    row = _row(place_names=(), lat=None, fatalities=None, actor1_inter=None)
    verdict = score_text(_text("t", row), [])
    assert verdict.event_type is False
    assert (verdict.place, verdict.fatalities, verdict.actor_class) == (None, None, None)


def test_sub_type_only_where_the_label_fixes_it():
    row = _row(event_types=frozenset({"Battles"}), sub_event_type="Armed clash")
    assert score_text(
        _text("t", row), [make_event(event_type="Battles", sub="Armed clash")]
    ).sub_type
    assert score_text(_text("t", _row()), [make_event()]).sub_type is None


def test_totals_over_texts():
    texts = [_text("a", _row()), _text("b", _row(actor1_inter=None))]
    result = score_labelled("demo", texts, {"a": [make_event(town="Khaldiyeh")]})
    assert result.texts == 2 and result.texts_with_events == 1
    assert result.type_accuracy == 0.5
    assert result.actor_class_accuracy == 1.0 and result.actor_texts == 1
    assert result.place_accuracy == pytest.approx(0.5)


def test_sampling_is_seeded_and_keeps_order():
    texts = [_text(str(i), _row()) for i in range(10)]
    first = sample_texts(texts, 3, 7)
    assert first == sample_texts(texts, 3, 7)
    ids = [int(t.article.doc_id) for t in first]
    assert ids == sorted(ids) and len(ids) == 3
    assert sample_texts(texts, 3, None) == texts[:3]
    assert sample_texts(texts, None, 1) == texts


def test_errors_show_gold_rows_and_system_events_for_wrong_texts():
    texts = [_text("right", _row()), _text("wrong", _row(place_names=("Rastan",), lat=None))]
    system = {
        "right": [make_event(town="Khaldiyeh", fatalities=(3, 3))],
        "wrong": [make_event(town="Tadmur", fatalities=(3, 3))],
    }
    result = score_labelled("demo", texts, system)
    (error,) = result.errors
    assert error.doc_id == "wrong" and error.wrong == ["place"]
    assert "Rastan" in error.gold[0] and "Tadmur" in error.system[0]


def test_dates_a_range_holds_a_one_day_row_and_a_row_with_an_end_is_matched_exactly():
    from datetime import date

    one_day = _row(date_start=date(2012, 3, 4))
    weekend = make_event(day="2012-03-03", end="2012-03-04")
    assert score_text(_text("t", one_day), [weekend]).date
    assert not score_text(_text("t", one_day), [make_event(day="2012-03-05")]).date
    ranged = _row(date_start=date(2012, 3, 2), date_end=date(2012, 3, 4))
    assert not score_text(_text("t", ranged), [make_event(day="2012-03-04")]).date
    assert not score_text(_text("t", ranged), [weekend]).date
    assert score_text(_text("t", ranged), [make_event(day="2012-03-02", end="2012-03-04")]).date
    assert score_text(_text("t", _row()), [weekend]).date is None  # an undated row


def test_date_accuracy_and_the_date_in_errors():
    from datetime import date

    texts = [_text("a", _row(date_start=date(2012, 3, 4), fatalities=0, place_names=("Homs",))),
             _text("b", _row(date_start=date(2012, 3, 1), fatalities=0, place_names=("Homs",)))]
    result = score_labelled("x", texts, {"a": [make_event()], "b": [make_event()]})
    assert (result.date_accuracy, result.date_texts) == (0.5, 2)
    (error,) = result.errors
    assert error.wrong == ["date"] and "2012-03-01" in error.gold[0]
    assert "2012-03-04" in error.system[0]


def test_actor2_class_and_its_absence():
    civilians, nobody = _row(actor2_inter=7), _row(actor2_inter=0)
    soldiers_hit = make_event(actors=(2, 1))
    shelled_area = make_event(actors=(1, None))
    assert score_text(_text("t", civilians), [make_event(actors=(1, 7))]).actor2_class
    assert not score_text(_text("t", civilians), [soldiers_hit]).actor2_class
    assert score_text(_text("t", nobody), [shelled_area]).actor2_class
    assert not score_text(_text("t", nobody), [make_event(actors=(1, 7))]).actor2_class
    # A row that does not code actor2 leaves the field unscored.
    assert score_text(_text("t", _row()), [shelled_area]).actor2_class is None


def test_actor2_totals_and_errors():
    texts = [_text("a", _row(actor2_inter=1)), _text("b", _row(actor2_inter=0)), _text("c", _row())]
    system = {"a": [make_event(actors=(2, 7))], "b": [make_event(actors=(1, None))]}
    result = score_labelled("demo", texts, system)
    assert result.actor2_class_accuracy == 0.5 and result.actor2_texts == 2
    (wrong,) = [e for e in result.errors if e.doc_id == "a"]
    assert "actor2_class" in wrong.wrong
    assert "actor2 inter 1" in wrong.gold[0] and "actor2 inter 7" in wrong.system[0]
