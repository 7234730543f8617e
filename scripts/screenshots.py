"""Regenerate the dashboard screenshots in docs/screenshots (main view, an event, a contested
event) by running the browser tests that take them, in Debian's chromium.

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
TESTS = "tests/serve/test_browser.py"
TAKING = "test_labels_clusters_and_gaps or test_deep_link_opens_the_contested_event_side_by_side"


def main() -> int:
    env = {**os.environ, "KHALDUN_SCREENSHOTS": str(OUT), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", TESTS, "-k", TAKING],
        cwd=ROOT, env=env, check=False,
    )
    if done.returncode == 0:
        print(f"screenshots: {', '.join(sorted(p.name for p in OUT.glob('*.png')))} in {OUT}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
