#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace nb {

// The one table of user settings: every key the app reads, with its type, default and validator.
// Settings hold user intent only. No key may hold a secret (passwords, API secrets, tokens live in the
// CredentialStore); tst_settings checks the table against redact::isSensitiveName().
enum class SettingType { Bool, Int, String, Url, Enum };

struct SettingSpec {
    QString key;
    SettingType type = SettingType::String;
    QVariant defaultValue;
    QStringList enumNames; // Enum: names as stored; index == the value of the matching C++ enum
    int minimum = 0;       // Int
    int maximum = 0;       // Int
    // Extra check after the type check: returns an English reason when the value is refused.
    std::function<QString(const QVariant &)> validator;
    QString description; // English, for diagnostics and the CLI's settings listing
};

const QList<SettingSpec> &settingsTable();
const SettingSpec *findSetting(const QString &key); // nullptr: not a setting (account keys included)

// Accounts: any number, each a group "accounts/<id>/<field>" with the fields of accountSettingsTable()
// (whose keys are "accounts/*/<field>"). Secrets and personal data (passwords, e-mail addresses, CareLink
// usernames) are not fields: they live in the CredentialStore under "account/<id>/...".
const QList<SettingSpec> &accountSettingsTable();
bool isValidAccountId(const QString &id);      // [a-z0-9][a-z0-9_-]{0,39}
enum class AccountVendor { Tandem, CareLink }; // "tandem", "carelink"

// Enums stored by name; the order of the names in the table matches these declarations.
enum class NightscoutAuthMode { Secret, Token }; // "secret", "token"
enum class GlucoseUnits { MgDl, Mmol };          // "mg/dl", "mmol" (Nightscout's spelling)
enum class LogLevel { Warning, Info, Debug };    // "warning", "info", "debug"
enum class CredentialBackend { Keychain, File }; // "keychain", "file" (explicit opt-in, not encrypted)
enum class TandemRegion { Us, Eu };              // "us", "eu"
enum class SyncCadence { Automatic, Fixed };     // "automatic" (vendor-aligned), "fixed" (sync/intervalMinutes)
enum class ChartSpan { Hours3, Hours6, Hours12, Hours24 }; // "3h", "6h", "12h", "24h"

namespace keys {
inline constexpr QLatin1String nightscoutUrl{"nightscout/url"};
inline constexpr QLatin1String nightscoutAllowInsecureHttp{"nightscout/allowInsecureHttp"};
inline constexpr QLatin1String nightscoutAuthMode{"nightscout/authMode"};
inline constexpr QLatin1String nightscoutUploadBatchSize{"nightscout/uploadBatchSize"};
inline constexpr QLatin1String units{"display/units"};
inline constexpr QLatin1String syncIntervalMinutes{"sync/intervalMinutes"}; // used when sync/cadence is fixed
inline constexpr QLatin1String syncCadence{"sync/cadence"};
// Display (tray icon, popup): thresholds in mg/dL whatever the display units.
inline constexpr QLatin1String urgentLowMgdl{"display/urgentLowMgdl"};
inline constexpr QLatin1String lowMgdl{"display/lowMgdl"};
inline constexpr QLatin1String highMgdl{"display/highMgdl"};
inline constexpr QLatin1String urgentHighMgdl{"display/urgentHighMgdl"};
inline constexpr QLatin1String staleMinutes{"display/staleMinutes"};
inline constexpr QLatin1String chartSpan{"display/chartSpan"};
// Notifications (NotificationConfig): each kind can be switched off, and all at once.
inline constexpr QLatin1String notifyEnabled{"notifications/enabled"};
inline constexpr QLatin1String notifySyncFailing{"notifications/syncFailing"};
inline constexpr QLatin1String notifySyncFailingMinutes{"notifications/syncFailingMinutes"};
inline constexpr QLatin1String notifySignInNeeded{"notifications/signInNeeded"};
inline constexpr QLatin1String notifyNoNewData{"notifications/noNewData"};
inline constexpr QLatin1String notifyNoNewDataMinutes{"notifications/noNewDataMinutes"};
inline constexpr QLatin1String notifyNightscoutRefusing{"notifications/nightscoutRefusing"};
inline constexpr QLatin1String notifyBackfillFinished{"notifications/backfillFinished"};
inline constexpr QLatin1String notifyGlucoseAlerts{"notifications/glucoseAlerts"};
inline constexpr QLatin1String notifyAlertLowMgdl{"notifications/alertLowMgdl"};
inline constexpr QLatin1String notifyAlertHighMgdl{"notifications/alertHighMgdl"};
// Urgent low (display/urgentLowMgdl): on by default, repeats until acknowledged or snoozed.
inline constexpr QLatin1String notifyUrgentLow{"notifications/urgentLow"};
// Whose readings the tray icon shows: an account id; empty or unknown: the first account with readings.
inline constexpr QLatin1String trayAccount{"desktop/trayAccount"};
inline constexpr QLatin1String language{"desktop/language"}; // empty: the system's; else "de", "fr", ...
inline constexpr QLatin1String logLevel{"log/level"};
inline constexpr QLatin1String logHttpTrace{"log/httpTrace"};
inline constexpr QLatin1String credentialBackend{"security/credentialStore"};
inline constexpr QLatin1String autostart{"desktop/autostart"};
inline constexpr QLatin1String tandemRegion{"tandem/region"};
inline constexpr QLatin1String careLinkCountry{"carelink/country"};
inline constexpr QLatin1String accountsGroup{"accounts"};

// "accounts/<id>/<field>"; fields: vendor, name, enabled, region, country, timezone, features, pumpSerial,
// nightscoutUrl, initialDays.
QString account(const QString &id, const QString &field);
QStringList accountFields();

// Vendor endpoint overrides: free strings, empty means "use the built-in value" from the vendor's own
// table. They exist so a vendor change can be followed without a new release.
QString tandemOverride(const QString &region, const QString &name);   // "tandem/<region>/<name>"
QString tandemOverride(const QString &name);                          // "tandem/<name>" (all regions)
QString careLinkOverride(const QString &region, const QString &name); // "carelink/<region>/<name>"
QString careLinkOverride(const QString &name);                        // "carelink/<name>"

// Names present in the table (regions: "us", "eu").
QStringList tandemRegionalOverrideNames();   // loginApiUrl, issuerUrl, clientId, redirectUri, sourceUrl
QStringList tandemGlobalOverrideNames();     // ssoUrl, userAgent
QStringList careLinkRegionalOverrideNames(); // loginHost, cloudHost, clientId, ssoConfigUrl
QStringList careLinkGlobalOverrideNames();   // discoveryUrl, appVersion, userAgent
} // namespace keys

} // namespace nb
