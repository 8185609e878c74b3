# Sourced by every script in scripts/: one place that decides which tools the build finds first.
# npm's wasm-opt (binaryen) comes before any other on PATH: wasm-pack silently takes the first one it finds, and
# Debian's wasm-opt 108 emits modules whose wasm-bindgen init fails at run time.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# wasm-pack's cache of downloaded tools stays inside the tree, so a stray download is visible and never shared.
export WASM_PACK_CACHE="$PWD/target/wasm-pack-cache"
# Given both drivers on PATH, wasm-bindgen-test-runner would pick Firefox; the Chrome runs name their driver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
