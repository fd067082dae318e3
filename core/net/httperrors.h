#pragma once

#include "common/syncerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

namespace nb {

// The one place that turns what the network stack and the server said into a SyncError with a
// translated, actionable user message and an English detail (already redacted).
// - transport errors (DNS, refused, reset, TLS, timeouts) by QNetworkReply::NetworkError;
// - HTTP status: 401/403 Auth, 408/504 Timeout (retryable), 429 RateLimited (retryable), 5xx Server
//   (retryable), other 4xx Protocol or Config;
// - service: a short name of the peer ("Nightscout", "CareLink", "Tandem Source") used in messages.
class HttpErrors {
    Q_DECLARE_TR_FUNCTIONS(HttpErrors)
public:
    static SyncError fromReply(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                               const QString &service, const QString &purpose);
    static SyncError timeout(const QString &service, const QString &purpose, bool overallDeadline);
    static SyncError insecureRedirect(const QString &service, const QUrl &from, const QUrl &to);
    static SyncError tooManyRedirects(const QString &service, const QUrl &url);
    static SyncError bodyTooLarge(const QString &service, const QString &purpose, qint64 limitBytes);
    static SyncError crossOriginBodyRedirect(const QString &service, const QUrl &from, const QUrl &to);
};

} // namespace nb
