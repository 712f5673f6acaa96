# Sourced by the benchmark scripts (not run): finds ptybench and builds or takes the binary
# they measure, so each script's figures come from the same fast binary.
#   bench_ptybench        sets $bench to ptybench.py, installs pyte when missing
#   bench_dialog          installs dialog when missing (the peer of the start-up and key figures)
#   bench_binary          sets $binary: $POS_CONSOLE_BIN, else the README's fast binary (release,
#                         Swift runtime linked statically; scripts/build-fast.sh), built under
#                         the shared build lock

bench_ptybench() {
  bench=${PTYBENCH:-/work/shared/tools/ptybench/ptybench.py}
  [ -f "$bench" ] || bench=../shared/tools/ptybench/ptybench.py
  [ -f "$bench" ] || { echo "ptybench not found (set PTYBENCH)" >&2; exit 2; }
  python3 -c 'import pyte' 2>/dev/null || pip install -q pyte
}

bench_dialog() {
  command -v dialog >/dev/null || { apt-get update -qq && apt-get install -y -qq dialog; }
}

bench_binary() {
  binary=${POS_CONSOLE_BIN:-}
  [ -n "$binary" ] && return 0
  binary=$(scripts/build-fast.sh 2>/tmp/pos-bench-build.log) ||
    { tail -20 /tmp/pos-bench-build.log; exit 1; }
}
