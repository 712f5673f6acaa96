#!/usr/bin/env bash
# The merchant import against the sqlite3 CLI, side by side in one run (issue 13). A benchmark,
# not a test: it prints a table.
#
#   scripts/bench-import.sh [ROWS...]        (default: 100000 1000000)
#   POS_CONSOLE_BIN=path scripts/bench-import.sh   measures that binary instead of building
#
# For each size: pos-console's `merchants import` into an empty data dir, its re-import of the
# same file (every row unchanged), `merchants export`, and the peer: the sqlite3 CLI `.import`s
# the file into a staging table, then one INSERT … SELECT … ON CONFLICT DO UPDATE fills the same
# two tables (merchant, merchant_terminal, with the same keys and index). Wall time and peak
# RSS come from GNU time. The binary is the README's release build (static Swift runtime);
# timed runs hold the shared build lock so other builds do not skew them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }

# $POS_CONSOLE_BIN measures another binary (e.g. an older build) as is.
. scripts/bench-setup.sh
bench_binary
BIN=$binary
OUT=$ROOT/bench-out
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same generator as scripts/bench-merchants.sh: 15-digit numbers, one name in 50 quoted
# with a comma, one row in ten with two terminals.
generate() {  # rows, path
  python3 scripts/gen-merchants-csv.py "$1" "$2"
}

# The peer: the schema of Sources/Model/Merchant/MerchantSchema.swift, the CSV imported as is.
peer_sql() {  # csv path
  cat <<SQL
CREATE TABLE merchant (number TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, mcc TEXT NOT NULL,
  region TEXT NOT NULL, scan_enabled INTEGER NOT NULL, card_enabled INTEGER NOT NULL,
  status TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE merchant_terminal (terminal TEXT PRIMARY KEY NOT NULL,
  merchant_number TEXT NOT NULL REFERENCES merchant(number) ON DELETE CASCADE) WITHOUT ROWID;
CREATE INDEX merchant_terminal_by_merchant ON merchant_terminal(merchant_number);
CREATE TEMP TABLE staging (merchant_number, name, mcc, region, terminals, methods, status);
.import --csv --skip 1 $1 staging
BEGIN;
INSERT INTO merchant SELECT merchant_number, name,
    coalesce(nullif(mcc, ''), substr(merchant_number, 8, 4)),
    coalesce(nullif(region, ''), substr(merchant_number, 4, 4)),
    instr(methods, 'scan') > 0, instr(methods, 'card') > 0, status
  FROM staging WHERE true
  ON CONFLICT(number) DO UPDATE SET name = excluded.name, mcc = excluded.mcc,
    region = excluded.region, scan_enabled = excluded.scan_enabled,
    card_enabled = excluded.card_enabled, status = excluded.status;
INSERT INTO merchant_terminal SELECT j.value, s.merchant_number
  FROM staging s, json_each('["' || replace(s.terminals, ';', '","') || '"]') j WHERE true
  ON CONFLICT(terminal) DO UPDATE SET merchant_number = excluded.merchant_number;
COMMIT;
SQL
}

measure() {  # label, command...: appends "label<TAB>seconds<TAB>peak KB" to $work/figures
  local label=$1; shift
  flock /tmp/swift-build.lock /usr/bin/time -f "%e %M" -o "$work/time" "$@" \
    >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  read -r seconds kb <"$work/time"
  printf '%s\t%s\t%s\n' "$label" "$seconds" "$kb" >>"$work/figures"
}

: >"$work/figures"
for rows in "${sizes[@]}"; do
  csv=$OUT/merchants-$rows.csv
  [ -s "$csv" ] || generate "$rows" "$csv"
  rm -rf "$work/data" "$work/peer.sqlite"
  measure "$rows import" "$BIN" merchants import "$csv" --data-dir "$work/data" --lang en
  measure "$rows re-import" "$BIN" merchants import "$csv" --data-dir "$work/data" --lang en
  measure "$rows export" sh -c "'$BIN' merchants export --data-dir '$work/data' >'$work/export.csv'"
  peer_sql "$csv" >"$work/peer.sql"
  measure "$rows sqlite3" sh -c "sqlite3 '$work/peer.sqlite' <'$work/peer.sql'"
  count=$(sqlite3 "$work/peer.sqlite" 'SELECT count(*) FROM merchant')
  [ "$count" = "$rows" ] || { echo "peer imported $count of $rows rows" >&2; exit 1; }
done

# A console selling during the largest import: one committed write every 50 ms (as a sale
# would), in WAL mode (the store's mode), announced on `<database>.write-intent` as every app
# write is (Sources/Model/Store/WriteIntent.swift), so the import steps aside; its longest
# wait is what a cashier would feel. The same with a writer that does not announce itself.
largest=$OUT/merchants-${sizes[-1]}.csv
for announce in yes no; do
flock /tmp/swift-build.lock python3 - "$BIN" "$largest" "$announce" >>"$work/contention" <<'PY'
import fcntl, os, sqlite3, subprocess, sys, tempfile, time
binary, csv, announce = sys.argv[1], sys.argv[2], sys.argv[3] == "yes"
data = tempfile.mkdtemp()
subprocess.run([binary, "merchants", "export", "--data-dir", data], stdout=subprocess.DEVNULL,
               check=True)
path = os.path.join(data, "pos-console.sqlite")
con = sqlite3.connect(path, timeout=30, isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("CREATE TABLE IF NOT EXISTS sale_probe (at REAL)")
run = subprocess.Popen([binary, "merchants", "import", csv, "--data-dir", data],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
waits = []
while run.poll() is None:
    started = time.perf_counter()
    intent = os.open(path + ".write-intent", os.O_RDWR | os.O_CREAT, 0o600) if announce else None
    try:
        if intent is not None:
            fcntl.flock(intent, fcntl.LOCK_SH)
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO sale_probe VALUES (?)", (started,))
        con.execute("COMMIT")
    except sqlite3.OperationalError:
        waits.append(float("inf"))
        continue
    finally:
        if intent is not None:
            os.close(intent)
    waits.append((time.perf_counter() - started) * 1000)
    time.sleep(0.05)
waits.sort()
who = "announced" if announce else "unannounced"
print(f"{who} sales during the {os.path.basename(csv)} import: {len(waits)}, wait median "
      f"{waits[len(waits) // 2]:.1f} ms, p99 {waits[int(len(waits) * 0.99)]:.1f} ms, "
      f"longest {waits[-1]:.1f} ms (inf: gave up after 30 s)")
PY
done

python3 - "$work/figures" <<'PY'
import sys, os, platform
fig = {}
for line in open(sys.argv[1]):
    label, seconds, kb = line.rstrip("\n").split("\t")
    rows, what = label.split(" ", 1)
    fig.setdefault(int(rows), {})[what] = (float(seconds), int(kb) / 1024)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"machine: {os.cpu_count()} cores, {cpu}, {platform.platform()}")
print("| rows | import | re-import | export | sqlite3 CLI recipe | import / sqlite3 | re-import / import |")
print("|---|---|---|---|---|---|---|")
for rows in sorted(fig):
    f = fig[rows]
    cell = lambda k: f"{f[k][0]:.2f} s, {f[k][1]:.1f} MB"
    print(f"| {rows:,} | {cell('import')} | {cell('re-import')} | {cell('export')} | "
          f"{cell('sqlite3')} | {f['import'][0] / f['sqlite3'][0]:.2f}× | "
          f"{f['re-import'][0] / f['import'][0]:.2f}× |")
print("goals: import <= 1.5x sqlite3; peak <= 64 MB and flat (100k vs 1M); re-import <= import")
PY
cat "$work/contention"
