#pragma once

#include "client/tandemendpoints.h"
#include "common/secret.h"
#include "pumperinfo.h"
#include "sources/datasource.h"
#include "tandemcursor.h"
#include "tandemfeatures.h"
#include "transform.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace nb {
class Clock;
class CredentialStore;
class HttpClient;
} // namespace nb

namespace nb::tandem {

class TandemClient;

// A Tandem Source account as a DataSource: TandemClient fetches the pump logs (sign-in, lockout budget,
// 28-day windows), TandemTransform maps them, and TandemCursor decides what is new. Each run fetches
// from a little before the newest record it knows (or the oldest hole / unfinished record) to today in
// the pump's clock, and uploads the documents of new records, of records that filled a hole ("healed"),
// and of unfinished records whose documents changed (a basal's duration, a mode that ended).
class TandemSource final : public DataSource {
    Q_OBJECT
public:
    struct Config {
        QString accountId; // names the credential-store entries
        TandemEndpoints endpoints = TandemEndpoints::forRegion(TandemRegion::US);
        QString email;   // empty: read "account/<id>/email" from the store
        Secret password; // empty: read "account/<id>/password" from the store
        QString pumpSerial;
        QTimeZone zone = QTimeZone::systemTimeZone();
        Features features = defaultFeatures();
        int maxFailedLogins = 3;
    };

    TandemSource(HttpClient &http, CredentialStore &store, const Clock &clock, Config config,
                 QObject *parent = nullptr);
    ~TandemSource() override;

    QString vendor() const override { return QStringLiteral("tandem"); }
    SourceLimits limits() const override;
    SourceCadence cadence() const override { return SourceCadence::Adaptive; }
    void fetch(const FetchRequest &request, FetchCallback callback) override;
    void checkLogin(LoginCallback callback) override;
    void credentialFingerprint(FingerprintCallback callback) override;
    void cancel() override;

    int loginAttempts() const;

private:
    void withClient(std::function<void(const Result<void> &)> next);
    void process(const FetchRequest &request, const QDate &first, const QDateTime &windowStart,
                 const QList<PumpEvent> &events, const QList<PumpEvent> &clockChanges, const PumpInfo &pump,
                 FetchCallback callback);
    qint64 mappingStart(const FetchRequest &request, qint64 neededWall, const TandemCursor::Update &update,
                        const QList<PumpEvent> &events) const;
    QDateTime wallToUtc(qint64 wall) const;
    template<typename F>
    auto guarded(F f);

    HttpClient &m_http;
    CredentialStore &m_store;
    const Clock &m_clock;
    Config m_config;
    std::unique_ptr<TandemClient> m_client;
    bool m_inlineCredentials = false; // from the environment: never read from the store
    quint64 m_generation = 0;
    std::function<void()> m_cancelPending;
    bool m_mappedWholeWindow = false; // a run of this process mapped the whole fetched window
};

} // namespace nb::tandem
