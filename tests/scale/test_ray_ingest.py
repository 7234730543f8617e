"""The Ray path on a local Ray (two CPUs): the same events and merged events as one process."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.ingest import read_paths
from khaldun.ingest.workers import extract_parallel
from khaldun.records import ArticleResult
from khaldun.resolve import cluster
from khaldun.store import EventQuery, open_store
from khaldun.store.sql import numbered_reports

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Reports of our own, over three shards; the two Daraya reports tell of one event.
SHARDS = [
    [
        ("2014-02-03", "Army helicopters dropped barrel bombs on Daraya on Monday, killing 6."),
        ("2014-02-03", "A suicide bomber blew himself up at a checkpoint in Homs on Sunday."),
    ],
    [
        ("2014-02-04", "Six people were killed when barrel bombs hit Daraya on Monday."),
        ("2014-02-04", "Rebels shelled a district of Aleppo on Tuesday, killing two."),
    ],
    [
        ("2014-02-05", "Clashes between rebels and troops near Idlib killed eight fighters."),
        ("2014-02-05", "Police arrested dozens of protesters in Damascus on Wednesday."),
    ],
]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    for k, shard in enumerate(SHARDS):
        lines = [
            json.dumps({"doc_id": f"s{k}-{n}", "text": text, "published": day})
            for n, (day, text) in enumerate(shard)
        ]
        (folder / f"part-{k}.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "part-3.jsonl").write_text("{broken\n")
    return folder


def _merged_shape(merged):
    return sorted(
        (m.event_id, sorted(r.report_id for r in m.reports), json.dumps(m.event.to_dict()))
        for m in merged
    )


def test_ray_ingest_equals_one_process(local_ray, corpus, tmp_path):
    import pyarrow.parquet as pq

    from khaldun.scale.ray_ingest import ray_ingest

    single = [
        r
        for r in extract_parallel(read_paths([corpus]), workers=1, chunk=64)
        if isinstance(r, ArticleResult)
    ]
    reports = [ev for r in single for ev in numbered_reports(r.article, r.events)]
    store = open_store(tmp_path / "ray.duckdb")
    run = ray_ingest([corpus], out_dir=tmp_path / "out", store=store, actors=2)

    assert run.articles == len(single) == 6 and len(run.failed) == 1
    assert "malformed JSON" in run.failed[0] and run.reports == len(reports)
    assert _merged_shape(run.merged) == _merged_shape(cluster(reports))
    assert any(len(m.reports) > 1 for m in run.merged)  # the Daraya reports merged
    stored, _ = store.query_events(EventQuery(limit=100))
    assert _merged_shape(stored) == _merged_shape(run.merged)
    store.close()

    articles = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    codebook = [json.loads(a["codebook"]) for a in articles if a["codebook"]]
    assert codebook == [r.to_dict() for r in single]
    events = pq.read_table(tmp_path / "out" / "events").to_pylist()
    assert sorted(e["event_id"] for e in events) == sorted(m.event_id for m in run.merged)


def test_ingest_command_with_ray(local_ray, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--ray"])
    assert result.exit_code == 0, result.output
    assert "ray: 6 articles, 1 failed" in result.output and "malformed JSON" in result.output
    assert ray.is_initialized()  # the test's session was used, not shut down
