#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace nb {

// An error as a value: what went wrong (kind), whether trying again may help, a translated message
// that tells the user what to do, and an English, redacted detail for logs and diagnostics.
struct SyncError {
    enum class Kind {
        Network,     // DNS, refused, reset, unreachable
        Timeout,     // inactivity or overall deadline
        Tls,         // certificate or handshake failure; never bypassed
        Auth,        // wrong credentials, expired sign-in, missing permission
        RateLimited, // 429 or a vendor's lockout hint
        Server,      // 5xx
        Protocol,    // the peer answered something we do not understand (vendor changed something)
        Config,      // our settings are incomplete or invalid
        Keychain,    // the OS secret store failed
        Storage,     // local disk (state, outbox, logs)
        Cancelled,   // the user or shutdown cancelled the operation
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    bool retryable = false;
    QString userMessage;
    QString detail;
    std::optional<std::chrono::seconds> retryAfter;
    // The same problem worded for a one-shot test ("Test connection", "Test sign-in"), where nothing
    // tries again by itself; set with the message it rewords, so a later rewording of userMessage wins.
    QString oneShotMessage;
    QString oneShotOf;

    static SyncError make(Kind kind, QString userMessage, QString detail, bool retryable = false, int httpStatus = 0);

    // "Auth: wrong API secret (HTTP 401)" — for logs and the CLI's verbose output.
    QString toLogString() const;
    // What a one-shot test shows: userMessage without the promise to try again.
    QString messageForOneShot() const
    {
        return !oneShotMessage.isEmpty() && oneShotOf == userMessage ? oneShotMessage : userMessage;
    }
};

QString syncErrorKindName(SyncError::Kind kind);

} // namespace nb

Q_DECLARE_METATYPE(nb::SyncError)
