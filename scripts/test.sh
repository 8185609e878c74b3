#!/usr/bin/env bash
# The one test command (README, .ci/run): setup, the wasm build, then every test stage — Rust tests, the
# library in wasm, the Firefox lint, and all JS tests (unit and browser end-to-end) in one `node --test` run
# last, so a green run ends with that runner's summary. Setup and build stop the run when they fail; a failing
# test stage is reported and the other test stages still run, then the script exits 1 naming every failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

failed=()
banner() { printf '\n[test] === %s ===\n' "$1"; }
# Runs one test stage; its failure is recorded rather than ending the run.
check() {
    local name=$1
    shift
    banner "$name"
    "$@" || failed+=("$name")
}

banner setup
bash scripts/setup.sh
export PATHOK_SETUP_DONE=1

banner "wasm build"
bash scripts/build.sh

# Issue 6's size budget, 300 KB gzipped (gzip -9), read as 300,000 bytes: a change that grows the wasm past it fails here.
check "wasm size budget" node scripts/size.mjs --no-build --budget 300000

check "cargo test" cargo test

# The heavy pathological pages (20 MB, 100,000-deep nesting, a million siblings) need optimised code;
# the stress profile is release with unwinding, which the test harness needs.
check "cargo test (optimised: heavy pathological pages)" cargo test --profile stress --test all pathological

# The library compiled for wasm32 and run by wasm-bindgen's Node runner: catches what only breaks there
# (std::time, the allocator, missing imports). tests/wasm is its own crate; see the root Cargo.toml.
check "wasm-pack test --node" wasm-pack test --node tests/wasm

check "web-ext lint" npm run --silent lint:ext

# Unit tests of the built JS/wasm and the browser end-to-end specs (tests/e2e, which load dist/).
mapfile -t specs < <(find tests extension -name '*.test.mjs' -not -path '*/node_modules/*' | sort)
if ((${#specs[@]} == 0)); then
    failed+=("node --test (no *.test.mjs found)")
else
    check "node --test" node --test --test-concurrency=1 "${specs[@]}"
fi

if ((${#failed[@]})); then
    printf '[test] FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
