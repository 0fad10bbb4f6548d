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
pkgs=(ca-certificates xz-utils cmake ninja-build g++ make pkg-config python3 python3-fonttools fonts-inter
      libsdl2-dev nlohmann-json3-dev catch2)
[ $want_web = 1 ] && pkgs+=(emscripten)
[ $want_test = 1 ] && pkgs+=(chromium xvfb xauth libgl1-mesa-dri clang-14 libclang-rt-14-dev)
# node + npm: the machine may carry its own Node (then npm comes with it); a bare Debian needs both.
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
done

apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { log "apt-get update"; as_root apt-get update -qq; apt_updated=1; }; }

if [ ${#missing[@]} -gt 0 ]; then
  apt_update
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Debian source packages: imgui, libsdl2 ---------------------------------
# deb-src entries are added as twins of the existing deb entries, in whichever
# format the machine uses (deb822 or one-line); no host name is written here.
enable_deb_src() {
  local changed=0 f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    if grep -qE '^Types:[[:space:]]*deb[[:space:]]*$' "$f"; then
      as_root sed -i -E 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb deb-src/' "$f"; changed=1
    fi
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    if grep -qE '^deb[[:space:]]' "$f" && ! grep -qE '^deb-src[[:space:]]' "$f"; then
      as_root sh -c "grep -E '^deb[[:space:]]' '$f' | sed -E 's/^deb([[:space:]])/deb-src\1/' >> '$f'"; changed=1
    fi
  done
  if [ $changed = 1 ]; then apt_updated=0; fi
  apt_update
}

fetch_source() { # package dir-glob
  local pkg=$1 dir=$2
  compgen -G "$CROSSROADS_CACHE/src/$dir" >/dev/null && return 0
  mkdir -p "$CROSSROADS_CACHE/src"
  [ "${sources_ready:-0}" = 1 ] || { enable_deb_src; sources_ready=1; }
  log "fetching Debian source package $pkg"
  local tmp; tmp=$(mktemp -d); chown _apt "$tmp" 2>/dev/null || true # apt downloads as its _apt user
  (cd "$tmp" && apt-get source --download-only -qq "$pkg" >/dev/null)
  tar -C "$CROSSROADS_CACHE/src" -xf "$(ls "$tmp"/"${pkg}"_*.orig.tar.* | head -1)"
  rm -rf "$tmp"
}
fetch_source imgui 'imgui-1.86'
[ $want_web = 1 ] && fetch_source libsdl2 'SDL2-2.26.5'

# --- SDL2 built for WebAssembly, once ----------------------------------------
# Only video, events and timers: audio, joysticks and the rest would add 12 KB (gzip)
# of wasm and JS the app never uses. A change of these flags rebuilds (the stamp).
sdl_flags="-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF \
-DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_HIDAPI=OFF -DSDL_LOADSO=OFF"
sdl_stamp="$CROSSROADS_CACHE/sdl2-wasm/.crossroads-flags"
if [ $want_web = 1 ] && { [ ! -f "$CROSSROADS_CACHE/sdl2-wasm/lib/libSDL2.a" ] || [ "$(cat "$sdl_stamp" 2>/dev/null)" != "$sdl_flags" ]; }; then
  log "building SDL2 for WebAssembly (once, 2 to 5 minutes)"
  b="$CROSSROADS_CACHE/sdl2-wasm-build"
  rm -rf "$b" "$CROSSROADS_CACHE/sdl2-wasm"
  # shellcheck disable=SC2086 # the flags are words
  emcmake cmake -S "$CROSSROADS_CACHE/src/SDL2-2.26.5" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    $sdl_flags -DCMAKE_INSTALL_PREFIX="$CROSSROADS_CACHE/sdl2-wasm" >/dev/null
  cmake --build "$b" >/dev/null
  cmake --install "$b" >/dev/null
  printf '%s' "$sdl_flags" > "$sdl_stamp"
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
# The browser tests.
if [ $want_test = 1 ]; then npm_ci tests/web; fi
log "ready"
