#!/usr/bin/env bash
# Fuzzes every data-file reader with libFuzzer: scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Builds the fuzz targets (declared in Package.swift only when POS_CONSOLE_FUZZ is set) into
# .build-fuzz with -sanitize=fuzzer (Swift) and coverage for the bundled toml++ (C++), then
# runs them all at once for SECONDS (default 60) from a seed corpus of the shipped files.
# Corpora grow in .build-fuzz/corpus/TARGET (a second run goes on from there); crashes are
# written to .build-fuzz/crashes/. Prints executions per target; exits 1 when any target
# crashed, hung or ran out of memory.
#
# The build, and then the run, each take the shared build lock (/tmp/swift-build.lock)
# once, unless FUZZ_NO_LOCK=1 (the caller holds it). Keep SECONDS <= 170 when others share
# the machine: the run holds the lock that long.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
[ $# -gt 0 ] && shift
all=(fuzz-data-tables fuzz-classify fuzz-merchant-csv fuzz-guide fuzz-scenario fuzz-profile fuzz-theme)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all[@]}"); fi
build=.build-fuzz

if [ "${FUZZ_LOCKED:-}" != 1 ] && [ "${FUZZ_NO_LOCK:-}" != 1 ]; then
  # Build under the lock, then run under it: two acquisitions, whatever the target count.
  FUZZ_LOCKED=1 FUZZ_PHASE=build flock /tmp/swift-build.lock "$0" "$seconds" "${targets[@]}"
  exec env FUZZ_LOCKED=1 FUZZ_PHASE=run flock /tmp/swift-build.lock "$0" "$seconds" "${targets[@]}"
fi
phase=${FUZZ_PHASE:-all}

if [ "$phase" != run ]; then
  for t in "${targets[@]}"; do
    # Optimised (a debug build ran ~350 inputs a second), with toml++'s assertions kept on
    # (-UNDEBUG): an assertion is exactly what a fuzzer must find. lld: gold crashed linking.
    POS_CONSOLE_FUZZ=1 swift build -c release --build-path "$build" --product "$t" \
      -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld \
      -Xcxx -fsanitize=fuzzer-no-link -Xcxx -UNDEBUG 2>&1 | grep -E "error|Build" || true
    [ -x "$build/release/$t" ] || { echo "fuzz.sh: $t did not build" >&2; exit 2; }
  done
  [ "$phase" = build ] && exit 0
fi

# Seeds: the shipped files each reader takes, plus a few hostile lines found by hand.
seed() {
  local target=$1; shift
  mkdir -p "$build/corpus/$target"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$build/corpus/$target/seed-$(basename "$f")"; done
  return 0
}
seed fuzz-data-tables data/acquirers.toml data/regions.toml data/mcc.toml data/payment-codes.toml
seed fuzz-guide guides/*.toml
seed fuzz-scenario guides/scenarios/*.toml
seed fuzz-profile data/terminal-profiles/*.toml
seed fuzz-theme themes/*.toml
seed fuzz-classify
seed fuzz-merchant-csv
printf '134567890123456789' > "$build/corpus/fuzz-classify/seed-wechat"
printf '281234567890123456' > "$build/corpus/fuzz-classify/seed-alipay"
printf 'https://qr.alipay.com/abc' > "$build/corpus/fuzz-classify/seed-url"
printf 'merchant_number,name,mcc,region,terminals,methods,status\n822581054110101,甲店,,,10500001;10500002,scan;card,normal\n822581058120102,"乙,店",5812,5810,10500003,card,risk_hold\n' \
  > "$build/corpus/fuzz-merchant-csv/seed-two-rows.csv"
# Fuzz/Regressions: inputs that once crashed a reader (toml++ assertions), kept as seeds.
for t in fuzz-data-tables fuzz-guide fuzz-scenario fuzz-profile fuzz-theme; do
  seed "$t" Fuzz/Regressions/*
  printf '[[[\n' > "$build/corpus/$t/seed-triple-bracket"
  printf '\0[x]\n' > "$build/corpus/$t/seed-nul"
done

mkdir -p "$build/crashes"
# All targets at once: -rss_limit_mb, no reader may need more; -timeout, 10 s is a hang.
for t in "${targets[@]}"; do
  # The Swift runtime's backtracer must not take the abort: libFuzzer writes the input.
  SWIFT_BACKTRACE=enable=no POS_CONSOLE_HOME="$root" "$build/release/$t" "$build/corpus/$t" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 > "$build/$t.log" 2>&1 &
  echo $! > "$build/$t.pid"
done
status=0
for t in "${targets[@]}"; do
  if ! wait "$(cat "$build/$t.pid")"; then
    status=1
    echo "$t: FAILED (see $build/$t.log)"
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$t.log" | grep -o '[0-9]*$' || echo 0)
  echo "$t: $runs executions in ${seconds}s, corpus $(ls "$build/corpus/$t" | wc -l) files"
done
exit $status
