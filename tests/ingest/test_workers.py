"""Parallel extraction: the same results, in the same order, with one worker or several."""

from __future__ import annotations

import gc
import json

from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.ingest import read_paths
from khaldun.ingest.base import IngestError
from khaldun.ingest.batch import ingest_items
from khaldun.ingest.workers import GC_YOUNG, _died, extract_parallel
from khaldun.records import Article
from khaldun.store import EventQuery, open_store

# Short reports of our own: some of one event (they merge), some of others.
TEXTS = [
    ("2013-05-02", "Government jets struck Rastan on Wednesday, killing 9 people, activists said."),
    ("2013-05-02", "Nine people died when warplanes bombed Rastan on Wednesday, a monitor said."),
    ("2013-05-03", "A car bomb exploded in Jaramana on Friday, killing four civilians."),
    ("2013-05-03", "Rebels attacked an army checkpoint near Idlib on Thursday; two soldiers died."),
    ("2013-05-04", "Police fired tear gas at protesters in Homs on Saturday, witnesses said."),
    ("2013-05-04", "Shelling hit the Khalidiya district of Homs on Friday, killing three people."),
    ("2013-05-05", "A roadside bomb killed five soldiers near Daraa on Sunday, state media said."),
    ("2013-05-05", "Fighters seized the village of Qusayr on Saturday after heavy clashes."),
]


def _corpus(folder):
    folder.mkdir()
    lines = [
        json.dumps({"doc_id": f"d{n}", "text": text, "published": day})
        for n, (day, text) in enumerate(TEXTS)
    ]
    (folder / "a.jsonl").write_text("\n".join(lines[:5]) + "\n{broken\n")
    (folder / "b.jsonl").write_text("\n".join(lines[5:]) + "\n")
    return folder


def _as_json(items):
    return [
        item.message if isinstance(item, IngestError) else json.dumps(item.to_dict())
        for item in items
    ]


def test_two_workers_give_what_one_gives(tmp_path):
    corpus = _corpus(tmp_path / "in")
    one = _as_json(extract_parallel(read_paths([corpus]), workers=1, chunk=2))
    two = _as_json(extract_parallel(read_paths([corpus]), workers=2, chunk=2))
    assert two == one
    assert len(one) == len(TEXTS) + 1 and any("malformed JSON" in x for x in one)


def test_ingest_with_two_workers_stores_what_one_stores(tmp_path):
    corpus = _corpus(tmp_path / "in")
    merged = []
    for workers in (1, 2):
        store = open_store(tmp_path / f"w{workers}.duckdb")
        outcomes = list(ingest_items(read_paths([corpus]), store, chunk=3, workers=workers))
        assert [o.status for o in outcomes].count("new") == len(TEXTS)
        events, _ = store.query_events(EventQuery(limit=100))
        merged.append(sorted(json.dumps(e.event.to_dict(), sort_keys=True) for e in events))
        store.close()
    assert merged[0] == merged[1] and merged[0]


def test_extract_command_with_workers(tmp_path):
    corpus = _corpus(tmp_path / "in")
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        args = ["extract", str(corpus), "-o", str(out), "--workers", workers]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1 and "malformed JSON" in result.output  # the broken line
        outs.append(out.read_text())
    assert outs[0] == outs[1] and outs[0].count("\n") == len(TEXTS)


def test_a_dead_worker_fails_its_articles_by_name():
    article = Article(text="Shelling hit Homs.", doc_id="x1", origin="feed.xml:3")
    err = IngestError("b.jsonl:2", "malformed JSON")
    out = _died([article, err], RuntimeError("killed"))
    assert out[0].origin == "article x1 (feed.xml:3)" and "worker process failed" in out[0].message
    assert out[1] is err


def test_extraction_restores_garbage_collection_settings(tmp_path):
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    corpus = _corpus(tmp_path / "in")
    results = extract_parallel(read_paths([corpus]), workers=1, chunk=4)
    next(results)
    assert gc.get_threshold()[0] == GC_YOUNG and gc.get_freeze_count() > 0  # while extracting
    list(results)
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen
