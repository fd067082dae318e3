#pragma once

#include "common/syncerror.h"

// Exit codes of nightbridge-cli (documented in README.md and `nightbridge-cli --help`).
namespace nb::cli {

enum ExitCode : int {
    Ok = 0,
    Failure = 1,       // anything not listed below
    Usage = 2,         // bad arguments
    Config = 3,        // missing or invalid configuration (URL, account, file)
    AuthFailed = 4,    // wrong password / secret / token, or sign-in needed
    Unavailable = 5,   // network, timeout, TLS, rate limit or server error: try again later
    VendorChanged = 6, // the peer answered something we do not understand (protocol / input format)
    LocalStorage = 7,  // keychain, state or disk
    Busy = 8,          // another Nightbridge process is syncing the same accounts (lock held)
    Cancelled = 130,   // interrupted
};

ExitCode exitCodeFor(const SyncError &error);

} // namespace nb::cli
