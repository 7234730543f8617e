"""The gold-less path: the scorer runs the real extractor and keys its events by doc_id."""

from __future__ import annotations

from datetime import date

from khaldun.eval.scorer import run_extractor
from khaldun.pipeline import extract_articles
from khaldun.records import Article

ARTICLES = [
    Article(
        text="Army shelling killed four people in the village of Kfar Tala on Sunday, "
        "a monitoring group said.",
        doc_id="one",
        published=date(2013, 5, 6),
    ),
    Article(text="The weather in the capital was mild.", doc_id="two", published=date(2013, 5, 6)),
]


def test_batched_run_gives_what_the_pipeline_gives():
    direct = {r.article.doc_id: [e.to_dict() for e in r.events] for r in extract_articles(ARTICLES)}
    failures: list[str] = []
    batched = run_extractor(ARTICLES, failures)
    streamed = run_extractor(iter(ARTICLES))
    assert failures == []
    for system in (batched, streamed):
        assert {k: [e.to_dict() for e in v] for k, v in system.items()} == direct
    assert set(direct) == {"one", "two"}
