#!/usr/bin/env bash
# Benchmarks `minted sandbox` on loopback with Digest auth: builds minted (release unless MINTED_BIN is set),
# starts it on a free port, drives it with scripts/sandbox-bench.py, prints the figure, stops it.
# Usage: scripts/sandbox-bench.sh [REQUESTS=2000] [CLIENTS=4] [MODE=reads|buys|compare]
#   compare: the buys run against an in-memory sandbox, then against one keeping its state in a fresh SQLite file
#   (`--state`), and the ratio persisted / in-memory (issue 19's target: at least 0.5).
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
clients=${2:-4}
mode=${3:-reads}
if [[ -z "${MINTED_BIN:-}" ]]; then
  swift build -c release --product minted >/dev/null
  MINTED_BIN=.build/release/minted
fi
work=$(mktemp -d)
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT

# run MODE [sandbox flags…]: one sandbox, one drive; prints the driver's line.
run() {
  local drive=$1; shift
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  "$MINTED_BIN" sandbox --host 127.0.0.1 --port "$port" --volatility 0 --quiet "$@" >"$work/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q "minted sandbox on" "$work/log" && break
    sleep 0.1
  done
  grep -q "minted sandbox on" "$work/log" || { cat "$work/log"; echo "sandbox did not start" >&2; exit 1; }
  timeout 300 python3 scripts/sandbox-bench.py "http://127.0.0.1:$port" "$requests" "$clients" "$drive"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

if [[ "$mode" != compare ]]; then
  run "$mode"
  exit 0
fi
memory=$(run buys)
echo "in memory:   $memory"
persisted=$(run buys --state "$work/bench.sqlite")
echo "persisted:   $persisted"
python3 - "$memory" "$persisted" <<'PY'
import re, sys
def rate(line):
    if not line.split("failures: ")[-1].startswith("0"):
        sys.exit("a run had failures: no ratio")
    return float(re.search(r"([0-9.]+) buys/s", line).group(1))
m, p = rate(sys.argv[1]), rate(sys.argv[2])
print(f"persisted / in memory: {p / m:.2f} (target >= 0.5)")
PY
