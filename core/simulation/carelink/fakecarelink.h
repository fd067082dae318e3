#pragma once

#include "carelinkscenario.h"
#include "fakecarelinkauth.h"
#include "simulation/loopbackserver.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace nb {
class Clock;
}

namespace nb::sim {

// One CareLink account on the fake.
struct FakeCareLinkUser {
    QString username; // login name, also the CareLink username
    QString password;
    QString role = QStringLiteral("PATIENT_OUS"); // PATIENT, PATIENT_OUS, CARE_PARTNER, CARE_PARTNER_OUS
    QString country = QStringLiteral("DE");       // US accounts live in the US tenant, all others in EU
    QStringList linkedPatients;                   // care partners: ACTIVE links
    QStringList inactivePatients;                 // care partners: links that are not ACTIVE
    CareLinkScenario scenario;                    // patients: how their data looks (era, zone, seed...)
    QString firstName = QStringLiteral("Demo");
    QString lastName = QStringLiteral("User");
};

// CareLink on a LoopbackServer, keeping to the rules of spec carelink.md / vendor-2026.md §2:
// discovery (android/3.6, one CP entry per region, UseSSOConfiguration = Auth0SSOConfiguration), the
// per-region Auth0 SSO configs and tenants (FakeCareLinkAuth), the CareLink API (users/me, profile,
// links/patients: bearer required, 401 otherwise) and POST display/message (the caller's own username,
// lower-case role, an ACTIVE patientId for care partners, 206 "Upgrade application" for app versions
// below 3.7, the generator's 24 h for that patient). Everything lives under one server:
//   /connect/carepartner/v13/discover/android/3.6, /configs/v1/..., /{us,eu}-login/..., /{us,eu}/...
// Faults: server().injectFault(). Product code (tests, benchmarks, demo mode).
class FakeCareLink : public QObject {
    Q_OBJECT
public:
    explicit FakeCareLink(const Clock &clock, QObject *parent = nullptr);
    ~FakeCareLink() override;

    bool listen();
    QUrl baseUrl() const { return m_server->baseUrl(); }
    QUrl discoveryUrl() const; // what a client's discovery URL override should be
    LoopbackServer &server() { return *m_server; }
    FakeCareLinkAuth &tenant(const QString &region); // "US" or "EU"

    void addUser(const FakeCareLinkUser &user);
    // As if `username` signed in in a browser for this authorize URL: the custom-scheme redirect.
    QUrl approve(const QUrl &authorizeUrl, const QString &username);

    QString minimumAppVersion() const { return m_minAppVersion; }
    void setMinimumAppVersion(const QString &version) { m_minAppVersion = version; }
    int dataRequests() const { return m_dataRequests; }
    QByteArray lastDataRequestBody() const { return m_lastDataBody; }

private:
    ServerResponse discovery() const;
    ServerResponse ssoConfig(const QString &region) const;
    ServerResponse api(const QString &region, const ServerRequest &request);
    ServerResponse displayMessage(const FakeCareLinkUser &caller, const ServerRequest &request);
    static QString regionOf(const FakeCareLinkUser &user);

    const Clock &m_clock;
    std::unique_ptr<LoopbackServer> m_server;
    FakeCareLinkAuth m_us;
    FakeCareLinkAuth m_eu;
    QHash<QString, FakeCareLinkUser> m_users;
    QString m_minAppVersion = QStringLiteral("3.7");
    int m_dataRequests = 0;
    QByteArray m_lastDataBody;
};

} // namespace nb::sim
