"""Both backends refuse the same bad records alike, and a fresh PostgreSQL survives two first
starts at once (issue 10, failures 4 and 8)."""

from __future__ import annotations

import threading

import pytest

from khaldun.records import Article
from khaldun.store import StoreError, open_store
from tests.conftest import PG_URL, _empty_postgres

BAD = [
    ({"text": "Jets struck Homs.\x00"}, "text contains a NUL"),
    ({"title": "a\x00b"}, "title contains a NUL"),
    ({"url": {"href": "http://x"}}, "url must be a string"),
    ({"doc_id": ["a", "b"]}, "doc_id must be a string"),
    ({"url": "javascript:alert(1)"}, "only absolute http or https"),
]


@pytest.mark.parametrize(("fields", "problem"), BAD)
def test_bad_records_refused_on_every_backend(store, fields, problem):
    base = {"text": "Jets struck Homs on Sunday.", "doc_id": "d1", "url": "https://x/a"}
    article = Article(**(base | fields))
    with pytest.raises(StoreError, match=problem):
        store.add_article(article, [])
    assert store.counts()["articles"] == 0
    good = Article(text="Jets struck Homs on Monday.", doc_id="d2", url="http://x/b")
    assert store.add_article(good, []).created


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="KHALDUN_TEST_PG not set")
def test_two_first_starts_on_an_empty_postgres():
    for _ in range(3):
        _empty_postgres(PG_URL)
        assert not _open_twice_at_once(PG_URL)


def _open_twice_at_once(url: str) -> list[Exception]:
    """Failures of two open_store calls on one database, started together."""
    start = threading.Barrier(2)
    failures: list[Exception] = []

    def open_one() -> None:
        start.wait()
        try:
            open_store(url).close()
        except Exception as err:  # the race showed as UniqueViolation on pg_type
            failures.append(err)

    threads = [threading.Thread(target=open_one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures
