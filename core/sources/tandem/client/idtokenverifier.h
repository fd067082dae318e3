#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nb::tandem {

struct IdTokenClaims {
    QString pumperId;
    QString accountId;
    QString subject;
    qint64 expiresAt = 0; // Unix seconds
    bool audienceMismatch = false;
    QJsonObject all;
};

// Checks a Tandem id_token: RS256 signature against the JWKS key named by the header's `kid` (OpenSSL
// libcrypto), `iss`, `exp`/`nbf` with some leeway, and `aud`. As tconnectsync 3 does, an audience that
// does not name our client id is reported (audienceMismatch) rather than fatal: the token came straight
// from the token endpoint over TLS, and the EU client id is unverified. A bad signature, issuer or
// expiry, or a token without pumperId, is an Auth error.
class IdTokenVerifier {
public:
    static Result<IdTokenClaims> verify(const QByteArray &idToken, const QJsonObject &jwks, const QString &issuer,
                                        const QString &audience, qint64 nowUnix, qint64 leewaySeconds = 300);

    // The payload without any check (diagnostics and tests only).
    static QJsonObject unverifiedPayload(const QByteArray &idToken);
};

} // namespace nb::tandem
