#include "settingsschema.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace nb {

namespace {

SettingSpec boolSetting(const QString &key, bool defaultValue, const QString &description)
{
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Bool;
    s.defaultValue = defaultValue;
    s.description = description;
    return s;
}

SettingSpec intSetting(const QString &key, int defaultValue, int minimum, int maximum, const QString &description)
{
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Int;
    s.defaultValue = defaultValue;
    s.minimum = minimum;
    s.maximum = maximum;
    s.description = description;
    return s;
}

SettingSpec enumSetting(const QString &key, const QStringList &names, int defaultIndex, const QString &description)
{
    SettingSpec s;
    s.key = key;
    s.type = SettingType::Enum;
    s.enumNames = names;
    s.defaultValue = names.at(defaultIndex);
    s.description = description;
    return s;
}

// A free string for a vendor override: one token, no spaces or control characters.
QString checkOverride(const QVariant &value)
{
    static const QRegularExpression oneToken(QStringLiteral("^[^\\s\\x00-\\x1f\\x7f]{0,2048}$"));
    return oneToken.match(value.toString()).hasMatch()
               ? QString()
               : QStringLiteral("must be a single word or URL without spaces (at most 2048 characters)");
}

SettingSpec overrideSetting(const QString &key)
{
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
QString checkNightscoutUrl(const QVariant &value)
{
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

QString checkCountry(const QVariant &value)
{
    static const QRegularExpression iso2(QStringLiteral("^([A-Z]{2})?$"));
    return iso2.match(value.toString()).hasMatch() ? QString()
                                                   : QStringLiteral("must be a two-letter country code such as US");
}

QList<SettingSpec> buildTable()
{
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
    t << intSetting(keys::syncIntervalMinutes, 5, 1, 24 * 60,
                    QStringLiteral("Minutes between sync runs when sync/cadence is fixed"));
    t << enumSetting(keys::syncCadence, {QStringLiteral("automatic"), QStringLiteral("fixed")}, 0,
                     QStringLiteral("automatic: follow each vendor's data cadence; fixed: every sync/intervalMinutes"));
    t << intSetting(keys::urgentLowMgdl, 55, 20, 400, QStringLiteral("Urgent low threshold (mg/dL)"));
    t << intSetting(keys::lowMgdl, 70, 20, 400, QStringLiteral("Low threshold (mg/dL)"));
    t << intSetting(keys::highMgdl, 180, 20, 400, QStringLiteral("High threshold (mg/dL)"));
    t << intSetting(keys::urgentHighMgdl, 250, 20, 400, QStringLiteral("Urgent high threshold (mg/dL)"));
    t << intSetting(keys::staleMinutes, 15, 5, 120, QStringLiteral("A reading this old is shown as stale"));
    t << enumSetting(keys::chartSpan,
                     {QStringLiteral("3h"), QStringLiteral("6h"), QStringLiteral("12h"), QStringLiteral("24h")}, 0,
                     QStringLiteral("Hours of readings in the status window's chart"));
    t << boolSetting(keys::notifyEnabled, true, QStringLiteral("Show notifications at all"));
    t << boolSetting(keys::notifySyncFailing, true, QStringLiteral("Notify when syncing keeps failing"));
    t << intSetting(keys::notifySyncFailingMinutes, 30, 5, 24 * 60,
                    QStringLiteral("Minutes of failing before the notification"));
    t << boolSetting(keys::notifySignInNeeded, true, QStringLiteral("Notify when a sign-in is needed"));
    t << boolSetting(keys::notifyNoNewData, true, QStringLiteral("Notify when the vendor has no new data"));
    t << intSetting(keys::notifyNoNewDataMinutes, 60, 15, 24 * 60,
                    QStringLiteral("Minutes without new data before the notification"));
    t << boolSetting(keys::notifyNightscoutRefusing, true, QStringLiteral("Notify when Nightscout refuses writes"));
    t << boolSetting(keys::notifyBackfillFinished, true, QStringLiteral("Notify when a backfill finishes"));
    t << boolSetting(keys::notifyGlucoseAlerts, false, QStringLiteral("Optional high/low glucose alerts"));
    t << intSetting(keys::notifyAlertLowMgdl, 70, 40, 150, QStringLiteral("Glucose alert: low (mg/dL)"));
    t << intSetting(keys::notifyAlertHighMgdl, 250, 120, 400, QStringLiteral("Glucose alert: high (mg/dL)"));
    t << boolSetting(keys::notifyUrgentLow, true,
                     QStringLiteral("Urgent low notification (below display/urgentLowMgdl), repeated until "
                                    "acknowledged or snoozed"));
    SettingSpec tray;
    tray.key = keys::trayAccount;
    tray.defaultValue = QString();
    tray.validator = [](const QVariant &value) {
        const QString id = value.toString();
        return id.isEmpty() || isValidAccountId(id) ? QString() : QStringLiteral("is not an account id");
    };
    tray.description = QStringLiteral("Account whose readings the tray icon shows; empty: the first");
    t << tray;
    SettingSpec language;
    language.key = keys::language;
    language.defaultValue = QString();
    language.validator = [](const QVariant &value) {
        static const QRegularExpression code(QStringLiteral("^([a-z]{2}(_[A-Z]{2})?)?$"));
        return code.match(value.toString()).hasMatch() ? QString()
                                                       : QStringLiteral("must be a language code such as de or pt_BR");
    };
    language.description = QStringLiteral("User interface language; empty: the system's");
    t << language;
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

QString checkRegion(const QVariant &value)
{
    const QString v = value.toString().toUpper();
    return v.isEmpty() || v == QLatin1String("US") || v == QLatin1String("EU") ? QString()
                                                                               : QStringLiteral("must be US or EU");
}

QString checkTimeZone(const QVariant &value)
{
    const QByteArray id = value.toString().toUtf8();
    return id.isEmpty() || QTimeZone::isTimeZoneIdAvailable(id)
               ? QString()
               : QStringLiteral("must be a time zone name such as Europe/Berlin or America/New_York");
}

QString checkFeatures(const QVariant &value)
{
    static const QRegularExpression list(QStringLiteral("^[A-Za-z_, -]{0,300}$"));
    return list.match(value.toString()).hasMatch() ? QString()
                                                   : QStringLiteral("must be a comma-separated list of feature names");
}

QString checkLabel(const QVariant &value)
{
    static const QRegularExpression label(QStringLiteral("^[^\\x00-\\x1f\\x7f]{0,80}$"));
    return label.match(value.toString()).hasMatch() ? QString()
                                                    : QStringLiteral("must be at most 80 printable characters");
}

QString checkSerial(const QVariant &value)
{
    static const QRegularExpression serial(QStringLiteral("^[A-Za-z0-9-]{0,32}$"));
    return serial.match(value.toString()).hasMatch() ? QString() : QStringLiteral("must be letters and digits only");
}

SettingSpec stringSetting(const QString &key, std::function<QString(const QVariant &)> validator,
                          const QString &description)
{
    SettingSpec s;
    s.key = key;
    s.type = SettingType::String;
    s.defaultValue = QString();
    s.validator = std::move(validator);
    s.description = description;
    return s;
}

QList<SettingSpec> buildAccountTable()
{
    const auto key = [](const char *field) -> QString { return QStringLiteral("accounts/*/") + QLatin1String(field); };
    QList<SettingSpec> t;
    t << enumSetting(key("vendor"), {QStringLiteral("tandem"), QStringLiteral("carelink")}, 0,
                     QStringLiteral("Where the account's data comes from"));
    t << stringSetting(key("name"), checkLabel, QStringLiteral("Label shown in the tray and status"));
    t << boolSetting(key("enabled"), true, QStringLiteral("Sync this account"));
    t << stringSetting(key("region"), checkRegion, QStringLiteral("Vendor region (US or EU); empty: from the country"));
    SettingSpec country;
    country.key = key("country");
    country.defaultValue = QString();
    country.validator = checkCountry;
    country.description = QStringLiteral("CareLink: country of the account (ISO 3166 alpha-2)");
    t << country;
    t << stringSetting(key("timezone"), checkTimeZone,
                       QStringLiteral("Tandem: the pump clock's time zone (IANA); empty: this computer's"));
    t << stringSetting(key("features"), checkFeatures, QStringLiteral("What to upload; empty: the vendor's defaults"));
    t << stringSetting(key("pumpSerial"), checkSerial, QStringLiteral("Tandem: the pump to sync; empty: the newest"));
    SettingSpec site;
    site.key = key("nightscoutUrl");
    site.type = SettingType::Url;
    site.defaultValue = QString();
    site.validator = checkNightscoutUrl;
    site.description = QStringLiteral("A Nightscout site of its own; empty: the shared site");
    t << site;
    t << intSetting(key("initialDays"), 1, 1, 28, QStringLiteral("First sync: days of history to upload"));
    return t;
}

} // namespace

const QList<SettingSpec> &accountSettingsTable()
{
    static const QList<SettingSpec> table = buildAccountTable();
    return table;
}

bool isValidAccountId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

const QList<SettingSpec> &settingsTable()
{
    static const QList<SettingSpec> table = buildTable();
    return table;
}

const SettingSpec *findSetting(const QString &key)
{
    for (const SettingSpec &spec : settingsTable()) {
        if (spec.key == key)
            return &spec;
    }
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == keys::accountsGroup && isValidAccountId(parts.at(1))) {
        const QString pattern = QStringLiteral("accounts/*/") + parts.at(2);
        for (const SettingSpec &spec : accountSettingsTable()) {
            if (spec.key == pattern)
                return &spec;
        }
    }
    return nullptr;
}

namespace keys {

QString tandemOverride(const QString &region, const QString &name)
{
    return QStringLiteral("tandem/") + region + QLatin1Char('/') + name;
}

QString tandemOverride(const QString &name)
{
    return QStringLiteral("tandem/") + name;
}

QString careLinkOverride(const QString &region, const QString &name)
{
    return QStringLiteral("carelink/") + region + QLatin1Char('/') + name;
}

QString careLinkOverride(const QString &name)
{
    return QStringLiteral("carelink/") + name;
}

QString account(const QString &id, const QString &field)
{
    return QStringLiteral("accounts/") + id + QLatin1Char('/') + field;
}

QStringList accountFields()
{
    QStringList fields;
    for (const SettingSpec &spec : accountSettingsTable())
        fields.append(spec.key.section(QLatin1Char('/'), 2));
    return fields;
}

QStringList tandemRegionalOverrideNames()
{
    return {QStringLiteral("loginApiUrl"), QStringLiteral("issuerUrl"), QStringLiteral("clientId"),
            QStringLiteral("redirectUri"), QStringLiteral("sourceUrl")};
}

QStringList tandemGlobalOverrideNames()
{
    return {QStringLiteral("ssoUrl"), QStringLiteral("userAgent")};
}

QStringList careLinkRegionalOverrideNames()
{
    return {QStringLiteral("loginHost"), QStringLiteral("cloudHost"), QStringLiteral("clientId"),
            QStringLiteral("ssoConfigUrl")};
}

QStringList careLinkGlobalOverrideNames()
{
    return {QStringLiteral("discoveryUrl"), QStringLiteral("appVersion"), QStringLiteral("userAgent")};
}

} // namespace keys

} // namespace nb
