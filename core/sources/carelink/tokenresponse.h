#pragma once

#include "common/result.h"
#include "common/secret.h"

#include <QByteArray>
#include <QString>

namespace nb::carelink {

// Tokens from the Auth0 token endpoint. The refresh token is empty when a refresh answer did not rotate it.
struct TokenSet {
    Secret accessToken;
    Secret refreshToken;
    qint64 expiresAtMs = 0;
};

// What the access token's (unverified) JWT payload says; informational only, never trusted for security.
struct AccessClaims {
    qint64 expiresAtMs = 0;
    QString username; // token_details.preferred_username, when present
    QString country;  // token_details.country, when present
};

class TokenResponse {
public:
    static Result<TokenSet> parse(const QByteArray &body, qint64 nowMs);
    // The refresh token (or code) is dead: 400/401/403 whose JSON says invalid_grant or invalid_client.
    // Anything else (a WAF's 403 page, 5xx, 429, no answer) leaves the token alive.
    static bool isDeadGrant(int httpStatus, const QByteArray &body);
    static AccessClaims claims(const Secret &accessToken);
};

} // namespace nb::carelink
