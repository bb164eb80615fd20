#!/usr/bin/env bash
# Sets up (if needed) and audits the bundled insecure example: a copy with permissive file modes.
# Usage: tools/demo.sh [extra chitin audit flags, e.g. --format html --output /tmp/report.html]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "dotnet SDK 10 not found on PATH" >&2; exit 1; }
dotnet build src/Chitin.Cli -c Release -v quiet -nologo >/dev/null
demo="$(mktemp -d /tmp/chitin-demo.XXXXXX)/.openclaw"
cp -r examples/insecure "$demo"
chmod 777 "$demo"; chmod 644 "$demo/openclaw.json" "$demo/.env"; chmod 755 "$demo/credentials"
echo "auditing a copy of examples/insecure at $demo" >&2
set +e
dotnet artifacts/bin/Chitin.Cli/release/chitin.dll audit --state-dir "$demo" --no-docker "$@"
code=$?
set -e
echo "chitin audit exited with $code (1 = findings at or above --fail-on high)" >&2
exit 0
