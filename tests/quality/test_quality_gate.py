"""Quality gate: extraction scores stay above the floors pinned in floors.toml.

Gold sets are scored as events (codebook §7); the broad ACLED and PITF sets, text by text
on a fixed sample, so that a change fitted to the gold files cannot pass while the broad
sets fall.
"""

import json
import tomllib
from pathlib import Path

import pytest

from khaldun.eval.acled import read_acled
from khaldun.eval.labelled import evaluate_labelled, sample_texts
from khaldun.eval.pitf import read_pitf
from khaldun.eval.scorer import read_events_jsonl, run_extractor, score
from khaldun.records import article_from_dict

HERE = Path(__file__).parent
DATA = HERE.parents[1] / ".." / "shared" / "data"
FLOORS = tomllib.loads((HERE / "floors.toml").read_text())
GOLD_SETS = {
    "mini_gold": HERE / "mini_gold.jsonl",
    "dev_gold": DATA / "dev-gold.jsonl",
    "dev_gold_2": DATA / "dev-gold-2.jsonl",
}
# Broad sets: (reader, file, texts in the fixed sample). Seed 1 throughout.
LABELLED_SETS = {
    "acled_sample": (read_acled, DATA / "acled-me-2018" / "train.csv", 1500),
    "pitf_sample": (read_pitf, DATA / "pitf" / "pitf-2013-2015.tsv", 1000),
}
SAMPLE_SEED = 1


def _below(name: str, result: object) -> dict:
    return {
        metric: (getattr(result, metric), floor)
        for metric, floor in FLOORS[name].items()
        if (getattr(result, metric) or 0.0) < floor
    }


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_scores_stay_above_floors(name):
    path = GOLD_SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not present")
    articles = [article_from_dict(json.loads(line)) for line in path.open(encoding="utf-8")]
    result = score(read_events_jsonl(path), run_extractor(articles))
    below = _below(name, result)
    assert not below, f"{name}: below floor (score, floor): {below}"


@pytest.mark.parametrize("name", sorted(LABELLED_SETS))
def test_broad_set_scores_stay_above_floors(name):
    reader, path, size = LABELLED_SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not present")
    result = evaluate_labelled(name, sample_texts(reader(path), size, SAMPLE_SEED))
    below = _below(name, result)
    assert not below, f"{name}: below floor (score, floor): {below}"


def test_every_floor_names_a_set():
    assert set(FLOORS) == set(GOLD_SETS) | set(LABELLED_SETS)
