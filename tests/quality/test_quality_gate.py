"""Quality gate: extraction scores stay above the floors pinned in floors.toml."""

import json
import tomllib
from pathlib import Path

import pytest

from khaldun.eval.scorer import read_events_jsonl, run_extractor, score
from khaldun.records import article_from_dict

HERE = Path(__file__).parent
FLOORS = tomllib.loads((HERE / "floors.toml").read_text())
SETS = {
    "mini_gold": HERE / "mini_gold.jsonl",
    "dev_gold": HERE.parents[1] / ".." / "shared" / "data" / "dev-gold.jsonl",
    "dev_gold_2": HERE.parents[1] / ".." / "shared" / "data" / "dev-gold-2.jsonl",
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_floors(name):
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not present")
    articles = [article_from_dict(json.loads(line)) for line in path.open(encoding="utf-8")]
    result = score(read_events_jsonl(path), run_extractor(articles))
    below = {
        metric: (getattr(result, metric), floor)
        for metric, floor in FLOORS[name].items()
        if (getattr(result, metric) or 0.0) < floor
    }
    assert not below, f"{name}: below floor (score, floor): {below}"
