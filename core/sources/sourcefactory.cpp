#include "sourcefactory.h"

#include "carelink/carelinksource.h"
#include "net/loopback.h"
#include "settings/settings.h"
#include "sync/accountconfig.h"
#include "tandem/tandemsource.h"

#include <QTimeZone>

namespace nb {

bool SourceFactory::isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && net::isLiteralLoopback(url);
}

Result<void> SourceFactory::checkEndpointOverrides(const Settings *settings)
{
    if (!settings)
        return {};
    QStringList urlKeys;
    for (const QString &region : {QStringLiteral("us"), QStringLiteral("eu")}) {
        // Not redirectUri: it is never fetched, only recognised when the sign-in redirects to it.
        for (const QString &name :
             {QStringLiteral("loginApiUrl"), QStringLiteral("issuerUrl"), QStringLiteral("sourceUrl")})
            urlKeys << keys::tandemOverride(region, name);
        for (const QString &name :
             {QStringLiteral("loginHost"), QStringLiteral("cloudHost"), QStringLiteral("ssoConfigUrl")})
            urlKeys << keys::careLinkOverride(region, name);
    }
    urlKeys << keys::tandemOverride(QStringLiteral("ssoUrl")) << keys::careLinkOverride(QStringLiteral("discoveryUrl"));
    for (const QString &key : std::as_const(urlKeys)) {
        const QString text = settings->stringValue(key);
        if (!text.isEmpty() && !isAllowedEndpoint(QUrl(text)))
            return SyncError::make(
                SyncError::Kind::Config,
                tr("The setting %1 must be an https address (or http to 127.0.0.1 or ::1).").arg(key),
                QStringLiteral("endpoint override %1 refused").arg(key));
    }
    return {};
}

tandem::TandemEndpoints SourceFactory::tandemEndpoints(const QString &region, const Settings *settings)
{
    tandem::TandemRegion r = tandem::TandemRegion::US;
    tandem::parseRegion(region.isEmpty() ? QStringLiteral("US") : region, &r);
    const tandem::TandemEndpoints builtIn = tandem::TandemEndpoints::forRegion(r);
    if (!settings)
        return builtIn;
    // Settings names -> the endpoint table's names.
    const QString regionKey = r == tandem::TandemRegion::EU ? QStringLiteral("eu") : QStringLiteral("us");
    const QList<QPair<QString, QString>> regional = {{QStringLiteral("loginApiUrl"), QStringLiteral("loginApi")},
                                                     {QStringLiteral("issuerUrl"), QStringLiteral("issuer")},
                                                     {QStringLiteral("clientId"), QStringLiteral("clientId")},
                                                     {QStringLiteral("redirectUri"), QStringLiteral("redirectUri")},
                                                     {QStringLiteral("sourceUrl"), QStringLiteral("sourceBase")}};
    const QList<QPair<QString, QString>> global = {{QStringLiteral("ssoUrl"), QStringLiteral("ssoPage")},
                                                   {QStringLiteral("userAgent"), QStringLiteral("userAgent")}};
    QHash<QString, QString> overrides;
    for (const auto &[setting, name] : regional)
        overrides.insert(name, settings->stringValue(keys::tandemOverride(regionKey, setting)));
    for (const auto &[setting, name] : global)
        overrides.insert(name, settings->stringValue(keys::tandemOverride(setting)));
    // An address that breaks the https rule is not used (create() reports it as a Config error).
    for (const QString &name : {QStringLiteral("loginApi"), QStringLiteral("issuer"), QStringLiteral("sourceBase"),
                                QStringLiteral("ssoPage")}) {
        if (!overrides.value(name).isEmpty() && !isAllowedEndpoint(QUrl(overrides.value(name))))
            overrides.remove(name);
    }
    return builtIn.withOverrides(overrides);
}

carelink::CareLinkOverrides SourceFactory::careLinkOverrides(const QString &region, const Settings *settings)
{
    carelink::CareLinkOverrides o;
    if (!settings)
        return o;
    const auto url = [settings](const QString &key) {
        const QString text = settings->stringValue(key);
        // An address that breaks the https rule is not used (create() reports it as a Config error).
        return text.isEmpty() || !isAllowedEndpoint(QUrl(text)) ? QUrl() : QUrl(text);
    };
    o.discoveryUrl = url(keys::careLinkOverride(QStringLiteral("discoveryUrl")));
    o.appVersion = settings->stringValue(keys::careLinkOverride(QStringLiteral("appVersion")));
    o.userAgent = settings->stringValue(keys::careLinkOverride(QStringLiteral("userAgent")));
    const QString r = region.toLower();
    if (r == QLatin1String("us") || r == QLatin1String("eu")) {
        o.ssoConfigUrl = url(keys::careLinkOverride(r, QStringLiteral("ssoConfigUrl")));
        o.loginBaseUrl = url(keys::careLinkOverride(r, QStringLiteral("loginHost")));
        o.careLinkBaseUrl = url(keys::careLinkOverride(r, QStringLiteral("cloudHost")));
        o.clientId = settings->stringValue(keys::careLinkOverride(r, QStringLiteral("clientId")));
    }
    return o;
}

Result<std::unique_ptr<DataSource>> SourceFactory::create(const AccountConfig &account, const Services &services)
{
    if (auto checked = checkEndpointOverrides(services.settings); !checked.ok())
        return checked.error();
    if (account.vendor == AccountVendor::Tandem) {
        tandem::TandemSource::Config c;
        c.accountId = account.id;
        c.endpoints = tandemEndpoints(account.region, services.settings);
        c.email = account.email;
        c.password = account.password;
        c.pumpSerial = account.pumpSerial;
        if (!account.timezone.isEmpty()) {
            c.zone = QTimeZone(account.timezone.toUtf8());
            if (!c.zone.isValid())
                return SyncError::make(
                    SyncError::Kind::Config,
                    tr("Account \"%1\": unknown time zone \"%2\".").arg(account.id, account.timezone),
                    QStringLiteral("unknown time zone"));
        }
        if (!account.features.trimmed().isEmpty()) {
            const auto features = tandem::parseFeatures(account.features);
            if (!features.ok())
                return features.error();
            c.features = features.value();
        }
        return std::unique_ptr<DataSource>(
            std::make_unique<tandem::TandemSource>(services.http, services.store, services.clock, c));
    }
    carelink::CareLinkSource::Config c;
    c.accountId = account.id;
    c.country = account.country;
    c.region = account.region;
    c.patient = account.patient;
    const QString region =
        !account.region.isEmpty()
            ? account.region
            : (account.country.isEmpty() ? QStringLiteral("US")
                                         : carelink::CareLinkEndpoints::regionForCountry(account.country));
    c.overrides = careLinkOverrides(region, services.settings);
    if (!account.features.trimmed().isEmpty()) {
        QString unknown;
        const auto features = carelink::Features::fromList(account.features.split(QLatin1Char(',')), &unknown);
        if (!features)
            return SyncError::make(
                SyncError::Kind::Config,
                tr("Account \"%1\": unknown CareLink feature \"%2\". Known: %3.")
                    .arg(account.id, unknown, carelink::Features::knownNames().join(QStringLiteral(", "))),
                QStringLiteral("unknown carelink feature"));
        c.features = *features;
    }
    return std::unique_ptr<DataSource>(
        std::make_unique<carelink::CareLinkSource>(services.http, services.store, services.clock, c));
}

} // namespace nb
