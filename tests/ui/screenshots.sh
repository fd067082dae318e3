#!/usr/bin/env bash
# Screenshots of the tray shell for review: runs the real tray app in demo mode (the sync engine against
# the in-process fakes, a fresh config dir without accounts) on a virtual display (Xvfb) with a real tray
# host (trayer, XEmbed system tray) and saves PNGs of the tray icon (every state in a gallery, the
# current one, and as the panel shows it), the context menu and the status popup (two people: the demo's
# two accounts), a scripted urgent low, the activity view, the settings and wizard pages, in mg/dL,
# mmol/L and German, on a 1366x768 screen.
# Checks that the app stayed up for the whole run and that every file is non-empty (CI runs this).
#
#   tests/ui/screenshots.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR defaults to build/release, OUT_DIR to BUILD_DIR/screenshots
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/release}")
out=$(realpath -m "${2:-$build/screenshots}")
app="$build/app/gui/nightbridge"
scenarios=(demo demo-mmol demo-de)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v trayer >/dev/null || need+=(trayer)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing: ${need[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ ! -x "$app" ]; then
    echo "screenshots: $app not built (cmake --build $build --target nightbridge)" >&2
    exit 2
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A free display number, chosen by Xvfb itself.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "screenshots: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS # the XEmbed tray of trayer, not a StatusNotifier host
export QT_QPA_PLATFORM=xcb

# A panel strip at the top right hosting the tray (dark, like most panels).
trayer --edge top --align right --widthtype pixel --width 160 --height 32 --SetDockType true \
    --transparent false --tint 0x303030 >"$work/trayer.log" 2>&1 &
pids+=($!)
sleep 1

failed=0
for scenario in "${scenarios[@]}"; do
    dir="$out/$scenario"
    rm -rf "$dir"
    mkdir -p "$dir"
    config="$work/config-$scenario"
    mkdir -p "$config"
    if [ "$scenario" = demo-mmol ]; then
        printf '[display]\nunits=mmol\n' >"$config/nightbridge.ini"
    elif [ "$scenario" = demo-de ]; then
        printf '[desktop]\nlanguage=de\n' >"$config/nightbridge.ini"
    fi
    start=$(date +%s%N)
    # --quit-after is the safety net; the screenshot run quits by itself when done (once the demo's first
    # readings are in).
    if "$app" --demo --instance "screenshots-$$" --config "$config" --screenshot "$dir" --quit-after 90 \
        >"$dir/app.log" 2>&1; then
        status=0
    else
        status=$?
    fi
    elapsed=$((($(date +%s%N) - start) / 1000000))
    if [ "$status" -ne 0 ]; then
        echo "screenshots: $scenario: the app exited with $status after ${elapsed} ms" >&2
        cat "$dir/app.log" >&2
        failed=1
        continue
    fi
    for f in icons.png icon-current-64.png screen.png tray.png popup.png menu.png activity.png popup-urgent-low.png; do
        if [ ! -s "$dir/$f" ]; then
            echo "screenshots: $scenario: $f missing or empty" >&2
            failed=1
        fi
    done
    echo "screenshots: $scenario: $(find "$dir" -name '*.png' | wc -l) PNG file(s) in $dir (${elapsed} ms)"
done

# The app must also simply stay up: run it for a few seconds and expect a clean exit.
mkdir -p "$work/config-smoke"
if ! "$app" --instance "smoke-$$" --config "$work/config-smoke" --quit-after 5 >"$out/smoke.log" 2>&1; then
    echo "screenshots: the app did not stay up for 5 s" >&2
    cat "$out/smoke.log" >&2
    failed=1
fi
exit $failed
