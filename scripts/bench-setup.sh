# Sourced by the benchmark scripts (not run): finds ptybench and builds or takes the binary
# they measure, so each script's figures come from the same fast binary.
#   bench_ptybench        sets $bench to ptybench.py, installs pyte when missing
#   bench_dialog          installs dialog when missing (the peer of the start-up and key figures)
#   bench_screens NAME    for the screen benchmarks: $out (bench-out/NAME), a fresh data dir
#                         $data (removed at exit), the home menu's $labels and $keys, and the
#                         ptybench arguments every run of ours shares ($common; needs $runs)
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

bench_screens() {
  out=bench-out/$1
  mkdir -p "$out"
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
  labels=(扫码收款 刷卡消费 撤销/退货 扫码自检 客服与升级 培训模式 管理 退出)
  keys=(1 2 3 4 5 6 7 0)
  common=(-q --runs "$runs" --warmup 1 --env "POS_CONSOLE_DATA=$data"
    --env "POS_CONSOLE_HOME=$PWD")
}
