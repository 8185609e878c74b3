#!/usr/bin/env bash
# Bounded fuzzing of the extractor (not part of scripts/test.sh or CI: minutes of CPU per target).
#
#   bash scripts/fuzz.sh                  # every target, FUZZ_SECONDS each (default 300)
#   FUZZ_SECONDS=60 bash scripts/fuzz.sh dates snapshot
#
# Targets live in fuzz/fuzz_targets/: extract (any bytes as a page), dates (date strings everywhere a
# page states a date, plus the digit converters), snapshot (any flattened DOM from the content script).
# New inputs go to fuzz/corpus/<target>/ (kept between runs, not committed); a crash is saved under
# fuzz/artifacts/<target>/ and must become a regression test in tests/pathological.rs. Each target's
# libFuzzer output is in target/fuzz-logs/<target>.log. Exits 1 when any target crashed or hung.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-300}
targets=("$@")
((${#targets[@]})) || targets=(extract dates snapshot)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo-fuzz passes -Z sanitizer and coverage flags; the stable toolchain accepts them with this set.
export RUSTC_BOOTSTRAP=1

# Seeds are read, never written: the project's fixture pages for extract, a few date lines for dates.
declare -A seeds=([extract]=tests/fixtures [dates]=fuzz/seeds/dates [snapshot]=)
# Fixture pages are tens of kilobytes; libFuzzer mutates the first max_len bytes of each.
declare -A max_len=([extract]=16384 [dates]=256 [snapshot]=8192)

mkdir -p target/fuzz-logs
status=0
summary=()
for target in "${targets[@]}"; do
    [[ -v "seeds[$target]" ]] || { echo "unknown fuzz target: $target" >&2; exit 2; }
    corpus=fuzz/corpus/$target
    log=target/fuzz-logs/$target.log
    mkdir -p "$corpus" "fuzz/artifacts/$target"
    before=$(find "fuzz/artifacts/$target" -type f | wc -l)
    # -timeout: one input taking longer than this is a hang (the targets lift the library's own time
    # budget so that a slow stage shows up here); -rss_limit_mb: the 20 MB-page budget with room to spare.
    if cargo fuzz run -O "$target" "$corpus" ${seeds[$target]} -- \
        -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=3072 \
        -dict=fuzz/html.dict -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    found=$(($(find "fuzz/artifacts/$target" -type f | wc -l) - before))
    summary+=("$target: ${runs:-?} executions in ${seconds}s, $found new crash/hang input(s), $result")
done
printf '[fuzz] %s\n' "${summary[@]}"
exit "$status"
