"""The dashboard in Debian's chromium (headless, via Playwright): markers, type filter,
timeline brush, and an event whose quote is highlighted in its article."""

from __future__ import annotations

import shutil
import socket
import threading
import time
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


@pytest.fixture
def server(seeded_duckdb):
    """The app over the seeded DuckDB file, served by uvicorn on a free localhost port."""
    store = open_store(seeded_duckdb)
    port = _free_port()
    config = uvicorn.Config(create_app(store, None), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.close()


def _markers(page):
    return page.locator("path.event-marker")


def test_dashboard_map_filter_and_quote(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
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

        # Open the contested strike: its fields, and its quotes highlighted in the article.
        page.locator("path.event-marker.contested").click()
        panel = page.locator("#event")
        expect(panel.locator("h2")).to_contain_text("Explosions/Remote violence")
        expect(panel.locator("[data-field=status]")).to_have_text("contested")
        expect(panel.locator("[data-field=fatalities]")).to_have_text("12–20")
        expect(panel.locator("[data-field=place]")).to_contain_text("Karm al-Jabal")
        marks = panel.locator(".source-text mark.quote:not(.other)")
        expect(marks).to_have_count(2)
        expect(marks.first).to_contain_text("killing 12 people")
        expect(marks.nth(1)).to_contain_text("20 people died")
        # The same article's other claim (the Aleppo clash) is marked, but as another event's.
        expect(panel.locator(".source-text mark.quote.other")).to_contain_text("citadel")
        page.screenshot(path=str(tmp_path / "dashboard-event.png"), full_page=True)

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

        shot = tmp_path / "dashboard.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert not errors, errors
    RESULTS.mkdir(exist_ok=True)
    for name in ("dashboard.png", "dashboard-event.png"):
        shutil.copy(tmp_path / name, RESULTS / name)
