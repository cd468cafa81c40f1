#!/usr/bin/env bash
# Regenerates scripts/minted.order, the functions a minted session runs, which the release link lays out together
# (Package.swift, `compactRelease`) so that the code a session touches fills few pages instead of most of them.
#
# Each round links the release binary with the current list, runs a session in tmux under `perf record -e page-faults`
# (start, a buy basket, the inspector, help, faults, orders, 30 s of idle polling), and appends every function of
# the binary whose first instruction fetch faulted a page: those are the ones still outside the laid-out run. The list
# converges in a few rounds; names that no longer exist are ignored by the linker, so a stale list is only less tight.
# Usage: scripts/link-order.sh [rounds]     (default 4; needs perf, tmux and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-4}
order=$PWD/scripts/minted.order
touch "$order"
work=$(mktemp -d)
sock=minted-order-$$
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

for round in $(seq 1 "$rounds"); do
  rm -f .build/release/minted   # SwiftPM does not notice the list changing; make it link again
  swift build -c release --product minted >/dev/null 2>&1 || { echo "the release build failed: swift build -c release --product minted" >&2; exit 1; }
  bin=$(readlink -f .build/release/minted)
  tmux -L $sock new-session -d -x 120 -y 40 -s order \
    "cd $work && exec env TERM=xterm-256color XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work XDG_STATE_HOME=$work \
     perf record -q -e page-faults -c 1 -d -o $work/faults.data $bin --poll-interval 1"
  sleep 3
  for keys in a "1 Enter" Tab Down Tab i Down Enter Escape Escape '?' Escape f Down Escape o Escape; do
    # shellcheck disable=SC2086
    tmux -L $sock send-keys -t order $keys; sleep 1
  done
  sleep 30
  tmux -L $sock send-keys -t order q; sleep 3
  tmux -L $sock kill-server 2>/dev/null || true
  perf script -i "$work/faults.data" -F ip,addr,dso,sym 2>/dev/null | python3 -c '
import re, sys
order_path, binary = sys.argv[1], sys.argv[2]
known = set(line.strip() for line in open(order_path))
line_shape = re.compile(r"^\s*([0-9a-f]+)\s+.*?\s+\((\S+)\)\s+([0-9a-f]+)\s+(.*?)\s+\((\S+)\)\s*$")
new = []
for line in sys.stdin:
    match = line_shape.match(line)
    if not match: continue
    address, _, ip, symbol, dso = match.groups()
    # An instruction fetch: the fault is on the page the instruction pointer is on, inside minted.
    if dso != binary or int(address, 16) >> 12 != int(ip, 16) >> 12: continue
    name = symbol.split("+")[0]
    if name and name != "[unknown]" and name not in known:
        known.add(name); new.append(name)
open(order_path, "a").write("".join(name + "\n" for name in new))
print(f"round {sys.argv[3]}: {len(new)} functions added")
' "$order" "$bin" "$round"
done
wc -l < "$order" | xargs echo "functions in scripts/minted.order:"
