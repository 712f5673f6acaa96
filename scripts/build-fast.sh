#!/usr/bin/env bash
# Builds the fast binary: release, Swift runtime linked in statically, every function in its
# own section so the link can put the code a start runs together (Package.swift says how it
# is linked and why). Prints the binary's path. `--install` also links it into ~/.local/bin.
#   scripts/build-fast.sh [--install]
# Takes the shared build lock, so it never runs beside another Swift build on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/swift-build.lock swift build -c release --static-swift-stdlib \
  --scratch-path .build-release \
  -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections \
  -Xcxx -ffunction-sections >&2
binary=$PWD/.build-release/release/pos-console
if [ "${1:-}" = "--install" ]; then
  mkdir -p ~/.local/bin
  ln -sf "$binary" ~/.local/bin/pos-console
fi
echo "$binary"
