#!/usr/bin/env bash
# Benchmark of the merchant directory (not a test): generates a 1,000,000-merchant CSV, times
# its import with the release build, a re-import (every row unchanged), an export, and the
# lookup latency p50/p99 measured in-process by the hidden `merchants bench-lookup` command.
#
#   scripts/bench-merchants.sh [ROWS] [LOOKUPS]     (defaults 1000000 and 100000)
#
# Output goes to bench-out/ (ignored by git). Builds take the shared lock, as every build here.
set -euo pipefail

ROWS=${1:-1000000}
LOOKUPS=${2:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/bench-out"
DATA="$OUT/data"
CSV="$OUT/merchants-$ROWS.csv"
cd "$ROOT"

echo "== release build"
flock /tmp/swift-build.lock swift build -c release -j 2 2>&1 | tail -1
BIN="$(swift build -c release --show-bin-path)/pos-console"

mkdir -p "$OUT"
rm -rf "$DATA"
if [[ ! -s "$CSV" ]]; then
  echo "== generating $ROWS merchants into $CSV"
  python3 scripts/gen-merchants-csv.py "$ROWS" "$CSV"
fi
ls -l "$CSV" | awk '{print "csv bytes:", $5}'

measure() {  # label, command...: wall time and peak memory
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB max RSS" "$@"
}

echo "== import (empty directory)"
measure "import" "$BIN" merchants import "$CSV" --data-dir "$DATA" --lang en
echo "== re-import (nothing changes)"
measure "re-import" "$BIN" merchants import "$CSV" --data-dir "$DATA" --lang en
ls -l "$DATA/pos-console.sqlite" | awk '{print "database bytes:", $5}'
echo "== export"
measure "export" "$BIN" merchants export --data-dir "$DATA" > "$OUT/export.csv"
echo "== lookup latency ($LOOKUPS random merchants, in-process)"
"$BIN" merchants bench-lookup --count "$LOOKUPS" --data-dir "$DATA"
echo "== one CLI lookup (process start, open database, decode, print)"
measure "lookup command" "$BIN" lookup 822581054110001 --data-dir "$DATA" --format json > /dev/null || true
