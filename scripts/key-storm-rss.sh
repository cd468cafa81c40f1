#!/usr/bin/env bash
# Resident memory of the TUI (embedded sandbox) before and after N random keys sent through tmux (issue 19:
# the memory budget must hold after a 10,000-key storm). Usage: [KEYS="j k"] [WRAP=heaptrack] scripts/key-storm-rss.sh [BINARY] [N]
set -euo pipefail
BIN=${1:-$(cd "$(dirname "$0")/.." && pwd)/.build/debug/minted}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
N=${2:-10000}
W=$(mktemp -d)
S=ks$$
tmux -L $S new-session -d -x 120 -y 40 "cd $W && ${EXTRA_ENV:-} TERM=xterm-256color XDG_DATA_HOME=$W/data XDG_CONFIG_HOME=$W/config XDG_STATE_HOME=$W/state ${WRAP:-} $BIN; sleep 5"
sleep 4
PID=$(pgrep -f "^$BIN$" | head -1)
rss() { awk '/VmRSS/ {print $2}' /proc/$PID/status; }
echo "rss before: $(rss) kB"
keys=(j k Tab BTab 1 2 3 4 '[' ']' p t g G PPage NPage i Escape o Escape u Escape '?' Escape b s d a Escape + - x Escape)
KEYS=${KEYS:-} python3 - "$N" > $W/keys <<'PY'
import random, sys
random.seed(7)
import os
keys=os.environ["KEYS"].split() if os.environ.get("KEYS") else ["j","k","Tab","BTab","1","2","3","4","[","]","p","t","g","G","PPage","NPage","i","Escape","o","Escape","u","Escape","?","Escape","b","s","d","Escape","Down","Up","r"]
for _ in range(int(sys.argv[1])): print(random.choice(keys))
PY
i=0; batch=()
while read -r k; do batch+=("$k"); i=$((i+1)); if [ ${#batch[@]} -ge 50 ]; then tmux -L $S send-keys -t 0 "${batch[@]}"; batch=(); fi; done < $W/keys
[ ${#batch[@]} -gt 0 ] && tmux -L $S send-keys -t 0 "${batch[@]}"
sleep 5
echo "rss after $N keys: $(rss) kB"
sleep 20
echo "rss 20 s later: $(rss) kB"
tmux -L $S kill-server || true
rm -rf $W
