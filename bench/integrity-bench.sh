#!/usr/bin/env bash
# Benchmark: `chitin verify` (incremental, and --full rehash) against `sha256sum` and `aide --check` over the
# same 10,000-file tree, in the same run. Prints a table (median wall time, throughput, ratios) and records it,
# dated, as the '## integrity' section of bench/RESULTS.md (other sections, e.g. '## audit', are kept).
#
# Usage: bench/integrity-bench.sh [RUNS=5] [FILES=10000]
# Needs: python3; aide (apt-get install -y aide); clang + zlib1g-dev for the NativeAOT build (falls back to a
#        ReadyToRun build, then to the JIT build). Set CHITIN_BENCH_NO_AOT=1 to skip the AOT attempt.
# Targets: incremental verify < 150 ms; full rehash not slower than sha256sum; faster than aide --check.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
FILES="${2:-10000}"
OUT=bench/out/integrity
ART="${CHITIN_ARTIFACTS:-/tmp/chitin-integrity-bench-artifacts}"
mkdir -p "$OUT"
command -v aide >/dev/null || { echo "needs aide: apt-get install -y aide" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }

# Chitin compiled ahead of time; else ReadyToRun (precompiled, framework-dependent); else the plain JIT build.
CHITIN=("$OUT/aot/chitin")
build="NativeAOT"
if [ -z "${CHITIN_BENCH_NO_AOT:-}" ] && dotnet publish src/Chitin.Cli -c Release -r linux-x64 -p:PublishAot=true --artifacts-path "$ART" -o "$OUT/aot" -v quiet -nologo >"$OUT/publish.log" 2>&1; then
  :
elif dotnet publish src/Chitin.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --artifacts-path "$ART" -o "$OUT/r2r" -v quiet -nologo >"$OUT/publish-r2r.log" 2>&1; then
  echo "NativeAOT publish failed or skipped (see $OUT/publish.log); measuring the ReadyToRun build" >&2
  CHITIN=("$OUT/r2r/chitin")
  build="ReadyToRun"
else
  echo "NativeAOT and ReadyToRun publish failed (see $OUT/publish*.log); measuring the JIT build" >&2
  dotnet build src/Chitin.Cli -c Release --artifacts-path "$ART" -v quiet -nologo >"$OUT/build.log" 2>&1
  CHITIN=(dotnet "$ART/bin/Chitin.Cli/release/chitin.dll")
  build="JIT"
fi

WORK="$(mktemp -d /tmp/chitin-ibench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home"
STATE="$HOME/.openclaw"
TREE="$STATE/extensions/bench-plugin"

# A state dir with persona files and a plugin folder of $FILES files (sizes 200 B .. 256 KiB, log-normal, seeded).
python3 - "$STATE" "$TREE" "$FILES" >"$OUT/tree.txt" <<'EOF'
import os, random, sys
state, tree, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(42)
os.makedirs(os.path.join(state, "workspace"), exist_ok=True)
for name, text in [("openclaw.json", '{ gateway: { bind: "loopback" } }\n'), ("workspace/SOUL.md", "# Soul\n"), ("workspace/AGENTS.md", "# Agents\n"), ("workspace/IDENTITY.md", "name: bench\n")]:
    with open(os.path.join(state, name), "w") as f:
        f.write(text)
total = 0
block = os.urandom(1 << 20)
for i in range(n):
    d = os.path.join(tree, "pkg%03d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    size = int(min(256 * 1024, max(200, rnd.lognormvariate(9.3, 1.0))))
    off = rnd.randrange(0, len(block) - size)
    with open(os.path.join(d, "f%05d.js" % i), "wb") as f:
        f.write(block[off:off + size])
    total += size
print(total)
EOF
BYTES=$(cat "$OUT/tree.txt")
chmod -R go-w "$STATE"
MIB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1000000 }'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() { # $@ = command; prints one wall time in ms per run
  local i t0 t1
  for i in $(seq 1 "$RUNS"); do
    t0=$(now_ms); "$@" >/dev/null 2>&1 || true; t1=$(now_ms)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }'
  done
}

"${CHITIN[@]}" baseline --state-dir "$STATE" 2>"$OUT/baseline.txt"
cat "$OUT/baseline.txt" >&2

# Warm the page cache once for everyone, then measure.
find "$STATE" -type f -print0 | xargs -0 cat >/dev/null
inc_wall=$(time_runs "${CHITIN[@]}" verify --state-dir "$STATE" --format json --fail-on none | median)
inc_self=$(for i in $(seq 1 "$RUNS"); do "${CHITIN[@]}" verify --state-dir "$STATE" --format json --fail-on none 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("elapsedMs", 0))'; done | median)
full_wall=$(time_runs "${CHITIN[@]}" verify --full --state-dir "$STATE" --format json --fail-on none | median)
sha_wall=$(time_runs sh -c "find '$STATE' -type f -print0 | xargs -0 sha256sum" | median)

cat >"$WORK/aide.conf" <<EOF
database_in=file:$WORK/aide.db
database_out=file:$WORK/aide.db.new
gzip_dbout=no
log_level=error
report_level=changed_attributes
ChitinRule = p+i+n+u+g+s+m+c+sha256
$STATE ChitinRule
EOF
aide --init -c "$WORK/aide.conf" >"$OUT/aide-init.txt" 2>&1 || true
mv "$WORK/aide.db.new" "$WORK/aide.db"
aide_wall=$(time_runs aide --check -c "$WORK/aide.conf" | median)
# aide --check must have looked at the tree: a changed file shows up (sanity check of the config)
echo "tampered" >>"$TREE/pkg000/f00000.js"
aide --check -c "$WORK/aide.conf" >"$OUT/aide-check.txt" 2>&1 && { echo "aide did not notice a change: check $WORK/aide.conf" >&2; exit 1; } || true
"${CHITIN[@]}" verify --state-dir "$STATE" --format json --fail-on none >"$OUT/verify-after-change.json" 2>/dev/null || true
grep -q '"change": "modified"' "$OUT/verify-after-change.json" || { echo "chitin verify did not notice the change" >&2; exit 1; }

mbps() { awk -v b="$BYTES" -v t="$1" 'BEGIN { printf "%.0f MB/s", (b / 1000000) / (t / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
table=$(cat <<EOT
| tool (same tree: $FILES files, $MIB MiB) | median wall | throughput | ratio |
| --- | ---: | ---: | --- |
| chitin verify, incremental ($build) | $inc_wall ms (in-process $inc_self ms) | — | $(ratio "$aide_wall" "$inc_wall")x faster than aide --check |
| chitin verify --full ($build, $(nproc) cores) | $full_wall ms | $(mbps "$full_wall") | $(ratio "$sha_wall" "$full_wall")x sha256sum's speed; $(ratio "$aide_wall" "$full_wall")x faster than aide --check |
| sha256sum (find \| xargs) | $sha_wall ms | $(mbps "$sha_wall") | 1.0 |
| aide --check 0.18 (p+i+n+u+g+s+m+c+sha256) | $aide_wall ms | $(mbps "$aide_wall") | $(ratio "$sha_wall" "$aide_wall")x sha256sum's speed |
EOT
)
echo "$table"
verdict=$(awk -v i="$inc_wall" -v f="$full_wall" -v s="$sha_wall" -v a="$aide_wall" 'BEGIN {
  printf "incremental < 150 ms: %s; full rehash not slower than sha256sum: %s; faster than aide: %s",
    (i < 150 ? "yes" : "NO"), (f <= s ? "yes" : "NO"), (f < a && i < a ? "yes" : "NO") }')
echo "$verdict" >&2

# Record, dated, replacing only the previous integrity section of bench/RESULTS.md.
{
  if [ -f bench/RESULTS.md ]; then awk '/^## integrity( |$)/{skip=1; next} /^## /{skip=0} !skip' bench/RESULTS.md; else echo "# Benchmark results"; fi
  echo
  echo "## integrity ($(date -u +%Y-%m-%d), $(nproc) cores, $FILES files / $MIB MiB, page cache warm)"
  echo
  echo "Command: \`bench/integrity-bench.sh $RUNS $FILES\`. Wall time of the whole command (process start included), median of $RUNS runs; sha256sum and aide read the same files. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "$table"
  echo
  echo "Targets: $verdict."
} | cat -s > bench/RESULTS.md.tmp
mv bench/RESULTS.md.tmp bench/RESULTS.md
