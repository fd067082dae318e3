#pragma once

#include "common/result.h"
#include "identity.h"
#include "net/retrypolicy.h"
#include "patientdata.h"

#include <QObject>

#include <functional>

namespace nb {
class HttpClient;
struct HttpRequest;
struct HttpResponse;
} // namespace nb

namespace nb::carelink {

class CareLinkAuth;

// CareLink's data side, on the account's Auth0 session: who signed in (role, own username, linked
// ACTIVE patients) and the newest 24 hours from POST <baseUrlCumulus>/display/message.
// A 401/403 triggers one refresh and one retry; 206 means the app version is too old; 429/5xx come back
// retryable with the server's Retry-After.
class CareLinkClient : public QObject {
    Q_OBJECT
public:
    using IdentityCallback = std::function<void(const Result<Identity> &)>;
    using DataCallback = std::function<void(const Result<PatientData> &)>;
    using BodyCallback = std::function<void(const Result<QByteArray> &)>;

    CareLinkClient(HttpClient &http, CareLinkAuth &auth, QObject *parent = nullptr);

    void fetchIdentity(QObject *context, IdentityCallback callback);
    void fetchData(const DataRequest &request, QObject *context, DataCallback callback);
    // The raw display/message body (saving a response for `convert` and diagnostics).
    void fetchDataBody(const DataRequest &request, QObject *context, BodyCallback callback);

    // In-call retries of display/message on 5xx/429 (the scheduler does the long backoff).
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

private:
    using ResponseCallback = std::function<void(const HttpResponse &)>;
    void authorized(HttpRequest request, QObject *context, ResponseCallback callback, bool retried);
    void fetchLinks(Identity identity, QObject *context, IdentityCallback callback);

    HttpClient &m_http;
    CareLinkAuth &m_auth;
    RetryPolicy m_retry;
};

} // namespace nb::carelink
