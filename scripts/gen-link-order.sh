#!/usr/bin/env bash
# Writes linker/startup-order.txt: the functions of the fast binary that a start runs (the
# home menu, the self-check's first screen, the simulated unit, back and quit), in the order
# callgrind first names them. The release link puts them side by side (Package.swift), so a
# start touches few pages of code. Re-run it after big changes to the start-up path; a stale
# list only costs memory, never correctness.
#   scripts/gen-link-order.sh
# Needs: valgrind and tmux (installed here with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in valgrind tmux; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq $tool; }
done
binary=$(scripts/build-fast.sh)
work=$(mktemp -d)
session=pos-link-order-$$
trap 'tmux kill-session -t $session 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the DWARF 5 of this toolchain; the symbol table is all it needs.
strip --strip-debug -o "$work/pos-console" "$binary"
tmux new-session -d -s $session -x 80 -y 24 \
  "env POS_CONSOLE_DATA=$work/data POS_CONSOLE_HOME=$PWD valgrind --tool=callgrind \
   --demangle=no --callgrind-out-file=$work/callgrind.out $work/pos-console 2>$work/valgrind.log"
wait_for() {  # text on the screen, within 60 s
  for _ in $(seq 600); do
    tmux capture-pane -p -t $session 2>/dev/null | grep -q "$1" && return 0
    sleep 0.1
  done
  echo "gen-link-order: '$1' never appeared" >&2
  tmux capture-pane -p -t $session >&2 || true
  exit 1
}
step() {  # keys, then the text that shows they were taken
  tmux send-keys -t $session "$1"
  wait_for "$2"
}
wait_for '0 退出'
sleep 1  # the guides and tables load after the first frame
step Down '▶ 2 刷卡消费'
step 4 '现在是哪种情况'
step Escape '0 退出'
step 1 '签到'
step F10 '0 退出'
tmux send-keys -t $session q
for _ in $(seq 300); do [ -s "$work/callgrind.out" ] && break; sleep 0.1; done
sleep 1
nm --defined-only "$binary" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u >"$work/symbols"
python3 - "$work/callgrind.out" "$work/symbols" >linker/startup-order.txt <<'PY'
import re, sys
known = set(open(sys.argv[2]).read().split())
seen, order = set(), []
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
    if m and m.group(1) in known and m.group(1) not in seen:
        seen.add(m.group(1))
        order.append(m.group(1))
print("\n".join(order))
PY
echo "linker/startup-order.txt: $(wc -l <linker/startup-order.txt) functions" >&2
