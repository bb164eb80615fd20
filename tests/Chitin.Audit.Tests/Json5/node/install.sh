#!/usr/bin/env bash
# Installs the npm "json5" package (package.json, package-lock.json) that the differential test
# (Trait Category=Node, Json5NodeDifferentialTests) compares Chitin's JSON5 reader against.
# tools/setup.sh does the same; without node/npm this does nothing and the test skips with a message.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f node_modules/json5/package.json ]; then
  exit 0
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "json5 oracle: node/npm not found; the Node differential test will skip" >&2
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error >&2
