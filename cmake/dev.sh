#!/usr/bin/env bash
# Nightbridge developer entry point: the two commands of the README, and what they need.
#
#   cmake/dev.sh run    install build dependencies, build (Release) and start the app (with --demo while
#                       no account is set up, so a newcomer sees the whole product working)
#   cmake/dev.sh test   install dependencies, build with -Werror, run every test label, the `realns` label
#                       against the real Nightscout server (../shared/nightscout), then build and run the
#                       suite again under AddressSanitizer + UndefinedBehaviorSanitizer
#   cmake/dev.sh realns only the realns phase of `test`, on an existing release build
#   cmake/dev.sh deps   only install the Debian/Ubuntu packages
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

# Debian/Ubuntu packages: toolchain, Qt 6 (>= 6.4), QtKeychain, OpenSSL, and the test-time helpers
# (gnome-keyring + D-Bus for the real keychain tests, Xvfb and the trayer tray host for the screenshot
# script tests/ui/screenshots.sh), and Node.js + npm for the real Nightscout server of the realns tests.
packages=(
    build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev qtkeychain-qt6-dev libssl-dev openssl
    gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth trayer
    nodejs curl
)
# Debian's npm package conflicts with the nodejs builds (e.g. NodeSource) that bring their own npm.
command -v npm >/dev/null 2>&1 || packages+=(npm)

shared=${NB_SHARED_DIR:-$root/../shared}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # preset
    # A compiler cache, when one is installed, makes rebuilds after small changes quick.
    if command -v ccache >/dev/null 2>&1; then
        export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
        export CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
    fi
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j "$jobs"
}

# True when nightbridge-cli lists no account (settings and environment) for the app's --config, if any.
# Unsure (the CLI fails) counts as "has accounts": then the app starts normally and says what is wrong.
no_accounts() {
    local cli="$root/build/release/app/cli/nightbridge-cli" config=() listed
    while [ $# -gt 0 ]; do
        case "$1" in
            --config) [ $# -ge 2 ] && config=(--config "$2"); shift ;;
            --config=*) config=(--config "${1#--config=}") ;;
        esac
        shift
    done
    listed=$("$cli" "${config[@]}" accounts list --json 2>/dev/null) || return 1
    [ "$(printf '%s' "$listed" | tr -d '[:space:]')" = "[]" ]
}

run_app() {
    install_deps
    build release
    local gui="$root/build/release/app/gui/nightbridge"
    # The command is the choice: a machine without an account runs the demo (its own fake site only).
    if no_accounts "$@"; then
        echo "No account set up yet: starting the demo (simulated data, nothing leaves this computer)."
        set -- --demo "$@"
    fi
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$gui" "$@"
    fi
    echo "No display found: starting Nightbridge on a virtual display (Xvfb). Use build/release/app/cli/nightbridge-cli for headless use."
    exec xvfb-run -a "$gui" "$@"
}

# phase NAME COMMAND...: runs one phase of the test command and prints how long it took.
phase_names=()
phase_seconds=()
phase() {
    local name=$1 start=$SECONDS
    shift
    echo "== $name =="
    "$@"
    local took=$((SECONDS - start))
    phase_names+=("$name")
    phase_seconds+=("$took")
    printf '== %s: %d min %02d s ==\n' "$name" $((took / 60)) $((took % 60))
}

phase_summary() {
    echo "== Phase durations =="
    local i
    for i in "${!phase_names[@]}"; do
        printf '  %-55s %4d s\n' "${phase_names[$i]}" "${phase_seconds[$i]}"
    done
    printf '  %-55s %4d s\n' "total" "$SECONDS"
}

# The realns label (tests/realns) runs in a phase of its own, against the real server; the ASan phase
# leaves it out (the same code runs there in every other test, and the server run takes minutes).
asan_tests() {
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j "$jobs" --timeout 600 -LE realns
}

real_ns_started=0
stop_real_ns() {
    if [ "$real_ns_started" = 1 ]; then
        "$shared/nightscout/nightscout.sh" stop || true
        real_ns_started=0
    fi
}

# The real Nightscout server (cgm-remote-monitor, see $shared/nightscout/README.md) on loopback, the realns
# tests against it, and the server stopped again (also when a test fails or the script is interrupted).
realns_tests() {
    local node_major
    node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
    if [ "$node_major" -lt 20 ]; then
        echo "The real Nightscout server needs Node.js >= 20 (found: $(node --version 2>/dev/null || echo none))." >&2
        return 1
    fi
    local env_line
    real_ns_started=1
    # A refused credential costs 5 s on a real site; the tests refuse some on purpose.
    env_line=$(NB_NS_AUTH_FAIL_DELAY=${NB_NS_AUTH_FAIL_DELAY:-50} "$shared/nightscout/nightscout.sh" start)
    eval "$env_line"
    export NB_REAL_NS_URL NB_REAL_NS_SECRET
    local rc=0
    ctest --preset release -L realns --timeout 1800 || rc=$?
    stop_real_ns
    return "$rc"
}

run_tests() {
    SECONDS=0
    trap stop_real_ns EXIT
    phase "Install dependencies" install_deps
    phase "Release build (-Werror)" build release
    phase "Tests: unit, integration, ui, keychain" ctest --preset release -j "$jobs" --timeout 300 -LE realns
    phase "Tests against the real Nightscout server (label realns)" realns_tests
    phase "AddressSanitizer + UndefinedBehaviorSanitizer build" build asan
    phase "Tests under ASan + UBSan (without realns)" asan_tests
    phase "Fuzzers (libFuzzer, clang, ${NB_FUZZ_SECONDS:-30} s each)" \
        tests/fuzz/run-fuzzers.sh "$root/build/fuzz" "${NB_FUZZ_SECONDS:-30}"
    phase_summary
}

case "${1:-}" in
    run) shift; run_app "$@" ;;
    test) run_tests ;;
    realns) # only the realns phase, on an existing release build
        SECONDS=0
        trap stop_real_ns EXIT
        phase "Tests against the real Nightscout server (label realns)" realns_tests
        phase_summary
        ;;
    deps) install_deps ;;
    *) echo "usage: cmake/dev.sh run|test|realns|deps" >&2; exit 2 ;;
esac
