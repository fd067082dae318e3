#pragma once

#include "common/secret.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nb::tandem {

// A signed-in Tandem Source session. There is no refresh token: when less than five minutes remain
// (absolute times, unlike tconnectsync's seconds-only arithmetic) the client signs in again. Kept in
// the credential store so a restart does not sign in again.
struct TandemSession {
    Secret accessToken;
    QDateTime expiresAt; // UTC
    QString pumperId;
    QString accountId;

    static constexpr qint64 kRenewBeforeSeconds = 5 * 60;

    bool isUsable(const QDateTime &nowUtc) const
    {
        return !accessToken.isEmpty() && expiresAt.isValid() && nowUtc.secsTo(expiresAt) > kRenewBeforeSeconds;
    }

    Secret toSecret() const;
    static std::optional<TandemSession> fromSecret(const Secret &secret);
};

// Failed sign-ins per account, so a wrong password is never retried into an account lockout (or a
// WAF ban of the SSO host). Counts only credential rejections, not network or server errors, and starts
// over when the credentials change (compared by a SHA-256 fingerprint, never the password itself).
struct TandemLoginGuard {
    int failures = 0;
    QByteArray fingerprint; // of the credentials that failed

    static QByteArray fingerprintOf(const QString &email, const Secret &password);
    // Would another attempt with these credentials be allowed?
    bool allows(const QByteArray &credentials, int maxFailures) const
    {
        return credentials != fingerprint || failures < maxFailures;
    }
    void recordFailure(const QByteArray &credentials);
    void recordSuccess();

    Secret toSecret() const;
    static TandemLoginGuard fromSecret(const Secret &secret);
};

} // namespace nb::tandem
