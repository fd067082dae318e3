#include "fakecarelinkauth.h"

#include "common/clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace nb::sim {

namespace {

const QString kRedirectUri = QStringLiteral("com.medtronic.carepartner:/sso");

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery formOrJson(const ServerRequest &request)
{
    if (request.header("content-type").startsWith("application/json")) {
        QUrlQuery q;
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            q.addQueryItem(it.key(), it->toString());
        return q;
    }
    // Form bodies encode spaces as '+'.
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString value(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QByteArray html(const QString &body)
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><title>Log in</title></head><body>") + body.toUtf8() +
           QByteArrayLiteral("</body></html>");
}

} // namespace

FakeCareLinkAuth::FakeCareLinkAuth(const Clock &clock, QString region, QString pathPrefix, QString clientId,
                                   QString audience)
    : m_clock(clock)
    , m_region(std::move(region))
    , m_prefix(std::move(pathPrefix))
    , m_clientId(std::move(clientId))
    , m_audience(std::move(audience))
{}

QString FakeCareLinkAuth::validateAuthorize(const QUrlQuery &q) const
{
    if (value(q, "client_id") != m_clientId)
        return QStringLiteral("Unknown client");
    if (value(q, "response_type") != QLatin1String("code"))
        return QStringLiteral("Unsupported response_type");
    if (value(q, "redirect_uri") != kRedirectUri)
        return QStringLiteral("Callback URL mismatch");
    if (value(q, "audience") != m_audience)
        return QStringLiteral("Service not found: ") + value(q, "audience");
    if (!value(q, "scope").split(QLatin1Char(' ')).contains(QLatin1String("offline_access")))
        return QStringLiteral("offline_access scope required");
    if (m_options.requirePkce &&
        (value(q, "code_challenge").isEmpty() || value(q, "code_challenge_method") != QLatin1String("S256")))
        return QStringLiteral("PKCE S256 required");
    return {};
}

ServerResponse FakeCareLinkAuth::authorize(const ServerRequest &request)
{
    const QString problem = validateAuthorize(request.query);
    if (!problem.isEmpty())
        return ServerResponse::text(400, html(QStringLiteral("<h1>Error</h1><p>%1</p>").arg(problem.toHtmlEscaped())),
                                    "text/html; charset=utf-8");
    const QString txn = QStringLiteral("txn%1").arg(++m_counter);
    m_transactions.insert(txn, Pending{value(request.query, "state"), value(request.query, "code_challenge"),
                                       value(request.query, "redirect_uri")});
    // Real Auth0 shows a captcha here sometimes; the fake's form is plain.
    return ServerResponse::text(
        200,
        html(QStringLiteral("<form method=\"post\" action=\"%1/u/login\">"
                            "<input type=\"hidden\" name=\"txn\" value=\"%2\">"
                            "<input name=\"username\"><input name=\"password\" type=\"password\">"
                            "<button name=\"action\" value=\"default\">Continue</button></form>")
                 .arg(m_prefix, txn)),
        "text/html; charset=utf-8");
}

QUrl FakeCareLinkAuth::redirectWithCode(const Pending &pending, const QString &username)
{
    const QString code = QStringLiteral("code-%1-%2").arg(m_region).arg(++m_counter);
    m_codes.insert(code,
                   Code{username, pending.challenge, pending.redirectUri, m_clock.nowMs() + m_options.codeLifetimeMs});
    QUrl target(pending.redirectUri);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    if (!pending.state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), pending.state);
    target.setQuery(q);
    return target;
}

ServerResponse FakeCareLinkAuth::login(const ServerRequest &request)
{
    const QUrlQuery form = formOrJson(request);
    const auto txn = m_transactions.constFind(value(form, "txn"));
    if (txn == m_transactions.constEnd())
        return ServerResponse::text(400, html(QStringLiteral("<p>Invalid transaction</p>")), "text/html");
    const QString username = value(form, "username");
    const QString userRegion = m_passwordCheck ? m_passwordCheck(username, value(form, "password")) : QString();
    if (userRegion != m_region)
        return ServerResponse::text(200, html(QStringLiteral("<p class=\"error\">Wrong username or password</p>")),
                                    "text/html");
    const Pending pending = *txn;
    m_transactions.remove(value(form, "txn"));
    return ServerResponse::redirect(302, redirectWithCode(pending, username));
}

QUrl FakeCareLinkAuth::approve(const QUrl &authorizeUrl, const QString &username)
{
    const QUrlQuery q(authorizeUrl);
    if (!validateAuthorize(q).isEmpty())
        return {};
    return redirectWithCode(Pending{value(q, "state"), value(q, "code_challenge"), value(q, "redirect_uri")}, username);
}

ServerResponse FakeCareLinkAuth::oauthError(int status, const QString &error, const QString &description) const
{
    return ServerResponse::json(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

QJsonObject FakeCareLinkAuth::issue(const QString &username, bool withIdToken)
{
    const qint64 now = m_clock.nowMs();
    const qint64 expires = now + m_options.accessTokenLifetimeMs;
    const QJsonObject payload{{QStringLiteral("sub"), QString(QStringLiteral("auth0|") + username)},
                              {QStringLiteral("aud"), m_audience},
                              {QStringLiteral("exp"), double(expires / 1000)},
                              {QStringLiteral("n"), double(++m_counter)}};
    const QString access = QStringLiteral("eyJhbGciOiJub25lIn0.") +
                           base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + QStringLiteral(".fake");
    const QString refresh = QStringLiteral("rt-%1-%2").arg(m_region).arg(++m_counter);
    m_accessTokens.insert(access, Session{username, m_region, expires});
    m_refreshTokens.insert(refresh, username);
    QJsonObject o{{QStringLiteral("access_token"), access},
                  {QStringLiteral("refresh_token"), refresh},
                  {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                  {QStringLiteral("expires_in"), double(m_options.accessTokenLifetimeMs / 1000)},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (withIdToken)
        o.insert(QStringLiteral("id_token"), QStringLiteral("eyJhbGciOiJub25lIn0.e30.id"));
    return o;
}

ServerResponse FakeCareLinkAuth::token(const ServerRequest &request)
{
    const QUrlQuery form = formOrJson(request);
    const QString grant = value(form, "grant_type");
    m_tokenRequests[grant] += 1;
    if (value(form, "client_id") != m_clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client."));

    if (grant == QLatin1String("authorization_code")) {
        const QString codeText = value(form, "code");
        const auto it = m_codes.constFind(codeText);
        if (it == m_codes.constEnd() || it->expiresMs < m_clock.nowMs())
            return oauthError(403, QStringLiteral("invalid_grant"), QStringLiteral("Invalid authorization code"));
        const Code code = *it;
        m_codes.remove(codeText); // one use only
        if (value(form, "redirect_uri") != code.redirectUri)
            return oauthError(403, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri mismatch"));
        const QString verifier = value(form, "code_verifier");
        const QString expected = base64Url(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256));
        if (!code.challenge.isEmpty() && expected != code.challenge)
            return oauthError(403, QStringLiteral("invalid_grant"), QStringLiteral("Failed to verify code verifier"));
        if (m_options.revokeOnNewLogin)
            revokeUser(code.username);
        return ServerResponse::json(200, issue(code.username, true));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString presented = value(form, "refresh_token");
        const auto it = m_refreshTokens.constFind(presented);
        if (it == m_refreshTokens.constEnd())
            return oauthError(m_options.deadRefreshStatus, QStringLiteral("invalid_grant"),
                              QStringLiteral("Unknown or invalid refresh token."));
        const QString username = *it;
        QJsonObject answer = issue(username, false);
        if (m_options.rotateRefreshTokens) {
            m_refreshTokens.remove(presented); // the old one dies now
        } else {
            m_refreshTokens.remove(answer.value(QLatin1String("refresh_token")).toString());
            answer.remove(QStringLiteral("refresh_token"));
        }
        return ServerResponse::json(200, answer);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Unsupported grant type"));
}

std::optional<FakeCareLinkAuth::Session> FakeCareLinkAuth::sessionFor(const QByteArray &authorizationHeader) const
{
    if (!authorizationHeader.startsWith("Bearer "))
        return std::nullopt;
    const auto it = m_accessTokens.constFind(QString::fromUtf8(authorizationHeader.mid(7)));
    if (it == m_accessTokens.constEnd() || it->expiresMs <= m_clock.nowMs())
        return std::nullopt;
    return *it;
}

void FakeCareLinkAuth::revokeUser(const QString &username)
{
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end();)
        it = it.value() == username ? m_refreshTokens.erase(it) : std::next(it);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();)
        it = it->username == username ? m_accessTokens.erase(it) : std::next(it);
}

void FakeCareLinkAuth::expireAccessTokens()
{
    m_accessTokens.clear();
}

int FakeCareLinkAuth::tokenRequests(const QString &grantType) const
{
    if (!grantType.isEmpty())
        return m_tokenRequests.value(grantType);
    int total = 0;
    for (int n : m_tokenRequests)
        total += n;
    return total;
}

int FakeCareLinkAuth::activeRefreshTokens(const QString &username) const
{
    int n = 0;
    for (const QString &user : m_refreshTokens)
        n += user == username ? 1 : 0;
    return n;
}

} // namespace nb::sim
