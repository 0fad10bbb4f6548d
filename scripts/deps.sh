#!/usr/bin/env bash
# scripts/deps.sh [--web] [--test] — installs what Crossroads needs and is missing.
#   --web   what ./build-wasm.sh needs (Emscripten, fonts, imgui + SDL2 sources, SDL2 for wasm,
#           the closure compiler from npm)
#   --test  everything (native build, browser + desktop tests, npm packages)
# Only Debian's archive and the npm registry are used. Third-party sources come from
# Debian *source* packages and live in a cache folder outside the repo ($CROSSROADS_CACHE),
# so a second run on the same machine does nothing. Safe to run again and again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/env.sh
. "$here/scripts/env.sh"

want_web=0 want_test=0
for a in "$@"; do
  case $a in
    --web) want_web=1 ;;
    --test) want_test=1; want_web=1 ;;
    *) echo "deps.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1mdeps:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ---------------------------------------------------------
pkgs=(ca-certificates xz-utils cmake ninja-build g++ make pkg-config python3 python3-fonttools fonts-inter fonts-noto-cjk gettext
      libsdl2-dev nlohmann-json3-dev libstb-dev)
[ $want_web = 1 ] && pkgs+=(emscripten)
[ $want_test = 1 ] && pkgs+=(chromium xvfb xauth libgl1-mesa-dri clang poppler-utils)
# node + npm: the machine may carry its own Node (then npm comes with it); a bare Debian needs both.
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)

apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { log "apt-get update"; as_root apt-get update -qq; apt_updated=1; }; }

install_missing() { # package...
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  apt_update
  log "installing ${missing[*]}"
  local apt_log; apt_log=$(mktemp)
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$apt_log" 2>&1; then
    tail -20 "$apt_log" >&2
    echo "deps.sh: apt-get install failed (its last lines are above); run scripts/deps.sh again once the cause is fixed." >&2
    exit 1
  fi
  rm -f "$apt_log"
}
install_missing "${pkgs[@]}"
# The fuzzers' runtime (libFuzzer, sanitizers) belongs to the release's default clang:
# clang-14 on Debian 12, clang-19 on Debian 13.
if [ $want_test = 1 ]; then
  clang_major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)
  install_missing "libclang-rt-$clang_major-dev"
fi

# --- Debian source packages: imgui, libsdl2 ---------------------------------
# One pinned version of each, listed in scripts/sources.txt.
mapfile -t pins < <(grep -Ev '^[[:space:]]*(#|$)' "$here/scripts/sources.txt")
# The sources come from the machine's own Debian archive, through one deb-src entry of
# ours for the two pinned suites; its URI is copied from the machine's own entry, so no
# host name is written here.
src_list=/etc/apt/sources.list.d/crossroads-src.sources
enable_deb_src() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ]; then
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$f" ] && [ -z "$uri" ] || continue
      uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' "$f")
    done
  fi
  [ -n "$uri" ] || { echo "deps.sh: no Debian archive found in /etc/apt/sources.list*: cannot fetch the pinned sources (scripts/sources.txt)" >&2; exit 1; }
  local want suites
  suites=$(printf '%s\n' "${pins[@]}" | awk '{print $2}' | sort -u | paste -sd' ')
  want=$(printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" "$suites")
  if [ "$(cat "$src_list" 2>/dev/null)" != "$want" ]; then
    log "adding deb-src for $suites ($src_list)"
    printf '%s\n' "$want" | as_root tee "$src_list" >/dev/null
    apt_updated=0
  fi
  apt_update
}

# The folder a source tarball unpacks to (SDL2's upstream name differs from Debian's).
source_dir() { # package version
  if [ "$1" = libsdl2 ]; then echo "SDL2-$2"; else echo "$1-$2"; fi
}

fetch_source() { # package suite version sha256
  local pkg=$1 suite=$2 version=$3 sum=$4 dir
  dir=$(source_dir "$pkg" "$version")
  [ -f "$CROSSROADS_CACHE/src/$dir/.crossroads-sha256" ] && return 0
  mkdir -p "$CROSSROADS_CACHE/src"
  [ "${sources_ready:-0}" = 1 ] || { enable_deb_src; sources_ready=1; }
  log "fetching Debian source package $pkg $version ($suite)"
  local tmp; tmp=$(mktemp -d); chown _apt "$tmp" 2>/dev/null || true # apt downloads as its _apt user
  if ! (cd "$tmp" && apt-get source --download-only -qq "$pkg/$suite" >/dev/null); then
    echo "deps.sh: could not download the Debian source package $pkg from $suite (see apt's message above)." >&2
    exit 1
  fi
  local orig; orig=$(ls "$tmp"/"${pkg}_${version}"[+.]*orig.tar.* 2>/dev/null | head -1)
  if [ -z "$orig" ]; then
    echo "deps.sh: Debian $suite no longer has $pkg $version (it has: $(cd "$tmp" && ls ./*.orig.tar.* 2>/dev/null | tr '\n' ' '))." >&2
    echo "         Update the pin in scripts/sources.txt (version and sha256) and test both Debian releases." >&2
    exit 1
  fi
  # apt already checked the files against the signed index; the pinned sum also proves that
  # this is the very tarball the project was tested with, and so does the .dsc.
  local got; got=$(sha256sum "$orig" | cut -d' ' -f1)
  if [ "$got" != "$sum" ] || ! grep -q "^ $sum [0-9]* $(basename "$orig")\$" "$tmp"/*.dsc; then
    echo "deps.sh: checksum mismatch for $(basename "$orig"): got $got, pinned $sum." >&2
    exit 1
  fi
  rm -rf "${CROSSROADS_CACHE:?}/src/$dir"
  tar -C "$CROSSROADS_CACHE/src" -xf "$orig"
  [ -d "$CROSSROADS_CACHE/src/$dir" ] || { echo "deps.sh: $(basename "$orig") did not unpack to $dir" >&2; exit 1; }
  echo "$sum" > "$CROSSROADS_CACHE/src/$dir/.crossroads-sha256"
  rm -rf "$tmp"
}
for pin in "${pins[@]}"; do
  # shellcheck disable=SC2086 # the pin is words
  set -- $pin
  if [ "$1" != libsdl2 ] || [ $want_web = 1 ]; then fetch_source "$@"; fi
done

# --- SDL2 built for WebAssembly, once ----------------------------------------
# Only video, events and timers: audio, joysticks and the rest would add 12 KB (gzip)
# of wasm and JS the app never uses. SDL_LEAN_AND_MEAN drops the software blitters, RLE
# and YUV code (29 KB gzip; the app draws with WebGL and uses only system cursors), and
# the offscreen and dummy video drivers and the 2D renderer 4 KB more. A change of these
# flags rebuilds (the stamp).
sdl_flags="-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF \
-DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_HIDAPI=OFF -DSDL_LOADSO=OFF \
-DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_RENDER=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1"
sdl_dir=$(source_dir libsdl2 "$(printf '%s\n' "${pins[@]}" | awk '$1 == "libsdl2" {print $3}')")
# Another SDL2 version, other flags or another Emscripten rebuild it.
sdl_stamp_text="$sdl_dir $(emcc --version 2>/dev/null | head -1) $sdl_flags"
sdl_stamp="$CROSSROADS_CACHE/sdl2-wasm/.crossroads-flags"
if [ $want_web = 1 ] && { [ ! -f "$CROSSROADS_CACHE/sdl2-wasm/lib/libSDL2.a" ] || [ "$(cat "$sdl_stamp" 2>/dev/null)" != "$sdl_stamp_text" ]; }; then
  log "building SDL2 for WebAssembly (once, 2 to 5 minutes)"
  b="$CROSSROADS_CACHE/sdl2-wasm-build"
  rm -rf "$b" "$CROSSROADS_CACHE/sdl2-wasm"
  # shellcheck disable=SC2086 # the flags are words
  emcmake cmake -S "$CROSSROADS_CACHE/src/$sdl_dir" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    $sdl_flags -DCMAKE_INSTALL_PREFIX="$CROSSROADS_CACHE/sdl2-wasm" >/dev/null
  cmake --build "$b" >/dev/null
  cmake --install "$b" >/dev/null
  printf '%s' "$sdl_stamp_text" > "$sdl_stamp"
  rm -rf "$b"
fi

# --- npm packages -----------------------------------------------------------
# `npm ci` in a folder of the repo, again only when its lock file changed since.
npm_ci() {
  local dir="$here/$1"
  local stamp="$dir/node_modules/.crossroads-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    log "npm ci ($1)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
# The closure compiler for the release JS (web/CMakeLists.txt).
if [ $want_web = 1 ] && [ "$(uname -m)" != x86_64 ]; then
  log "note: npm's closure compiler is x86-64 only: on $(uname -m), configure the wasm build with -DCROSSROADS_CLOSURE=OFF (a larger bundle)"
elif [ $want_web = 1 ]; then
  npm_ci scripts/closure
fi
# `npm install` where a lock file cannot be kept (tests/lighthouse/package.json says why),
# again only when package.json changed since.
npm_install() {
  local dir="$here/$1"
  local stamp="$dir/node_modules/.crossroads-package"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package.json" "$stamp"; then
    log "npm install ($1)"
    (cd "$dir" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
    cp "$dir/package.json" "$stamp"
  fi
}
# The browser tests, and Lighthouse.
if [ $want_test = 1 ]; then
  npm_ci tests/web
  npm_install tests/lighthouse
fi
log "ready"
