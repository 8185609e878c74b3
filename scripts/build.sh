#!/usr/bin/env bash
# Builds the wasm into extension/pkg/, then the two browser packages in dist/, then prints their sizes.
# wasm-pack runs with --no-opt and wasm-opt runs here, so the optimisation level is stated once and the
# wasm-opt used is npm's binaryen (scripts/env.sh puts it first on PATH), never a download.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[[ -n "${PATHOK_SETUP_DONE:-}" ]] || bash scripts/setup.sh

# Cargo.toml's `wasm` profile is release tuned for size; `release` itself stays fast for the native CLI.
echo "[build] wasm-pack build --target web --profile wasm"
wasm-pack build --target web --profile wasm --no-opt --no-pack --out-dir extension/pkg --out-name pathok

# -Os, not -Oz: measured on this wasm, the same gzipped size (within 1 KB) and 8% faster extraction.
# Without memory-packing: it cut the data into ~8,000 segments around runs of zeros (html5ever's entity
# table), which saved 27 KB raw but cost 20 KB gzipped, where zeros cost next to nothing.
echo "[build] wasm-opt -Os --skip-pass=memory-packing"
wasm-opt -Os --skip-pass=memory-packing extension/pkg/pathok_bg.wasm -o extension/pkg/pathok_bg.wasm

node scripts/package.mjs
node scripts/size.mjs --no-build
