#include "tandemauth.h"

#include "../tandemerrors.h"
#include "common/clock.h"
#include "common/clockskew.h"
#include "idtokenverifier.h"
#include "logging/categories.h"
#include "net/cookiesession.h"
#include "pkce.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace nb::tandem {

namespace {
const QString kService = QStringLiteral("Tandem Source");

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray codeFrom(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
}
} // namespace

struct TandemAuth::Flow {
    QString email;
    Secret password;
    Callback done;
    std::shared_ptr<CookieSession> cookies = std::make_shared<CookieSession>();
    Pkce pkce = Pkce::generate();
    std::optional<qint64> serverClockSkewMs; // from the token answer's Date header
};

TandemAuth::TandemAuth(HttpClient &http, const Clock &clock, TandemEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_endpoints(std::move(endpoints))
{}

TandemAuth::~TandemAuth() = default;

HttpRequest TandemAuth::request(HttpRequest::Method method, const QUrl &url, const QString &purpose) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.purpose = purpose;
    r.cookies = m_flow->cookies;
    r.serializeKey = QStringLiteral("tandem-sso");
    r.setHeader("User-Agent", m_endpoints.userAgent);
    r.setHeader("Accept", "application/json, text/plain, */*");
    return r;
}

void TandemAuth::login(const QString &email, const Secret &password, Callback done)
{
    if (m_flow)
        cancel();
    if (!m_endpoints.isValid()) {
        done(TandemErrors::badConfig(QStringLiteral("the Tandem Source addresses are incomplete")), false);
        return;
    }
    m_flow = std::make_unique<Flow>();
    m_flow->email = email;
    m_flow->password = password;
    m_flow->done = std::move(done);
    qCInfo(lcTandem) << "signing in to Tandem Source at" << m_endpoints.loginApi.host();
    primeCookies();
}

void TandemAuth::cancel()
{
    if (!m_flow)
        return;
    m_inFlight.cancel();
    finish(SyncError::make(SyncError::Kind::Cancelled, tr("Sign-in to Tandem Source was cancelled."),
                           QStringLiteral("sign-in cancelled")));
}

void TandemAuth::finish(const Result<TandemSession> &result, bool credentialsRejected)
{
    if (!m_flow)
        return;
    Callback done = std::move(m_flow->done);
    m_flow.reset();
    m_inFlight = {};
    done(result, credentialsRejected);
}

void TandemAuth::primeCookies()
{
    HttpRequest r = request(HttpRequest::Method::Get, m_endpoints.ssoPage, QStringLiteral("Tandem SSO page"));
    r.setHeader("Accept", "text/html,application/xhtml+xml");
    m_inFlight = m_http.send(r, kService, this, [this](const HttpResponse &response) {
        // Any answer will do (it only sets cookies), but no answer at all ends here.
        if (response.status == 0 && response.error) {
            finish(*response.error);
            return;
        }
        postCredentials();
    });
}

void TandemAuth::postCredentials()
{
    HttpRequest r = request(HttpRequest::Method::Post, m_endpoints.loginApi, QStringLiteral("Tandem sign-in"));
    r.followRedirects = false;
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Referer", m_endpoints.ssoPage.toEncoded());
    r.setHeader("Origin", m_endpoints.ssoPage.adjusted(QUrl::RemovePath).toEncoded(QUrl::StripTrailingSlash));
    const QJsonObject body{{QStringLiteral("username"), m_flow->email},
                           {QStringLiteral("password"), m_flow->password.reveal()}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_inFlight = m_http.send(r, kService, this, [this](const HttpResponse &response) {
        const int s = response.status;
        if (s == 0 || s >= 500 || s == 429) {
            finish(response.error.value_or(
                TandemErrors::unexpectedResponse(QStringLiteral("sign-in"), QStringLiteral("no answer"))));
            return;
        }
        if (s >= 300 && s < 400) {
            // Not an answer about the credentials: the sign-in page moved or a challenge came up.
            finish(TandemErrors::unexpectedResponse(QStringLiteral("sign-in"),
                                                    QStringLiteral("redirect (HTTP %1) instead of an answer").arg(s)));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        const QString status = json.value(QLatin1String("status")).toString();
        if (s == 200 && status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0) {
            authorize();
            return;
        }
        const QString said = QString(json.value(QLatin1String("message")).toString() + QLatin1Char(' ') +
                                     json.value(QLatin1String("error")).toString())
                                 .trimmed()
                                 .left(200);
        const QString detail =
            QStringLiteral("sign-in answered HTTP %1, status \"%2\", message \"%3\"").arg(s).arg(status, said);
        if (isCredentialsRefusal(s, json)) {
            // Only this answer is about the e-mail/password: it counts against the lockout budget.
            qCWarning(lcTandem).noquote() << "Tandem Source rejected the credentials:" << detail;
            finish(TandemErrors::wrongCredentials(s, detail), true);
            return;
        }
        // A firewall page, a 403/404/400 without the known answer, a changed API: nothing says the password
        // is wrong, so it neither counts against the budget nor asks the user to check it.
        qCWarning(lcTandem).noquote() << "Tandem Source sign-in was not answered as expected:" << detail;
        finish(TandemErrors::signInBlocked(s, detail, response.body));
    });
}

bool TandemAuth::isCredentialsRefusal(int httpStatus, const QJsonObject &answer)
{
    // The service's own verdict (vendor-2026.md 1.1: `401 account/invalid_credentials`), or its lockout.
    if (httpStatus != 400 && httpStatus != 401)
        return false;
    const QString error = answer.value(QLatin1String("error")).toString();
    return error.compare(QLatin1String("account/invalid_credentials"), Qt::CaseInsensitive) == 0 ||
           error.compare(QLatin1String("account/locked"), Qt::CaseInsensitive) == 0;
}

SyncError TandemAuth::stepError(const HttpResponse &response, const QString &step)
{
    const int s = response.status;
    // After the credentials were accepted, a refusal is the service or its firewall, not the password.
    if (s == 400 || s == 401 || s == 403 || s == 404)
        return TandemErrors::signInBlocked(s, QStringLiteral("%1: %2").arg(step, response.error->detail));
    return *response.error;
}

void TandemAuth::authorize()
{
    QUrl url = m_endpoints.authorize;
    url.setQuery(
        QString::fromLatin1(formEncode({{QStringLiteral("client_id"), m_endpoints.clientId},
                                        {QStringLiteral("response_type"), QStringLiteral("code")},
                                        {QStringLiteral("scope"), QStringLiteral("openid profile email")},
                                        {QStringLiteral("redirect_uri"), m_endpoints.redirectUri},
                                        {QStringLiteral("code_challenge"), QString::fromLatin1(m_flow->pkce.challenge)},
                                        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})));
    HttpRequest r = request(HttpRequest::Method::Get, url, QStringLiteral("Tandem authorize"));
    r.setHeader("Referer", m_endpoints.ssoPage.toEncoded());
    m_inFlight = m_http.send(r, kService, this, [this](const HttpResponse &response) {
        // The redirect chain ends at the redirect URI with ?code=; its page may even be an error page.
        QByteArray code = codeFrom(response.finalUrl);
        if (code.isEmpty() && response.redirectTarget.isValid())
            code = codeFrom(response.redirectTarget);
        if (!code.isEmpty()) {
            exchangeCode(code);
            return;
        }
        if (response.status == 0 && response.error) {
            finish(*response.error);
            return;
        }
        finish(TandemErrors::unexpectedResponse(
            QStringLiteral("authorize"),
            QStringLiteral("no code in the final URL (HTTP %1, %2)").arg(response.status).arg(response.finalUrl.path()),
            response.body));
    });
}

void TandemAuth::exchangeCode(const QByteArray &code)
{
    HttpRequest r = request(HttpRequest::Method::Post, m_endpoints.token, QStringLiteral("Tandem token"));
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    r.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("client_id"), m_endpoints.clientId},
                         {QStringLiteral("code"), QString::fromUtf8(code)},
                         {QStringLiteral("redirect_uri"), m_endpoints.redirectUri},
                         {QStringLiteral("code_verifier"), QString::fromLatin1(m_flow->pkce.verifier)}});
    m_inFlight = m_http.send(r, kService, this, [this](const HttpResponse &response) {
        if (response.error) {
            finish(stepError(response, QStringLiteral("token")));
            return;
        }
        m_flow->serverClockSkewMs = ClockSkew::fromDateHeader(response.header("Date"), m_clock.nowUtc());
        const QJsonObject tokens = QJsonDocument::fromJson(response.body).object();
        if (tokens.value(QLatin1String("access_token")).toString().isEmpty() ||
            tokens.value(QLatin1String("id_token")).toString().isEmpty()) {
            finish(TandemErrors::unexpectedResponse(QStringLiteral("token"),
                                                    QStringLiteral("no access_token or id_token"), response.body));
            return;
        }
        fetchKeys(tokens);
    });
}

void TandemAuth::fetchKeys(const QJsonObject &tokens)
{
    HttpRequest r = request(HttpRequest::Method::Get, m_endpoints.jwks, QStringLiteral("Tandem signing keys"));
    r.idempotent = true;
    m_inFlight = m_http.send(r, kService, this, [this, tokens](const HttpResponse &response) {
        if (response.error) {
            finish(stepError(response, QStringLiteral("jwks")));
            return;
        }
        const QJsonObject jwks = QJsonDocument::fromJson(response.body).object();
        if (!jwks.value(QLatin1String("keys")).isArray()) {
            finish(TandemErrors::unexpectedResponse(QStringLiteral("jwks"), QStringLiteral("no keys"), response.body));
            return;
        }
        verify(tokens, jwks);
    });
}

void TandemAuth::verify(const QJsonObject &tokens, const QJsonObject &jwks)
{
    const QDateTime now = m_clock.nowUtc();
    auto claims = IdTokenVerifier::verify(tokens.value(QLatin1String("id_token")).toString().toLatin1(), jwks,
                                          m_endpoints.issuer, m_endpoints.clientId, now.toSecsSinceEpoch());
    if (!claims) {
        // A token "expired" or "not valid yet" usually means this computer's clock is wrong: say that
        // instead of a sign-in error (the server's Date header, else the token's own issue time).
        std::optional<qint64> skew = m_flow->serverClockSkewMs;
        if (!skew) {
            const qint64 iat =
                IdTokenVerifier::unverifiedPayload(tokens.value(QLatin1String("id_token")).toString().toLatin1())
                    .value(QLatin1String("iat"))
                    .toInteger(0);
            if (iat > 0)
                skew = ClockSkew::fromServerTime(iat, now);
        }
        if (skew && ClockSkew::isSignificant(*skew)) {
            finish(ClockSkew::error(*skew, kService, claims.error().detail));
            return;
        }
        finish(claims.error());
        return;
    }
    if (claims->audienceMismatch)
        qCWarning(lcTandem) << "the Tandem id_token audience does not name our client id; accepted (signature and "
                               "issuer are valid)";
    TandemSession session;
    session.accessToken = Secret(tokens.value(QLatin1String("access_token")).toString());
    // Without expires_in, one hour (what other clients assume).
    const qint64 lifetime = tokens.value(QLatin1String("expires_in")).toInteger(3600);
    session.expiresAt = now.addSecs(lifetime > 0 ? lifetime : 3600);
    session.pumperId = claims->pumperId;
    session.accountId = claims->accountId;
    qCInfo(lcTandem) << "signed in to Tandem Source; session valid for" << lifetime / 60 << "min";
    finish(session);
}

} // namespace nb::tandem
