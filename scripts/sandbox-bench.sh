#!/usr/bin/env bash
# Benchmarks `minted sandbox` on loopback with Digest auth: builds minted (release unless MINTED_BIN is set),
# starts it on a free port, drives it with scripts/sandbox-bench.py, prints req/s, stops it.
# Usage: scripts/sandbox-bench.sh [REQUESTS=2000] [CLIENTS=4]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
clients=${2:-4}
if [[ -z "${MINTED_BIN:-}" ]]; then
  swift build -c release --product minted >/dev/null
  MINTED_BIN=.build/release/minted
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
"$MINTED_BIN" sandbox --host 127.0.0.1 --port "$port" --volatility 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "minted sandbox on" "$log" && break
  sleep 0.1
done
grep -q "minted sandbox on" "$log" || { cat "$log"; echo "sandbox did not start" >&2; exit 1; }
timeout 120 python3 scripts/sandbox-bench.py "http://127.0.0.1:$port" "$requests" "$clients"
