#!/usr/bin/env bash
# Installs everything the build, the tests and the demo need on a fresh Debian machine (as root), and skips
# whatever is already there, so a second run takes seconds. Called by build.sh, test.sh and demo.sh; safe to run alone.
# Only package registries are reachable here: every tool comes from crates.io, npm or apt, never from a download
# that a tool makes on its own (wasm-pack's self-downloads of wasm-bindgen and wasm-opt fail on this network).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

APT_PACKAGES=(chromium chromium-driver firefox-esr)
# The version whose flags build.sh uses (--no-opt, --no-pack) and that was tried on this network.
WASM_PACK_VERSION=0.15.1

step_started=0
step() { step_started=$SECONDS; printf '[setup] %s\n' "$*"; }
done_step() { printf '[setup]   done in %ss\n' "$((SECONDS - step_started))"; }

# `cargo install --locked` first, for the versions the tool's authors tested; it can fail on this registry when a
# pinned dependency version is missing, and an unlocked install of the same version is the fallback.
# The tools are built at opt-level 1 without LTO: that halved wasm-bindgen-cli's cold build on 2 cores (15.7 to
# 6.4 minutes, both with other builds running), and the wasm it writes is byte-identical, as fast.
cargo_install() {
    local quick=(env CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)
    "${quick[@]}" cargo install --locked "$@" || {
        echo "[setup]   --locked failed; retrying unlocked with the same version"
        "${quick[@]}" cargo install "$@"
    }
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
    done_step
fi

# wasm-pack only uses the wasm-bindgen on PATH when its version equals the one in Cargo.lock; otherwise it tries
# to download one, which fails here. So the CLI is pinned to the lock file, not to a number written in this script.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ -z "$bindgen_version" ]]; then
    echo "[setup] no wasm-bindgen in Cargo.lock; run 'cargo generate-lockfile' first" >&2
    exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" \
    || "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $bindgen_version" ]]; then
    step "cargo install wasm-bindgen-cli $bindgen_version (about 7 minutes cold on 2 cores)"
    cargo_install wasm-bindgen-cli --version "=$bindgen_version" --force
    done_step
fi

if [[ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]]; then
    step "cargo install wasm-pack $WASM_PACK_VERSION"
    cargo_install wasm-pack --version "=$WASM_PACK_VERSION" --force
    done_step
fi

# The npm package of this name downloads a binary at install time; the crate builds from source.
if ! command -v geckodriver >/dev/null; then
    step "cargo install geckodriver"
    cargo_install geckodriver
    done_step
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
    step "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    done_step
fi

# npm ci wipes node_modules and reinstalls; skip it when the lock file is the one the tree was installed from.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ "$(cat node_modules/.pathok-lock 2>/dev/null)" != "$lock_hash" ]]; then
    step "npm ci"
    npm ci --no-audit --no-fund
    echo "$lock_hash" > node_modules/.pathok-lock
    done_step
fi

echo "[setup] ready: $(wasm-bindgen --version), $(wasm-pack --version), $(wasm-opt --version | sed -n 1p)," \
    "$(chromium --version 2>/dev/null | sed -n 1p), $(geckodriver --version | sed -n 1p)"
