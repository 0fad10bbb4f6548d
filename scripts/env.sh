# Sourced by the build and test scripts: where the cache lives and what Emscripten needs.
# The cache holds third-party sources and the wasm SDL2 build, outside the repo.
export CROSSROADS_CACHE=${CROSSROADS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crossroads}
# Debian's emcc needs Debian's node modules (acorn) whichever node is first on PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
