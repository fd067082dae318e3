#pragma once

#include <QString>
#include <QUrl>

namespace nb::carelink {

// Everything CareLink-specific that can change without a code change: one table, built-in values as
// fallbacks only (discovery and the SSO config it names win), and a struct of overrides the settings
// layer fills from its keys (empty = not overridden). See spec carelink.md §1, §2.4-2.5, vendor-2026 §2.

// What the settings may override. Keys are suggestions for the settings table: carelink/<field>.
struct CareLinkOverrides {
    QUrl discoveryUrl;    // carelink/discoveryUrl
    QString region;       // carelink/region ("US" / "EU"): skip the country lookup
    QUrl ssoConfigUrl;    // carelink/ssoConfigUrl
    QUrl loginBaseUrl;    // carelink/loginBaseUrl (Auth0 tenant)
    QString clientId;     // carelink/clientId
    QString audience;     // carelink/audience
    QString scope;        // carelink/scope
    QString redirectUri;  // carelink/redirectUri
    QUrl careLinkBaseUrl; // carelink/careLinkBaseUrl (users/me, links/patients)
    QUrl cumulusBaseUrl;  // carelink/cumulusBaseUrl (display/message)
    QString appVersion;   // carelink/appVersion
    QString userAgent;    // carelink/userAgent
};

// The resolved configuration of one account's region: where to sign in and where the data is.
struct ServiceConfig {
    QString region; // "US" or "EU"
    QUrl loginBaseUrl;
    QString clientId;
    QString audience;
    QString scope;
    QString redirectUri;
    QString authorizePath;
    QString tokenPath;
    QUrl careLinkBaseUrl;
    QUrl cumulusBaseUrl;
    QString appVersion;
    QString userAgent;
    QString source; // "discovery" or "built-in" (diagnostics)

    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl careLinkUrl(const QString &path) const; // baseUrlCareLink + path
    QUrl cumulusUrl(const QString &path) const;  // baseUrlCumulus + path
};

class CareLinkEndpoints {
public:
    // Discovery pinned to android/3.6: the version suffix selects the Auth0 + v13 track (vendor-2026 §2.2).
    static QUrl discoveryUrl(const QString &region, const CareLinkOverrides &overrides = {});
    // "US" for US accounts, "EU" for every other country (the only mapping discovery documents show).
    static QString regionForCountry(const QString &isoCountry);
    // The built-in values of a region, with the overrides applied.
    static ServiceConfig builtIn(const QString &region, const CareLinkOverrides &overrides = {});
    // Applies non-empty overrides on top of a resolved configuration.
    static void applyOverrides(ServiceConfig *config, const CareLinkOverrides &overrides);

    static QString defaultAppVersion(); // "3.8.0": display/message answers 206 below 3.7
    static QString defaultUserAgent();
};

} // namespace nb::carelink
