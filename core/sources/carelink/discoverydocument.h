#pragma once

#include "carelinkendpoints.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace nb::carelink {

// One `CP[]` region entry of the discovery document.
struct DiscoveryEntry {
    QString region;
    QString ssoKey; // the key the SSO config URL was read from (UseSSOConfiguration's value, or SSOConfiguration)
    QUrl ssoConfigUrl;
    bool auth0 = false; // the chosen key names an Auth0 configuration
    QUrl careLinkBaseUrl;
    QUrl cumulusBaseUrl;
};

struct DiscoveryDocument {
    QString config;                        // "android,3.6"
    QHash<QString, QString> countryRegion; // ISO2 (upper case) -> region, from supportedCountries
    QList<DiscoveryEntry> entries;

    const DiscoveryEntry *entryFor(const QString &region) const;
    QString regionFor(const QString &isoCountry) const; // the document's mapping, else CareLinkEndpoints'
};

// The Auth0 SSO configuration the discovery entry points to.
struct Auth0SsoConfig {
    QUrl baseUrl; // https://<hostname>[:<port>][/<prefix>]
    QString clientId;
    QString audience;
    QString scope;
    QString redirectUri;
    QString authorizePath;
    QString tokenPath;
};

// Pure parsers of the discovery and SSO config documents, and the rule that combines them with the
// built-in table and the overrides into a ServiceConfig.
class DiscoveryParser {
public:
    static Result<DiscoveryDocument> parseDiscovery(const QByteArray &body);
    static Result<Auth0SsoConfig> parseSsoConfig(const QByteArray &body);
    // Discovery first, then the SSO config, the built-in values for anything missing, and the overrides last.
    static ServiceConfig resolve(const QString &region, const DiscoveryEntry *entry, const Auth0SsoConfig *sso,
                                 const CareLinkOverrides &overrides);
};

} // namespace nb::carelink
