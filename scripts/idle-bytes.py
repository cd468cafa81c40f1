#!/usr/bin/env python3
"""Where the idle bytes go: reads a terminal byte stream (BYTES_LOG of scripts/idle-budget.sh) and splits it by screen
row and by kind (cursor moves, attribute changes, erases, text), so a budget miss points at a pane and a cause.

Usage: scripts/idle-bytes.py BYTES_LOG [seconds]
"""
import re
import sys
from collections import Counter, defaultdict

SEQUENCE = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|[\x00-\x1f]|[^\x00-\x1f\x1b]+")


def main() -> None:
    data = open(sys.argv[1], "rb").read()
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else None
    row, kinds, rows, texts = 1, Counter(), defaultdict(Counter), defaultdict(Counter)
    for match in SEQUENCE.finditer(data):
        token = match.group()
        size = len(token)
        if token.startswith(b"\x1b["):
            final = token[-1:]
            params = token[2:-1]
            if final == b"H":
                row = int(params.split(b";")[0] or 1)
                kind = "cursor"
            elif final == b"d":
                row = int(params or 1)
                kind = "cursor"
            elif final in (b"G", b"C", b"D"):
                kind = "cursor"
            elif final == b"m":
                kind = "attributes"
            elif final in (b"K", b"J", b"X"):
                kind = "erase"
            else:
                kind = "other"
        elif token.startswith(b"\x1b("):
            kind = "attributes"
        elif token.startswith(b"\x1b"):
            kind = "other"
        elif token in (b"\x08", b"\r", b"\n"):
            kind = "cursor"
            if token == b"\n":
                row += 1
        elif token[0] < 0x20:
            kind = "other"
        else:
            kind = "text"
            texts[row][token.decode("utf-8", "replace")] += 1
        kinds[kind] += size
        rows[row][kind] += size
    total = len(data)
    per = f" = {total / seconds:.0f} B/s" if seconds else ""
    print(f"{total} bytes{per}")
    print("by kind: " + ", ".join(f"{kind} {count} ({100 * count / max(total, 1):.0f} %)" for kind, count in kinds.most_common()))
    print("by row (1 = header):")
    for row_number, counts in sorted(rows.items(), key=lambda item: -sum(item[1].values())):
        shown = ", ".join(f"{text!r}×{times}" for text, times in texts[row_number].most_common(6))
        print(f"  row {row_number:3d}: {sum(counts.values()):6d} B  ({', '.join(f'{k} {v}' for k, v in counts.most_common())})  text: {shown}")


if __name__ == "__main__":
    main()
