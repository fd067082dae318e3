#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace nb::tandem {

enum class TandemRegion { US, EU };
QString regionName(TandemRegion region);                  // "US", "EU"
bool parseRegion(const QString &name, TandemRegion *out); // case-insensitive

// Every host, client id and redirect URI of Tandem Source for one region: the one table (spec
// tandem.md 1, vendor-2026.md 1.2). Vendors change these; settings can override any of them so a fix
// needs no rebuild.
struct TandemEndpoints {
    QUrl ssoPage;        // GET first for cookies; also the Referer of the sign-in calls
    QUrl loginApi;       // POST {username, password}
    QString issuer;      // id_token `iss`
    QUrl authorize;      // OIDC authorization endpoint
    QUrl token;          // OIDC token endpoint
    QUrl jwks;           // id_token signing keys
    QString clientId;    // public client (PKCE), also the id_token audience
    QString redirectUri; // where the authorize step ends, carrying ?code=
    QUrl sourceBase;     // data API host, with trailing slash; also Origin/Referer of data calls
    QByteArray userAgent;

    static TandemEndpoints forRegion(TandemRegion region);

    // Keys: "ssoPage", "loginApi", "issuer", "authorize", "token", "jwks", "clientId", "redirectUri",
    // "sourceBase", "userAgent". Setting "issuer" alone moves authorize/token/jwks with it unless those
    // are given too. Empty values are ignored.
    TandemEndpoints withOverrides(const QHash<QString, QString> &overrides) const;

    // Every host on one base URL (the fake Tandem Source in tests and demo mode), same paths as live.
    static TandemEndpoints onBase(const QUrl &base, const QString &clientId);

    QByteArray origin() const;  // "https://source.tandemdiabetes.com" (no slash)
    QByteArray referer() const; // origin + "/"
    bool isValid() const;
};

} // namespace nb::tandem
