#!/usr/bin/env bash
# Runs every test of the solution and prints the closing line "N passed, N failed, N skipped".
# Usage: tools/test.sh [extra dotnet test args, e.g. --filter Category!=OpenClaw]
set -uo pipefail
cd "$(dirname "$0")/.."
# Everything the tests need (Node, the real OpenClaw CLI, a Docker engine) is installed and started first.
bash tools/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Build everything first: some tests run the built chitin executable.
if ! dotnet build Chitin.slnx -c Release -nologo -v quiet >"$log" 2>&1; then
  cat "$log"; echo "0 passed, 1 failed"; exit 1
fi
dotnet test Chitin.slnx -c Release --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Sum the per-assembly summaries: "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total: ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status before reporting failures (build error?)" >&2
  failed=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
