#!/usr/bin/env bash
# Torture benchmark (not a test): drives the real binary in tmux and prints a table of what
# survives. Sections:
#   kill     N random `kill -9` during scan sales and during self-checks: answered steps lost,
#            sales lost (shown 交易成功 but not in the database) and PRAGMA integrity_check
#   two      two consoles on one data dir, SALES sales each: distinct voucher numbers
#   import   a ROWS-row `merchants import` while a console sells every second: sales lost,
#            sales refused (交易未完成: nothing taken, nothing lost) and the longest wait
#   bad      each bad input: exit code and the first line of its message
#
#   scripts/torture.sh [all|kill|two|import|bad]     (default all)
#   KILLS=20 SALES=200 ROWS=1000000 BIN=.build/release/pos-console scripts/torture.sh
#
# Uses BIN if set, else .build/release/pos-console, else .build/debug/pos-console (build one
# first, under the shared lock). Work files go to torture-out/ (ignored by git).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/torture-out"
KILLS=${KILLS:-20}
SALES=${SALES:-200}
ROWS=${ROWS:-1000000}
WHAT=${1:-all}
if [[ -z "${BIN:-}" ]]; then
  for candidate in "$ROOT/.build/release/pos-console" "$ROOT/.build/debug/pos-console"; do
    [[ -x "$candidate" ]] && BIN=$candidate && break
  done
fi
[[ -x "${BIN:-}" ]] || { echo "no binary: swift build first (or set BIN)" >&2; exit 2; }
mkdir -p "$OUT"
SOCKET="pos-torture-$$"
RESULTS="$OUT/results.tsv"
: >"$RESULTS"
row() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" | tee -a "$RESULTS" >/dev/null; }

tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; }
trap cleanup EXIT

# new_pane NAME DATA_DIR: a shell in a fixed-size pane with a clean environment.
new_pane() {
  tm new-session -d -s "$1" -x 100 -y 30 \
    "env -i PATH=/usr/bin:/bin HOME='$2' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \
     POS_CONSOLE_DATA='$2' POS_CONSOLE_HOME='$ROOT' PS1='$ ' bash --norc --noprofile"
  tm set-option -t "$1" status off >/dev/null
}
screen_of() { tm capture-pane -p -t "$1"; }
keys() { local pane=$1; shift; for k in "$@"; do tm send-keys -t "$pane" "$k"; done; }
# wait_for PANE TEXT [SECONDS]: polls the pane until TEXT shows; 1 on timeout.
wait_for() {
  local pane=$1 text=$2 limit=${3:-10} start
  start=$(date +%s%N)
  while ! screen_of "$pane" | grep -qF -- "$text"; do
    (($(date +%s%N) - start > limit * 1000000000)) && return 1
    sleep 0.02
  done
}
# wait_any PANE SECONDS TEXT...: the first TEXT that shows, or empty on timeout.
wait_any() {
  local pane=$1 limit=$2 start shown; shift 2
  start=$(date +%s%N)
  while (($(date +%s%N) - start < limit * 1000000000)); do
    shown=$(screen_of "$pane")
    for text in "$@"; do
      if grep -qF -- "$text" <<<"$shown"; then echo "$text"; return 0; fi
    done
    sleep 0.02
  done
  echo ""
}
start_console() {  # PANE
  tm send-keys -t "$1" -l "stty sane; clear; '$BIN'; echo EXIT=\$?"
  tm send-keys -t "$1" Enter
  wait_for "$1" "0 退出" 20
}
console_pid() {  # PANE: the console's pid (the pane shell's child)
  pgrep -P "$(tm list-panes -t "$1" -F '#{pane_pid}')" | head -1
}
sign_in_scan() {  # PANE: home → 1 → signed in, at the amount prompt
  keys "$1" 1
  wait_for "$1" "操作员号：01" || return 1
  keys "$1" Enter
  wait_for "$1" "密码" || return 1
  keys "$1" 0 0 0 0 Enter
  wait_for "$1" "金额：0.00_"
}
# one_sale PANE FEN LOG: one scan sale for FEN fen from the amount prompt; appends
# "voucher fen millis outcome" to LOG and comes back to the amount prompt.
one_sale() {
  local pane=$1 fen=$2 log=$3 start outcome voucher
  # The unit takes amounts in fen (1250 is 12.50), as the shipped profile's keypad does.
  tm send-keys -t "$pane" -l "$fen"
  keys "$pane" Enter
  wait_for "$pane" "请出示付款码" || return 1
  start=$(date +%s%N)
  tm send-keys -t "$pane" -l "134567890123456789"
  keys "$pane" Enter
  outcome=$(wait_any "$pane" 60 "交易成功" "交易未完成")
  local millis=$((($(date +%s%N) - start) / 1000000))
  case $outcome in
    交易成功)
      voucher=$(screen_of "$pane" | grep -o '凭证号：[0-9]*' | head -1 | grep -o '[0-9]*$')
      echo "$voucher $fen $millis approved" >>"$log" ;;
    交易未完成) echo "- $fen $millis refused" >>"$log" ;;
    *) return 1 ;;
  esac
  keys "$pane" Enter
  wait_for "$pane" "1 消费" || return 1
  keys "$pane" 2
  wait_for "$pane" "金额：0.00_"
}
db() { sqlite3 -cmd ".timeout 20000" "$1/pos-console.sqlite" "$2"; }
# lost DATA LOG: sales the screen showed as approved that the database does not hold.
lost() {
  local data=$1 log=$2 n=0 voucher fen rest
  while read -r voucher fen rest; do
    [[ $rest == *approved ]] || continue
    local found
    found=$(db "$data" "SELECT COUNT(*) FROM sim_transaction WHERE training = 0 AND voucher = '$voucher' AND amountFen = $fen")
    ((found == 0)) && n=$((n + 1))
  done <"$log"
  echo $n
}

kill_section() {
  local data="$OUT/kill-data" log="$OUT/kill-sales.log" pane=k
  rm -rf "$data" && mkdir -p "$data" && : >"$log"
  new_pane $pane "$data"
  local fen=100 round
  for ((round = 1; round <= KILLS; round++)); do
    start_console $pane || { echo "kill: console did not start" >&2; break; }
    sign_in_scan $pane || { echo "kill: sign-in failed" >&2; break; }
    # Sell until a random moment, then kill -9 in the middle of whatever is happening.
    local deadline=$(($(date +%s%N) + (RANDOM % 2500 + 200) * 1000000))
    (
      while (($(date +%s%N) < deadline)); do sleep 0.01; done
      kill -9 "$(console_pid $pane)" 2>/dev/null
    ) &
    local killer=$!
    while kill -0 $killer 2>/dev/null; do
      fen=$((fen + 1))
      one_sale $pane $fen "$log" || break
    done
    wait $killer
    wait_for $pane "EXIT=137" 10
  done
  local shown lost_sales integrity
  shown=$(grep -c approved "$log")
  lost_sales=$(lost "$data" "$log")
  integrity=$(db "$data" "PRAGMA integrity_check")
  row "kill -9 during sales ($KILLS kills)" "sales lost" "$lost_sales of $shown shown as approved"
  row "kill -9 during sales" "integrity_check" "$integrity"
  tm kill-session -t $pane

  # Self-checks: answer steps until a random moment, kill -9, compare the answers the screen
  # had acknowledged (step N on screen = N-1 answered) with what the database holds.
  local steps_lost=0 steps_shown=0 checks="$OUT/kill-checks"
  rm -rf "$checks" && mkdir -p "$checks"
  for ((round = 1; round <= KILLS; round++)); do
    local dir="$checks/$round"
    mkdir -p "$dir"
    new_pane c$round "$dir"
    start_console c$round || break
    local answered=0 path=(4 1 1 4 1 1)
    local stop=$((RANDOM % 6))
    local expect=("现在是哪种情况？" "1 都正常" "交易权限未开通" "1 扫码交易：关" "这样解决了吗？" "自检结果")
    local i
    for ((i = 0; i <= stop && i < 5; i++)); do
      keys c$round "${path[$i]}"
      wait_for c$round "${expect[$i]}" || break
      # Key 1 picks the symptom (the session starts); each key after it answers a step.
      ((i >= 2)) && answered=$((i - 1))
    done
    kill -9 "$(console_pid c$round)" 2>/dev/null
    wait_for c$round "EXIT=137" 10
    local stored
    stored=$(db "$dir" "SELECT COUNT(*) FROM guideAnswer")
    steps_shown=$((steps_shown + answered))
    ((stored < answered)) && steps_lost=$((steps_lost + answered - stored))
    local check
    check=$(db "$dir" "PRAGMA integrity_check")
    [[ $check == ok ]] || integrity="$integrity; self-check $round: $check"
    tm kill-session -t c$round
  done
  row "kill -9 during self-checks ($KILLS kills)" "answered steps lost" "$steps_lost of $steps_shown acknowledged"
}

two_section() {
  local data="$OUT/two-data"
  rm -rf "$data" && mkdir -p "$data"
  new_pane a "$data"
  new_pane b "$data"
  start_console a && start_console b
  sign_in_scan a && sign_in_scan b
  : >"$OUT/two-a.log"
  : >"$OUT/two-b.log"
  local started=$(date +%s)
  (for ((i = 1; i <= SALES; i++)); do one_sale a $((10000 + i)) "$OUT/two-a.log" || break; done) &
  local first=$!
  (for ((i = 1; i <= SALES; i++)); do one_sale b $((20000 + i)) "$OUT/two-b.log" || break; done) &
  wait $first $!
  local shown distinct stored
  shown=$(cat "$OUT/two-a.log" "$OUT/two-b.log" | grep -c approved)
  distinct=$(cat "$OUT/two-a.log" "$OUT/two-b.log" | grep approved | cut -d' ' -f1 | sort -u | wc -l)
  stored=$(db "$data" "SELECT COUNT(DISTINCT voucher) FROM sim_transaction WHERE training = 0")
  row "two consoles x $SALES sales, one data dir ($(($(date +%s) - started)) s)" \
    "distinct vouchers" "$distinct of $shown shown; $stored distinct stored"
  row "two consoles" "sales lost" "$(($(lost "$data" "$OUT/two-a.log") + $(lost "$data" "$OUT/two-b.log")))"
  tm kill-session -t a
  tm kill-session -t b
}

import_section() {
  local data="$OUT/import-data" csv="$ROOT/bench-out/merchants-$ROWS.csv" log="$OUT/import-sales.log"
  if [[ ! -s $csv ]]; then
    # The benchmarks' generator, without their timings.
    mkdir -p "$ROOT/bench-out"
    python3 "$ROOT/scripts/gen-merchants-csv.py" "$ROWS" "$csv"
  fi
  rm -rf "$data" && mkdir -p "$data" && : >"$log"
  new_pane s "$data"
  start_console s && sign_in_scan s
  local started=$(date +%s%N)
  "$BIN" merchants import "$csv" --data-dir "$data" --lang en >"$OUT/import.out" 2>&1 &
  local importer=$! fen=30000
  while kill -0 $importer 2>/dev/null; do
    local tick=$(date +%s%N)
    fen=$((fen + 1))
    one_sale s $fen "$log" || break
    local spent=$((($(date +%s%N) - tick) / 1000000))
    ((spent < 1000)) && sleep "0.$(printf '%03d' $((1000 - spent)))"
  done
  wait $importer
  local status=$?
  local seconds=$((($(date +%s%N) - started) / 1000000000))
  local longest refused approved
  longest=$(awk '{ if ($3 > m) m = $3 } END { print m + 0 }' "$log")
  refused=$(grep -c refused "$log")
  approved=$(grep -c approved "$log")
  row "$ROWS-row import while selling (${seconds} s, import exit $status)" "sales lost" \
    "$(lost "$data" "$log") ($approved approved, $refused refused as not completed)"
  row "$ROWS-row import while selling" "longest wait for one sale" "${longest} ms"
  tm kill-session -t s
}

bad_section() {
  local data="$OUT/bad-data"
  rm -rf "$data" && mkdir -p "$data"
  printf '[roles]\n"caf\xe9" = { fg = "red" }\n' >"$OUT/latin1.toml"
  head -c 17000000 /dev/zero | tr '\0' '#' >"$OUT/huge.toml"
  mkdir -p "$OUT/bad-scenarios"
  printf 'id = \n' >"$OUT/bad-scenarios/x.toml"
  mkdir -p "$OUT/bad-guides"
  printf '[guide\nid = "x"\n' >"$OUT/bad-guides/broken.toml"
  bad() {  # LABEL, command line run by bash with the data dir exported
    local label=$1 command=$2 output status
    output=$(cd "$OUT" && env POS_CONSOLE_DATA="$data" POS_CONSOLE_HOME="$ROOT" \
      timeout 10 bash -c "$command" 2>&1 </dev/null)
    status=$?
    row "bad input: $label" "exit $status" "$(head -1 <<<"$output" | cut -c1-110)"
  }
  bad "--theme /dev/zero" "'$BIN' --theme /dev/zero"
  bad "theme over 16 MB" "'$BIN' --theme huge.toml"
  bad "Latin-1 theme" "'$BIN' --theme latin1.toml"
  bad "TERM=dumb" "TERM=dumb script -qec \"'$BIN'\" /dev/null"
  bad "no HOME, no data dir" "env -u POS_CONSOLE_DATA -u HOME -u XDG_DATA_HOME '$BIN' trainer set-pin"
  bad "trainer set-pin 0000" "printf '0000\\n0000\\n' | '$BIN' trainer set-pin"
  bad "trainer set-pin 123456" "printf '123456\\n123456\\n' | '$BIN' trainer set-pin"
  bad "training validate broken" "'$BIN' training validate bad-scenarios/x.toml"
  bad "guides validate broken" "'$BIN' guides validate bad-guides"
  bad "data dir is a file" "printf '246813\\n246813\\n' | '$BIN' trainer set-pin --data-dir /etc/hostname"

  # The console itself: end of input and signals, in a pane; exit code and the terminal after.
  local signal
  for signal in EOF QUIT USR1 USR2 ALRM PIPE TERM; do
    new_pane sig "$data"
    start_console sig || continue
    local pid
    pid=$(console_pid sig)
    local t0=$(date +%s%N)
    if [[ $signal == EOF ]]; then
      tm kill-session -t sig
      # The terminal goes away without a hang-up reaching the console (its pty is not its
      # controlling terminal), so only its reads fail: it must end, not spin.
      local verdict
      verdict=$(python3 - "$BIN" "$data" "$ROOT" <<'PY'
import os, subprocess, sys, time, select
binary, data, root = sys.argv[1:4]
master, slave = os.openpty()
env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
       "POS_CONSOLE_DATA": data, "POS_CONSOLE_HOME": root, "HOME": data}
child = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, env=env,
                         start_new_session=True, close_fds=True)
os.close(slave)
seen, deadline = b"", time.time() + 10
while "退出".encode() not in seen and time.time() < deadline:
    if select.select([master], [], [], 0.2)[0]:
        try: seen += os.read(master, 4096)
        except OSError: break
os.close(master)
gone = time.time()
while child.poll() is None and time.time() - gone < 5:
    time.sleep(0.01)
if child.poll() is None:
    cpu = subprocess.run(["ps", "-o", "%cpu=", "-p", str(child.pid)], capture_output=True,
                         text=True).stdout.strip()
    child.kill()
    print(f"still running after 5 s\tCPU {cpu}%")
else:
    print(f"exit {child.returncode}\tended {int((time.time() - gone) * 1000)} ms after")
PY
)
      row "terminal gone (read error, no SIGHUP)" "${verdict%%$'\t'*}" "${verdict#*$'\t'}"
      continue
    fi
    kill -s "$signal" "$pid"
    wait_for sig "EXIT=" 5
    local exit_line sane
    exit_line=$(screen_of sig | grep -o 'EXIT=[0-9]*' | tail -1)
    tm send-keys -t sig -l "clear; stty -a | grep -o ' -\?echo ' | head -1; stty -a | grep -o ' -\?icanon' | head -1"
    tm send-keys -t sig Enter
    sleep 0.5
    sane=$(screen_of sig | grep -o '^ -\?echo\|^ -\?icanon' | tr -d ' ' | tr '\n' ' ')
    row "SIG$signal to the console" "$exit_line" "terminal after: ${sane:-?}"
    tm kill-session -t sig
  done
  # The no-echo prompt of `trainer set-pin` interrupted: is echo back on?
  new_pane pin "$data"
  tm send-keys -t pin -l "clear; '$BIN' trainer set-pin; echo EXIT=\$?"
  tm send-keys -t pin Enter
  wait_for pin "PIN" 5
  tm send-keys -t pin C-c
  wait_for pin "EXIT=" 5
  tm send-keys -t pin -l "stty -a | grep -o ' -\?echo ' | head -1"
  tm send-keys -t pin Enter
  sleep 0.5
  row "Ctrl-C at trainer set-pin" "prompt back$(screen_of pin | grep -o " EXIT=[0-9]*" | tail -1)" \
    "echo after: $(screen_of pin | grep -o '^ -\?echo' | tail -1 | tr -d ' ')"
  tm kill-session -t pin
}

case $WHAT in
  all) kill_section; two_section; import_section; bad_section ;;
  kill) kill_section ;;
  two) two_section ;;
  import) import_section ;;
  bad) bad_section ;;
  *) echo "usage: $0 [all|kill|two|import|bad]" >&2; exit 2 ;;
esac

echo
echo "binary: $BIN"
awk -F'\t' 'BEGIN { printf "%-58s | %-26s | %s\n", "case", "measure", "result";
  print "-----------------------------------------------------------+----------------------------+-------" }
  { printf "%-58s | %-26s | %s\n", $1, $2, $3 }' "$RESULTS"
