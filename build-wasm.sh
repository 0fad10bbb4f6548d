#!/usr/bin/env bash
# ./build-wasm.sh [--content FILE] [--serve] [--port N] [--package scorm12|scorm2004|cmi5]... [--scorm] [--bench [--runs N] [--compare DIR]...]
# Installs what is missing (scripts/deps.sh --web), builds the web bundle with
# Emscripten into dist/web/, and with --serve serves it on http://127.0.0.1:8080/.
# --content FILE builds FILE in as the default content (it must pass --check).
# --package KIND also writes dist/crossroads-KIND.zip for an LMS: scorm12 (SCORM 1.2),
# scorm2004 (SCORM 2004 4th edition) or cmi5 (a cmi5 course of one AU); it may be given
# once for each. --scorm is --package scorm12.
# --bench measures the bundle in headless Chromium (tests/bench/web.mjs; needs the
# test dependencies: scripts/deps.sh --test), optionally beside other pages (--compare),
# each page loaded N times (--runs, default 9).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
serve=0 port=8080 bench=0 packages=() runs=9 compare=() content=assets/content/em-vs-tl.json
while [ $# -gt 0 ]; do
  case $1 in
    --serve) serve=1 ;;
    --port) port=${2:?--port needs a number}; shift ;;
    --bench) bench=1 ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --scorm) packages+=(scorm12) ;;
    --package)
      case ${2:-} in
        scorm12|scorm2004|cmi5) packages+=("$2") ;;
        *) echo "build-wasm.sh: --package takes scorm12, scorm2004 or cmi5, not '${2:-}'" >&2; exit 2 ;;
      esac
      shift ;;
    --content) content=${2:?--content needs a file}; shift ;;
    --compare) compare+=(--compare "${2:?--compare needs a folder}"); shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-wasm.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

bash scripts/deps.sh --web
. scripts/env.sh

[ -f "$content" ] || { echo "build-wasm.sh: $content is not a file" >&2; exit 2; }
content=$(cd "$(dirname "$content")" && pwd)/$(basename "$content")
cmake --preset wasm -DCROSSROADS_DEFAULT_CONTENT="$content" >/dev/null
# The content is checked by the program's own loader (under node) before it is built in.
cmake --build --preset wasm --target crossroads-check
if ! node build/wasm/core/crossroads-check.js "$content" --json > build/wasm/content-report.json; then
  node build/wasm/core/crossroads-check.js "$content" || true
  echo "build-wasm.sh: $content has the problems above; fix them (crossroads --check) and build again" >&2
  exit 1
fi
# The page's bundle; the packages carry another with the LMS code (web/CMakeLists.txt).
# Author mode's bundle goes in author/, loaded by the page only when the address asks for it.
cmake --build --preset wasm --target crossroads_web crossroads_author_web crossroads_cjk_fonts crossroads-page-texts ${packages[@]+crossroads_lms_web}

out=dist/web
rm -rf "$out"; mkdir -p "$out"
cp build/wasm/web/crossroads.js build/wasm/web/crossroads.wasm "$out/"
mkdir -p "$out/author" && cp build/wasm/web/author/crossroads.js build/wasm/web/author/crossroads.wasm "$out/author/"
cp web/index.html web/embed.html web/embed.js web/embed.css "$out/"
# The page's title names the content built in (the program's own reading: the report above).
python3 - "$out/index.html" build/wasm/content-report.json <<'PY'
import html, json, re, sys
page, report = sys.argv[1], json.load(open(sys.argv[2]))
text = open(page).read()
title = "<title>" + html.escape(report["pageTitle"], quote=False) + "</title>"
open(page, "w").write(re.sub(r"<title>.*?</title>", lambda m: title, text, count=1))
PY
# The page's own scripts and styles lose their comment lines (the repo keeps them): every
# byte before the first frame counts against the 400 KB budget.
for f in boot.js textversion.js; do sed -E '/^[[:space:]]*\/\//d' "web/$f" > "$out/$f"; done
for f in app.css textversion.css print.css; do python3 -c 'import re,sys; sys.stdout.write(re.sub(r"/\*.*?\*/\n?", "", open(sys.argv[1]).read(), flags=re.S))' "web/$f" > "$out/$f"; done
# The content files and their schema, for authors and for ?content=content/<file>.json.
mkdir -p "$out/content" && cp assets/content/*.json "$out/content/"
# Other languages, downloaded only when chosen: the interface's translations and the
# Japanese fonts (made by the build from Noto Sans CJK).
mkdir -p "$out/i18n" "$out/fonts" && cp assets/i18n/*.po "$out/i18n/"
# The page's own texts in those languages, for boot.js to show before the app runs.
node build/wasm/core/crossroads-page-texts.js "$out/i18n/page.json" assets/i18n/*.po
cp build/wasm/assets/noto-sans-jp-regular.ttf build/wasm/assets/noto-sans-jp-bold.ttf "$out/fonts/"
echo "Built $out:"
for f in "$out"/*.* "$out"/author/*; do printf '  %-22s %8d bytes  %8d gzip\n' "${f#"$out"/}" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"; done

# The title and pass mark come from the program's own reading of the content (the report above).
for kind in ${packages[@]+"${packages[@]}"}; do
  python3 scripts/scorm-package.py --kind "$kind" --web "$out" --bundle build/wasm/web/lms --report build/wasm/content-report.json --out "dist/crossroads-$kind.zip"
done
if [ $bench = 1 ]; then
  bash scripts/deps.sh --test
  node tests/bench/web.mjs --dir "$out" --runs "$runs" "${compare[@]}"
fi
if [ $serve = 1 ]; then
  exec node scripts/serve.mjs --dir "$out" --port "$port"
fi
