#include "fakecarelink.h"

#include "carelinkdatagenerator.h"
#include "common/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVersionNumber>

namespace nb::sim {

namespace {

constexpr qint64 kSlotMs = 5 * 60 * 1000;

ServerResponse unauthorized()
{
    return ServerResponse::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized")},
                                                 {QStringLiteral("message"), QStringLiteral("Invalid token")}});
}

ServerResponse badRequest(const QString &message)
{
    return ServerResponse::json(400,
                                QJsonObject{{QStringLiteral("status"), 400}, {QStringLiteral("message"), message}});
}

QString lower(const QString &region)
{
    return region.toLower();
}

} // namespace

FakeCareLink::FakeCareLink(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(std::make_unique<LoopbackServer>())
    , m_us(clock, QStringLiteral("US"), QStringLiteral("/us-login"), QStringLiteral("fake-us-client"),
           QStringLiteral("carepartner.patient.us"))
    , m_eu(clock, QStringLiteral("EU"), QStringLiteral("/eu-login"), QStringLiteral("fake-eu-client"),
           QStringLiteral("carepartner.patient.ous"))
{
    auto check = [this](const QString &username, const QString &password) -> QString {
        const auto it = m_users.constFind(username);
        return it != m_users.constEnd() && it->password == password ? regionOf(*it) : QString();
    };
    m_us.setPasswordCheck(check);
    m_eu.setPasswordCheck(check);

    m_server->route("GET", QStringLiteral("/connect/carepartner/v13/discover/android/3.6"),
                    [this](const ServerRequest &) { return discovery(); });
    m_server->route("GET", QStringLiteral("/configs/v1/carepartner_auth0_us_sso_config_v1.json"),
                    [this](const ServerRequest &) { return ssoConfig(QStringLiteral("US")); });
    m_server->route("GET", QStringLiteral("/configs/v1/carepartner_auth0_ous_sso_config_v1.json"),
                    [this](const ServerRequest &) { return ssoConfig(QStringLiteral("EU")); });
    for (const QString &region : {QStringLiteral("US"), QStringLiteral("EU")}) {
        FakeCareLinkAuth *tenant = &this->tenant(region);
        const QString login = QLatin1Char('/') + lower(region) + QStringLiteral("-login");
        m_server->route("GET", login + QStringLiteral("/authorize"),
                        [tenant](const ServerRequest &r) { return tenant->authorize(r); });
        m_server->route("POST", login + QStringLiteral("/u/login"),
                        [tenant](const ServerRequest &r) { return tenant->login(r); });
        m_server->route("POST", login + QStringLiteral("/oauth/token"),
                        [tenant](const ServerRequest &r) { return tenant->token(r); });
        const QString api = QLatin1Char('/') + lower(region) + QLatin1Char('/');
        m_server->route("GET", api, [this, region](const ServerRequest &r) { return this->api(region, r); });
        m_server->route("POST", api, [this, region](const ServerRequest &r) { return this->api(region, r); });
    }
}

FakeCareLink::~FakeCareLink() = default;

bool FakeCareLink::listen()
{
    return m_server->listen();
}

QUrl FakeCareLink::discoveryUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/connect/carepartner/v13/discover/android/3.6"));
}

FakeCareLinkAuth &FakeCareLink::tenant(const QString &region)
{
    return region.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ? m_us : m_eu;
}

void FakeCareLink::addUser(const FakeCareLinkUser &user)
{
    m_users.insert(user.username, user);
}

QString FakeCareLink::regionOf(const FakeCareLinkUser &user)
{
    return user.country.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ? QStringLiteral("US")
                                                                               : QStringLiteral("EU");
}

QUrl FakeCareLink::approve(const QUrl &authorizeUrl, const QString &username)
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd())
        return {};
    return tenant(regionOf(*it)).approve(authorizeUrl, username);
}

ServerResponse FakeCareLink::discovery() const
{
    const QString base = baseUrl().toString();
    QJsonArray countries;
    for (const char *code : {"US", "DE", "GB", "NL", "IT", "AU", "CA", "ZA", "IN", "NP"}) {
        const QString region = qstrcmp(code, "US") == 0 ? QStringLiteral("US") : QStringLiteral("EU");
        countries.append(
            QJsonObject{{QLatin1String(code), QJsonObject{{QStringLiteral("region"), region},
                                                          {QStringLiteral("isoCode"), QLatin1String(code)}}}});
    }
    QJsonArray cp;
    for (const QString &region : {QStringLiteral("US"), QStringLiteral("EU")}) {
        const QString r = lower(region);
        const QString sso =
            base + QStringLiteral("/configs/v1/carepartner_auth0_%1_sso_config_v1.json")
                       .arg(region == QLatin1String("US") ? QStringLiteral("us") : QStringLiteral("ous"));
        cp.append(
            QJsonObject{{QStringLiteral("region"), region},
                        {QStringLiteral("UseSSOConfiguration"), QStringLiteral("Auth0SSOConfiguration")},
                        {QStringLiteral("Auth0SSOConfiguration"), sso},
                        {QStringLiteral("SSOConfiguration"), QString(base + QStringLiteral("/configs/v1/legacy.json"))},
                        {QStringLiteral("baseUrlCareLink"),
                         QString(base + QLatin1Char('/') + r + QStringLiteral("/api/carepartner/v2"))},
                        {QStringLiteral("baseUrlCumulus"),
                         QString(base + QLatin1Char('/') + r + QStringLiteral("/connect/carepartner/v13/"))}});
    }
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("config"), QStringLiteral("android,3.6")},
                                                 {QStringLiteral("supportedCountries"), countries},
                                                 {QStringLiteral("CP"), cp}});
}

ServerResponse FakeCareLink::ssoConfig(const QString &region) const
{
    const bool us = region == QLatin1String("US");
    const QJsonObject server{
        {QStringLiteral("hostname"), baseUrl().host()},
        {QStringLiteral("port"), baseUrl().port()},
        {QStringLiteral("prefix"), us ? QStringLiteral("/us-login") : QStringLiteral("/eu-login")}};
    const QJsonObject client{
        {QStringLiteral("client_id"), us ? QStringLiteral("fake-us-client") : QStringLiteral("fake-eu-client")},
        {QStringLiteral("scope"), QStringLiteral("profile openid offline_access")},
        {QStringLiteral("audience"),
         us ? QStringLiteral("carepartner.patient.us") : QStringLiteral("carepartner.patient.ous")},
        {QStringLiteral("redirect_uri"), QStringLiteral("com.medtronic.carepartner:/sso")}};
    const QJsonObject endpoints{{QStringLiteral("authorization_endpoint_path"), QStringLiteral("/authorize")},
                                {QStringLiteral("token_endpoint_path"), QStringLiteral("/oauth/token")}};
    return ServerResponse::json(200, QJsonObject{{QStringLiteral("server"), server},
                                                 {QStringLiteral("client"), client},
                                                 {QStringLiteral("system_endpoints"), endpoints}});
}

ServerResponse FakeCareLink::api(const QString &region, const ServerRequest &request)
{
    const std::optional<FakeCareLinkAuth::Session> session = tenant(region).sessionFor(request.header("authorization"));
    if (!session || !m_users.contains(session->username))
        return unauthorized();
    const FakeCareLinkUser &user = m_users[session->username];
    const QString path = request.path.mid(lower(region).size() + 1); // without "/eu"
    const bool partner = user.role.contains(QLatin1String("PARTNER"));
    if (request.method == "GET" && path == QLatin1String("/api/carepartner/v2/users/me")) {
        return ServerResponse::json(200, QJsonObject{{QStringLiteral("id"), int(1000 + qHash(user.username) % 1000)},
                                                     {QStringLiteral("role"), user.role},
                                                     {QStringLiteral("country"), user.country},
                                                     {QStringLiteral("language"), QStringLiteral("en")},
                                                     {QStringLiteral("firstName"), user.firstName},
                                                     {QStringLiteral("lastName"), user.lastName},
                                                     {QStringLiteral("mfaRequired"), false}});
    }
    if (request.method == "GET" && path == QLatin1String("/api/carepartner/v2/users/me/profile"))
        return ServerResponse::json(200, QJsonObject{{QStringLiteral("username"), user.username},
                                                     {QStringLiteral("firstName"), user.firstName},
                                                     {QStringLiteral("lastName"), user.lastName}});
    if (request.method == "GET" && path == QLatin1String("/api/carepartner/v2/links/patients")) {
        if (!partner)
            return ServerResponse::json(403, QJsonObject{{QStringLiteral("message"), QStringLiteral("Forbidden")}});
        QJsonArray list;
        for (const QStringList *names : {&user.linkedPatients, &user.inactivePatients}) {
            for (const QString &name : *names) {
                const FakeCareLinkUser patient = m_users.value(name);
                list.append(
                    QJsonObject{{QStringLiteral("username"), name},
                                {QStringLiteral("firstName"), patient.firstName},
                                {QStringLiteral("lastName"), patient.lastName},
                                {QStringLiteral("status"),
                                 names == &user.linkedPatients ? QStringLiteral("ACTIVE") : QStringLiteral("PENDING")},
                                {QStringLiteral("lastDeviceFamily"), QStringLiteral("BLE_X")}});
            }
        }
        return ServerResponse::json(200, list);
    }
    if (request.method == "POST" && path == QLatin1String("/connect/carepartner/v13/display/message"))
        return displayMessage(user, request);
    return ServerResponse::json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}});
}

ServerResponse FakeCareLink::displayMessage(const FakeCareLinkUser &caller, const ServerRequest &request)
{
    ++m_dataRequests;
    m_lastDataBody = request.body;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString username = body.value(QLatin1String("username")).toString();
    const QString role = body.value(QLatin1String("role")).toString();
    const QString patientId = body.value(QLatin1String("patientId")).toString();
    const QVersionNumber appVersion = QVersionNumber::fromString(body.value(QLatin1String("appVersion")).toString());
    if (username != caller.username)
        return badRequest(QStringLiteral("username does not match the token"));
    const bool partner = caller.role.contains(QLatin1String("PARTNER"));
    if (role != (partner ? QLatin1String("carepartner") : QLatin1String("patient")))
        return badRequest(QStringLiteral("role mismatch"));
    if (appVersion.isNull() || appVersion < QVersionNumber::fromString(m_minAppVersion))
        return ServerResponse::text(206, QByteArrayLiteral("Upgrade application"));
    QString patientName = caller.username;
    if (partner) {
        if (!caller.linkedPatients.contains(patientId))
            return badRequest(QStringLiteral("patientId is not an active link of this care partner"));
        patientName = patientId;
    }
    const FakeCareLinkUser patient = m_users.value(patientName);
    CareLinkScenario scenario = patient.scenario;
    // The newest reading is the last 5-minute slot that is at least a minute old.
    const qint64 newest = (m_clock.nowMs() - 60 * 1000) / kSlotMs * kSlotMs;
    scenario.end = QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC);
    if (!scenario.zone.isValid())
        scenario.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    return ServerResponse::json(200, CareLinkDataGenerator::generate(scenario).payload);
}

} // namespace nb::sim
