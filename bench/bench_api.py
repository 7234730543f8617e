"""Latency of filtered GET /events pages on a 100,000-event database.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_api.py [--events 100000] [--db bench/out/api.duckdb]
                                        [--requests 200] [--rebuild] [--json out.json]

The database is built once through the store's own write path (Store.add_articles, which
also merges) from synthetic roundup articles: each reports EVENTS_PER_ARTICLE events in one
country on one day, at synthetic towns spread over the Middle East, with 1-3 source claims
each. Then a real uvicorn server on 127.0.0.1 answers filtered pages of 100 events and the
script reports p50/p95/max latency per query kind and over all requests.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import socket
import statistics
import threading
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn

from khaldun.records import EVENT_TYPES, Actor, Article, Claim, Event, Fatalities, Location
from khaldun.serve import create_app
from khaldun.store import open_store

EVENTS_PER_ARTICLE = 25
ARTICLES_PER_BATCH = 200  # articles per Store.add_articles call (one transaction, one merge)
COUNTRIES = {  # ISO2 -> (min_lon, min_lat, max_lon, max_lat), a rough box inside the country
    "SY": (36.0, 32.5, 41.5, 37.0),
    "IQ": (39.5, 30.0, 47.5, 37.0),
    "YE": (43.0, 13.0, 51.0, 17.5),
    "LB": (35.2, 33.1, 36.5, 34.6),
    "TR": (27.0, 37.0, 44.0, 41.0),
    "IL": (34.3, 29.6, 35.8, 33.2),
    "PS": (34.9, 31.3, 35.5, 32.5),
    "JO": (35.5, 29.3, 38.5, 32.7),
    "EG": (25.0, 22.5, 34.0, 31.0),
    "LY": (10.0, 20.0, 25.0, 32.5),
    "IR": (45.0, 26.0, 60.0, 38.0),
    "SA": (36.0, 17.0, 55.0, 31.0),
}
SOURCES = (
    "Syrian Observatory for Human Rights",
    "SANA",
    "Local Coordination Committees",
    "reporter",
    "a military source",
    "opposition activists",
    "Reuters",
    "AFP",
)
ACTORS = (
    ("Military Forces of Syria", 1),
    ("Opposition Rebels (Syria)", 2),
    ("Islamic State", 2),
    ("Hezbollah", 8),
    ("Civilians (Syria)", 7),
    ("Protesters (Syria)", 6),
    ("National Defence Forces", 3),
    ("Police Forces of Iraq", 1),
)
TOWNS_PER_COUNTRY = 300
DAYS = 4 * 365
FIRST_DAY = date(2015, 1, 1)


def _towns(rng: random.Random) -> dict[str, list[tuple[str, str, float, float]]]:
    """Synthetic towns per country: (name, admin1, lat, lon)."""
    out = {}
    for iso, (x0, y0, x1, y1) in COUNTRIES.items():
        out[iso] = [
            (
                f"{iso}-town-{i}",
                f"{iso}-province-{i % 12}",
                rng.uniform(y0, y1),
                rng.uniform(x0, x1),
            )
            for i in range(TOWNS_PER_COUNTRY)
        ]
    return out


def _event(rng: random.Random, iso: str, town, day: date, text: list[str], at: int) -> Event:
    """One synthetic report; its sentences are appended to `text` so quotes have offsets."""
    name, admin1, lat, lon = town
    etype = rng.choice(list(EVENT_TYPES))
    sub = rng.choice(EVENT_TYPES[etype])
    killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 40])
    claims = []
    for source in rng.sample(SOURCES, rng.randint(1, 3)):
        value = None if killed is None else max(0, killed + rng.choice([0, 0, 0, 1, -1, 10]))
        quote = f"{sub} in {name} on {day.isoformat()}, {value or 'no'} dead, {source} said. "
        start = at + sum(len(t) for t in text)
        text.append(quote)
        kind = "occurred" if value is None else "fatalities"
        claims.append(
            Claim(
                source=source,
                kind=kind,
                value=value,
                quote=quote.strip(),
                start=start,
                end=start + len(quote.strip()),
            )
        )
    counts = [c.value for c in claims if isinstance(c.value, int)]
    a1, a2 = rng.sample(ACTORS, 2)
    status = "single" if len(claims) == 1 else "corroborated"
    if counts and max(counts) > 1.5 * max(min(counts), 1):
        status = "contested"
    return Event(
        event_type=etype,
        sub_event_type=sub,
        date_start=day,
        date_end=day,
        time_precision=1,
        location=Location(name=name, town=name, admin1=admin1, country=iso, lat=lat, lon=lon),
        actor1=Actor(*a1),
        actor2=Actor(*a2),
        fatalities=Fatalities(min(counts), max(counts)) if counts else None,
        status=status,
        claims=claims,
    )


def _articles(n_events: int, seed: int) -> list[tuple[Article, list[Event]]]:
    """Synthetic roundups: (article, its reports), n_events reports in all."""
    rng = random.Random(seed)
    towns = _towns(rng)
    out, made = [], 0
    while made < n_events:
        iso = rng.choice(list(COUNTRIES))
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        text: list[str] = []
        events = [
            _event(rng, iso, rng.choice(towns[iso]), day, text, 0)
            for _ in range(min(EVENTS_PER_ARTICLE, n_events - made))
        ]
        out.append(
            (
                Article(
                    text="".join(text),
                    doc_id=f"bench-{len(out)}",
                    published=day,
                    title=f"Roundup {iso} {day}",
                ),
                events,
            )
        )
        made += len(events)
    return out


def build(db: str, n_events: int, seed: int = 7) -> dict[str, int]:
    """Fill a fresh database with n_events synthetic reports through Store.add_articles."""
    items = _articles(n_events, seed)
    store = open_store(db)
    t0, done = time.perf_counter(), 0
    for i in range(0, len(items), ARTICLES_PER_BATCH):
        batch = items[i : i + ARTICLES_PER_BATCH]
        failed = [r for r in store.add_articles(batch) if isinstance(r, Exception)]
        if failed:
            raise SystemExit(f"store refused {len(failed)} synthetic articles: {failed[0]}")
        done += sum(len(events) for _, events in batch)
        print(f"  {done} reports stored ({done / (time.perf_counter() - t0):.0f}/s)", flush=True)
    counts = store.counts()
    store.close()
    return counts


def _queries(rng: random.Random) -> dict[str, callable]:
    """Query kinds: each call gives the parameters of one filtered page request."""

    def month() -> dict:
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 31))
        return {"date_from": start.isoformat(), "date_to": (start + timedelta(days=30)).isoformat()}

    def box() -> str:
        x, y = rng.uniform(35, 45), rng.uniform(30, 36)
        return f"{x:.2f},{y:.2f},{x + 2:.2f},{y + 2:.2f}"

    return {
        "unfiltered first page": lambda: {},
        "type + country + month": lambda: {
            "event_type": rng.choice(list(EVENT_TYPES)),
            "country": rng.choice(list(COUNTRIES)),
            **month(),
        },
        "bbox + min_fatalities": lambda: {"bbox": box(), "min_fatalities": rng.choice([1, 5, 10])},
        "status + admin1": lambda: {
            "status": rng.choice(["contested", "corroborated"]),
            "admin1": f"{rng.choice(list(COUNTRIES))}-province-{rng.randrange(12)}",
        },
        "actor + month": lambda: {"actor": rng.choice(ACTORS)[0].split()[0], **month()},
        "text search": lambda: {"q": f"town-{rng.randrange(TOWNS_PER_COUNTRY)}"},
        "deep page (offset 5000)": lambda: {"country": "SY", "offset": 5000},
    }


@dataclass
class Timing:
    query: str
    requests: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    mean_total: float  # mean number of matching events


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _serve(db: str) -> tuple[uvicorn.Server, str, object]:
    store = open_store(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store, None), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}", store


def measure(db: str, n_requests: int, seed: int = 11) -> list[Timing]:
    """p50/p95 latency of each query kind against a real server on localhost."""
    rng = random.Random(seed)
    server, base, store = _serve(db)
    out = []
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            client.get("/events", params={"limit": 100})  # warm caches once
            for name, make in _queries(rng).items():
                times, totals = [], []
                for _ in range(n_requests):
                    params = {"limit": 100, **make()}
                    t0 = time.perf_counter()
                    resp = client.get("/events", params=params)
                    times.append((time.perf_counter() - t0) * 1000)
                    resp.raise_for_status()
                    totals.append(resp.json()["total"])
                out.append(
                    Timing(
                        name,
                        n_requests,
                        round(_pct(times, 0.5), 1),
                        round(_pct(times, 0.95), 1),
                        round(max(times), 1),
                        round(statistics.mean(totals), 1),
                    )
                )
    finally:
        server.should_exit = True
        time.sleep(0.3)
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default="bench/out/api.duckdb")
    parser.add_argument("--requests", type=int, default=200, help="per query kind")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    is_file = not args.db.startswith("postgres")
    if is_file:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        if args.rebuild:
            Path(args.db).unlink(missing_ok=True)
    store = open_store(args.db)
    counts = store.counts()
    store.close()
    if counts["reports"] < args.events:
        if counts["reports"]:
            raise SystemExit(f"{args.db} holds {counts['reports']} reports: use --rebuild")
        print(f"building {args.events} synthetic reports in {args.db} ...", flush=True)
        t0 = time.perf_counter()
        counts = build(args.db, args.events)
        print(f"built in {time.perf_counter() - t0:.0f} s: {counts}", flush=True)
    timings = measure(args.db, args.requests)
    every = [t.p95_ms for t in timings]
    print(f"\nGET /events, limit=100, {counts['events']} merged events, db={args.db}")
    print(f"{'query':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'matches':>9}")
    for t in timings:
        print(f"{t.query:28} {t.p50_ms:8.1f} {t.p95_ms:8.1f} {t.max_ms:8.1f} {t.mean_total:9.0f}")
    print(f"worst p95: {max(every):.1f} ms (target < 200 ms)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "events": counts["events"],
                    "reports": counts["reports"],
                    "db": args.db,
                    "python": platform.python_version(),
                    "timings": [asdict(t) for t in timings],
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
