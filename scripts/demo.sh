#!/usr/bin/env bash
# README command 1: set up, build, and show the reader view of the bundled demo page (scripts/demo.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
PATHOK_SETUP_DONE=1 bash scripts/build.sh
node scripts/demo.mjs
