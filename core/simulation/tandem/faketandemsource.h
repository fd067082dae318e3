#pragma once

#include "rsasigningkey.h"
#include "simulation/loopbackserver.h"
#include "sources/tandem/pumpevent.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <memory>

namespace nb {
class Clock;
}

namespace nb::sim {

// Tandem Source on a LoopbackServer, keeping to the real service's rules (spec tandem.md 2-3,
// vendor-2026.md 1.2-1.3): SSO page that sets a cookie, credential POST (wrong password -> 401
// account/invalid_credentials; locked after N failures, even with the right password), the OIDC
// authorize redirect with a one-time code bound to the PKCE challenge, the token endpoint (public
// client, S256 verifier), JWKS with a run-time RSA key, id_tokens signed RS256, and the BFF data API:
// pumper and pump-logs (window over 28 days -> 400, Origin/Referer not the data host -> 403 "The request
// is blocked", unknown or expired token -> 401). The clock decides token expiry. Faults:
// server().injectFault(). Product code: tests, benchmarks and demo mode use it.
class FakeTandemSource : public QObject {
    Q_OBJECT
public:
    struct Pump {
        QString assignmentId;
        QString serialNumber;
        QString modelNumber = QStringLiteral("1000354");
        QString modelName = QStringLiteral("t:slim X2\u2122 Insulin Pump");
        QList<nb::tandem::PumpEvent> events;       // sequence order
        QList<nb::tandem::PumpEvent> clockChanges; // returned with every pump-logs answer
        QJsonObject settingsDetails;
    };
    struct Options {
        QString email = QStringLiteral("patient@example.com");
        QString password = QStringLiteral("correct horse battery staple");
        QString clientId = QStringLiteral("fake-tandem-client");
        QString pumperId = QStringLiteral("5b0d3c1e-8f1a-4d5e-9c33-2f6d0a1b7e42");
        QString accountId = QStringLiteral("9a7e2d44-1c0b-4e8f-b3a1-6d5c4b3a2f10");
        int lockoutAfter = 5; // failed sign-ins before the account is locked
        std::chrono::seconds tokenLifetime{8 * 3600};
        int maxWindowDays = 28;
        bool checkOrigin = true;
    };

    explicit FakeTandemSource(const Clock &clock, QObject *parent = nullptr);
    FakeTandemSource(const Clock &clock, Options options, QObject *parent = nullptr);
    ~FakeTandemSource() override;

    bool listen();
    QUrl baseUrl() const { return m_server->baseUrl(); }
    LoopbackServer &server() { return *m_server; }
    const Options &options() const { return m_options; }
    const RsaSigningKey &signingKey() const { return m_key; }

    void addPump(Pump pump);
    QList<Pump> &pumps() { return m_pumps; }

    void setPassword(const QString &password) { m_options.password = password; }
    void unlockAccount() { m_failedLogins = 0; }
    void revokeAllTokens() { m_tokens.clear(); } // as if the session ended server-side (next call: 401)
    // Tests: make the next id_token carry something else (bad signature, other issuer...).
    void setIdTokenTamper(std::function<QByteArray(const QByteArray &)> tamper) { m_tamper = std::move(tamper); }

    int successfulLogins() const { return m_successfulLogins; }
    int failedLogins() const { return m_failedLogins; }
    int credentialPosts() const { return m_credentialPosts; }
    bool isLocked() const { return m_failedLogins >= m_options.lockoutAfter; }
    int pumpLogRequests() const { return m_pumpLogRequests; }

private:
    ServerResponse ssoPage(const ServerRequest &request);
    ServerResponse login(const ServerRequest &request);
    ServerResponse authorize(const ServerRequest &request);
    ServerResponse token(const ServerRequest &request);
    ServerResponse jwks(const ServerRequest &request) const;
    ServerResponse pumper(const ServerRequest &request);
    ServerResponse pumpLogs(const ServerRequest &request);
    std::optional<ServerResponse> checkDataAccess(const ServerRequest &request) const;
    QString issuer() const;
    static QByteArray cookie(const ServerRequest &request, const QByteArray &name);
    QByteArray randomToken(int bytes = 24);

    struct Code {
        QString challenge;
        QString redirectUri;
        qint64 expires;
    };

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<LoopbackServer> m_server;
    RsaSigningKey m_key;
    QList<Pump> m_pumps;
    QHash<QByteArray, bool> m_ssoSessions; // cookie value -> signed in
    QHash<QByteArray, Code> m_codes;       // one-time authorization codes
    QHash<QByteArray, qint64> m_tokens;    // access token -> expiry (Unix s)
    std::function<QByteArray(const QByteArray &)> m_tamper;
    int m_failedLogins = 0;
    int m_successfulLogins = 0;
    int m_credentialPosts = 0;
    int m_pumpLogRequests = 0;
    quint64 m_counter = 0;
};

} // namespace nb::sim
