"""Crash test: kill -9 `khaldun ingest` mid-run, resume, and compare with a clean run.

Run by hand from the repo root (a few minutes; not in CI):

    .venv/bin/python scripts/crash_test.py [--articles 400] [--kills 3] [--db postgresql://...]

Writes its own articles (invented reports, one a file) to a temporary folder, ingests them
once without interruption, then again into a second database killing the process with
SIGKILL at a random moment `--kills` times, resuming each time, and a last time to the end.
The two databases must hold the same articles and the same merged events (fingerprints:
sha256 of the sorted article hashes and of the sorted event exports). With --db, the
PostgreSQL database's tables are dropped first and it takes the crashed run.
Exit status 0 when the fingerprints match.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from khaldun.store import engine_url, open_store
from khaldun.store.schema import metadata

KHALDUN = [str(Path(sys.executable).parent / "khaldun")]  # the venv's command
TOWNS = ["Homs", "Aleppo", "Idlib", "Hama", "Daraa", "Raqqa", "Douma", "Rastan", "Palmyra"]
ACTS = [
    "Government jets struck {town} on {day}, killing {n} people, activists said.",
    "Rebels attacked an army checkpoint near {town} on {day}; {n} soldiers were killed.",
    "Shelling of {town} on {day} killed {n} civilians, the observatory said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_corpus(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(count):
        town, day, n = rng.choice(TOWNS), rng.choice(DAYS), rng.randint(2, 40)
        body = " ".join(rng.choice(ACTS).format(town=town, day=day, n=n) for _ in range(3))
        (folder / f"a{i:04}.txt").write_text(f"BEIRUT, March {1 + i % 27} - {body} ({i})\n")


def fingerprint(db: str) -> dict[str, str | int]:
    """Counts and hashes of what a database holds, independent of ingest order and timing."""
    store = open_store(db)
    try:
        counts = store.counts()
        with store.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT content_hash FROM articles"))
            hashes = sorted(r[0] for r in rows)
    finally:
        store.close()
    events = subprocess.run(
        [*KHALDUN, "events", "--db", db, "-f", "jsonl", "--limit", "100000"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    rows = sorted(json.dumps({k: v for k, v in json.loads(e).items() if k != "id"},
                             sort_keys=True) for e in events)
    return {
        **counts,
        "articles_sha": hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16],
        "events_sha": hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16],
    }


def ingest(folder: Path, db: str, kill_after: float | None) -> int | None:
    """Run `khaldun ingest`; with kill_after, SIGKILL it after that many seconds."""
    proc = subprocess.Popen([*KHALDUN, "ingest", str(folder), "--db", db, "--published",
                             "2012-03-30"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is None:
        return proc.wait()
    try:
        return proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--db", help="postgresql:// URL for the crashed run (default DuckDB)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        write_corpus(folder, args.articles, args.seed)
        clean, crashed = str(Path(tmp, "clean.duckdb")), args.db or str(Path(tmp, "crash.duckdb"))
        if args.db:
            engine = sa.create_engine(engine_url(args.db))
            with engine.begin() as conn:
                metadata.drop_all(conn)
            engine.dispose()
        start = time.perf_counter()
        ingest(folder, clean, None)
        full = time.perf_counter() - start
        print(f"clean run: {full:.1f} s", flush=True)
        for n in range(args.kills):
            # Past the start-up (about 3 s of model loading), somewhere inside the run.
            after = rng.uniform(min(3.0, full / 2), full * 0.9)
            status = ingest(folder, crashed, after)
            stored = fingerprint(crashed)["articles"]
            state = "killed" if status is None else f"finished, exit {status}"
            print(f"kill {n + 1}: after {after:.1f} s ({state}); {stored} articles stored",
                  flush=True)
        ingest(folder, crashed, None)
        want, got = fingerprint(clean), fingerprint(crashed)
    print("clean:  ", want)
    print("crashed:", got)
    same = want == got
    print("identical" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
