#!/usr/bin/env bash
# crossroads --check: exit codes 0 (valid), 1 (problems), 2 (unreadable) and one
# "path: message" line per problem on stderr.
set -euo pipefail
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for f in "$src"/assets/content/*.json; do
  [ "$(basename "$f")" = schema.json ] && continue
  "$bin" --check "$f" 2>"$tmp/err" || fail "$f should be valid: $(cat "$tmp/err")"
  [ ! -s "$tmp/err" ] || fail "$f printed: $(cat "$tmp/err")"
done

sed -e 's/"min": 132479/"min": 999999/' -e 's/"name": "Tech Lead"/"name": ""/' \
  "$src/assets/content/em-vs-tl.json" > "$tmp/broken.json"
set +e; "$bin" --check "$tmp/broken.json" 2>"$tmp/err"; rc=$?; set -e
[ $rc = 1 ] || fail "broken content: exit $rc, expected 1"
grep -q '^roles\[1\]\.name: must not be empty$' "$tmp/err" || fail "no roles[1].name line in: $(cat "$tmp/err")"
grep -q '^comparison\[6\]\.cells\.em\.min: min is greater than max$' "$tmp/err" || fail "no range line in: $(cat "$tmp/err")"
# The same salary figure also sits on the ladder's Engineering Manager node.
grep -q '^ladder\.nodes\[1\]\.salary\.min: min is greater than max$' "$tmp/err" || fail "no ladder line in: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/err")" = 3 ] || fail "expected 3 lines, got: $(cat "$tmp/err")"

set +e; "$bin" --check "$tmp/nope.json" 2>"$tmp/err"; rc=$?; set -e
[ $rc = 2 ] || fail "missing file: exit $rc, expected 2"
grep -q 'cannot open' "$tmp/err" || fail "missing file message: $(cat "$tmp/err")"
# crossroads --version: one line per part, Dear ImGui 1.90 or newer among them.
"$bin" --version > "$tmp/version" || fail "--version exited non-zero"
for part in Crossroads "Dear ImGui" "SDL2 (compiled against)" "SDL2 (running)" nlohmann/json Compiler; do
  grep -q "^$part [0-9A-Za-z]" "$tmp/version" || fail "--version lacks '$part': $(cat "$tmp/version")"
done
imgui=$(sed -n 's/^Dear ImGui \([0-9.]*\).*/\1/p' "$tmp/version")
[ "$(printf '1.90\n%s\n' "$imgui" | sort -V | head -1)" = 1.90 ] || fail "Dear ImGui $imgui is older than 1.90"
echo "check-test: ok"
