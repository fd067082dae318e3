#pragma once

#include "../pumperinfo.h"
#include "../pumpevent.h"
#include "common/result.h"
#include "common/secret.h"
#include "net/httpclient.h"
#include "tandemendpoints.h"
#include "tandemsession.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

namespace nb {
class Clock;
class CredentialStore;
} // namespace nb

namespace nb::tandem {

class TandemAuth;

struct TandemAccount {
    QString key; // names the credential-store entries: account/<key>/token, account/<key>/login-guard
    QString email;
    Secret password;
    TandemEndpoints endpoints = TandemEndpoints::forRegion(TandemRegion::US);
    QString pumpSerial;      // empty: the pump with the newest data
    int maxFailedLogins = 3; // then stop until the credentials change
    // Data calls: one retry on 5xx (as tconnectsync), after about a second.
    RetryPolicy dataRetry = RetryPolicy(RetryPolicy::Params{2, std::chrono::milliseconds(1000),
                                                            std::chrono::milliseconds(5000), std::chrono::seconds(60)});
    // fetch() asks for the pumper (pumps, assignment ids, profiles) at most this often; the pump logs
    // themselves are read every time. 0: every fetch.
    int pumperRefreshSeconds = 3600;
};

// Tandem Source's data API (`api/reports/bff/*`) for one account: keeps a signed-in session (from the
// credential store, or a fresh sign-in within the lockout budget; again once on a 401 or when it is
// about to expire), lists pumps and fetches pump logs in windows of at most 28 days with the Origin/
// Referer the firewall demands, de-duplicating events on (sequenceGroup, sequenceNumber).
class TandemClient : public QObject {
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    TandemClient(HttpClient &http, CredentialStore &store, const Clock &clock, TandemAccount account,
                 QObject *parent = nullptr);
    ~TandemClient() override;

    void ensureSession(Callback<TandemSession> done);
    void fetchPumper(Callback<PumperInfo> done);
    // Calendar dates in the pump's clock, both inclusive. allEvents drops the event filter (the server
    // ignores it anyway, but event 81 for device status is not in it).
    void fetchPumpLogs(const QString &assignmentId, QDate first, QDate last, bool allEvents, Callback<DecodedLog> done);

    struct FetchResult {
        PumpInfo pump;
        bool stale = false; // the pump's newest data is more than 3 days old
        DecodedLog log;
    };
    // Pumper (at most every pumperRefreshSeconds; again at once when the logs cannot be read with the
    // remembered one) -> chosen pump -> its logs for [first, last].
    void fetch(QDate first, QDate last, const QTimeZone &pumpZone, bool allEvents, Callback<FetchResult> done);
    void forgetPumper() { m_pumper.reset(); }

    // [first, last] cut into inclusive windows of at most maxDays days.
    static QList<QPair<QDate, QDate>> windows(QDate first, QDate last, int maxDays = 28);
    static QString defaultEventIds();

    int loginAttempts() const { return m_loginAttempts; } // tests, diagnostics
    const TandemAccount &account() const { return m_account; }

private:
    struct Response {
        int status = 0;
        QByteArray body;
    };
    void resolveSession(const Result<TandemSession> &result);
    void continueSessionSetup();
    void signIn();
    void authorizedGet(const QUrl &url, const QString &purpose, Callback<Response> done, bool retried = false);
    void fetchWindow(const QString &assignmentId, QList<QPair<QDate, QDate>> remaining, bool allEvents,
                     std::shared_ptr<DecodedLog> collected, Callback<DecodedLog> done);
    void fetchWith(const PumperInfo &pumper, bool fromCache, QDate first, QDate last, const QTimeZone &pumpZone,
                   bool allEvents, Callback<FetchResult> done);
    void persist(const QString &key, const Secret &value);
    QString storeKey(const char *what) const;

    HttpClient &m_http;
    CredentialStore &m_store;
    const Clock &m_clock;
    TandemAccount m_account;
    TandemAuth *m_auth;
    std::optional<TandemSession> m_session;
    std::optional<TandemLoginGuard> m_guard;
    bool m_sessionLoaded = false;
    QList<Callback<TandemSession>> m_waiters;
    int m_loginAttempts = 0;
    std::optional<PumperInfo> m_pumper;
    QDateTime m_pumperUntil;
    // The last pump-logs answer of a short window and what it decoded to: an unchanged answer (no new
    // records) is not decoded again.
    struct LastWindow {
        QString key;
        QByteArray hash;
        DecodedLog log;
    };
    std::optional<LastWindow> m_lastWindow;
};

} // namespace nb::tandem
