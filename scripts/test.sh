#!/usr/bin/env bash
# Sets everything up and runs the whole suite: lint, then every test on SQLite, then every
# database test again on a real PostgreSQL server that this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

echo "== ruff"
.venv/bin/ruff check src tests benchmarks

echo "== tests on SQLite"
.venv/bin/python -m pytest "$@"

echo "== tests on PostgreSQL"
source scripts/postgres.sh
postgres_start
trap postgres_stop EXIT
DATABASE_URL="$POSTGRES_URL" .venv/bin/python -m pytest -m "not browser" tests/web "$@"
