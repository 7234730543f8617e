"""`khaldun watch`: a feed served on 127.0.0.1 gains items, a folder gains files, a feed fails."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from khaldun.ingest.watch import MAX_BACKOFF, Watcher
from khaldun.store import open_store

INTERVAL = 60.0
ITEMS = [
    ("Jets strike Rastan", "Government jets struck Rastan on Wednesday, killing nine people."),
    ("Car bomb in Jaramana", "A car bomb exploded in Jaramana on Friday, killing four civilians."),
    ("Checkpoint attacked", "Rebels attacked an army checkpoint near Idlib; two soldiers died."),
]


def _rss(items) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>http://news.test/{n}</link>"
        f"<guid>http://news.test/{n}</guid><pubDate>Sun, 05 May 2013 10:00:00 GMT</pubDate>"
        f"<description>{body}</description></item>"
        for n, (title, body) in enumerate(items)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
        f"<link>http://news.test/</link>{entries}</channel></rss>"
    ).encode()


class FeedServer:
    """A feed on 127.0.0.1 that honours If-None-Match, and a path that always fails."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.log: list[tuple[str, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                if self.path == "/broken":
                    status, body, etag = 500, b"oops", None
                else:
                    body = _rss(server.items)
                    etag = f'"{len(server.items)}"'
                    status = 304 if self.headers.get("If-None-Match") == etag else 200
                server.log.append((self.path, status))
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", format_datetime(datetime.now(UTC), True))
                self.send_header("Content-Length", str(0 if status == 304 else len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        serve = threading.Thread(target=self.httpd.serve_forever, args=(0.01,), daemon=True)
        serve.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def test_feed_gains_items_and_a_restart_resumes(server, tmp_path):
    db = tmp_path / "w.duckdb"
    feed, broken = f"{server.url}/feed.xml", f"{server.url}/broken"
    server.items = ITEMS[:2]
    store = open_store(db)
    watcher = Watcher(store, [feed, broken], interval=INTERVAL)
    first = {r.source: r for r in watcher.poll(now=1000.0)}
    assert first[feed].new == 2 and first[feed].error is None
    assert first[broken].error == "HTTP 500 Internal Server Error"
    assert first[broken].next_poll == 1000.0 + 2 * INTERVAL  # backed off

    server.items = ITEMS  # the feed gains one item
    second = {r.source: r for r in watcher.poll(now=1000.0 + INTERVAL)}
    assert second[feed].new == 1 and second[feed].stored == 2
    assert broken not in second  # still backing off
    events_before = store.counts()["events"]
    store.close()

    # A restart: a new process would build the same watcher over the same database.
    store = open_store(db)
    watcher = Watcher(store, [feed, broken], interval=INTERVAL)
    assert watcher.poll(now=1000.0 + INTERVAL + 1) == []  # nothing due yet
    third = {r.source: r for r in watcher.poll(now=1000.0 + 2 * INTERVAL)}
    assert third[feed].unchanged and third[feed].new == 0
    assert third[broken].error and third[broken].next_poll == 1000.0 + 2 * INTERVAL + 4 * INTERVAL
    assert server.log[-2:] == [("/feed.xml", 304), ("/broken", 500)]
    assert store.counts()["articles"] == 3 and store.counts()["events"] == events_before
    store.close()


def test_back_off_doubles_up_to_a_cap(server, tmp_path):
    store = open_store(tmp_path / "w.duckdb")
    watcher = Watcher(store, [f"{server.url}/broken"], interval=INTERVAL)
    now, waits = 0.0, []
    for _ in range(12):
        (report,) = watcher.poll(now)
        waits.append(report.next_poll - now)
        now = report.next_poll
    assert waits[:3] == [2 * INTERVAL, 4 * INTERVAL, 8 * INTERVAL]
    assert waits[-1] == MAX_BACKOFF and watcher.states[0].failures == 12
    store.close()


def test_folder_gains_files_and_each_is_read_once(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(ITEMS[0][1])
    store = open_store(tmp_path / "w.duckdb")
    watcher = Watcher(store, [str(folder)], interval=INTERVAL)
    assert watcher.poll(now=0.0)[0].new == 1
    (folder / "b.txt").write_text(ITEMS[1][1])
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    (report,) = watcher.poll(now=INTERVAL)
    assert report.new == 1 and report.stored == 0 and len(report.failed) == 1
    assert "c.txt" in report.failed[0] and "binary" in report.failed[0]
    store.close()
    store = open_store(tmp_path / "w.duckdb")
    (report,) = Watcher(store, [str(folder)], interval=INTERVAL).poll(now=2 * INTERVAL)
    assert (report.new, report.stored, report.failed) == (0, 0, [])  # nothing re-read
    store.close()


def test_missing_folder_is_reported(tmp_path):
    store = open_store(tmp_path / "w.duckdb")
    (report,) = Watcher(store, [str(tmp_path / "nowhere")]).poll(now=0.0)
    assert report.error == "no such file or folder"
    store.close()


def test_watch_command_once_reports_each_source(tmp_path):
    from typer.testing import CliRunner

    from khaldun.cli import app

    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(ITEMS[0][1])
    args = ["watch", str(folder), str(tmp_path / "gone"), "--db", str(tmp_path / "w.duckdb")]
    result = CliRunner().invoke(app, [*args, "--once", "--published", "2013-05-01"])
    assert result.exit_code == 0, result.output
    assert "1 new, 0 already stored" in result.output
    assert "no such file or folder; backing off" in result.output
    again = CliRunner().invoke(app, [*args, "--once"])
    assert "no source due yet" in again.output


def test_the_api_serves_events_a_background_watch_stores(tmp_path):
    from fastapi.testclient import TestClient

    from khaldun.ingest.watch import watch_in_background
    from khaldun.serve import create_app

    folder = tmp_path / "drop"
    folder.mkdir()
    store = open_store(tmp_path / "w.duckdb")
    client = TestClient(create_app(store, None))
    assert client.get("/events").json()["total"] == 0
    (folder / "a.txt").write_text(ITEMS[0][1])
    stop = threading.Event()
    thread = watch_in_background(store, [str(folder)], interval=INTERVAL, stop=stop)
    for _ in range(500):  # the thread's first poll stores it; wait for it, briefly
        if store.counts()["articles"]:
            break
        threading.Event().wait(0.01)
    assert client.get("/events").json()["total"] >= 1
    stop.set()  # no poll of a closed store while the interpreter exits
    thread.join(timeout=10)
    assert not thread.is_alive()
    store.close()
