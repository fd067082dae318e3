#!/usr/bin/env bash
# Runs bench_tray on a virtual display (Xvfb) with a real tray host (trayer), like the screenshot script.
#   tests/bench/bench_tray.sh [BUILD_DIR] [bench_tray options, e.g. --idle-seconds 60 --runs 5]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/release}")
shift || true
for tool in Xvfb trayer; do
    command -v "$tool" >/dev/null || { echo "bench_tray: $tool missing (cmake/dev.sh deps)" >&2; exit 2; }
done
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=xcb
trayer --edge top --align right --widthtype pixel --width 160 --height 32 --SetDockType true >"$work/trayer.log" 2>&1 &
pids+=($!)
sleep 1
"$build/tests/bench/bench_tray" --app "$build/app/gui/nightbridge" "$@"
