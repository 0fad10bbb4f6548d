#!/usr/bin/env bash
# ./tests/run.sh — installs whatever is missing, builds natively and for the web, and
# runs every test: Catch2 and the 100,000-frame soak (native, through CTest), the Catch2
# suite and a shorter soak again under AddressSanitizer + UndefinedBehaviorSanitizer, a
# short run of each fuzz target, the desktop screenshot under Xvfb, the core tests
# compiled with em++ and run under node, and the browser tests (playwright-core driving
# Debian's Chromium, the 60 s browser soak included). Exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "dependencies"
bash scripts/deps.sh --test
. scripts/env.sh

step "native build and tests (Catch2, --check, desktop screenshots under Xvfb)"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native

step "the Catch2 suite under AddressSanitizer + UndefinedBehaviorSanitizer (Debug, ImGui asserts on)"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan
ctest --preset native-asan

step "fuzzing smoke run: each libFuzzer target for 15 s (tests/fuzz/run.sh; longer runs: see README)"
tests/fuzz/run.sh 15

step "web bundle"
./build-wasm.sh --package scorm12 --package scorm2004 --package cmi5

step "core tests compiled to WebAssembly, run under node"
cmake --build --preset wasm --target crossroads_core_tests
ctest --preset wasm

step "browser tests (Chromium)"
node --test tests/web/*.test.mjs tests/lighthouse/*.test.mjs

step "publishing your own content: ./build-wasm.sh [--scorm] --content FILE (then the default bundle again)"
node --test tests/web/publish/*.test.mjs
