"""Re-measure and rewrite the results sections of docs/accuracy.md and docs/benchmarks.md.

Run by hand from the repo root, with ../shared/data present (takes about a minute):

    .venv/bin/python bench/refresh_docs.py

It runs the commands shown in each document, keeps their JSON under --workdir,
and replaces the text between `<!-- results:start -->` and `<!-- results:end -->`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_results import accuracy, bench, corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KHALDUN = str(ROOT / ".venv" / "bin" / "khaldun")
PYTHON = str(ROOT / ".venv" / "bin" / "python")
START, END = "<!-- results:start -->", "<!-- results:end -->"
SETS = {
    "dev": ["../shared/data/dev-gold.jsonl"],
    "check": ["../shared/data/dev-gold-2.jsonl"],
    "check_corpus": ["../shared/data/dev-gold-2.jsonl", "--corpus"],
    "corpus": ["../shared/data/dev-gold.jsonl", "--corpus"],
    "acled": ["--acled", "../shared/data/acled-me-2018/train.csv"],
    "pitf": ["--pitf", "../shared/data/pitf/pitf-2013-2015.tsv"],
}


def measure(workdir: Path) -> dict[str, Path]:
    """Run every evaluation and the benchmark; the path of each JSON result."""
    out = {}
    for name, args in SETS.items():
        out[name] = workdir / f"{name}.json"
        with open(out[name], "w") as handle:
            subprocess.run([KHALDUN, "eval", *args, "--json"], cwd=ROOT, stdout=handle, check=True)
    out["bench"] = workdir / "bench.json"
    subprocess.run(
        [PYTHON, "bench/bench_pipeline.py", "--texts", "2000", "--json", str(out["bench"])],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def replace_results(path: Path, body: str) -> None:
    """Put body between the results markers of a document."""
    text = path.read_text()
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        sys.exit(f"{path}: no {START} ... {END} section to replace")
    path.write_text(pattern.sub(lambda _: f"{START}\n{body.strip()}\n{END}", text))


def _stamp() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Measured {when} on the working tree at HEAD `{head}`."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/khaldun-refresh"))
    parser.add_argument("--reuse", action="store_true",
                        help="render the JSON results already in --workdir, measuring nothing")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    paths = ({name: args.workdir / f"{name}.json" for name in [*SETS, "bench"]}
             if args.reuse else measure(args.workdir))
    stamp = _stamp()
    dev_table, labelled_table = accuracy(
        paths["dev"], paths["check"], paths["acled"], paths["pitf"]).split("\n\n")
    replace_results(
        ROOT / "docs" / "accuracy.md",
        f"{stamp}\n\n### dev-gold and the dev-gold-2 check set (codebook §7 events)\n\n"
        f"{dev_table}\n\n"
        f"### dev-gold as one corpus (cross-article merging, `--corpus`)\n\n"
        f"{corpus(paths['corpus'])}\n\n"
        f"### dev-gold-2 as one corpus (its multi-article events, `--corpus`)\n\n"
        f"{corpus(paths['check_corpus'])}\n\n"
        f"### ACLED 2018 and PITF (text-level, all texts)\n\n{labelled_table}\n",
    )
    replace_results(ROOT / "docs" / "benchmarks.md", f"{stamp}\n\n{bench(paths['bench'])}\n")


if __name__ == "__main__":
    main()
