#!/usr/bin/env bash
# Measures minted while idle with a live price lock, as a person leaves it open: start to first frame,
# bytes written to the terminal per second and CPU over a window (default 30 s), at 120×40 in tmux.
# Usage: scripts/idle-budget.sh [seconds]   (builds release first, or MINTED_BIN=path; needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
window=${1:-30}
if [ -z "${MINTED_BIN:-}" ]; then
  swift build -c release --product minted >/dev/null 2>&1
  bin=$PWD/.build/release/minted
else
  bin=$MINTED_BIN
fi
work=$(mktemp -d)
sock=minted-idle-$$
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

start=$(date +%s%N)
tmux -L $sock new-session -d -x 120 -y 40 -s idle "cd $work && TERM=xterm-256color XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work $bin"
for _ in $(seq 1 300); do
  if tmux -L $sock capture-pane -p -t idle | grep -q "12.000 g"; then break; fi
  sleep 0.01
done
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first full frame (incl. tmux polling): ${first} ms   budget ≤ 300 ms"

tmux -L $sock send-keys -t idle a; sleep 0.5; tmux -L $sock send-keys -t idle 1 Enter
sleep 2
pid=$(pgrep -f "^$bin" | head -1)
tmux -L $sock pipe-pane -t idle -o "cat >> $work/bytes"
ticks_before=$(awk '{print $14 + $15}' /proc/$pid/stat)
sleep "$window"
ticks_after=$(awk '{print $14 + $15}' /proc/$pid/stat)
tmux -L $sock pipe-pane -t idle
bytes=$(stat -c %s "$work/bytes" 2>/dev/null || echo 0)
hz=$(getconf CLK_TCK)
echo "bytes written while idle: $((bytes / window)) B/s ($bytes B in ${window} s)   budget ≤ 100 B/s"
awk -v t=$((ticks_after - ticks_before)) -v hz=$hz -v w=$window 'BEGIN { printf "CPU while idle: %.2f %% of one core   budget ≤ 1 %%\n", 100 * t / hz / w }'
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "resident memory: $((rss / 1024)) MB"
tmux -L $sock capture-pane -p -t idle | head -3
