"""POST /articles: body formats, size limit, malformed input, and a real ingest."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from khaldun.serve import create_app

TEXT = (
    "Government forces shelled the town of Talbiseh in Homs province on Monday, killing "
    "seven people, the Syrian Observatory for Human Rights said."
)
HTML = f"""<html><head><title>Shelling in Talbiseh</title>
<meta property="article:published_time" content="2013-06-11"></head>
<body><nav>Home | World</nav><article><h1>Shelling in Talbiseh</h1><p>{TEXT}</p></article>
<footer>Copyright</footer></body></html>"""


def error_of(resp, status: int) -> str:
    assert resp.status_code == status, resp.text
    return resp.json()["error"]["message"]


@pytest.fixture
def small(store, token):
    """An app that takes bodies of at most 1 KiB."""
    with TestClient(create_app(store, token, max_body=1024), raise_server_exceptions=False) as c:
        yield c


def test_oversized_body_is_413(small, auth):
    resp = small.post("/articles", json={"text": "x" * 2000}, headers=auth)
    assert "1024 bytes" in error_of(resp, 413)
    assert resp.json()["error"]["code"] == "payload_too_large"


def test_oversized_chunked_body_is_413(small, auth):
    def chunks():
        for _ in range(10):
            yield b"y" * 500

    headers = {**auth, "Content-Type": "text/plain"}
    resp = small.post("/articles", content=chunks(), headers=headers)
    assert "transfer-encoding" in {k.lower() for k in resp.request.headers}
    error_of(resp, 413)


def test_bad_content_length_is_400(small, auth):
    headers = {**auth, "Content-Type": "text/plain", "Content-Length": "lots"}
    assert "Content-Length" in error_of(small.post("/articles", content=b"", headers=headers), 400)


@pytest.mark.parametrize(
    ("body", "ctype", "status", "words"),
    [
        (b'{"text": "unterminated', "application/json", 400, "malformed JSON"),
        (b'["a list"]', "application/json", 422, "JSON object"),
        (b"{}", "application/json", 422, "exactly one"),
        (json.dumps({"text": "a", "html": "<p>b</p>"}).encode(), "application/json", 422,
         "exactly one"),
        (json.dumps({"text": "   "}).encode(), "application/json", 422, "exactly one"),
        (json.dumps({"text": "a", "published": "soon"}).encode(), "application/json", 422,
         "published"),
        (json.dumps({"text": "a", "colour": "red"}).encode(), "application/json", 422, "colour"),
        (json.dumps({"text": 5}).encode(), "application/json", 422, "text"),
        (json.dumps({"text": "Jets struck\u0000 Homs."}).encode(), "application/json", 422, "NUL"),
        (b"Jets struck\x00 Homs.", "text/plain", 422, "NUL"),
        (b"\xff\xfe\xfa not utf-8", "text/plain", 400, "UTF-8"),
        (b"<html><body><script>x()</script></body></html>", "text/html", 422, "no text after"),
        (b"a,b\n1,2", "application/pdf", 415, "application/pdf"),
        (b"plain", "", 415, "content type"),
    ],
)
def test_malformed_bodies_are_4xx(client, auth, body, ctype, status, words):
    headers = {**auth, "Content-Type": ctype} if ctype else auth
    assert words in error_of(client.post("/articles", content=body, headers=headers), status)


def test_multipart_without_file_is_422(client, auth):
    resp = client.post("/articles", data={"title": "no file"}, files={"other": ("a.txt", b"x")},
                       headers=auth)
    assert "'file'" in error_of(resp, 422)


def test_bad_published_query_param_on_raw_body_is_422(client, auth):
    headers = {**auth, "Content-Type": "text/plain"}
    resp = client.post("/articles?published=2013-13-40", content=TEXT.encode(), headers=headers)
    assert "published" in error_of(resp, 422)


def _posted(client, auth, headers=None, **kw):
    resp = client.post("/articles", headers={**auth, **(headers or {})}, **kw)
    assert resp.status_code in (200, 201), resp.text
    body = resp.json()
    assert set(body) == {"doc_id", "created", "events", "warnings"}
    return resp.status_code, body


def test_json_ingest_stores_once(client, auth):
    status, body = _posted(client, auth, json={"text": TEXT, "published": "2013-06-11",
                                              "url": "https://example.org/t", "title": "T"})
    assert status == 201 and body["created"] is True
    article = client.get(f"/articles/{body['doc_id']}").json()
    assert article["text"] == TEXT and article["published"] == "2013-06-11"
    for ev in body["events"]:
        assert client.get(f"/events/{ev['id']}").status_code == 200
    status, again = _posted(client, auth, json={"text": TEXT, "published": "2013-06-11"})
    assert status == 200 and again["created"] is False and again["doc_id"] == body["doc_id"]


def test_raw_html_ingest_removes_boilerplate(client, auth):
    headers = {"Content-Type": "text/html; charset=utf-8"}
    _, body = _posted(client, auth, content=HTML.encode(), headers=headers)
    article = client.get(f"/articles/{body['doc_id']}").json()
    assert "Talbiseh" in article["text"] and "Home | World" not in article["text"]
    assert article["title"] == "Shelling in Talbiseh" and article["published"] == "2013-06-11"


def test_multipart_upload_ingest(client, auth):
    files = {"file": ("report.txt", TEXT.encode(), "text/plain")}
    _, body = _posted(client, auth, files=files, data={"published": "2013-06-11", "title": "Up"})
    article = client.get(f"/articles/{body['doc_id']}").json()
    assert article["title"] == "Up" and article["text"] == TEXT


def test_multipart_html_upload_ingest(client, auth):
    files = {"file": ("page.html", HTML.encode(), "application/octet-stream")}
    _, body = _posted(client, auth, files=files)
    assert "Talbiseh" in client.get(f"/articles/{body['doc_id']}").json()["text"]
