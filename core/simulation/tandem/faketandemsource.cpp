#include "faketandemsource.h"

#include "common/clock.h"
#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/tandemtime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace nb::sim {

using nb::tandem::PumpEvent;

namespace {
ServerResponse jsonError(int status, const QJsonObject &body)
{
    return ServerResponse::json(status, body);
}

QByteArray s256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QDate> dateParam(const QString &value, const QString &timePart)
{
    // The BFF takes whole days as these literal strings.
    if (value.size() != 20 || !value.endsWith(timePart))
        return std::nullopt;
    const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}
} // namespace

FakeTandemSource::FakeTandemSource(const Clock &clock, QObject *parent)
    : FakeTandemSource(clock, Options(), parent)
{}

FakeTandemSource::FakeTandemSource(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_server(std::make_unique<LoopbackServer>())
{
    LoopbackServer &s = *m_server;
    s.route("GET", QStringLiteral("/"), [this](const ServerRequest &r) { return ssoPage(r); });
    s.route("POST", QStringLiteral("/accounts/api/login"), [this](const ServerRequest &r) { return login(r); });
    s.route("GET", QStringLiteral("/accounts/api/connect/authorize"),
            [this](const ServerRequest &r) { return authorize(r); });
    s.route("POST", QStringLiteral("/accounts/api/connect/token"), [this](const ServerRequest &r) { return token(r); });
    s.route("GET", QStringLiteral("/accounts/api/.well-known/openid-configuration/jwks"),
            [this](const ServerRequest &r) { return jwks(r); });
    s.route("GET", QStringLiteral("/auth/callback"), [](const ServerRequest &) {
        return ServerResponse::text(200, "<html><body>Signing in...</body></html>", "text/html");
    });
    s.route("GET", QStringLiteral("/api/reports/bff/pumper/"), [this](const ServerRequest &r) { return pumper(r); });
    s.route("GET", QStringLiteral("/api/reports/bff/pump-logs/"),
            [this](const ServerRequest &r) { return pumpLogs(r); });
    // Removed on 2026-06-30: nginx's 404 page.
    s.route("GET", QStringLiteral("/api/reports/reportsfacade/"), [](const ServerRequest &) {
        return ServerResponse::text(404, "<html><head><title>404 Not Found</title></head></html>", "text/html");
    });
}

FakeTandemSource::~FakeTandemSource() = default;

bool FakeTandemSource::listen()
{
    return m_server->listen();
}

void FakeTandemSource::addPump(Pump pump)
{
    m_pumps.append(std::move(pump));
}

QString FakeTandemSource::issuer() const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/accounts/api");
}

QByteArray FakeTandemSource::cookie(const ServerRequest &request, const QByteArray &name)
{
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith(QByteArray(name + '=')))
            return item.mid(name.size() + 1);
    }
    return {};
}

QByteArray FakeTandemSource::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(QRandomGenerator::global()->bounded(256));
    data += QByteArray::number(++m_counter);
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

ServerResponse FakeTandemSource::ssoPage(const ServerRequest &request)
{
    QByteArray session = cookie(request, "tdc_sso");
    if (session.isEmpty() || !m_ssoSessions.contains(session)) {
        session = randomToken();
        m_ssoSessions.insert(session, false);
    }
    return ServerResponse::text(200, "<html><body>Tandem Source sign-in</body></html>", "text/html")
        .withHeader("Set-Cookie", "tdc_sso=" + session + "; Path=/; HttpOnly");
}

ServerResponse FakeTandemSource::login(const ServerRequest &request)
{
    ++m_credentialPosts;
    const QByteArray session = cookie(request, "tdc_sso");
    if (session.isEmpty() || !m_ssoSessions.contains(session))
        return jsonError(400, {{QStringLiteral("status"), QStringLiteral("FAILED")},
                               {QStringLiteral("message"), QStringLiteral("Session expired, reload the page")}});
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (isLocked())
        return jsonError(401, {{QStringLiteral("status"), QStringLiteral("FAILED")},
                               {QStringLiteral("error"), QStringLiteral("account/locked")},
                               {QStringLiteral("message"), QStringLiteral("Your account has been locked.")}});
    const bool ok =
        body.value(QLatin1String("username")).toString().compare(m_options.email, Qt::CaseInsensitive) == 0 &&
        body.value(QLatin1String("password")).toString() == m_options.password;
    if (!ok) {
        ++m_failedLogins;
        return jsonError(401, {{QStringLiteral("status"), QStringLiteral("FAILED")},
                               {QStringLiteral("error"), QStringLiteral("account/invalid_credentials")}});
    }
    m_failedLogins = 0;
    ++m_successfulLogins;
    m_ssoSessions.insert(session, true);
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("redirectUrl"), QStringLiteral("/")},
                                                 {QStringLiteral("status"), QStringLiteral("SUCCESS")}});
}

ServerResponse FakeTandemSource::authorize(const ServerRequest &request)
{
    const QUrlQuery &q = request.query;
    const QString redirectUri = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString expectedRedirect =
        m_server->baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/auth/callback");
    if (q.queryItemValue(QStringLiteral("client_id")) != m_options.clientId || redirectUri != expectedRedirect)
        return jsonError(400, {{QStringLiteral("error"), QStringLiteral("invalid_client")}});
    if (q.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code") ||
        q.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        q.queryItemValue(QStringLiteral("code_challenge")).size() != 43)
        return jsonError(400, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    const QByteArray session = cookie(request, "tdc_sso");
    if (!m_ssoSessions.value(session, false)) // not signed in: back to the sign-in page
        return ServerResponse::redirect(
            302, QUrl(m_server->baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/")));
    const QByteArray code = randomToken(16);
    m_codes.insert(code, {q.queryItemValue(QStringLiteral("code_challenge")), redirectUri,
                          m_clock.nowUtc().toSecsSinceEpoch() + 120});
    QUrl target(redirectUri);
    target.setQuery(QStringLiteral("code=") + QString::fromLatin1(code));
    return ServerResponse::redirect(302, target);
}

ServerResponse FakeTandemSource::token(const ServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (field("grant_type") != QLatin1String("authorization_code"))
        return jsonError(400, {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
    if (field("client_id") != m_options.clientId)
        return jsonError(400, {{QStringLiteral("error"), QStringLiteral("invalid_client")}});
    const QByteArray code = field("code").toLatin1();
    const auto found = m_codes.constFind(code);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    if (found == m_codes.cend() || found->expires < now || found->redirectUri != field("redirect_uri") ||
        QString::fromLatin1(s256(field("code_verifier").toLatin1())) != found->challenge) {
        m_codes.remove(code); // one attempt per code
        return jsonError(400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
    }
    m_codes.remove(code);
    const QByteArray access = randomToken(32);
    const qint64 lifetime = m_options.tokenLifetime.count();
    m_tokens.insert(access, now + lifetime);
    const QJsonObject claims{{QStringLiteral("iss"), issuer()},
                             {QStringLiteral("aud"), m_options.clientId},
                             {QStringLiteral("exp"), now + lifetime},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("nbf"), now},
                             {QStringLiteral("sub"), m_options.accountId},
                             {QStringLiteral("email"), m_options.email},
                             {QStringLiteral("pumperId"), m_options.pumperId},
                             {QStringLiteral("accountId"), m_options.accountId}};
    QByteArray idToken = m_key.signJwt(claims);
    if (m_tamper)
        idToken = m_tamper(idToken);
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                                                 {QStringLiteral("id_token"), QString::fromLatin1(idToken)},
                                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                 {QStringLiteral("expires_in"), lifetime},
                                                 {QStringLiteral("scope"), QStringLiteral("openid profile email")}});
}

ServerResponse FakeTandemSource::jwks(const ServerRequest &) const
{
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("keys"), QJsonArray{m_key.jwk()}}});
}

std::optional<ServerResponse> FakeTandemSource::checkDataAccess(const ServerRequest &request) const
{
    // The firewall in front of the BFF comes first.
    const QByteArray origin = m_server->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8();
    if (m_options.checkOrigin &&
        (request.header("origin") != origin || !request.header("referer").startsWith(QByteArray(origin + '/'))))
        return ServerResponse::text(403, "<html><body><h1>The request is blocked.</h1></body></html>", "text/html");
    const QByteArray auth = request.header("authorization");
    const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
    const auto found = m_tokens.constFind(token);
    if (token.isEmpty() || found == m_tokens.cend() || *found <= m_clock.nowUtc().toSecsSinceEpoch())
        return jsonError(401, {{QStringLiteral("message"), QStringLiteral("Unauthorized")}});
    return std::nullopt;
}

ServerResponse FakeTandemSource::pumper(const ServerRequest &request)
{
    if (auto denied = checkDataAccess(request))
        return *denied;
    if (request.path.section(QLatin1Char('/'), -1) != m_options.pumperId)
        return jsonError(404, {{QStringLiteral("message"), QStringLiteral("Not found")}});
    QJsonArray pumps;
    for (const Pump &p : std::as_const(m_pumps)) {
        QJsonObject pump{{QStringLiteral("assignmentId"), p.assignmentId},
                         {QStringLiteral("serialNumber"), p.serialNumber},
                         {QStringLiteral("modelNumber"), p.modelNumber},
                         {QStringLiteral("modelName"), p.modelName},
                         {QStringLiteral("softwareVersion"), QStringLiteral("7.8.1.0")},
                         {QStringLiteral("algorithm"), QStringLiteral("Control-IQ")},
                         {QStringLiteral("lastUploadClientType"), QStringLiteral("mobile_tconnect")}};
        qint64 minWall = 0, maxWall = 0;
        for (const PumpEvent &e : p.events) {
            minWall = minWall == 0 ? e.wall : std::min(minWall, e.wall);
            maxWall = std::max(maxWall, e.wall);
        }
        const QJsonValue first = p.events.isEmpty() ? QJsonValue() : QJsonValue(nb::tandem::formatWall(minWall));
        const QJsonValue last = p.events.isEmpty() ? QJsonValue() : QJsonValue(nb::tandem::formatWall(maxWall));
        pump.insert(QStringLiteral("availableDataRange"),
                    QJsonObject{{QStringLiteral("start"), first}, {QStringLiteral("end"), last}});
        pump.insert(QStringLiteral("maxDateOfEvents"), last);
        pump.insert(QStringLiteral("lastUploadDate"),
                    p.events.isEmpty() ? QJsonValue() : QJsonValue(m_clock.nowUtc().toString(Qt::ISODate)));
        pump.insert(QStringLiteral("settings"),
                    p.settingsDetails.isEmpty()
                        ? QJsonValue()
                        : QJsonValue(QJsonObject{{QStringLiteral("deviceAssignmentId"), p.assignmentId},
                                                 {QStringLiteral("details"), p.settingsDetails}}));
        pumps.append(pump);
    }
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Demo")},
                                                 {QStringLiteral("lastName"), QStringLiteral("Patient")},
                                                 {QStringLiteral("name"), QStringLiteral("Demo Patient")},
                                                 {QStringLiteral("country"), QStringLiteral("US")},
                                                 {QStringLiteral("pumps"), pumps}});
}

ServerResponse FakeTandemSource::pumpLogs(const ServerRequest &request)
{
    ++m_pumpLogRequests;
    if (auto denied = checkDataAccess(request))
        return *denied;
    const QString assignmentId = request.path.section(QLatin1Char('/'), -1);
    const Pump *pump = nullptr;
    for (const Pump &p : std::as_const(m_pumps))
        if (p.assignmentId == assignmentId)
            pump = &p;
    if (!pump || request.query.queryItemValue(QStringLiteral("pumperId")) != m_options.pumperId)
        return jsonError(404, {{QStringLiteral("message"), QStringLiteral("Not found")}});
    const auto start = dateParam(request.query.queryItemValue(QStringLiteral("startDate"), QUrl::FullyDecoded),
                                 QStringLiteral("T00:00:00Z"));
    const auto end = dateParam(request.query.queryItemValue(QStringLiteral("endDate"), QUrl::FullyDecoded),
                               QStringLiteral("T23:59:59Z"));
    if (!start || !end || *end < *start)
        return jsonError(400, {{QStringLiteral("message"), QStringLiteral("Check input parameters.")}});
    if (start->daysTo(*end) + 1 > m_options.maxWindowDays)
        return jsonError(400,
                         {{QStringLiteral("message"),
                           QStringLiteral("The date range must not exceed %1 days.").arg(m_options.maxWindowDays)}});
    // Pump wall-clock days, as the web app shows them.
    const qint64 from =
        nb::tandem::daysFromCivil(start->year(), start->month(), start->day()) * 86400 - nb::tandem::kTandemEpochUnix;
    const qint64 to =
        nb::tandem::daysFromCivil(end->year(), end->month(), end->day()) * 86400 + 86399 - nb::tandem::kTandemEpochUnix;
    QList<PumpEvent> selected;
    for (const PumpEvent &e : pump->events)
        if (e.wall >= from && e.wall <= to)
            selected.append(e);
    return ServerResponse::json(200,
                                nb::tandem::JsonDecoder::encodePumpLogs(selected, pump->clockChanges, assignmentId));
}

} // namespace nb::sim
