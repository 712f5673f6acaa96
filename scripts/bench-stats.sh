#!/usr/bin/env bash
# `pos-console stats` over a chain's year of records (200 stores x 5,000 sessions = 1M
# sessions, from scripts/gen-records.py) beside the sqlite3 CLI running the same per-start
# aggregate as one query, in the same run: wall time (median of RUNS) and peak memory.
#
#   scripts/bench-stats.sh [RUNS] [STORES] [SESSIONS_PER_STORE]
#
# The data dir is built once under bench-out/stats-STORESxSESSIONS/ (the import is timed too, with
# its progress) and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
stores=${2:-200}
per=${3:-5000}
out=bench-out/stats-${stores}x${per}
bin=${POS_CONSOLE_BIN:-.build/release/pos-console}
[ -x "$bin" ] || { echo "build first: swift build -c release (or set POS_CONSOLE_BIN)" >&2; exit 2; }
mkdir -p "$out"
if [ ! -f "$out/data/pos-console.sqlite" ]; then
  echo "generating $stores stores x $per sessions..."
  python3 scripts/gen-records.py --stores "$stores" --sessions "$per" > "$out/records.jsonl"
  echo "import: $(wc -l < "$out/records.jsonl") lines"
  /usr/bin/time -f "import: %e s, peak %M KB" "$bin" records import "$out/records.jsonl" --data-dir "$out/data"
fi
db="$out/data/pos-console.sqlite"
echo "sessions: $(sqlite3 "$db" 'SELECT COUNT(*) FROM guideSession')"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...: prints median seconds and the peak KB of the last run
  local label=$1; shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local t
    t=$( { /usr/bin/time -f "%e %M" "$@" > /dev/null; } 2>&1 | tail -1)
    times+=("${t% *}"); peak=${t#* }
  done
  printf '%-34s median %6.3f s   peak %6.1f MB\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(echo "$peak / 1024" | bc -l)"
}
query="SELECT symptom, outcome, COUNT(*) FROM guideSession GROUP BY symptom, outcome;"
measure "sqlite3: per-start outcomes" sqlite3 "$db" "$query"
measure "pos-console stats (every figure)" "$bin" stats --format json --data-dir "$out/data"
measure "pos-console stats --format text" "$bin" stats --data-dir "$out/data"
