#pragma once

#include "common/result.h"
#include "common/secret.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace nb::ns {

// How the client proves who it is to Nightscout (API v1).
struct NsCredentials {
    enum class Kind {
        None,        // anonymous: reads only, and only if the site's default role allows it
        ApiSecret,   // the site's API_SECRET; sent as its lower-case SHA-1 hex in the api-secret header
        AccessToken, // a subject's access token ("name-0123456789abcdef"); exchanged for a JWT
    };
    enum class TokenTransport {
        BearerJwt,  // GET /api/v2/authorization/request/<token> -> JWT in Authorization: Bearer
        QueryToken, // ?token=<access token> on every request (older servers, or no v2 API)
    };

    Kind kind = Kind::None;
    Secret value;
    TokenTransport tokenTransport = TokenTransport::BearerJwt;

    static NsCredentials none() { return {}; }
    static NsCredentials apiSecret(Secret secret);
    static NsCredentials accessToken(Secret token, TokenTransport transport = TokenTransport::BearerJwt);
    bool isEmpty() const { return kind == Kind::None || value.isEmpty(); }
};

// The server accepts only the hash of API_SECRET (the plain text is refused): lower-case SHA-1 hex.
QByteArray apiSecretHash(const Secret &secret);

// The server disables its whole write API when API_SECRET is shorter than this.
constexpr int kMinApiSecretLength = 12;

// Shiro-style permission check as Nightscout does it: "api:entries:create" is implied by "*",
// "api:*:create", "api:entries,treatments:create", "api" (shorter grants imply everything below).
bool permissionImplies(const QString &granted, const QString &requested);
bool permissionsImply(const QStringList &granted, const QString &requested);

// A JWT issued by /api/v2/authorization/request/<accessToken>. Lifetime is 8 h on 15.x; we renew
// well before it runs out so a long upload never starts with a token about to expire.
struct NsJwt {
    Q_DECLARE_TR_FUNCTIONS(NsJwt)
public:
    Secret token;
    QString subject;
    QStringList permissions; // flattened permissionGroups
    QDateTime issuedAt;
    QDateTime expiresAt;

    bool isValid() const { return !token.isEmpty() && expiresAt.isValid(); }
    bool needsRenewal(const QDateTime &nowUtc) const;

    // Parses {token, sub, permissionGroups: [[...]], iat, exp} (seconds since the epoch).
    static Result<NsJwt> fromResponse(const QByteArray &body);
};

} // namespace nb::ns
