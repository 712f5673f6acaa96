#!/usr/bin/env bash
# Start-up, keystroke and memory benchmark of the home menu against `dialog --menu`
# showing the same eight labels (issue 2). A benchmark, not a test: it prints figures.
#   scripts/bench-startup.sh [RUNS]        (default 20 runs, 1 warm-up)
# Needs: pyte (pip), dialog (apt-get); both are installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
bench=../shared/tools/ptybench/ptybench.py
[ -f "$bench" ] || { echo "ptybench not found at $bench" >&2; exit 2; }
python3 -c 'import pyte' 2>/dev/null || pip install -q pyte
command -v dialog >/dev/null || { apt-get update -qq && apt-get install -y -qq dialog; }

# The release binary, statically linked to the Swift runtime (DESIGN.md: ~4.7 ms start-up).
flock /tmp/swift-build.lock swift build -c release --static-swift-stdlib \
  --scratch-path .build-release >/tmp/pos-bench-build.log 2>&1 ||
  { tail -20 /tmp/pos-bench-build.log; exit 1; }
binary=.build-release/release/pos-console
out=bench-out
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

labels=(扫码收款 刷卡消费 撤销/退货 扫码自检 客服与升级 培训模式 管理 退出)
keys=(1 2 3 4 5 6 7 0)

ours=()
for i in 1 2 3 4 5 6 7; do ours+=(--step "<Down>=>re:▶ ${keys[$i]} ${labels[$i]}"); done
python3 "$bench" -q --runs "$runs" --warmup 1 --ready '0 退出' \
  --env "POS_CONSOLE_DATA=$data" --env "POS_CONSOLE_HOME=$PWD" \
  "${ours[@]}" --step '5=>☎' --step '<Esc>=>gone:☎' --step 'q=>exit' \
  -o "$out/pos-console.json" -- "$binary"

menu=()
for i in 0 1 2 3 4 5 6 7; do menu+=("${keys[$i]}" "${labels[$i]}"); done
theirs=()
for i in 1 2 3 4 5 6 7; do theirs+=(--step "<Down>=>hl:${labels[$i]}"); done
python3 "$bench" -q --runs "$runs" --warmup 1 --ready '退出' "${theirs[@]}" --step '<Esc>=>exit' \
  -o "$out/dialog.json" -- dialog --menu 'PosConsole' 20 60 8 "${menu[@]}"
python3 "$bench" -q --runs "$runs" --warmup 1 --ready '退出' --env ESCDELAY=25 \
  "${theirs[@]}" --step '<Esc>=>exit' -o "$out/dialog-escdelay25.json" -- \
  dialog --menu 'PosConsole' 20 60 8 "${menu[@]}"

python3 - "$out" <<'PY'
import json, sys, platform, os
out = sys.argv[1]
def load(name):
    return json.load(open(os.path.join(out, name)))
def med(d, key):
    v = d.get(key)
    return v.get("median") if isinstance(v, dict) else v
def summary(r):
    s = r["summary"]
    steps = s["steps"]
    downs = [st for st in steps if st["keys"] == "<Down>"]
    esc = [st for st in steps if st["keys"] == "<Esc>"][0]
    return {
        "startup_ms": med(s, "startup_ms"),
        "startup_bytes": med(s, "startup_bytes"),
        "down_ms": sorted(med(st, "latency_ms") for st in downs)[len(downs) // 2],
        "down_bytes_max": max(med(st, "bytes") for st in downs),
        "esc_ms": med(esc, "latency_ms"),
        "peak_rss_kb": med(s, "peak_rss_kb"),
        "sane": s.get("terminal_sane"),
    }
rows = [("pos-console (release, static)", load("pos-console.json")),
        ("dialog --menu", load("dialog.json")),
        ("dialog --menu, ESCDELAY=25", load("dialog-escdelay25.json"))]
cols = ["startup_ms", "startup_bytes", "down_ms", "down_bytes_max", "esc_ms", "peak_rss_kb", "sane"]
print(f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.platform()}")
print("| program | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 1) + "|")
for name, r in rows:
    s = summary(r)
    cells = [f"{s[c]:.2f}" if isinstance(s[c], float) else str(s[c]) for c in cols]
    print(f"| {name} | " + " | ".join(cells) + " |")
print("targets: start-up <= dialog's, <= 60 bytes per move, Esc <= 50 ms, peak <= 12 MB")
PY
