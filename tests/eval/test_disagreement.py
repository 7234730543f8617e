"""How matched pairs disagree, counted in aggregate by the scorer."""

import pytest

from khaldun.eval.disagreement import disagreements
from khaldun.eval.scorer import DocEvents, score
from khaldun.records import Article
from tests.eval.eval_builders import make_event


@pytest.mark.parametrize(
    ("gold", "system", "label"),
    [
        (dict(end="2012-03-05"), {}, "dates: one day for a range"),
        ({}, dict(end="2012-03-05"), "dates: a range for one day"),
        ({}, dict(day="2012-03-05"), "dates: a day late"),
        ({}, dict(day="2012-03-01"), "dates: days early"),
        (dict(actors=(2, 7)), dict(actors=(3, 7)), "actor1: class 3 for 2"),
        (dict(actors=(1, None)), dict(actors=(1, 7)), "actor2: class 7 for none"),
        (dict(actors=(1, 7)), dict(actors=(1, None)), "actor2: none for class 7"),
        ({}, dict(fatalities=(3, 3)), "fatalities: a count for none"),
        (dict(fatalities=(5, 8)), dict(fatalities=(2, 2)), "fatalities: lower"),
        (dict(fatalities=(5, 8)), dict(fatalities=(5, 12)), "fatalities: another range"),
        (dict(status="single"), dict(status="corroborated"), "status: corroborated for single"),
        (dict(neighbourhood="Jobar"), {}, "neighbourhood: none for one"),
        ({}, dict(neighbourhood="Jobar"), "neighbourhood: one for none"),
        (dict(neighbourhood="Jobar"), dict(neighbourhood="Qaboun"), "neighbourhood: another"),
    ],
)
def test_each_kind_of_disagreement_has_its_label(gold, system, label):
    assert disagreements(make_event(**gold), make_event(**system)) == [label]


def test_agreeing_pairs_have_none():
    assert disagreements(make_event(fatalities=(2, 4)), make_event(fatalities=(2, 4))) == []


def test_the_scorer_counts_them_over_matched_pairs():
    article = Article(text="", doc_id="d1")
    gold = [DocEvents(article, [make_event(status="single"), make_event(town="Hama")])]
    system = {"d1": [make_event(status="corroborated"), make_event(town="Hama")]}
    assert score(gold, system).field_misses == {"status: corroborated for single": 1}
