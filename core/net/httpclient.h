#pragma once

#include "httptypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace nb {

class Clock;

// The only code that touches QNetworkReply. One per thread (it owns that thread's
// QNetworkAccessManager). Every request gets an inactivity timeout and an overall deadline, redirects
// are followed here (never https -> http), retries follow the request's RetryPolicy (honouring
// Retry-After), requests with a serializeKey run one at a time, TLS verification is never relaxed,
// and the trace log (category nightbridge.net.http, off by default) is redacted.
class HttpClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    // A handle to cancel a request in flight (or waiting for a retry/serialisation slot).
    // Cancelling calls the callback once with a Cancelled error. Safe after completion (no-op).
    class Handle {
    public:
        Handle() = default;
        void cancel();
        bool isActive() const;

    private:
        friend class HttpClient;
        QPointer<HttpClient> m_client;
        quint64 m_id = 0;
    };

    explicit HttpClient(const Clock &clock, QObject *parent = nullptr);
    ~HttpClient() override; // pending requests are cancelled without calling their callbacks

    // service: short peer name for error messages ("Nightscout").
    // The callback runs on this object's thread, exactly once, unless `context` was destroyed
    // first (then it is dropped).
    Handle send(HttpRequest request, const QString &service, QObject *context, Callback callback);

    // Number of requests currently in flight or waiting (tests, diagnostics).
    int pendingCount() const;

    // Total HTTP exchanges made, including retries and redirect hops (benchmarks, tests).
    quint64 exchangeCount() const { return m_exchangeCount; }

    // Tests only: a CA to trust in addition to the system's (the fake servers' self-signed TLS).
    // Verification stays on.
    void addTrustedCaCertificates(const QList<QSslCertificate> &certificates);

private:
    struct Pending;
    void startAttempt(quint64 id);
    void startHop(quint64 id);
    void onHopFinished(quint64 id);
    void abortTooLarge(quint64 id);
    void scheduleRetryOrFinish(quint64 id, HttpResponse response);
    void finish(quint64 id, HttpResponse response);
    void cancel(quint64 id);
    void startNextSerialized(const QString &key);

    const Clock &m_clock;
    QNetworkAccessManager *m_nam;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    QHash<QString, QList<quint64>> m_serialQueues; // key -> waiting ids (front is running)
    QList<QSslCertificate> m_extraCa;
    quint64 m_nextId = 1;
    quint64 m_exchangeCount = 0;
};

} // namespace nb
