#!/usr/bin/env bash
# Start-up, memory and keystroke benchmark against `dialog --menu` showing the same eight home
# labels, side by side in one run (issues 2 and 13). A benchmark, not a test: it prints tables.
#   scripts/bench-startup.sh [RUNS]        (default 10 runs, 1 warm-up)
#   POS_CONSOLE_BIN=path scripts/bench-startup.sh   measures that binary instead of building
#   POS_CONSOLE_BEFORE=path scripts/bench-startup.sh  also measures an older binary (home and
#                         the self-check's first screen) in the same run: a "before" column
# Needs: pyte (pip), dialog (apt-get); both are installed here when missing. Timed runs hold
# the shared build lock, so other agents' builds do not skew them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
. scripts/bench-setup.sh
bench_ptybench
bench_dialog

bench_binary
bench_screens startup
ours() {  # name, ready marker, ptybench arguments…: one scenario of ours ($bin, default $binary)
  local name=$1 ready=$2; shift 2
  flock /tmp/swift-build.lock python3 "$bench" "${common[@]}" --ready "$ready" "$@" \
    -o "$out/$name.json" -- "${bin:-$binary}"
}

# The home menu: seven moves down (each waits for the highlight), then quit.
downs=()
for i in 1 2 3 4 5 6 7; do downs+=(--step "<Down>=>re:▶ ${keys[$i]} ${labels[$i]}"); done
# Ready at the menu's last label, as dialog's is; the key line below it comes last.
ours home '0 退出' "${downs[@]}" --step 'q=>exit'
rm -f "$out"/before-*.json
if [ -n "${POS_CONSOLE_BEFORE:-}" ]; then
  bin=$POS_CONSOLE_BEFORE ours before-home '0 退出' "${downs[@]}" --step 'q=>exit'
  bin=$POS_CONSOLE_BEFORE ours before-selfcheck 'q 退出' --step '4=>现在是哪种情况' \
    --step '<Esc>=>q 退出' --step 'q=>exit'
fi
# Every other screen at 80x24: open it, then keys that each redraw part of it (a step ends
# at the last byte before 30 ms of quiet, `idle:30`), then back home and quit.
q='idle:30'
ours selfcheck 'q 退出' --step '4=>现在是哪种情况' --step "<Down>=>$q" --step "<Down>=>$q" \
  --step "<Up>=>$q" --step '<Enter>=>第 1 步' --step "<Tab>=>$q" --step "<Tab>=>$q" \
  --step '<Esc>=>gone:第 1 步' --step '<Esc>=>q 退出' --step 'q=>exit'
ours scan 'q 退出' --step '1=>签到' --step "<Enter>=>密码" --step "0=>$q" --step "0=>$q" \
  --step "0=>$q" --step "0=>$q" --step "<Enter>=>$q" --step "1=>$q" --step "2=>$q" \
  --step "<Backspace>=>$q" --step '<F10>=>q 退出' --step 'q=>exit'
ours card 'q 退出' --step '2=>签到' --step "<Enter>=>密码" --step "0=>$q" --step "0=>$q" \
  --step "0=>$q" --step "0=>$q" --step "<Enter>=>$q" --step "5=>$q" --step "<Enter>=>$q" \
  --step '<F10>=>q 退出' --step 'q=>exit'
ours void 'q 退出' --step '3=>签到' --step "<Enter>=>密码" --step "0=>$q" --step "0=>$q" \
  --step "0=>$q" --step "0=>$q" --step "<Enter>=>$q" --step "1=>$q" --step "2=>$q" \
  --step '<F10>=>q 退出' --step 'q=>exit'
ours escalation 'q 退出' --step '5=>95016' --step "1=>$q" --step "8=>$q" --step "2=>$q" \
  --step "2=>$q" --step "<Backspace>=>$q" --step '<Esc>=>95016' --step '<Esc>=>q 退出' \
  --step 'q=>exit'
ours training 'q 退出' --step '6=>PIN' --step "1=>$q" --step "3=>$q" --step "5=>$q" \
  --step "<Backspace>=>$q" --step '<Esc>=>q 退出' --step 'q=>exit'
ours management 'q 退出' --step '7=>签到' --step "<Enter>=>密码" --step "0=>$q" --step "0=>$q" \
  --step "0=>$q" --step "0=>$q" --step "<Enter>=>$q" --step "<Down>=>$q" --step "<Down>=>$q" \
  --step '<F10>=>q 退出' --step 'q=>exit'

menu=()
for i in 0 1 2 3 4 5 6 7; do menu+=("${keys[$i]}" "${labels[$i]}"); done
theirs=()
for i in 1 2 3 4 5 6 7; do theirs+=(--step "<Down>=>hl:${labels[$i]}"); done
flock /tmp/swift-build.lock python3 "$bench" -q --runs "$runs" --warmup 1 --ready '退出' \
  "${theirs[@]}" --step '<Esc>=>exit' -o "$out/dialog.json" -- \
  dialog --menu 'PosConsole' 20 60 8 "${menu[@]}"

python3 - "$out" "$binary" <<'PY'
import json, os, platform, sys
out, binary = sys.argv[1], sys.argv[2]
def load(name):
    return json.load(open(os.path.join(out, name + ".json")))["summary"]
def med(v):
    return v.get("median") if isinstance(v, dict) else v
def downs(s):
    steps = [st for st in s["steps"] if st["keys"] == "<Down>"]
    ms = sorted(med(st["latency_ms"]) for st in steps)
    return ms[len(ms) // 2], max(med(st["bytes"]) for st in steps)

home, dialog = load("home"), load("dialog")
sc = load("selfcheck")
first_sc = med(sc["startup_ms"]) + med(sc["steps"][0]["latency_ms"])
ours_down, ours_bytes = downs(home)
their_down, their_bytes = downs(dialog)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
            if l.startswith("model name")), "?")
size = os.path.getsize(binary) / 1e6
print(f"machine: {os.cpu_count()} cores, {cpu}, {platform.platform()}; load {os.getloadavg()[0]:.2f}")
print(f"binary: {binary}, {size:.1f} MB; medians of {home['runs']} runs")
print()
before = None
if os.path.exists(os.path.join(out, "before-home.json")):
    bh, bs = load("before-home"), load("before-selfcheck")
    bd, bb = downs(bh)
    before = [med(bh["startup_ms"]), med(bh["startup_last_byte_ms"]),
              med(bs["startup_ms"]) + med(bs["steps"][0]["latency_ms"]),
              med(bh["peak_rss_kb"]) / 1024, bd, bb]
    print(f"before: {os.environ.get('POS_CONSOLE_BEFORE')}, measured in this run")
    print()
extra = " before, same run |" if before else ""
print("| figure | pos-console |" + extra + " dialog --menu, same 8 labels | ratio | goal |")
print("|---|---|" + ("---|" if before else "") + "---|---|---|")
rows = [
    ("start-up to the menu's last label (ms; issue 13's figure)",
     med(home["startup_ms"]), med(dialog["startup_ms"]), "<= 1.0x"),
    ("start-up to the complete first frame (ms; last byte of the first burst)",
     med(home["startup_last_byte_ms"]), med(dialog["startup_last_byte_ms"]), "<= 1.0x"),
    ("first self-check screen (ms, start-up + key 4) vs dialog start-up",
     first_sc, med(dialog["startup_ms"]), "<= 1.5x"),
    ("peak RSS, home menu (MB)", med(home["peak_rss_kb"]) / 1024,
     med(dialog["peak_rss_kb"]) / 1024, "<= 12 MB"),
    ("per Down on the home menu (ms)", ours_down, their_down, "<= 1.0x"),
    ("bytes per Down on the home menu (max)", ours_bytes, their_bytes, "<= 60 B"),
]
for index, (name, ours, theirs, goal) in enumerate(rows):
    was = ""
    if before:
        was = f" {before[index]:.2f} ({before[index] / theirs:.2f}x) |"
    print(f"| {name} | {ours:.2f} |{was} {theirs:.2f} | {ours / theirs:.2f}x | {goal} |")
print()
print("| screen (80x24) | keys timed | per-key median ms | per-key max ms | bytes per key (max) | peak RSS MB |")
print("|---|---|---|---|---|---|")
for name in ["home", "selfcheck", "scan", "card", "void", "escalation", "training", "management"]:
    s = load(name)
    # The keys that stay on one screen: not the first (opens it) and not the way out.
    steps = [st for st in s["steps"][1:] if st["keys"] not in ("q", "<F10>", "<Esc>")]
    if name == "home":
        steps = s["steps"][:-1]
    lat = [med(st["latency_ms"]) for st in steps]
    mx = [st["latency_ms"]["max"] for st in steps]
    lat.sort()
    print(f"| {name} | {len(steps)} | {lat[len(lat) // 2]:.2f} | {max(mx):.2f} | "
          f"{max(med(st['bytes']) for st in steps):.0f} | {med(s['peak_rss_kb']) / 1024:.1f} |")
print("goal: no screen's per-key time > 2 ms")
PY
