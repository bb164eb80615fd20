#!/usr/bin/env bash
# Benchmark: `chitin audit` (NativeAOT build) against the real `openclaw security audit` on the same state
# dir, in the same run. Prints a table of median wall time and median peak memory (max RSS) with ratios,
# and records it, dated, in bench/RESULTS.md.
#
# Usage: bench/audit-bench.sh [RUNS=7] [STATE_DIR]    (default state dir: a copy of examples/insecure)
# Needs: tools/setup.sh (real OpenClaw CLI at $OPENCLAW_ANCHOR, /usr/bin/time), clang + zlib1g-dev for AOT.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
ANCHOR="${OPENCLAW_ANCHOR:-/tmp/openclaw-anchor}"
OUT=bench/out
mkdir -p "$OUT"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -x "$ANCHOR/bin/openclaw" ] || { echo "real OpenClaw CLI missing at $ANCHOR; run tools/setup.sh" >&2; exit 2; }

if [ -n "${2:-}" ]; then
  STATE="$(cd "$2" && pwd)"
else
  STATE="$(mktemp -d /tmp/chitin-bench.XXXXXX)/.openclaw"
  cp -r examples/insecure "$STATE"
  chmod 700 "$STATE"
fi

# Chitin, compiled ahead of time: NativeAOT when the NativeAOT runtime pack is reachable, else ReadyToRun
# (precompiled IL, the crossgen2 pack), else the plain JIT build. The table names the build measured.
CHITIN=("$OUT/aot/chitin")
build="NativeAOT"
if ! dotnet publish src/Chitin.Cli -c Release -r linux-x64 -p:PublishAot=true -p:TreatWarningsAsErrors=false -o "$OUT/aot" -v quiet -nologo >"$OUT/publish.log" 2>&1; then
  echo "NativeAOT publish failed (see $OUT/publish.log); trying ReadyToRun" >&2
  CHITIN=("$OUT/r2r/chitin")
  build="ReadyToRun"
  if ! dotnet publish src/Chitin.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/r2r" -v quiet -nologo >"$OUT/publish-r2r.log" 2>&1; then
    echo "ReadyToRun publish failed (see $OUT/publish-r2r.log); measuring the JIT build" >&2
    dotnet build src/Chitin.Cli -c Release -v quiet -nologo >/dev/null
    CHITIN=(dotnet artifacts/bin/Chitin.Cli/release/chitin.dll)
    build="JIT"
  fi
fi

HOME_DIR="$(mktemp -d /tmp/chitin-bench-home.XXXXXX)"
CWD="$(mktemp -d /tmp/chitin-bench-cwd.XXXXXX)"
run_chitin() { "${CHITIN[@]}" audit --state-dir "$STATE" --format json --no-docker --fail-on none >/dev/null; }
run_openclaw() {
  (cd "$CWD" && env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" OPENCLAW_STATE_DIR="$STATE" OPENCLAW_CONFIG_PATH="$STATE/openclaw.json" \
    npm_config_offline=true npm_config_registry=http://127.0.0.1:9/ "$ANCHOR/bin/openclaw" security audit --json >/dev/null 2>&1 || true)
}
export -f run_chitin run_openclaw 2>/dev/null || true

measure() { # $1 = function name; prints "seconds maxrss_kb" per run
  local fn=$1 i
  for i in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" bash -c "$(declare -f "$fn"); $(declare -p CHITIN STATE ANCHOR HOME_DIR CWD); $fn"
    cat "$OUT/time.txt"
  done
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_chitin # warm the page cache
run_openclaw
measure run_chitin >"$OUT/chitin.txt"
measure run_openclaw >"$OUT/openclaw.txt"
c_t=$(cut -d' ' -f1 "$OUT/chitin.txt" | median); c_m=$(cut -d' ' -f2 "$OUT/chitin.txt" | median)
o_t=$(cut -d' ' -f1 "$OUT/openclaw.txt" | median); o_m=$(cut -d' ' -f2 "$OUT/openclaw.txt" | median)
speed=$(awk -v a="$o_t" -v b="$c_t" 'BEGIN { printf "%.0f", (b > 0 ? a / b : 0) }')
memr=$(awk -v a="$c_m" -v b="$o_m" 'BEGIN { printf "%.3f", a / b }')
findings=$("${CHITIN[@]}" audit --state-dir "$STATE" --format json --no-docker --fail-on none | grep -c '"id": "CHI-' || true)

table=$(cat <<EOT
| tool | median wall | median peak RSS | runs |
| --- | ---: | ---: | ---: |
| chitin audit ($build) | $(awk -v t="$c_t" 'BEGIN{printf "%.3f s", t}') | $(awk -v m="$c_m" 'BEGIN{printf "%.1f MiB", m/1024}') | $RUNS |
| openclaw security audit 2026.9.6 | $(awk -v t="$o_t" 'BEGIN{printf "%.3f s", t}') | $(awk -v m="$o_m" 'BEGIN{printf "%.1f MiB", m/1024}') | $RUNS |
| **ratio** | **${speed}x faster** | **${memr} of OpenClaw's** | |
EOT
)
echo "$table"
echo "targets: >= 50x faster, <= 0.1 of the peak memory; chitin reported $findings findings" >&2

# Record, dated, replacing the previous audit section of bench/RESULTS.md.
{
  [ -f bench/RESULTS.md ] && awk '/^## audit /{skip=1; next} /^## /{skip=0} !skip' bench/RESULTS.md || echo "# Benchmark results"
  echo
  echo "## audit ($(date -u +%Y-%m-%d), $(nproc) cores, state dir: ${2:-copy of examples/insecure})"
  echo
  echo "Command: \`bench/audit-bench.sh $RUNS\`. Wall time and max RSS from /usr/bin/time; medians."
  echo
  echo "$table"
} > bench/RESULTS.md.tmp
mv bench/RESULTS.md.tmp bench/RESULTS.md
