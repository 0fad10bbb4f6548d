#!/usr/bin/env bash
# The desktop program under Xvfb: --screenshot writes PNGs of the Compare view (light,
# dark, phone-sized) and of the Author view (--edit) that are real pictures, not a blank or
# one-colour frame. Opening a file to edit never writes it.
set -euo pipefail
bin=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
shoot() { # name args...
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --screenshot "$out/$name.png" "$@"
  /usr/bin/python3 "$here/png-stats.py" "$out/$name.png"
}
shoot desktop-compare-light --view compare --width 1280 --height 800
shoot desktop-compare-dark --view compare --theme dark --width 1280 --height 800
shoot desktop-compare-phone --view compare --width 360 --height 640
edit=$(mktemp -d)
cp "$here/../../assets/content/em-vs-tl-short.json" "$edit/mine.json"
shoot desktop-author --edit "$edit/mine.json" --width 1280 --height 800
cmp "$here/../../assets/content/em-vs-tl-short.json" "$edit/mine.json"
shoot desktop-author-new --edit "$edit/new.json" --width 360 --height 640
for f in "$edit/mine.json~" "$edit/new.json"; do
  if [ -e "$f" ]; then echo "screenshot-test: $f was written without a Save" >&2; exit 1; fi
done
rm -rf "$edit"
echo "screenshot-test: ok ($out)"
