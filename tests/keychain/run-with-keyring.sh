#!/usr/bin/env bash
# Runs one test binary against a real gnome-keyring in a private D-Bus session, with a throw-away HOME
# so a fresh "login" collection is created and unlocked with a known password. Nothing of the user's
# own session or keyring is used or touched.
#
#   tests/keychain/run-with-keyring.sh <test binary> [test arguments...]
set -euo pipefail
[ -n "${NB_KEYRING_TRACE:-}" ] && set -x

if [ $# -lt 1 ]; then
    echo "usage: $0 <test binary> [arguments...]" >&2
    exit 2
fi

# A missing tool is a failure, not a skip: CI must really exercise the keychain.
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: '$tool' not found (install dbus, dbus-x11 and gnome-keyring)" >&2
        exit 1
    fi
done

if [ -z "${NB_KEYRING_SESSION:-}" ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/nb-keyring.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
    chmod 700 "$tmp/run"
    export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
    export XDG_RUNTIME_DIR="$tmp/run" NB_KEYRING_SESSION=1
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session: start the Secret Service component and create/unlock "login".
eval "$(printf '%s' 'nightbridge-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

owner_pid() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        awk '/uint32/ { print $2 }'
}

keyring_pid=""
for _ in $(seq 1 100); do
    keyring_pid=$(owner_pid || true)
    [ -n "$keyring_pid" ] && break
    sleep 0.1
done
if [ -z "$keyring_pid" ]; then
    echo "run-with-keyring: gnome-keyring did not register org.freedesktop.secrets" >&2
    exit 1
fi

status=0
"$@" || status=$?
kill "$keyring_pid" 2>/dev/null || true
exit "$status"
