#pragma once

#include "common/syncerror.h"
#include "nsserverinfo.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace nb::ns {

// The distinct results of "test connection", each with its own user message (NsErrors) so the user
// knows what to fix.
enum class NsCheckOutcome {
    Ok,                // site found, credentials accepted, uploads allowed
    NoCredentials,     // no API secret or token configured (reads may still work)              Config
    WrongSecret,       // the API secret was refused                                             Auth
    WrongToken,        // the access token was refused                                           Auth
    NoWritePermission, // credentials accepted, but they may not upload                          Auth
    ApiDisabled,       // the site is read-only: its API_SECRET is missing or under 12 characters Config
    HttpsRequired,     // plain http:// was redirected to https://                               Config
    Redirected,        // the site redirects elsewhere (moved)                                   Config
    NotNightscout,     // something answered, but not Nightscout (HTML page, 404, other JSON)    Config
    Unreachable,       // DNS, refused, reset                                                    Network
    TlsFailure,        // certificate not trusted / handshake failed                             Tls
    Timeout,           //                                                                        Timeout
    ServerError,       // 5xx or 429                                                             Server/RateLimited
    Unexpected,        // the server answered something we do not understand                    Protocol
    Cancelled,
};

// Stable lower-case names ("wrong-secret") for the CLI's JSON output and logs.
QString nsCheckOutcomeName(NsCheckOutcome outcome);

struct NsConnectionReport {
    NsCheckOutcome outcome = NsCheckOutcome::Unexpected;
    std::optional<NsServerStatus> status;
    std::optional<NsAuthStatus> auth;
    bool canWrite = false;
    QStringList warnings;           // translated, e.g. careportal disabled
    QUrl redirectTarget;            // HttpsRequired / Redirected (without query)
    std::optional<SyncError> error; // set unless outcome is Ok

    bool ok() const { return outcome == NsCheckOutcome::Ok; }
};

// The outcome a transport/HTTP error stands for when no more specific reading applies.
NsCheckOutcome outcomeForError(const SyncError &error);

} // namespace nb::ns
