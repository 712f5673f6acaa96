#!/usr/bin/env bash
# The one-text-system check (issue 18): user-facing words live in per-language text files
# (files named *Zh.swift / *En.swift, or under a Text/ folder), never in other Swift code.
# Prints three counts over the other Swift files under Sources: lines with Chinese
# characters, `LocalizedText(zh:` occurrences (LocalizedText is for text read from data),
# and `== .zh` comparisons (a language picked by hand instead of a text enum).
# It fails (exit 1) on any non-zero count only when enforcing, so branches still being
# converted can merge first: enforcing when the file .ci/enforce-text-check exists or
# TEXT_CHECK_ENFORCE=1 is set (TEXT_CHECK_ENFORCE=0 turns it off again for one run).
#   scripts/check-texts.sh            counts; fails only when enforcing
#   scripts/check-texts.sh --list     also names the files behind each count
set -euo pipefail
cd "$(dirname "$0")/.."

files() {
  find Sources -name '*.swift' ! -name '*Zh.swift' ! -name '*En.swift' ! -path '*/Text/*' -print0
}
# Counts matching lines (-c) or occurrences (-o) of a pattern over the files; grep exits 1
# when nothing matches, which here is the good case.
count_lines() { files | xargs -0 cat | { grep -c -P "$1" || true; }; }
count_hits() { files | xargs -0 cat | { grep -o -E "$1" || true; } | wc -l | tr -d ' '; }
list() { files | xargs -0 grep -c "$@" | grep -v ':0$' | sort -t: -k2 -nr | sed 's/^/  /' || true; }

chinese_re='[\x{4e00}-\x{9fff}]'
chinese=$(count_lines "$chinese_re")
literals=$(count_hits 'LocalizedText\(zh:')
picks=$(count_hits '== \.zh')
echo "text check: $chinese lines with Chinese, $literals LocalizedText(zh:, $picks == .zh" \
  "(Swift under Sources outside *Zh.swift/*En.swift/Text/)"
if [ "${1:-}" = "--list" ]; then
  list -P "$chinese_re"
  list -E 'LocalizedText\(zh:|== \.zh'
fi

enforce=0
[ -e .ci/enforce-text-check ] && enforce=1
case "${TEXT_CHECK_ENFORCE:-}" in
  1) enforce=1 ;;
  0) enforce=0 ;;
esac
total=$((chinese + literals + picks))
if [ "$total" -ne 0 ]; then
  if [ "$enforce" -eq 1 ]; then
    echo "text check: FAILED: move these words into the per-language text files" \
      "(scripts/check-texts.sh --list names the files)" >&2
    exit 1
  fi
  echo "text check: not enforced yet (touch .ci/enforce-text-check to enforce)"
fi
