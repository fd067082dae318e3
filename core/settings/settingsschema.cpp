#include "settingsschema.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace nb {

namespace {

SettingSpec boolSetting(const QString &key, bool defaultValue, const QString &description) {
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Bool;
    s.defaultValue = defaultValue;
    s.description = description;
    return s;
}

SettingSpec intSetting(const QString &key, int defaultValue, int minimum, int maximum, const QString &description) {
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Int;
    s.defaultValue = defaultValue;
    s.minimum = minimum;
    s.maximum = maximum;
    s.description = description;
    return s;
}

SettingSpec enumSetting(const QString &key, const QStringList &names, int defaultIndex, const QString &description) {
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Enum;
    s.enumNames = names;
    s.defaultValue = names.at(defaultIndex);
    s.description = description;
    return s;
}

// A free string for a vendor override: one token, no spaces or control characters.
QString checkOverride(const QVariant &value) {
    static const QRegularExpression oneToken(QStringLiteral("^[^\\s\\x00-\\x1f\\x7f]{0,2048}$"));
    return oneToken.match(value.toString()).hasMatch()
               ? QString()
               : QStringLiteral("must be a single word or URL without spaces (at most 2048 characters)");
}

SettingSpec overrideSetting(const QString &key) {
    SettingSpec s;
    s.key = key;
    s.type = SettingType::String;
    s.defaultValue = QString();
    s.validator = checkOverride;
    s.description = QStringLiteral("Vendor override; empty uses the built-in value");
    return s;
}

// The site URL may be entered without a scheme (the Nightscout client normalises it), but it must not
// carry credentials: those belong in the keychain, not in a plain-text INI file.
QString checkNightscoutUrl(const QVariant &value) {
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QString();
    if (text.contains(QLatin1Char(' ')))
        return QStringLiteral("must not contain spaces");
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("is not a valid web address");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QStringLiteral("must be an http or https address");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not contain a user name or password");
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        const QString name = item.first.toLower();
        if (name.contains(QLatin1String("token")) || name.contains(QLatin1String("secret")))
            return QStringLiteral("must not contain a token or secret; store it in the keychain instead");
    }
    return QString();
}

QString checkCountry(const QVariant &value) {
    static const QRegularExpression iso2(QStringLiteral("^([A-Z]{2})?$"));
    return iso2.match(value.toString()).hasMatch() ? QString()
                                                   : QStringLiteral("must be a two-letter country code such as US");
}

QList<SettingSpec> buildTable() {
    QList<SettingSpec> t;
    SettingSpec url;
    url.key = keys::nightscoutUrl;
    url.type = SettingType::Url;
    url.defaultValue = QString();
    url.validator = checkNightscoutUrl;
    url.description = QStringLiteral("Nightscout site address");
    t << url;
    t << boolSetting(keys::nightscoutAllowInsecureHttp, false,
                     QStringLiteral("Allow plain http:// to a non-loopback Nightscout (the secret hash travels in "
                                    "clear)"));
    t << enumSetting(keys::nightscoutAuthMode, {QStringLiteral("secret"), QStringLiteral("token")}, 0,
                     QStringLiteral("Authenticate with the API secret or an access token"));
    t << intSetting(keys::nightscoutUploadBatchSize, 500, 1, 5000,
                    QStringLiteral("Documents per upload request (split further on HTTP 413)"));
    t << enumSetting(keys::units, {QStringLiteral("mg/dl"), QStringLiteral("mmol")}, 0,
                     QStringLiteral("Glucose units for display"));
    t << intSetting(keys::syncIntervalMinutes, 5, 1, 24 * 60, QStringLiteral("Minutes between sync runs"));
    t << enumSetting(keys::logLevel, {QStringLiteral("warning"), QStringLiteral("info"), QStringLiteral("debug")}, 1,
                     QStringLiteral("Least severe log level written"));
    t << boolSetting(keys::logHttpTrace, false, QStringLiteral("Log redacted HTTP requests and replies"));
    t << enumSetting(keys::credentialBackend, {QStringLiteral("keychain"), QStringLiteral("file")}, 0,
                     QStringLiteral("Where secrets are stored; 'file' is NOT encrypted (headless servers)"));
    t << boolSetting(keys::autostart, false, QStringLiteral("Start Nightbridge at login"));
    t << enumSetting(keys::tandemRegion, {QStringLiteral("us"), QStringLiteral("eu")}, 0,
                     QStringLiteral("Tandem Source region of the account"));
    SettingSpec country;
    country.key = keys::careLinkCountry;
    country.defaultValue = QString();
    country.validator = checkCountry;
    country.description = QStringLiteral("Country of the CareLink patient account (ISO 3166 alpha-2)");
    t << country;

    for (const QString &region : {QStringLiteral("us"), QStringLiteral("eu")}) {
        for (const QString &name : keys::tandemRegionalOverrideNames())
            t << overrideSetting(keys::tandemOverride(region, name));
        for (const QString &name : keys::careLinkRegionalOverrideNames())
            t << overrideSetting(keys::careLinkOverride(region, name));
    }
    for (const QString &name : keys::tandemGlobalOverrideNames())
        t << overrideSetting(keys::tandemOverride(name));
    for (const QString &name : keys::careLinkGlobalOverrideNames())
        t << overrideSetting(keys::careLinkOverride(name));
    return t;
}

} // namespace

const QList<SettingSpec> &settingsTable() {
    static const QList<SettingSpec> table = buildTable();
    return table;
}

const SettingSpec *findSetting(const QString &key) {
    for (const SettingSpec &spec : settingsTable()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

namespace keys {

QString tandemOverride(const QString &region, const QString &name) {
    return QStringLiteral("tandem/") + region + QLatin1Char('/') + name;
}

QString tandemOverride(const QString &name) {
    return QStringLiteral("tandem/") + name;
}

QString careLinkOverride(const QString &region, const QString &name) {
    return QStringLiteral("carelink/") + region + QLatin1Char('/') + name;
}

QString careLinkOverride(const QString &name) {
    return QStringLiteral("carelink/") + name;
}

QStringList tandemRegionalOverrideNames() {
    return {QStringLiteral("loginApiUrl"), QStringLiteral("issuerUrl"), QStringLiteral("clientId"),
            QStringLiteral("redirectUri"), QStringLiteral("sourceUrl")};
}

QStringList tandemGlobalOverrideNames() {
    return {QStringLiteral("ssoUrl"), QStringLiteral("userAgent")};
}

QStringList careLinkRegionalOverrideNames() {
    return {QStringLiteral("loginHost"), QStringLiteral("cloudHost"), QStringLiteral("clientId"),
            QStringLiteral("ssoConfigUrl")};
}

QStringList careLinkGlobalOverrideNames() {
    return {QStringLiteral("discoveryUrl"), QStringLiteral("appVersion"), QStringLiteral("userAgent")};
}

} // namespace keys

} // namespace nb
