#!/usr/bin/env bash
# tests/fuzz/run.sh [seconds] — builds the libFuzzer targets with Debian's default clang
# (ASan + UBSan + libFuzzer) and runs each for `seconds` (default 60). Fails on any crash,
# leak, timeout or out-of-memory; the input that did it is kept in build/fuzz/artifacts/.
# Seeds: tests/fuzz/corpus/<target>/ (kept in the repo, never written to) and, for the
# content loader, assets/content/. New inputs go to build/fuzz/corpus/<target>/.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
seconds=${1:-60}
case $seconds in ''|*[!0-9]*) echo "run.sh: seconds must be a whole number, not '$seconds'" >&2; exit 2 ;; esac
cxx=${CXX_FUZZ:-clang++} # the release's default clang (scripts/deps.sh installs its runtime)
command -v "$cxx" >/dev/null || { echo "run.sh: $cxx is missing: run scripts/deps.sh --test" >&2; exit 2; }

out=build/fuzz
mkdir -p "$out/obj" "$out/artifacts"
# The same warnings as the CMake build (scripts/warnings.txt), as errors.
mapfile -t warnings < <(grep '^-' scripts/warnings.txt)
flags=(-std=c++17 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
       "${warnings[@]}" -Werror -Icore/include -DCROSSROADS_VERSION=\"fuzz\")
# Core once (only what changed), then one link per target.
objs=()
for src in core/src/*.cpp; do
  obj="$out/obj/$(basename "$src" .cpp).o"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find core/include -newer "$obj" -print -quit)" ]; then
    "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done

printf '%-10s %10s %14s %8s\n' target seconds executions "exec/s"
status=0
for target in content session url host; do
  bin="$out/fuzz_$target"
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "tests/fuzz/fuzz_$target.cpp" "${objs[@]}" -o "$bin"
  mkdir -p "$out/corpus/$target"
  seeds=("tests/fuzz/corpus/$target")
  max_len=4096
  if [ $target = content ]; then seeds+=(assets/content); max_len=65536; fi
  log="$out/fuzz_$target.log"
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$bin" "$out/corpus/$target" "${seeds[@]}" \
       -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 \
       -artifact_prefix="$out/artifacts/${target}-" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    printf '%-10s %10s %14s %8s\n' "$target" "$seconds" "$runs" "$rate"
  else
    printf '%-10s FAILED: see %s and %s/artifacts/\n' "$target" "$log" "$out"
    grep -E "ERROR|SUMMARY|runtime error" "$log" | head -5
    status=1
  fi
done
exit $status
