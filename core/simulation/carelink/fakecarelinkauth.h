#pragma once

#include "simulation/loopbackserver.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace nb {
class Clock;
}

namespace nb::sim {

// The Auth0 tenant of one region of the fake CareLink: authorize (a login form), the form's submit (302
// to the app's custom scheme with code and state), and the token endpoint (authorization_code with PKCE,
// refresh_token with rotation, expiry, invalid_grant). A new login of an account ends its older sessions,
// as CareLink does.
class FakeCareLinkAuth {
public:
    struct Options {
        qint64 accessTokenLifetimeMs = 10800 * 1000; // 3 h
        qint64 codeLifetimeMs = 60 * 1000;
        int deadRefreshStatus = 403; // xDrip saw 403; others report 400 invalid_grant (both handled by clients)
        bool rotateRefreshTokens = true;
        bool requirePkce = true;
        bool revokeOnNewLogin = true;
    };
    struct Session {
        QString username;
        QString region;
        qint64 expiresMs = 0;
    };
    // region: "US"/"EU"; clientId/audience: what this tenant accepts; checkPassword(user, password) -> the
    // user's region or empty when wrong.
    using PasswordCheck = std::function<QString(const QString &username, const QString &password)>;

    FakeCareLinkAuth(const Clock &clock, QString region, QString pathPrefix, QString clientId, QString audience);

    Options &options() { return m_options; }
    void setPasswordCheck(PasswordCheck check) { m_passwordCheck = std::move(check); }

    ServerResponse authorize(const ServerRequest &request);
    ServerResponse login(const ServerRequest &request);
    ServerResponse token(const ServerRequest &request);

    // Test helper: what the browser ends on after `username` signs in for `authorizeUrl` (the redirect to
    // the custom scheme), or an empty URL when the authorize request is not valid.
    QUrl approve(const QUrl &authorizeUrl, const QString &username);

    // The session an access token belongs to, if it is valid now.
    std::optional<Session> sessionFor(const QByteArray &authorizationHeader) const;
    void revokeUser(const QString &username); // "the account signed in elsewhere"
    void expireAccessTokens();

    int tokenRequests(const QString &grantType = {}) const;
    int activeRefreshTokens(const QString &username) const;

private:
    struct Pending {
        QString state;
        QString challenge;
        QString redirectUri;
    };
    struct Code {
        QString username;
        QString challenge;
        QString redirectUri;
        qint64 expiresMs = 0;
    };
    QString validateAuthorize(const QUrlQuery &query) const; // empty when valid
    QUrl redirectWithCode(const Pending &pending, const QString &username);
    QJsonObject issue(const QString &username, bool withIdToken);
    ServerResponse oauthError(int status, const QString &error, const QString &description) const;

    const Clock &m_clock;
    QString m_region;
    QString m_prefix;
    QString m_clientId;
    QString m_audience;
    Options m_options;
    PasswordCheck m_passwordCheck;
    QHash<QString, Pending> m_transactions;
    QHash<QString, Code> m_codes;
    QHash<QString, QString> m_refreshTokens; // token -> username (active only)
    QHash<QString, Session> m_accessTokens;
    QHash<QString, int> m_tokenRequests; // grant_type -> count
    quint64 m_counter = 0;
};

} // namespace nb::sim
