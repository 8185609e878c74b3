#!/usr/bin/env bash
# The one test command (README, .ci/run): setup, Rust tests, the wasm build and its tests in wasm, the
# Firefox lint, then every JS test (unit and browser end-to-end) in one `node --test` run, so the output ends
# with that runner's summary. Stops at the first failing stage and names it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

stage=setup
trap 'echo "[test] FAILED at stage: $stage" >&2' ERR
begin() { stage=$1; printf '\n[test] === %s ===\n' "$stage"; }

begin setup
bash scripts/setup.sh
export PATHOK_SETUP_DONE=1

begin "cargo test"
cargo test

begin "wasm build"
bash scripts/build.sh

# The library compiled for wasm32 and run by wasm-bindgen's Node runner: catches what only breaks there
# (std::time, the allocator, missing imports). tests/wasm is its own crate; see the root Cargo.toml.
begin "wasm-pack test --node"
wasm-pack test --node tests/wasm

begin "web-ext lint"
npm run --silent lint:ext

# Unit tests of the built JS/wasm and the browser end-to-end specs; e2e specs load dist/chrome and dist/firefox.
begin "node --test"
mapfile -t specs < <(find tests extension -name '*.test.mjs' -not -path '*/node_modules/*' | sort)
if ((${#specs[@]} == 0)); then
    echo "[test] no *.test.mjs files" >&2
    exit 1
fi
node --test --test-concurrency=1 "${specs[@]}"
