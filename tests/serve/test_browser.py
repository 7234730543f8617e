"""The dashboard in Debian's chromium (headless, via Playwright), served under a strict
Content-Security-Policy: labels, clusters, deep links, the contested view, the article page,
timeline brushing, gap counts and downloads. One server and one browser for the session."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from khaldun.records import Article
from khaldun.serve import create_app
from khaldun.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
# scripts/screenshots.py sets this to docs/screenshots to regenerate the committed ones.
SCREENSHOTS = os.environ.get("KHALDUN_SCREENSHOTS")
# What a hardened deployment sends: no inline script or style, nothing from other origins.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
READY = "body[data-ready=true]"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, token: str | None = None, protect_reads: bool = False,
            gazetteer: Path | None = None):
    """The app over a DuckDB file, served by uvicorn on a free localhost port, with a CSP."""
    store = open_store(db)
    app = create_app(store, token, protect_reads, gazetteer=gazetteer)

    @app.middleware("http")
    async def strict_csp(request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
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


@pytest.fixture(scope="session")
def server(dashboard_db, label_gazetteer):
    """The dashboard over the seeded events and the Aleppo article, with town labels."""
    with serving(dashboard_db, gazetteer=label_gazetteer) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; the test fails on any script error or CSP violation."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text
          else None)
    yield pg
    context.close()
    assert not errors, errors


def open_dashboard(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=20000)


def _save(page, name: str) -> None:
    out = Path(SCREENSHOTS) if SCREENSHOTS else RESULTS
    out.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)  # let the map's fly-to and fades settle
    page.screenshot(path=str(out / name))


def _events(url: str, **params) -> list[dict]:
    import httpx

    return httpx.get(f"{url}/events", params={"limit": 100, **params}).json()["events"]


def _contested(url: str) -> dict:
    return next(e for e in _events(url) if e["status"] == "contested")


def test_labels_clusters_and_gaps(server, page):
    from playwright.sync_api import expect

    open_dashboard(page, server)
    expect(page.locator("#count")).to_have_text("8 events shown")
    labels = page.locator(".place-label")
    for town in ("Aleppo", "Homs", "Damascus"):
        expect(labels.filter(has_text=town)).to_have_count(1)
    expect(labels.filter(has_text="Cairo")).to_have_count(0)  # outside the view
    # The three Aleppo events share a point: one cluster with their count and deaths.
    cluster = page.locator(".event-cluster").filter(has_text="3")
    expect(cluster).to_have_count(1)
    expect(cluster.locator(".deaths")).to_have_text("2 †")
    expect(page.locator("path.event-marker")).to_have_count(4)
    # The unplaced, undated event is counted, and the link lists it alone.
    expect(page.locator("#gap-unmapped")).to_have_text("1 not mapped")
    expect(page.locator("#gap-undated")).to_have_text("1 undated")
    _save(page, "dashboard.png")
    page.click("#gap-undated")
    expect(page.locator("#list tbody tr")).to_have_count(1)
    expect(page.locator("#list tbody tr")).to_contain_text("undated")
    page.click("#gap-all")
    expect(page.locator("#list tbody tr")).to_have_count(8)
    # Opening the cluster shows its events.
    cluster.click()
    expect(page.locator("path.event-marker")).not_to_have_count(4)


def test_deep_link_opens_the_contested_event_side_by_side(server, page):
    from playwright.sync_api import expect

    strike = _contested(server)
    open_dashboard(page, f"{server}/#event={strike['id']}")
    panel = page.locator("#event")
    expect(panel.locator("[data-field=status]")).to_have_text("contested")
    expect(panel.locator("[data-field=place]")).to_contain_text("Karm al-Jabal")
    # The map flew to the event, close enough that its own marker shows.
    map_el = page.locator("#map")
    expect(map_el).to_have_attribute("data-zoom", "11", timeout=5000)
    lat, lon = (float(x) for x in map_el.get_attribute("data-center").split(","))
    assert abs(lat - 34.7268) < 0.01 and abs(lon - 36.7234) < 0.01
    expect(page.locator("path.event-marker.selected")).to_have_count(1)
    # Side by side: one column per source, the tolls in one row, marked as disagreeing.
    sides = panel.locator("[data-testid=sides]")
    expect(sides.locator("thead th")).to_have_text(
        ["", "Syrian Observatory for Human Rights", "Local Coordination Committees"])
    toll = sides.locator("tr[data-kind=fatalities]")
    expect(toll).to_have_class("disagree")
    expect(toll.locator("td .value")).to_have_text(["12", "20"])
    expect(panel.locator(".source-text mark.quote:not(.other)")).to_have_count(2)
    # The header is not scrolled away: the page itself never scrolls.
    assert page.evaluate("document.scrollingElement.scrollTop") == 0
    _save(page, "dashboard-contested.png")
    # Picking a row keeps the URL on the event, so it can be shared.
    page.locator("#list tr[data-id]").filter(has_text="Daraa").click()
    expect(panel.locator("[data-field=place]")).to_contain_text("Daraa")
    assert "event=" in page.url and strike["id"] not in page.url
    expect(map_el).to_have_attribute("data-center", "32.6189,36.1021", timeout=5000)
    _save(page, "dashboard-event.png")


def test_article_view_highlights_quotes_linked_to_events(server, page):
    from playwright.sync_api import expect

    strike = _contested(server)
    page.goto(f"{server}/article.html?id=t-homs#event={strike['id']}")
    page.wait_for_selector(READY, timeout=20000)
    expect(page.locator("[data-field=title]")).to_have_text("Jets strike Homs")
    expect(page.locator("[data-field=outlet]")).to_have_text("example.org")
    expect(page.locator("[data-field=published]")).to_have_text("2012-03-05")
    marks = page.locator("#article mark.quote")
    expect(marks).to_have_count(3)
    expect(page.locator("#article mark.focus")).to_have_count(2)  # the strike's two quotes
    links = page.locator("#article a.to-event")
    assert links.first.get_attribute("href") == f"/#event={strike['id']}"
    expect(page.locator("#article-events li")).to_have_count(2)
    links.nth(2).click()  # the Aleppo clash's quote opens that event on the dashboard
    page.wait_for_selector(READY, timeout=20000)
    expect(page.locator("#event [data-field=place]")).to_contain_text("Aleppo")


def test_timeline_brush_filters_the_list(server, page):
    from playwright.sync_api import expect

    open_dashboard(page, server)
    expect(page.locator("#timeline")).to_have_attribute("data-bin", "day")
    over = page.locator("#timeline .u-over")
    box = over.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.15, y, steps=5)
    page.mouse.up()
    expect(page.locator("#brush-info")).to_contain_text("2012-03-04")
    rows = page.locator("#list tbody tr")
    expect(rows).to_have_count(2)  # the Homs strike and the Aleppo clash, both on 4 March
    assert "date_to=2012-03-0" in page.locator("#downloads a").first.get_attribute("href")
    # A narrower window redraws the chart to the new width.
    page.set_viewport_size({"width": 900, "height": 900})
    expect(page.locator("#timeline canvas")).to_have_attribute(
        "width", str(page.locator("#timeline").evaluate("el => el.clientWidth")), timeout=5000)


def test_downloads_in_every_format(server, page):
    from playwright.sync_api import expect

    from khaldun.serve.formats import FORMATS

    open_dashboard(page, server)
    page.select_option("select[name=event_type]", "Explosions/Remote violence")
    expect(page.locator("#count")).to_have_text("2 events shown")
    got = {}
    for fmt in ("acled", "ucdp", "geojson", "parquet"):
        link = page.locator(f"#downloads a[data-format={fmt}]")
        assert "event_type=Explosions" in link.get_attribute("href")
        assert f"format={fmt}" in link.get_attribute("href")
        if fmt not in FORMATS:  # Parquet waits for the API's export (issue 11)
            continue
        with page.expect_download() as info:
            link.click()
        got[fmt] = Path(info.value.path()).read_bytes()
    assert got["acled"].startswith(b"event_id_cnty,") and got["acled"].count(b"\n") == 3
    assert got["ucdp"].startswith(b"id,relid,") and got["ucdp"].count(b"\n") == 3
    assert len(json.loads(got["geojson"])["features"]) == 2
    if "parquet" in FORMATS:
        assert got["parquet"].startswith(b"PAR1")


def test_dashboard_on_the_bundled_sample(tmp_path, page):
    from importlib.resources import files

    import httpx
    from playwright.sync_api import expect

    from khaldun.ingest import read_paths
    from khaldun.pipeline import extract_articles

    sample = Path(str(files("khaldun.data").joinpath("sample")))
    paths = sorted(p for p in sample.iterdir() if p.suffix != ".md")
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    db = tmp_path / "sample.duckdb"
    store = open_store(db)
    for result in extract_articles(articles):
        store.add_article(result.article, result.events)
    store.close()
    with serving(db) as url:
        events = _events(url, limit=1000)
        assert any(e["location"]["lat"] is not None for e in events)
        open_dashboard(page, url)
        expect(page.locator("#count")).to_have_text(f"{len(events)} events shown")
        page.locator("#list tr[data-id]").first.click()
        mark = page.locator("#event .source-text mark.quote:not(.other)").first
        expect(mark).to_be_visible()
        event_id = page.locator("#event").get_attribute("data-event-id")
        detail = httpx.get(f"{url}/events/{event_id}").json()
        marked = mark.inner_text().strip()
        assert any(marked in c["quote"] or c["quote"] in marked for c in detail["claims"])


def test_protected_dashboard_asks_for_the_token(dashboard_db, page):
    from playwright.sync_api import expect

    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept("s3cret")

    with serving(dashboard_db, token="s3cret", protect_reads=True) as url:
        page.on("dialog", answer)
        open_dashboard(page, url)
        expect(page.locator("#count")).to_have_text("8 events shown")
    assert len(asked) == 1 and "token" in asked[0]
