#!/usr/bin/env bash
# How fast Esc answers while the trainer PIN is being checked (a deliberately slow
# PBKDF2 hash, run off the drawing loop), beside how long the check itself takes.
# A benchmark, not a test: it prints figures.
#   scripts/bench-pin-esc.sh [RUNS] [BINARY]   (default 5 runs, the debug build)
# Needs: pyte (pip); installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
binary="${2:-.build/debug/pos-console}"
. scripts/bench-setup.sh
bench_ptybench
[ -x "$binary" ] || { echo "no binary at $binary (swift build first)" >&2; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
pin=258046
printf '%s\n%s\n' "$pin" "$pin" |
  POS_CONSOLE_DATA="$data" POS_CONSOLE_HOME="$PWD" "$binary" trainer set-pin >/dev/null

common=(-q --runs "$runs" --warmup 1 --ready '0 退出' --env "POS_CONSOLE_DATA=$data"
  --env "POS_CONSOLE_HOME=$PWD" --env "LANG=C.UTF-8")
# Esc while the check runs: the home menu must come back at once.
python3 "$bench" "${common[@]}" --step '6=>PIN' --step "${pin}=>quiet:30" \
  --step '<Enter>=>re:PIN，' --step '<Esc>=>re:▶ 6 培训模式' --step 'q=>exit' \
  -o /tmp/pin-esc.json -- "$binary"
# The check itself, waited out: Enter to the trainer menu.
python3 "$bench" "${common[@]}" --step '6=>PIN' --step "${pin}=>quiet:30" \
  --step '<Enter>=>re:▶ 1 开始练习' --step '0=>re:PIN 退出' \
  --step "${pin}=>quiet:30" --step '<Enter>=>re:▶ 6 培训模式' --step 'q=>exit' \
  -o /tmp/pin-wait.json -- "$binary"
python3 - <<'PY'
import json
def step(path, index):
    s = json.load(open(path))["summary"]["steps"][index]["latency_ms"]
    if s is None:
        raise SystemExit(f"{path}: step {index + 1} never reached its marker")
    return s["median"], s["max"]
esc = step("/tmp/pin-esc.json", 3)
check = step("/tmp/pin-wait.json", 2)
print("| figure | median ms | max ms |")
print("|---|---|---|")
print(f"| Esc while the PIN is checked → home menu drawn | {esc[0]:.2f} | {esc[1]:.2f} |")
print(f"| Enter → trainer menu (the whole PIN check) | {check[0]:.1f} | {check[1]:.1f} |")
PY
