#include "discoverydocument.h"

#include "carelinkerrors.h"
#include "net/loopback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::carelink {

namespace {

// Plain http only to this machine (a literal loopback address): the fake CareLink of tests and demo mode.
// Everything else is https.
bool isLoopback(const QString &host)
{
    return net::isLiteralLoopbackHost(host);
}

// Absolute https URLs only (http for loopback): never file:, javascript: or a downgrade.
QUrl webUrl(const QJsonValue &value)
{
    QString text = value.toString().trimmed();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1); // one capture had "…/v13/"
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && isLoopback(url.host()))))
        return {};
    return url;
}

Result<QJsonObject> object(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return CareLinkErrors::unexpectedResponse(
            QStringLiteral("%1 is not a JSON object (%2)").arg(what, error.errorString()));
    return doc.object();
}

} // namespace

const DiscoveryEntry *DiscoveryDocument::entryFor(const QString &region) const
{
    for (const DiscoveryEntry &e : entries) {
        if (e.region.compare(region, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

QString DiscoveryDocument::regionFor(const QString &isoCountry) const
{
    const QString region = countryRegion.value(isoCountry.trimmed().toUpper());
    return region.isEmpty() ? CareLinkEndpoints::regionForCountry(isoCountry) : region;
}

Result<DiscoveryDocument> DiscoveryParser::parseDiscovery(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body, QStringLiteral("discovery document"));
    if (!root.ok())
        return root.error();
    DiscoveryDocument doc;
    doc.config = root->value(QLatin1String("config")).toString();
    for (const QJsonValue &country : root->value(QLatin1String("supportedCountries")).toArray()) {
        const QJsonObject o = country.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString region = it->toObject().value(QLatin1String("region")).toString();
            if (!region.isEmpty())
                doc.countryRegion.insert(it.key().toUpper(), region.toUpper());
        }
    }
    for (const QJsonValue &value : root->value(QLatin1String("CP")).toArray()) {
        const QJsonObject cp = value.toObject();
        DiscoveryEntry e;
        e.region = cp.value(QLatin1String("region")).toString().toUpper();
        // UseSSOConfiguration names the key that holds the URL to use; older documents have only SSOConfiguration.
        const QString named = cp.value(QLatin1String("UseSSOConfiguration")).toString();
        e.ssoKey = !named.isEmpty() && cp.contains(named) ? named : QStringLiteral("SSOConfiguration");
        e.ssoConfigUrl = webUrl(cp.value(e.ssoKey));
        e.auth0 = e.ssoKey.contains(QLatin1String("Auth0"), Qt::CaseInsensitive);
        e.careLinkBaseUrl = webUrl(cp.value(QLatin1String("baseUrlCareLink")));
        e.cumulusBaseUrl = webUrl(cp.value(QLatin1String("baseUrlCumulus")));
        if (!e.region.isEmpty())
            doc.entries.append(e);
    }
    if (doc.entries.isEmpty())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("discovery document has no CP region entries"));
    return doc;
}

Result<Auth0SsoConfig> DiscoveryParser::parseSsoConfig(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body, QStringLiteral("SSO configuration"));
    if (!root.ok())
        return root.error();
    const QJsonObject server = root->value(QLatin1String("server")).toObject();
    const QJsonObject client = root->value(QLatin1String("client")).toObject();
    const QJsonObject endpoints = root->value(QLatin1String("system_endpoints")).toObject();
    const QString host = server.value(QLatin1String("hostname")).toString().trimmed();
    Auth0SsoConfig c;
    c.clientId = client.value(QLatin1String("client_id")).toString();
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || c.clientId.isEmpty())
        return CareLinkErrors::unexpectedResponse(
            QStringLiteral("SSO configuration lacks server.hostname or client.client_id"));
    QUrl base;
    base.setScheme(isLoopback(host) ? QStringLiteral("http") : QStringLiteral("https"));
    base.setHost(host);
    const int port = server.value(QLatin1String("port")).toVariant().toInt();
    if (port > 0 && (port != 443 || isLoopback(host)))
        base.setPort(port);
    QString prefix = server.value(QLatin1String("prefix")).toString().trimmed();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty())
        base.setPath(prefix.startsWith(QLatin1Char('/')) ? prefix : QLatin1Char('/') + prefix);
    if (!base.isValid())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("SSO configuration gives an invalid server"));
    c.baseUrl = base;
    c.audience = client.value(QLatin1String("audience")).toString();
    c.scope = client.value(QLatin1String("scope")).toString();
    c.redirectUri = client.value(QLatin1String("redirect_uri")).toString();
    c.authorizePath = endpoints.value(QLatin1String("authorization_endpoint_path")).toString();
    c.tokenPath = endpoints.value(QLatin1String("token_endpoint_path")).toString();
    return c;
}

ServiceConfig DiscoveryParser::resolve(const QString &region, const DiscoveryEntry *entry, const Auth0SsoConfig *sso,
                                       const CareLinkOverrides &overrides)
{
    ServiceConfig c = CareLinkEndpoints::builtIn(region);
    if (entry) {
        if (!entry->careLinkBaseUrl.isEmpty())
            c.careLinkBaseUrl = entry->careLinkBaseUrl;
        if (!entry->cumulusBaseUrl.isEmpty())
            c.cumulusBaseUrl = entry->cumulusBaseUrl;
        c.source = QStringLiteral("discovery");
    }
    if (sso) {
        c.loginBaseUrl = sso->baseUrl;
        c.clientId = sso->clientId;
        auto take = [](QString *target, const QString &value) {
            if (!value.isEmpty())
                *target = value;
        };
        take(&c.audience, sso->audience);
        take(&c.scope, sso->scope);
        take(&c.redirectUri, sso->redirectUri);
        take(&c.authorizePath, sso->authorizePath);
        take(&c.tokenPath, sso->tokenPath);
        c.source = QStringLiteral("discovery");
    }
    CareLinkEndpoints::applyOverrides(&c, overrides);
    return c;
}

} // namespace nb::carelink
