#pragma once

#include "fakensauth.h"
#include "simulation/loopbackserver.h"
#include "nightscoutstore.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace nb {
class Clock;
}

namespace nb::sim {

// A Nightscout site (cgm-remote-monitor 15.0.7, API v1 + the v2 JWT request) on a LoopbackServer,
// keeping to the real server's rules from spec/nightscout.md: hashed API_SECRET / tokens / JWT with the
// real 401 body, read-only mode when API_SECRET is shorter than 12 characters (write routes absent ->
// 404), the per-IP delay after failed credentials, entries/treatments/devicestatus/profile semantics
// (NightscoutStore), 1 MB body limit -> 413 for devicestatus and profile, status.json, verifyauth and
// the 307 to https for plain http. Faults: server().injectFault(). Used by tests, benchmarks and
// (later) demo mode, so it is product code.
class FakeNightscout : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString apiSecret; // plain text, as in the site's env; empty: none
        QString version = QStringLiteral("15.0.7");
        QString units = QStringLiteral("mg/dl");              // "mg/dl" or "mmol"
        bool careportal = true;                               // POST /treatments exists only with careportal
        bool httpsOnly = false;                               // plain http -> 307 to https (INSECURE_USE_HTTP unset)
        std::chrono::milliseconds authFailDelay{5000};        // AUTH_FAIL_DELAY
        QStringList defaultRoles{QStringLiteral("readable")}; // AUTH_DEFAULT_ROLES
        std::chrono::seconds jwtLifetime{8 * 3600};
        qint64 smallBodyLimit = 1024 * 1024;      // devicestatus, profile
        qint64 largeBodyLimit = 50 * 1024 * 1024; // entries, treatments
        qint64 proxyBodyLimit = 0;                // a reverse proxy's cap in front of the site (0: none): 413 above it
    };

    explicit FakeNightscout(const Clock &clock, QObject *parent = nullptr);
    FakeNightscout(const Clock &clock, Options options, QObject *parent = nullptr);
    ~FakeNightscout() override;

    bool listen();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const { return m_server->baseUrl(); }

    LoopbackServer &server() { return *m_server; }
    NightscoutStore &store() { return m_store; }
    FakeNsAuth &auth() { return m_auth; }
    const Options &options() const { return m_options; }

    // Convenience for tests: a subject with these roles; returns its access token.
    QString addSubject(const QString &name, const QStringList &roles) { return m_auth.addSubject(name, roles); }
    int failedAuthCount() const { return m_auth.failureCount(); }

private:
    ServerResponse handle(const ServerRequest &request);
    ServerResponse handleApi(const ServerRequest &request, const QString &route, const FakeNsAuth::Resolved &auth,
                             const QJsonValue &body);
    ServerResponse collectionGet(NsCollection collection, const QString &rest, const ServerRequest &request);
    ServerResponse collectionPost(NsCollection collection, const QString &rest, const QJsonValue &body);
    ServerResponse statusJson(const FakeNsAuth::Resolved &auth) const;
    ServerResponse verifyAuth(const FakeNsAuth::Resolved &auth) const;
    ServerResponse jwtRequest(const QString &accessToken, const QString &peer);
    bool writeRouteExists(NsCollection collection) const;

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<LoopbackServer> m_server;
    NightscoutStore m_store;
    FakeNsAuth m_auth;
};

} // namespace nb::sim
