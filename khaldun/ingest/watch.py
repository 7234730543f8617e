"""Live sources: poll RSS/Atom feeds and folders, ingest only what is new, resume after restarts.

Each poll of a source is one step the caller drives (`Watcher.poll(now)`), so the loop can be
tested one iteration at a time. What survives a restart lives in the store: per source its
HTTP validators (ETag, Last-Modified), next poll time and consecutive failures (watch_sources);
per folder the files already read (watch_files). Articles already stored are recognised by
their text and never extracted again, so a feed re-sending old items adds nothing.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from khaldun.ingest.base import IngestError
from khaldun.ingest.batch import ingest_items
from khaldun.ingest.files import read_paths, settle, walk
from khaldun.ingest.formats import read_feed
from khaldun.records import Article
from khaldun.store.sql import SqlStore
from khaldun.store.watching import (
    SourceState,
    files_seen,
    load_state,
    mark_files,
    save_state,
)

log = logging.getLogger("khaldun.ingest")

# Seconds between polls of a healthy source unless the feed's <ttl> asks for longer.
DEFAULT_INTERVAL = 300.0
# A failing source waits interval * 2**failures, but never longer than this (six hours).
MAX_BACKOFF = 6 * 3600.0
# Network patience for one feed, and the largest feed body read (a feed is a page, not a dump).
TIMEOUT = 30.0
MAX_FEED_BYTES = 20 * 1024 * 1024
# The longest `run` sleeps between checks, so a Ctrl-C or a new due source is never far off.
MAX_SLEEP = 60.0
USER_AGENT = "khaldun-watch/0.1"


class FeedError(Exception):
    """A feed that could not be fetched or read (message: one line, the reason)."""


@dataclass
class Fetched:
    """A feed's body (None when the server says it is unchanged) and its validators."""

    body: bytes | None
    etag: str | None
    last_modified: str | None


@dataclass
class PollReport:
    """What one poll of one source did."""

    source: str
    new: int = 0  # articles stored for the first time
    stored: int = 0  # articles already in the database, not extracted again
    failed: list[str] = field(default_factory=list)  # one line per article that failed
    unchanged: bool = False  # the server answered 304 Not Modified
    error: str | None = None  # the poll itself failed; the source backs off
    next_poll: float = 0.0


def is_feed_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch_feed(url: str, etag: str | None, last_modified: str | None) -> Fetched:
    """GET a feed, conditionally on its validators; FeedError on any failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read(MAX_FEED_BYTES + 1)
            headers = response.headers
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(None, etag, last_modified)
        raise FeedError(f"HTTP {err.code} {err.reason}") from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise FeedError(f"cannot fetch ({reason})") from err
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(f"feed larger than {MAX_FEED_BYTES // (1024 * 1024)} MiB")
    return Fetched(body, headers.get("ETag"), headers.get("Last-Modified"))


def feed_ttl(body: bytes) -> float | None:
    """Seconds the feed asks readers to wait (RSS <ttl>, in minutes), if it says."""
    import feedparser

    ttl = feedparser.parse(body).feed.get("ttl")
    try:
        return float(ttl) * 60 if ttl else None
    except ValueError:
        return None


def feed_articles(body: bytes, url: str, published: date | None) -> list[Article | IngestError]:
    """The feed's entries as articles (errors for unreadable entries); FeedError if unreadable."""
    items = list(read_feed(body, url))
    if len(items) == 1 and isinstance(items[0], IngestError) and items[0].origin == url:
        if "(no entries)" in items[0].message:
            return []  # a well-formed feed with nothing in it yet
        raise FeedError(items[0].message)
    known = [d.published for d in items if not isinstance(d, IngestError) and d.published]
    return [d if isinstance(d, IngestError) else settle(d, known, published) for d in items]


def _signature(path: Path, folder: Path) -> str:
    stat = path.stat()
    where = path.relative_to(folder) if path != folder else Path(path.name)
    return f"{where}|{stat.st_size}|{stat.st_mtime_ns}"


class Watcher:
    """Polls feeds and folders into a store, one due source at a time."""

    def __init__(
        self,
        store: SqlStore,
        sources: Iterable[str],
        interval: float = DEFAULT_INTERVAL,
        workers: int = 1,
        published: date | None = None,
    ) -> None:
        self.store = store
        self.workers = workers
        self.published = published
        self.states = [load_state(store.engine, str(s), interval) for s in sources]
        for state in self.states:
            state.interval = interval

    def next_due(self) -> float:
        """When the next source is due (epoch seconds)."""
        return min((s.next_poll for s in self.states), default=float("inf"))

    def poll(self, now: float) -> list[PollReport]:
        """One iteration: poll every source due at `now`; its state is saved after each."""
        reports = []
        for state in self.states:
            if state.next_poll > now:
                continue
            report = self._poll_one(state, now)
            report.next_poll = state.next_poll
            save_state(self.store.engine, state)
            reports.append(report)
        return reports

    def run(
        self,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], bool | None] = time.sleep,
    ) -> Iterator[PollReport]:
        """Poll for ever (until the caller stops iterating), sleeping until a source is due; a
        sleep that returns True (a set `threading.Event`'s wait) ends the run."""
        while True:
            yield from self.poll(clock())
            if sleep(max(0.0, min(self.next_due() - clock(), MAX_SLEEP))) is True:
                return

    def _poll_one(self, state: SourceState, now: float) -> PollReport:
        report = PollReport(state.source)
        try:
            if is_feed_url(state.source):
                self._poll_feed(state, report)
            else:
                self._poll_folder(state, report)
        except FeedError as err:
            state.failures += 1
            state.last_error = report.error = str(err)
            wait = min(state.interval * 2**state.failures, MAX_BACKOFF)
            state.next_poll = now + wait
            log.debug("%s: %s (failure %d, next try in %.0f s)", state.source, err,
                      state.failures, wait)
            return report
        state.failures, state.last_error = 0, None
        state.next_poll = now + state.interval
        return report

    def _poll_feed(self, state: SourceState, report: PollReport) -> None:
        got = fetch_feed(state.source, state.etag, state.last_modified)
        if got.body is None:
            report.unchanged = True
            return
        ttl = feed_ttl(got.body)
        if ttl and ttl > state.interval:
            state.interval = ttl
        self._ingest(feed_articles(got.body, state.source, self.published), report)
        # Validators only once every entry is stored: a crash before this re-reads the feed.
        state.etag, state.last_modified = got.etag, got.last_modified

    def _poll_folder(self, state: SourceState, report: PollReport) -> None:
        folder = Path(state.source)
        if not folder.exists():
            raise FeedError("no such file or folder")
        seen = files_seen(self.store.engine, state.source)
        fresh: dict[str, Path] = {}
        for path in walk([folder]):
            if isinstance(path, Path) and (sig := _signature(path, folder)) not in seen:
                fresh[sig] = path
        self._ingest(read_paths(fresh.values(), published=self.published), report)
        mark_files(self.store.engine, state.source, sorted(fresh))

    def _ingest(self, items: Iterable[Article | IngestError], report: PollReport) -> None:
        for outcome in ingest_items(items, self.store, workers=self.workers):
            if outcome.status == "new":
                report.new += 1
            elif outcome.status == "stored":
                report.stored += 1
            else:
                report.failed.append(f"{outcome.origin}: {outcome.message}")


def watch_in_background(
    store: SqlStore, sources: list[str], interval: float, stop: threading.Event | None = None
) -> threading.Thread:
    """Poll sources in a daemon thread (`khaldun serve --watch`) until `stop` is set: the API
    serves the new events as soon as they are stored, without a restart. Set `stop` (and join
    the thread) before closing the store."""
    stop = stop or threading.Event()

    def loop() -> None:
        try:
            for report in Watcher(store, sources, interval=interval).run(sleep=stop.wait):
                log.info("%s: %d new, %d already stored, %s", report.source, report.new,
                         report.stored, report.error or "ok")
        except Exception:  # the server keeps serving what is stored
            log.exception("watching %s stopped", ", ".join(sources))

    thread = threading.Thread(target=loop, name="khaldun-watch", daemon=True)
    thread.start()
    return thread
