#include "carelinkdiscovery.h"

#include "discoverydocument.h"
#include "logging/categories.h"
#include "net/httpclient.h"

#include <QPointer>

namespace nb::carelink {

namespace {

const QString kService = QStringLiteral("CareLink");

HttpRequest get(const QUrl &url, const QString &purpose, const CareLinkOverrides &overrides)
{
    HttpRequest r;
    r.url = url;
    r.purpose = purpose;
    r.setHeader("Accept", "application/json");
    r.setHeader("User-Agent",
                (overrides.userAgent.isEmpty() ? CareLinkEndpoints::defaultUserAgent() : overrides.userAgent).toUtf8());
    r.retry = RetryPolicy(RetryPolicy::Params{2, std::chrono::milliseconds(1000), std::chrono::milliseconds(5000),
                                              std::chrono::seconds(10)});
    return r;
}

} // namespace

CareLinkDiscovery::CareLinkDiscovery(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

void CareLinkDiscovery::resolve(const QString &country, const CareLinkOverrides &overrides, QObject *context,
                                Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QString guessedRegion =
        overrides.region.isEmpty() ? CareLinkEndpoints::regionForCountry(country) : overrides.region.toUpper();
    auto deliver = [guard, hadContext, callback](const ServiceConfig &config) {
        qCInfo(lcCareLink) << "CareLink region" << config.region << "from" << config.source;
        if (!hadContext || guard)
            callback(config);
    };
    auto fallback = [deliver, overrides](const QString &region, const QString &why) {
        qCWarning(lcCareLink) << "CareLink discovery not usable, using the built-in values:" << why;
        ServiceConfig config = CareLinkEndpoints::builtIn(region, overrides);
        config.source = QStringLiteral("built-in (%1)").arg(why);
        deliver(config);
    };

    const QUrl discoveryUrl = CareLinkEndpoints::discoveryUrl(guessedRegion, overrides);
    m_http.send(get(discoveryUrl, QStringLiteral("CareLink discovery"), overrides), kService, this,
                [=, this](const HttpResponse &response) {
                    if (!response.ok()) {
                        fallback(guessedRegion, response.error->detail);
                        return;
                    }
                    const Result<DiscoveryDocument> doc = DiscoveryParser::parseDiscovery(response.body);
                    if (!doc.ok()) {
                        fallback(guessedRegion, doc.error().detail);
                        return;
                    }
                    const QString region = overrides.region.isEmpty() ? doc->regionFor(country) : guessedRegion;
                    const DiscoveryEntry *found = doc->entryFor(region);
                    if (!found) {
                        fallback(region, QStringLiteral("discovery has no entry for region %1").arg(region));
                        return;
                    }
                    const DiscoveryEntry entry = *found;
                    const QUrl ssoUrl = overrides.ssoConfigUrl.isEmpty() ? entry.ssoConfigUrl : overrides.ssoConfigUrl;
                    if (overrides.ssoConfigUrl.isEmpty() && (!entry.auth0 || ssoUrl.isEmpty())) {
                        fallback(region, QStringLiteral("discovery names no Auth0 sign-in (%1)").arg(entry.ssoKey));
                        return;
                    }
                    m_http.send(get(ssoUrl, QStringLiteral("CareLink SSO configuration"), overrides), kService, this,
                                [=](const HttpResponse &ssoResponse) {
                                    if (!ssoResponse.ok()) {
                                        fallback(region, ssoResponse.error->detail);
                                        return;
                                    }
                                    const Result<Auth0SsoConfig> sso =
                                        DiscoveryParser::parseSsoConfig(ssoResponse.body);
                                    if (!sso.ok()) {
                                        fallback(region, sso.error().detail);
                                        return;
                                    }
                                    deliver(DiscoveryParser::resolve(region, &entry, &sso.value(), overrides));
                                });
                });
}

} // namespace nb::carelink
