"""The dashboard in Debian's chromium (headless, via Playwright): markers, type filter,
timeline brush, and an event whose quote is highlighted in its article."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import pytest
import uvicorn

from khaldun.serve import create_app
from khaldun.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
RESULTS = Path(__file__).resolve().parents[2] / "test-results"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, token: str | None = None, protect_reads: bool = False):
    """The app over a DuckDB file, served by uvicorn on a free localhost port."""
    store = open_store(db)
    port = _free_port()
    config = uvicorn.Config(create_app(store, token, protect_reads), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
        store.close()


@pytest.fixture
def server(seeded_duckdb):
    """The dashboard over the hand-made events."""
    with serving(seeded_duckdb) as url:
        yield url


@pytest.fixture
def sample_server(tmp_path):
    """The dashboard over the bundled sample, ingested through extraction."""
    from khaldun.ingest import read_paths
    from khaldun.pipeline import extract_articles
    from khaldun.records import Article

    sample = Path(str(files("khaldun.data").joinpath("sample")))
    paths = sorted(p for p in sample.iterdir() if p.suffix != ".md")
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    db = tmp_path / "sample.duckdb"
    store = open_store(db)
    for result in extract_articles(articles):
        store.add_article(result.article, result.events)
    store.close()
    with serving(db) as url:
        yield url


def _markers(page):
    return page.locator("path.event-marker")


def _launch(p):
    return p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)


def _save(page, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / name), full_page=True)
    RESULTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / name, RESULTS / name)


def test_dashboard_map_filter_and_quote(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(server)
        page.wait_for_selector("body[data-ready=true]", timeout=20000)

        expect(_markers(page)).to_have_count(5)
        expect(page.locator("path.event-marker.contested")).to_have_count(1)
        expect(page.locator("#count")).to_have_text("5 events shown")
        expect(page.locator("#timeline canvas").first).to_be_visible()

        # Filter by type: the API is asked again and the map redrawn.
        page.select_option("select[name=event_type]", "Explosions/Remote violence")
        expect(_markers(page)).to_have_count(2)
        expect(page.locator("path.type-explosions-remote-violence")).to_have_count(2)
        # The filter is in the URL: a reload (or a shared link) shows the same view.
        assert "event_type=Explosions" in page.url
        page.reload()
        page.wait_for_selector("body[data-ready=true]", timeout=20000)
        expect(_markers(page)).to_have_count(2)
        expect(page.locator("select[name=event_type]")).to_have_value("Explosions/Remote violence")

        # Open the contested strike: its fields, and its quotes highlighted in the article.
        page.locator("path.event-marker.contested").click()
        panel = page.locator("#event")
        expect(panel.locator("h2")).to_contain_text("Explosions/Remote violence")
        expect(panel.locator("[data-field=status]")).to_have_text("contested")
        expect(panel.locator("[data-field=fatalities]")).to_have_text("12–20")
        expect(panel.locator("[data-field=place]")).to_contain_text("Karm al-Jabal")
        expect(panel.locator("[data-field=reports]")).to_have_text("1 from 1 article")
        marks = panel.locator(".source-text mark.quote:not(.other)")
        expect(marks).to_have_count(2)
        expect(marks.first).to_contain_text("killing 12 people")
        expect(marks.nth(1)).to_contain_text("20 people died")
        # The same article's other claim (the Aleppo clash) is marked, but as another event's.
        expect(panel.locator(".source-text mark.quote.other")).to_contain_text("citadel")
        _save(page, tmp_path, "dashboard-event.png")

        # Brush the timeline's first days: the map keeps only events inside the window.
        page.click("button[type=reset]")
        expect(_markers(page)).to_have_count(5)
        over = page.locator("#timeline .u-over")
        box = over.bounding_box()
        page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] / 2, steps=5)
        page.mouse.up()
        expect(page.locator("#brush-info")).to_contain_text("2012-03-04")
        expect(_markers(page)).to_have_count(2)  # the Homs strike and the Aleppo clash

        _save(page, tmp_path, "dashboard.png")
        browser.close()
    assert not errors, errors


def test_dashboard_on_the_bundled_sample(sample_server, tmp_path):
    import httpx
    from playwright.sync_api import expect, sync_playwright

    listed = httpx.get(f"{sample_server}/events", params={"limit": 1000}).json()
    located = [e for e in listed["events"] if e["location"]["lat"] is not None]
    assert located, "extraction found no located event in the bundled sample"
    types = [e["event_type"] for e in located]
    top = max(set(types), key=types.count)
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(sample_server)
        page.wait_for_selector("body[data-ready=true]", timeout=20000)
        expect(_markers(page)).to_have_count(len(located))

        page.select_option("select[name=event_type]", top)
        expect(_markers(page)).to_have_count(types.count(top))
        # events in one town share a point: their markers overlap, so click through to it
        _markers(page).first.click(force=True)
        panel = page.locator("#event")
        expect(panel.locator("h2")).to_contain_text(top)
        mark = panel.locator(".source-text mark.quote:not(.other)").first
        expect(mark).to_be_visible()
        event_id = panel.get_attribute("data-event-id")
        detail = httpx.get(f"{sample_server}/events/{event_id}").json()
        marked = mark.inner_text().strip()
        assert any(marked in c["quote"] or c["quote"] in marked for c in detail["claims"])
        _save(page, tmp_path, "dashboard-sample.png")
        browser.close()
    assert not errors, errors


def test_protected_dashboard_asks_for_the_token(seeded_duckdb):
    from playwright.sync_api import expect, sync_playwright

    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept("s3cret")

    with serving(seeded_duckdb, token="s3cret", protect_reads=True) as url:
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page()
            page.on("dialog", answer)
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", timeout=20000)
            expect(_markers(page)).to_have_count(5)
            browser.close()
    assert len(asked) == 1 and "token" in asked[0]
