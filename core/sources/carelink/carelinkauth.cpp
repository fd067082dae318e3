#include "carelinkauth.h"

#include "carelinkerrors.h"
#include "common/clock.h"
#include "common/clockskew.h"
#include "credentials/credentialstore.h"
#include "logging/categories.h"
#include "net/httpclient.h"
#include "tokenresponse.h"

#include <QTimer>

#include <QUrlQuery>

#include <utility>

namespace nb::carelink {

namespace {
const QString kService = QStringLiteral("CareLink");
}

CareLinkAuth::CareLinkAuth(HttpClient &http, CredentialStore &store, const Clock &clock, QString accountId,
                           ServiceConfig config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_store(store)
    , m_clock(clock)
    , m_accountId(std::move(accountId))
    , m_config(std::move(config))
{}

CareLinkAuth::~CareLinkAuth() = default;

QString CareLinkAuth::refreshTokenKey() const
{
    return QStringLiteral("carelink/%1/refresh_token").arg(m_accountId);
}

void CareLinkAuth::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QUrl CareLinkAuth::beginSignIn()
{
    m_pending = AuthorizeRequest::create(m_config);
    qCInfo(lcCareLink) << "sign-in started for account" << m_accountId;
    return m_pending->authorizeUrl;
}

QByteArray CareLinkAuth::formBody(const QList<QPair<QString, QString>> &fields) const
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

void CareLinkAuth::deliver(QObject *context, DoneCallback done, const Result<void> &result)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hadContext, done = std::move(done), result] {
        if (!hadContext || guard)
            done(result);
    });
}

void CareLinkAuth::completeSignIn(const QUrl &redirect, QObject *context, DoneCallback done)
{
    if (!m_pending) {
        deliver(context, std::move(done),
                CareLinkErrors::signInRejected(AuthorizeRequest::tr("no sign-in was started. Start the sign-in again."),
                                               QStringLiteral("redirect without a pending sign-in")));
        return;
    }
    const Result<Secret> code = AuthorizeRequest::codeFromRedirect(redirect, *m_pending);
    if (!code.ok()) {
        qCWarning(lcCareLink) << "sign-in redirect refused:" << code.error().detail;
        deliver(context, std::move(done), code.error());
        return;
    }
    // A code is good for one exchange: the pending sign-in is used up whatever happens next.
    const PendingSignIn pending = *m_pending;
    m_pending.reset();

    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = m_config.tokenUrl();
    request.purpose = QStringLiteral("CareLink sign-in code exchange");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", m_config.userAgent.toUtf8());
    request.body = formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("client_id"), m_config.clientId},
                             {QStringLiteral("code"), code->reveal()},
                             {QStringLiteral("redirect_uri"), pending.redirectUri},
                             {QStringLiteral("code_verifier"), pending.verifier.reveal()}});
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_http.send(request, kService, this, [this, guard, hadContext, done](const HttpResponse &response) {
        auto finish = [guard, hadContext, done](const Result<void> &result) {
            if (!hadContext || guard)
                done(result);
        };
        if (!response.ok()) {
            if (TokenResponse::isDeadGrant(response.status, response.body)) {
                finish(CareLinkErrors::signInRejected(
                    AuthorizeRequest::tr("the sign-in code has expired or was already used. Sign in again."),
                    response.error->detail));
            } else {
                finish(*response.error);
            }
            return;
        }
        const Result<TokenSet> tokens = TokenResponse::parse(response.body, m_clock.nowMs());
        if (!tokens.ok()) {
            finish(tokens.error());
            return;
        }
        if (tokens->refreshToken.isEmpty()) {
            finish(CareLinkErrors::unexpectedResponse(QStringLiteral("code exchange gave no refresh token")));
            return;
        }
        m_refreshToken = tokens->refreshToken;
        m_refreshTokenLoaded = true;
        m_accessToken = tokens->accessToken;
        m_accessExpiresMs = tokens->expiresAtMs;
        setState(State::SignedIn);
        persistThen(m_refreshToken, [finish](const Result<void> &stored) { finish(stored); });
    });
}

void CareLinkAuth::accessToken(QObject *context, TokenCallback callback)
{
    Waiter waiter{QPointer<QObject>(context), context != nullptr, std::move(callback)};
    if (m_state == State::SignInNeeded) {
        const Result<Secret> dead = CareLinkErrors::signInNeeded(QStringLiteral("refresh chain is dead"));
        QTimer::singleShot(0, this, [waiter, dead] {
            if (!waiter.hadContext || waiter.context)
                waiter.callback(dead);
        });
        return;
    }
    if (!m_persistPending && !m_accessToken.isEmpty() && m_accessExpiresMs - m_clock.nowMs() > kRefreshMarginMs) {
        const Result<Secret> token = m_accessToken;
        QTimer::singleShot(0, this, [waiter, token] {
            if (!waiter.hadContext || waiter.context)
                waiter.callback(token);
        });
        return;
    }
    m_waiters.append(waiter);
    if (!m_refreshing)
        startRefresh();
}

void CareLinkAuth::invalidateAccessToken()
{
    m_accessToken = Secret();
    m_accessExpiresMs = 0;
}

void CareLinkAuth::startRefresh()
{
    m_refreshing = true;
    if (!m_refreshTokenLoaded) {
        m_store.read(refreshTokenKey(), this, [this](const Result<std::optional<Secret>> &read) {
            if (!read.ok()) {
                finishRefresh(read.error());
                return;
            }
            m_refreshTokenLoaded = true;
            if (!read.value() || read.value()->isEmpty()) {
                setState(State::SignedOut);
                finishRefresh(CareLinkErrors::signInNeeded(QStringLiteral("no refresh token stored")));
                return;
            }
            m_refreshToken = *read.value();
            setState(State::SignedIn);
            postRefresh();
        });
        return;
    }
    if (m_refreshToken.isEmpty()) {
        setState(State::SignedOut);
        finishRefresh(CareLinkErrors::signInNeeded(QStringLiteral("not signed in")));
        return;
    }
    if (m_persistPending) {
        // The last rotation could not be stored: store it before spending it.
        persistThen(m_refreshToken, [this](const Result<void> &stored) {
            if (!stored.ok())
                finishRefresh(stored.error());
            else
                postRefresh();
        });
        return;
    }
    postRefresh();
}

void CareLinkAuth::postRefresh(bool rereadDone)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = m_config.tokenUrl();
    request.purpose = QStringLiteral("CareLink token refresh");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", m_config.userAgent.toUtf8());
    request.body = formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), m_config.clientId},
                             {QStringLiteral("refresh_token"), m_refreshToken.reveal()}});
    const Secret used = m_refreshToken;
    m_http.send(request, kService, this, [this, used, rereadDone](const HttpResponse &response) {
        onRefreshAnswer(response, used, rereadDone);
    });
}

void CareLinkAuth::onRefreshAnswer(const HttpResponse &response, const Secret &usedToken, bool rereadDone)
{
    if (!response.ok()) {
        if (TokenResponse::isDeadGrant(response.status, response.body)) {
            onDeadGrant(response.error->detail, usedToken, rereadDone);
            return;
        }
        // Everything else leaves the refresh token alive: the caller retries later with backoff.
        const std::optional<qint64> skew = ClockSkew::fromDateHeader(response.header("Date"), m_clock.nowUtc());
        if (skew && ClockSkew::isSignificant(*skew)) {
            finishRefresh(ClockSkew::error(*skew, kService, response.error->detail));
            return;
        }
        if (response.status >= 400 && response.status < 500 && response.status != 429 && response.status != 408) {
            finishRefresh(CareLinkErrors::tokenRefusedForNow(response.status, response.error->detail));
            return;
        }
        finishRefresh(*response.error); // 5xx, 429, network: already retryable
        return;
    }
    const Result<TokenSet> tokens = TokenResponse::parse(response.body, m_clock.nowMs());
    if (!tokens.ok()) {
        finishRefresh(tokens.error());
        return;
    }
    const TokenSet set = tokens.value();
    if (set.refreshToken.isEmpty() || set.refreshToken == usedToken) {
        m_accessToken = set.accessToken;
        m_accessExpiresMs = set.expiresAtMs;
        finishRefresh(m_accessToken);
        return;
    }
    // Rotation: the old refresh token is dead from now on. Store the new one first; only then use the
    // access token, so a crash here costs at most one sign-in, never a silent loop on a dead token.
    m_refreshToken = set.refreshToken;
    m_persistPending = true;
    persistThen(set.refreshToken, [this, set](const Result<void> &stored) {
        if (!stored.ok()) {
            finishRefresh(stored.error());
            return;
        }
        m_accessToken = set.accessToken;
        m_accessExpiresMs = set.expiresAtMs;
        finishRefresh(m_accessToken);
    });
}

void CareLinkAuth::persistThen(const Secret &refreshToken, std::function<void(const Result<void> &)> next)
{
    m_persistPending = true;
    m_store.write(refreshTokenKey(), refreshToken, this, [this, refreshToken, next](const Result<void> &written) {
        if (written.ok() && m_refreshToken == refreshToken)
            m_persistPending = false;
        if (!written.ok())
            qCWarning(lcCareLink) << "could not store the rotated CareLink refresh token:" << written.error().detail;
        next(written);
    });
}

void CareLinkAuth::finishRefresh(const Result<Secret> &result)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (!w.hadContext || w.context)
            w.callback(result);
    }
}

void CareLinkAuth::onDeadGrant(const QString &detail, const Secret &usedToken, bool rereadDone)
{
    if (rereadDone) {
        markSignInNeeded(detail, usedToken);
        return;
    }
    // Another process sharing this account may have rotated the token and stored the newer one: read
    // the store once more and adopt it instead of ending a session that is alive.
    m_store.read(refreshTokenKey(), this, [this, detail, usedToken](const Result<std::optional<Secret>> &read) {
        if (read.ok() && read.value() && !read.value()->isEmpty() && !(*read.value() == usedToken)) {
            qCInfo(lcCareLink) << "the CareLink refresh token was renewed by another process; using the stored one";
            m_refreshToken = *read.value();
            m_persistPending = false;
            postRefresh(true);
            return;
        }
        markSignInNeeded(detail, usedToken);
    });
}

void CareLinkAuth::markSignInNeeded(const QString &detail, const Secret &deadToken)
{
    qCWarning(lcCareLink) << "CareLink refresh token refused; sign-in needed:" << detail;
    m_refreshToken = Secret();
    m_accessToken = Secret();
    m_accessExpiresMs = 0;
    m_persistPending = false;
    // The stored token is dead: remove it so a restart does not try it again, but only if it is still the
    // one that failed (compare-and-delete): a newer one another process stored meanwhile stays.
    // Callers hear of it once the store is settled, so what they read next (the credential fingerprint
    // of the pause) is the store's final state.
    const SyncError error = CareLinkErrors::signInNeeded(detail);
    setState(State::SignInNeeded);
    m_store.removeIfEqual(refreshTokenKey(), deadToken, this, [this, error](const Result<void> &removed) {
        if (!removed.ok())
            qCWarning(lcCareLink) << "could not remove the dead CareLink refresh token:" << removed.error().detail;
        emit signInNeeded(error);
        finishRefresh(error);
    });
}

void CareLinkAuth::signOut(QObject *context, DoneCallback done)
{
    m_pending.reset();
    m_refreshToken = Secret();
    m_refreshTokenLoaded = true;
    m_accessToken = Secret();
    m_accessExpiresMs = 0;
    m_persistPending = false;
    setState(State::SignedOut);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_store.remove(refreshTokenKey(), this, [guard, hadContext, done](const Result<void> &removed) {
        if (!hadContext || guard)
            done(removed);
    });
}

} // namespace nb::carelink
