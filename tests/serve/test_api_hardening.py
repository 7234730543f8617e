"""API hardening (issue 10): 4xx never 500 on hostile bodies, reads served while an article is
extracted, a bounded extraction queue, security headers, only http(s) URLs shown."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

import khaldun.pipeline
from khaldun.records import Article, ArticleResult
from khaldun.serve import create_app

TEXT = "Government forces shelled the town of Talbiseh on Monday, killing seven people."


def error_of(resp, status: int) -> str:
    assert resp.status_code == status, resp.text
    return resp.json()["error"]["message"]


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_extreme_publication_dates_are_422(client, auth, published):
    resp = client.post("/articles", json={"text": TEXT, "published": published}, headers=auth)
    assert "outside 1800-01-01 to 2199-12-31" in error_of(resp, 422)


def test_deep_json_body_is_400(client, auth):
    body = "[" * 100_000 + "]" * 100_000
    headers = auth | {"Content-Type": "application/json"}
    assert "nested deeper than 64" in error_of(client.post("/articles", content=body,
                                                           headers=headers), 400)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "//host/a"])
def test_only_http_urls_are_accepted(client, auth, url):
    resp = client.post("/articles", json={"text": TEXT, "url": url}, headers=auth)
    assert "only absolute http or https" in error_of(resp, 422)


def test_stored_script_url_is_never_shown(store, client):
    # An article stored before URLs were checked (written past the store's validation).
    from khaldun.store.rows import article_row
    from khaldun.store.schema import articles

    bad = Article(text=TEXT, doc_id="old", url="javascript:alert(1)")
    with store.engine.begin() as conn:
        conn.execute(articles.insert().values(article_row(bad)))
    assert client.get("/articles/old").json()["url"] is None


def test_security_headers_and_no_server_banner(client):
    for path in ("/events", "/config", "/docs", "/nowhere"):
        headers = client.get(path).headers
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        policy = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert ("'unsafe-inline'" in policy) == (path == "/docs")
        assert "server" not in headers


def test_tile_host_allowed_for_images(store):
    app = create_app(store, None, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(app) as c:
        assert "img-src 'self' data: https://*.tiles.example.org;" in (
            c.get("/config").headers["Content-Security-Policy"]
        )


@pytest.fixture
def held_extraction(monkeypatch):
    """Extraction that waits until the test lets it go (to catch what waits behind it)."""
    release, started = threading.Event(), threading.Event()

    def extract_article(article: Article) -> ArticleResult:
        started.set()
        release.wait(10)
        return ArticleResult(article, [])

    monkeypatch.setattr(khaldun.pipeline, "extract_article", extract_article)
    yield started, release
    release.set()


def _post_in_background(c: TestClient, auth, text: str) -> tuple[threading.Thread, list]:
    out: list = []
    thread = threading.Thread(
        target=lambda: out.append(c.post("/articles", json={"text": text}, headers=auth))
    )
    thread.start()
    return thread, out


def test_reads_are_served_while_an_article_is_extracted(store, token, auth, held_extraction):
    started, release = held_extraction
    with TestClient(create_app(store, token)) as c:
        writer, posted = _post_in_background(c, auth, TEXT)
        assert started.wait(10)
        assert c.get("/events").status_code == 200  # answered while the POST is held
        assert not posted
        release.set()
        writer.join(10)
    assert posted[0].status_code == 201


def test_full_extraction_queue_is_503_with_retry_after(store, token, auth, held_extraction):
    started, release = held_extraction
    with TestClient(create_app(store, token, queue_capacity=1)) as c:
        writer, posted = _post_in_background(c, auth, TEXT)
        assert started.wait(10)
        resp = c.post("/articles", json={"text": TEXT + " Again."}, headers=auth)
        assert "queue full" in error_of(resp, 503) and resp.headers["Retry-After"] == "5"
        release.set()
        writer.join(10)
    assert posted[0].status_code == 201


def test_reads_do_not_wait_for_a_write_being_stored(store, token):
    app = create_app(store, token)
    with TestClient(app) as c, app.state.gate:  # a POST holds the write gate while storing
        assert c.get("/events").status_code == 200
        assert c.get("/articles/nowhere").status_code == 404
