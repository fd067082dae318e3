#pragma once

#include "authorizerequest.h"
#include "carelinkendpoints.h"
#include "common/result.h"
#include "common/secret.h"
#include "common/syncerror.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace nb {
class Clock;
class CredentialStore;
class HttpClient;
struct HttpResponse;
} // namespace nb

namespace nb::carelink {

// The Auth0 session of one CareLink account: browser sign-in with PKCE, the code exchange, and the
// access token kept fresh from the refresh token, which lives in the CredentialStore.
// Refresh tokens rotate: a new one is persisted before the new access token is used, only one refresh
// runs at a time (callers wait for it). Only Auth0's invalid_grant / invalid_client ends the session;
// any other refusal (a firewall's 403 page, 5xx, 429, no answer, a wrong local clock) keeps the refresh
// token and fails retryably. Before giving up on invalid_grant the store is read once more: another
// process (tray app, CLI) may have rotated the token and stored the newer one, which is then adopted.
// A dead token is removed with compare-and-delete, so a newer one stored meanwhile survives.
class CareLinkAuth : public QObject {
    Q_OBJECT
public:
    enum class State {
        Unknown,      // the store has not been asked yet
        SignedOut,    // no refresh token
        SignedIn,     // a refresh token (and perhaps an access token) is at hand
        SignInNeeded, // the refresh chain died: only a browser sign-in helps
    };
    Q_ENUM(State)

    using TokenCallback = std::function<void(const Result<Secret> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    static constexpr qint64 kRefreshMarginMs = 10 * 60 * 1000; // refresh at expiry - 10 min

    // accountId: a stable, non-secret id; the refresh token is stored under "carelink/<accountId>/refresh_token".
    CareLinkAuth(HttpClient &http, CredentialStore &store, const Clock &clock, QString accountId, ServiceConfig config,
                 QObject *parent = nullptr);
    ~CareLinkAuth() override;

    const ServiceConfig &config() const { return m_config; }
    void setConfig(const ServiceConfig &config) { m_config = config; }
    State state() const { return m_state; }
    QString refreshTokenKey() const;

    // Starts a sign-in: returns the URL to open in the system browser. A later start replaces it.
    QUrl beginSignIn();
    bool hasPendingSignIn() const { return m_pending.has_value(); }
    // The one entry point for the redirect, however it arrives (URL-scheme handler, single-instance IPC,
    // pasted text): verifies `state`, exchanges the code and stores the refresh token before `done`.
    void completeSignIn(const QUrl &redirect, QObject *context, DoneCallback done);

    // A valid access token (refreshing first when it expires within kRefreshMarginMs).
    void accessToken(QObject *context, TokenCallback callback);
    // A data call was refused with this token: the next accessToken() refreshes (once; callers retry once).
    void invalidateAccessToken();
    // Forget the session (and remove the stored refresh token).
    void signOut(QObject *context, DoneCallback done);

signals:
    void stateChanged(nb::carelink::CareLinkAuth::State state);
    void signInNeeded(const nb::SyncError &error);

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        TokenCallback callback;
    };
    void setState(State state);
    void startRefresh();
    void postRefresh(bool rereadDone = false);
    void onRefreshAnswer(const HttpResponse &response, const Secret &usedToken, bool rereadDone);
    void onDeadGrant(const QString &detail, const Secret &usedToken, bool rereadDone);
    void persistThen(const Secret &refreshToken, std::function<void(const Result<void> &)> next);
    void finishRefresh(const Result<Secret> &result);
    void markSignInNeeded(const QString &detail, const Secret &deadToken);
    QByteArray formBody(const QList<QPair<QString, QString>> &fields) const;
    void deliver(QObject *context, DoneCallback done, const Result<void> &result);

    HttpClient &m_http;
    CredentialStore &m_store;
    const Clock &m_clock;
    QString m_accountId;
    ServiceConfig m_config;
    State m_state = State::Unknown;

    std::optional<PendingSignIn> m_pending;
    Secret m_refreshToken;
    bool m_refreshTokenLoaded = false;
    bool m_persistPending = false; // m_refreshToken is newer than what the store holds
    Secret m_accessToken;
    qint64 m_accessExpiresMs = 0;

    bool m_refreshing = false;
    QList<Waiter> m_waiters;
};

} // namespace nb::carelink
