#!/usr/bin/env bash
# The desktop program under Xvfb: --screenshot writes PNGs of the Compare view (light,
# dark, phone-sized) that are real pictures, not a blank or one-colour frame.
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
echo "screenshot-test: ok ($out)"
