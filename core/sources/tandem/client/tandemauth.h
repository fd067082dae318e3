#pragma once

#include "common/result.h"
#include "common/secret.h"
#include "net/httpclient.h"
#include "tandemendpoints.h"
#include "tandemsession.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace nb {
class Clock;
}

namespace nb::tandem {

// The Tandem Source sign-in, driven headlessly (spec tandem.md 2, vendor-2026.md 1.2), in one cookie
// session: prime cookies at the SSO page, POST the credentials as JSON, run the OIDC authorization-code
// request with PKCE (S256) following redirects, read `code` from the final URL, exchange it at the
// token endpoint (public client), then verify the id_token's RS256 signature against the JWKS and read
// `pumperId`. No retries here: the caller (TandemClient) owns the lockout budget.
class TandemAuth : public QObject {
    Q_OBJECT
public:
    // credentialsRejected: the service said no to the e-mail/password (counts against the budget);
    // false for network, server and protocol failures.
    using Callback = std::function<void(const Result<TandemSession> &result, bool credentialsRejected)>;

    TandemAuth(HttpClient &http, const Clock &clock, TandemEndpoints endpoints, QObject *parent = nullptr);
    ~TandemAuth() override;

    // One sign-in at a time; a second call while one runs fails with Cancelled for the first.
    void login(const QString &email, const Secret &password, Callback done);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }

    const TandemEndpoints &endpoints() const { return m_endpoints; }

    // The credential POST's answer is the service refusing this e-mail/password (or reporting the
    // account locked): only then is a failed sign-in a wrong password that counts against the budget.
    static bool isCredentialsRefusal(int httpStatus, const QJsonObject &answer);

private:
    struct Flow;
    void primeCookies();
    void postCredentials();
    void authorize();
    void exchangeCode(const QByteArray &code);
    void fetchKeys(const QJsonObject &tokens);
    void verify(const QJsonObject &tokens, const QJsonObject &jwks);
    void finish(const Result<TandemSession> &result, bool credentialsRejected = false);
    static SyncError stepError(const HttpResponse &response, const QString &step);
    HttpRequest request(HttpRequest::Method method, const QUrl &url, const QString &purpose) const;

    HttpClient &m_http;
    const Clock &m_clock;
    TandemEndpoints m_endpoints;
    std::unique_ptr<Flow> m_flow;
    HttpClient::Handle m_inFlight;
};

} // namespace nb::tandem
