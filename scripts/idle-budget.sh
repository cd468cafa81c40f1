#!/usr/bin/env bash
# Measures minted while idle with a live price lock, as a person leaves it open: start to first frame,
# bytes written to the terminal per second and CPU over a window (default 30 s), at 120×40 in tmux, then resident
# memory (split into private anonymous memory and pages of mapped files: code of the binary and shared libraries).
# Usage: scripts/idle-budget.sh [seconds] [memory-seconds]
#   memory-seconds: keep the app running until that many seconds after its start (600 for the 10-minute budget) and
#   report resident memory again, with the largest mappings.
#   MINTED_BIN=path to skip the build; MINTED_ARGS="--poll-interval 1" to fill the 500-exchange inspector ring
#   within 10 minutes; BYTES_LOG=path keeps the captured terminal bytes (for scripts/idle-bytes.py). Needs tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
window=${1:-30}
memory_window=${2:-0}
if [ -z "${MINTED_BIN:-}" ]; then
  swift build -c release --product minted >/dev/null 2>&1
  bin=$PWD/.build/release/minted
else
  bin=$MINTED_BIN
fi
work=$(mktemp -d)
sock=minted-idle-$$-$RANDOM
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

start=$(date +%s%N)
tmux -L $sock new-session -d -x 120 -y 40 -s idle "cd $work && exec env TERM=xterm-256color XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work $bin ${MINTED_ARGS:-}"
for _ in $(seq 1 300); do
  if tmux -L $sock capture-pane -p -t idle | grep -q "12.000 g"; then break; fi
  sleep 0.01
done
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first full frame (incl. tmux polling): ${first} ms   budget ≤ 300 ms"

tmux -L $sock send-keys -t idle a; sleep 0.5; tmux -L $sock send-keys -t idle 1 Enter
sleep 2
pid=$(tmux -L $sock list-panes -t idle -F '#{pane_pid}')   # the pane runs minted itself (exec)
tmux -L $sock pipe-pane -t idle -o "cat >> $work/bytes"
ticks_before=$(awk '{print $14 + $15}' /proc/$pid/stat)
sleep "$window"
ticks_after=$(awk '{print $14 + $15}' /proc/$pid/stat)
tmux -L $sock pipe-pane -t idle
bytes=$(stat -c %s "$work/bytes" 2>/dev/null || echo 0)
hz=$(getconf CLK_TCK)
echo "bytes written while idle: $((bytes / window)) B/s ($bytes B in ${window} s)   budget ≤ 100 B/s"
awk -v t=$((ticks_after - ticks_before)) -v hz=$hz -v w=$window 'BEGIN { printf "CPU while idle: %.2f %% of one core   budget ≤ 1 %%\n", 100 * t / hz / w }'
if [ -n "${BYTES_LOG:-}" ]; then cp "$work/bytes" "$BYTES_LOG"; fi

# Resident memory: VmRSS, and how much of it is the process's own (anonymous) memory and how much pages of mapped
# files (the binary's and shared libraries' code and data, shared with any other process mapping them).
memory() {
  awk '/^VmRSS/ {rss = $2} /^RssAnon/ {anon = $2} /^RssFile/ {file = $2}
       END { printf "resident memory %s: %.1f MB (anonymous %.1f MB, mapped files %.1f MB)   budget ≤ 40 MB after 10 min\n", label, rss / 1024, anon / 1024, file / 1024 }' \
    label="$1" /proc/$pid/status
}
memory "after $((window + 3)) s"
if [ "$memory_window" -gt 0 ]; then
  while [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$memory_window" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "minted ended early" >&2; exit 1; }
    sleep 5
  done
  memory "after ${memory_window} s"
  echo "largest mappings (kB resident):"
  awk '/^[0-9a-f]+-[0-9a-f]+ / {name = $6; if (name == "") name = "[anonymous]"} /^Rss:/ {rss[name] += $2}
       END {for (n in rss) if (rss[n] >= 512) printf "  %6d  %s\n", rss[n], n}' /proc/$pid/smaps | sort -rn | head -12
fi
tmux -L $sock capture-pane -p -t idle | head -3
