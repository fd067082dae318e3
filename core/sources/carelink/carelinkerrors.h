#pragma once

#include "common/syncerror.h"

#include <QCoreApplication>

namespace nb::carelink {

// The CareLink-specific user messages, in one place so they read alike and are translated once.
class CareLinkErrors {
    Q_DECLARE_TR_FUNCTIONS(CareLinkErrors)
public:
    // The response shape is not one we know: Protocol, with an English detail that never holds PII.
    static SyncError unexpectedResponse(const QString &detail);
    // The refresh chain is dead or no sign-in was ever made: the user must sign in in a browser again.
    static SyncError signInNeeded(const QString &detail);
    // HTTP 206 "Upgrade application" from display/message.
    static SyncError appVersionTooOld(const QString &appVersion);
    // The redirect did not belong to the sign-in we started (state mismatch, error=..., no code).
    static SyncError signInRejected(const QString &userReason, const QString &detail);
    // The token endpoint said no without Auth0's invalid_grant/invalid_client (a firewall's "Request
    // blocked" page, a changed API): retryable, and the refresh token is kept.
    static SyncError tokenRefusedForNow(int httpStatus, const QString &detail);
    // A data call answered by a firewall/CDN page (403 HTML): retryable, the sign-in is kept.
    static SyncError blockedByFirewall(int httpStatus, const QString &detail);
    static SyncError configuration(const QString &userMessage, const QString &detail);
};

} // namespace nb::carelink
