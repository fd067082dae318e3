#include "carelinkendpoints.h"

namespace nb::carelink {

namespace {

QUrl joined(const QUrl &base, const QString &path)
{
    QString s = base.toString(QUrl::FullyEncoded);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return QUrl(s + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

} // namespace

QUrl ServiceConfig::authorizeUrl() const
{
    return joined(loginBaseUrl, authorizePath);
}

QUrl ServiceConfig::tokenUrl() const
{
    return joined(loginBaseUrl, tokenPath);
}

QUrl ServiceConfig::careLinkUrl(const QString &path) const
{
    return joined(careLinkBaseUrl, path);
}

QUrl ServiceConfig::cumulusUrl(const QString &path) const
{
    return joined(cumulusBaseUrl, path);
}

QString CareLinkEndpoints::defaultAppVersion()
{
    return QStringLiteral("3.8.0");
}

QString CareLinkEndpoints::defaultUserAgent()
{
    return QStringLiteral("Nightbridge/%1 (CareLink follower; Qt)").arg(QStringLiteral(NIGHTBRIDGE_VERSION));
}

QString CareLinkEndpoints::regionForCountry(const QString &isoCountry)
{
    return isoCountry.trimmed().compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ? QStringLiteral("US")
                                                                                       : QStringLiteral("EU");
}

QUrl CareLinkEndpoints::discoveryUrl(const QString &region, const CareLinkOverrides &overrides)
{
    if (!overrides.discoveryUrl.isEmpty())
        return overrides.discoveryUrl;
    return region == QLatin1String("US")
               ? QUrl(QStringLiteral("https://clcloud.minimed.com/connect/carepartner/v13/discover/android/3.6"))
               : QUrl(QStringLiteral("https://clcloud.minimed.eu/connect/carepartner/v13/discover/android/3.6"));
}

ServiceConfig CareLinkEndpoints::builtIn(const QString &region, const CareLinkOverrides &overrides)
{
    const bool us = region == QLatin1String("US");
    ServiceConfig c;
    c.region = us ? QStringLiteral("US") : QStringLiteral("EU");
    c.loginBaseUrl = us ? QUrl(QStringLiteral("https://carelink-login.minimed.com"))
                        : QUrl(QStringLiteral("https://carelink-login.minimed.eu"));
    c.clientId =
        us ? QStringLiteral("0FGoNwY0SP8ZmESYSfEOgMw03c58c1hk") : QStringLiteral("PeAhkbhQWlQRxJiQxWfcFBiGus1lxfe9");
    c.audience = us ? QStringLiteral("carepartner.patient.us") : QStringLiteral("carepartner.patient.ous");
    c.scope = QStringLiteral("profile openid offline_access");
    c.redirectUri = QStringLiteral("com.medtronic.carepartner:/sso");
    c.authorizePath = QStringLiteral("/authorize");
    c.tokenPath = QStringLiteral("/oauth/token");
    c.careLinkBaseUrl = us ? QUrl(QStringLiteral("https://carelink.minimed.com/api/carepartner/v2"))
                           : QUrl(QStringLiteral("https://carelink.minimed.eu/api/carepartner/v2"));
    c.cumulusBaseUrl = us ? QUrl(QStringLiteral("https://clcloud.minimed.com/connect/carepartner/v13"))
                          : QUrl(QStringLiteral("https://clcloud.minimed.eu/connect/carepartner/v13"));
    c.appVersion = defaultAppVersion();
    c.userAgent = defaultUserAgent();
    c.source = QStringLiteral("built-in");
    applyOverrides(&c, overrides);
    return c;
}

void CareLinkEndpoints::applyOverrides(ServiceConfig *c, const CareLinkOverrides &o)
{
    if (!o.loginBaseUrl.isEmpty())
        c->loginBaseUrl = o.loginBaseUrl;
    if (!o.clientId.isEmpty())
        c->clientId = o.clientId;
    if (!o.audience.isEmpty())
        c->audience = o.audience;
    if (!o.scope.isEmpty())
        c->scope = o.scope;
    if (!o.redirectUri.isEmpty())
        c->redirectUri = o.redirectUri;
    if (!o.careLinkBaseUrl.isEmpty())
        c->careLinkBaseUrl = o.careLinkBaseUrl;
    if (!o.cumulusBaseUrl.isEmpty())
        c->cumulusBaseUrl = o.cumulusBaseUrl;
    if (!o.appVersion.isEmpty())
        c->appVersion = o.appVersion;
    if (!o.userAgent.isEmpty())
        c->userAgent = o.userAgent;
}

} // namespace nb::carelink
