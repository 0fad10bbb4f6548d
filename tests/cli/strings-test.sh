#!/usr/bin/env bash
# The message catalogue's tools: crossroads --strings check/export, msgfmt --check on the
# translations, and a translation of the content that drifts from its source.
set -euo pipefail
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The shipped translations: complete, current, and valid for gettext's own checker.
"$bin" --strings check 2>"$tmp/err" >/dev/null || fail "built-in catalogues: $(cat "$tmp/err")"
"$bin" --strings check "$src/assets/i18n" 2>"$tmp/err" >/dev/null || fail "assets/i18n: $(cat "$tmp/err")"
for po in "$src"/assets/i18n/*.po; do
  msgfmt --check -o /dev/null "$po" 2>"$tmp/err" || fail "msgfmt --check $po: $(cat "$tmp/err")"
  [ ! -s "$tmp/err" ] || fail "msgfmt --check $po printed: $(cat "$tmp/err")"
done

# Export: the template and each translation, merged; they check clean.
"$bin" --strings export "$tmp/export" >/dev/null || fail "--strings export failed"
for f in crossroads.pot de.po ja.po; do [ -s "$tmp/export/$f" ] || fail "export wrote no $f"; done
grep -q '^msgctxt "view.compare"$' "$tmp/export/crossroads.pot" || fail "the template lacks view.compare"
"$bin" --strings check "$tmp/export" 2>"$tmp/err" >/dev/null || fail "the exported catalogues: $(cat "$tmp/err")"
msgfmt --check -o /dev/null "$tmp/export/crossroads.pot" 2>/dev/null || fail "msgfmt --check on the template"

# A wrong placeholder: our check names the file, line and id; msgfmt sees it too (the
# python-brace-format flag the export writes).
mkdir "$tmp/broken"
cp "$tmp/export/ja.po" "$tmp/broken/"
python3 - "$tmp/export/de.po" "$tmp/broken/de.po" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
at = text.index('msgctxt "source"')
end = text.index("\n\n", at)
entry = "\n".join(l.replace("{section}", "{sektion}") if l.startswith("msgstr") else l for l in text[at:end].split("\n"))
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + entry + text[end:])
PY
set +e; "$bin" --strings check "$tmp/broken" 2>"$tmp/err" >/dev/null; rc=$?; set -e
[ $rc = 1 ] || fail "a wrong placeholder: exit $rc, expected 1"
grep -q "^de.po:[0-9]*: 'source' has the placeholders {sektion} where the English has {section}$" "$tmp/err" || fail "no placeholder line in: $(cat "$tmp/err")"
if msgfmt --check -o /dev/null "$tmp/broken/de.po" 2>/dev/null; then fail "msgfmt --check accepted {sektion}"; fi

# A message missing from a translation, and one the code does not have.
python3 - "$tmp/export/de.po" "$tmp/broken/de.po" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
at = text.index('msgctxt "view.ladder"')
end = text.index("\n\n", at)
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + 'msgctxt "gone.away"\nmsgid "Gone"\nmsgstr "Weg"' + text[end:])
PY
set +e; "$bin" --strings check "$tmp/broken" 2>"$tmp/err" >/dev/null; rc=$?; set -e
[ $rc = 1 ] || fail "a missing message: exit $rc, expected 1"
grep -q "^de.po:1: 'view.ladder' is not translated (English: \"Ladder\")$" "$tmp/err" || fail "no missing line in: $(cat "$tmp/err")"
grep -q "^de.po:[0-9]*: warning: 'gone.away' is not used by the code any more$" "$tmp/err" || fail "no unused line in: $(cat "$tmp/err")"

# A translation of the content that changed a figure: refused at its path.
cp "$src/assets/content/em-vs-tl.json" "$tmp/c.json"
sed -e 's/"max": 163717/"max": 170000/' "$src/assets/content/em-vs-tl.de.json" > "$tmp/c.de.json"
set +e; "$bin" --check "$tmp/c.de.json" 2>"$tmp/err"; rc=$?; set -e
[ $rc = 1 ] || fail "a drifted translation: exit $rc, expected 1"
grep -q '\.max: is 170000 where the source has 163717; only texts may differ$' "$tmp/err" || fail "no drift line in: $(cat "$tmp/err")"
echo "strings: all checks passed"
