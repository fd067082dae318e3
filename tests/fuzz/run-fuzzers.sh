#!/bin/sh
# Runs every libFuzzer target for a bounded time; non-zero exit when one of them finds a crash.
# A BUILD_DIR without a CMake cache is configured with clang (NB_BUILD_FUZZERS=ON) and built first.
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_FUZZER]   (shared fixtures: NB_SHARED_DIR)
set -eu

build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
shared=${NB_SHARED_DIR:-$here/../../../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
status=0

# A build folder that does not exist yet is configured with clang and the fuzzers are built in it, so
# one command does everything (no CMake options to remember).
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here/../.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DNB_BUILD_FUZZERS=ON -DNB_BUILD_GUI=OFF -DNB_BUILD_BENCHMARKS=OFF -DNB_SHARED_DIR="$shared"
fi
# Always (re)build, so a kept build folder never fuzzes stale code.
targets=$(sed -n 's/^ *\(add_executable(\|foreach(name \)\(fuzz_[a-z_ ]*\).*/\2/p' "$here/CMakeLists.txt" |
    tr ' ' '\n' | grep . | sort -u)
cmake --build "$build" --target $targets

# run NAME SEED... : seeds are files or folders copied into a fresh corpus; NAME.dict is used if present.
run() {
    name=$1
    shift
    exe="$build/tests/fuzz/$name"
    if [ ! -x "$exe" ]; then
        echo "run-fuzzers: $name not built, skipped"
        return 0
    fi
    corpus="$work/$name"
    mkdir -p "$corpus"
    for seed in "$@"; do
        if [ -d "$seed" ]; then
            cp -R "$seed"/. "$corpus"/
        elif [ -f "$seed" ]; then
            cp "$seed" "$corpus"/
        fi
    done
    set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/tests/fuzz/$name-"
    if [ -f "$here/$name.dict" ]; then
        set -- "$@" -dict="$here/$name.dict"
    fi
    echo "run-fuzzers: $name for ${seconds}s"
    if ! "$exe" "$@" "$corpus"; then
        echo "run-fuzzers: $name FAILED (see $build/tests/fuzz/$name-*)"
        status=1
    fi
}

# One line per fuzzer.
run fuzz_carelink_payload "$shared"/fixtures/carelink/*.json
run fuzz_tandem_binary "$shared"/fixtures/tandem/*.pumpevents.json
run fuzz_tandem_json "$shared"/fixtures/tandem/*.pumplogs.json "$shared"/fixtures/vendor-2026/tandem/bff-pump-logs*.json
run fuzz_tandem_pumper "$shared"/fixtures/tandem/v3_bff_pumper.api-response.json \
    "$shared"/fixtures/vendor-2026/tandem/bff-pumper*.json

exit $status
