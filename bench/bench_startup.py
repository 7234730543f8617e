"""Start-up cost of the CLI: CPU-seconds of `khaldun --help` and of a one-article extract.

Run: .venv/bin/python bench/bench_startup.py [--repeat 3]
CPU time (user + system, of the child process) rather than wall time, so other work on the
machine does not count; the best of `--repeat` runs is printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

KHALDUN = Path(sys.executable).with_name("khaldun")
ARTICLE = "Government jets struck Rastan on Wednesday, killing nine people, activists said.\n"


def cpu_seconds(args: list[str]) -> float:
    """CPU time one run of `khaldun args` took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(KHALDUN), *args], check=True, capture_output=True, env=os.environ)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp, "one.txt")
        article.write_text(ARTICLE)
        out = str(Path(tmp, "out.jsonl"))
        runs = {
            "khaldun --help": ["--help"],
            "khaldun extract (one article)": ["extract", str(article), "-o", out,
                                              "--published", "2013-05-02"],
        }
        for label, args in runs.items():
            best = min(cpu_seconds(args) for _ in range(repeat))
            print(f"{label:32} {best:5.2f} CPU-s")


if __name__ == "__main__":
    main()
