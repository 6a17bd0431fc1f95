#!/usr/bin/env bash
# Installs what Backstory needs on a fresh machine, and nothing when it is already there:
# npm packages (npm ci, when node_modules is missing or older than the lockfile) and
# Debian's Chromium for the end-to-end tests and the demo (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's chromium…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium is missing at $CHROME. Install it (sudo apt-get install -y chromium) or set CHROME_PATH." >&2
    exit 1
  fi
fi
