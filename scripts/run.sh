#!/usr/bin/env bash
# Sets everything up and runs the web app with demo content on SQLite at http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/bowlby serve "$@"
