#pragma once

#include "carelinkendpoints.h"
#include "identity.h"
#include "sources/datasource.h"
#include "transformcontext.h"

#include <QSet>

#include <memory>
#include <optional>

namespace nb {
class Clock;
class CredentialStore;
class HttpClient;
} // namespace nb

namespace nb::carelink {

class CareLinkAuth;
class CareLinkClient;
class CareLinkDiscovery;
struct PatientData;

// A CareLink account as a DataSource. Discovery and identity once per process, then one display/message
// call per run (the newest 24 hours). Of those, the readings newer than the cursor are uploaded, plus
// readings that appear in slots that were empty before ("healed": CareLink backfills readings after a
// sensor reconnects), the devicestatus when its data is newer, and treatments near the end. CareLink
// keeps only 24 hours: a longer outage cannot be filled from it, and the backfill says so.
class CareLinkSource final : public DataSource {
    Q_OBJECT
public:
    struct Config {
        QString accountId; // the refresh token lives under "carelink/<accountId>/refresh_token"
        QString country;   // ISO code; empty: region
        QString region;    // "US" / "EU"
        QString patient;   // care partners: the patient's CareLink username; empty: store, else the only one
        CareLinkOverrides overrides;
        Features features;
    };

    CareLinkSource(HttpClient &http, CredentialStore &store, const Clock &clock, Config config,
                   QObject *parent = nullptr);
    ~CareLinkSource() override;

    QString vendor() const override { return QStringLiteral("carelink"); }
    SourceLimits limits() const override;
    SourceCadence cadence() const override { return SourceCadence::Aligned; }
    void fetch(const FetchRequest &request, FetchCallback callback) override;
    void checkLogin(LoginCallback callback) override;
    void credentialFingerprint(FingerprintCallback callback) override;
    void cancel() override;

    // The pure part of fetch(): what of this 24 h answer goes up, and the next cursor.
    static FetchResult select(const PatientData &data, const NsBatch &all, const FetchRequest &request);
    static SourceFacts factsOf(const PatientData &data);

private:
    void withSession(std::function<void(const Result<void> &)> next);
    void choosePatient(std::function<void(const Result<void> &)> next);
    template<typename F>
    auto guarded(F f);

    HttpClient &m_http;
    CredentialStore &m_store;
    const Clock &m_clock;
    Config m_config;
    std::unique_ptr<CareLinkDiscovery> m_discovery;
    std::unique_ptr<CareLinkAuth> m_auth;
    std::unique_ptr<CareLinkClient> m_client;
    std::optional<Identity> m_identity;
    QString m_patient;
    QString m_appVersion;
    quint64 m_generation = 0;
    std::function<void()> m_cancelPending;
};

} // namespace nb::carelink
