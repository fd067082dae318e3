#pragma once

#include "common/result.h"
#include "common/secret.h"
#include "settings/settingsschema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace nb {

class Settings;

// One vendor account as the user configured it (settings group "accounts/<id>"), or as the environment
// describes it (containers: TCONNECT_EMAIL, ...; never written anywhere).
struct AccountConfig {
    QString id;
    AccountVendor vendor = AccountVendor::Tandem;
    QString name; // label; empty: derived from the vendor
    bool enabled = true;
    QString region;   // "US" / "EU"; empty: default (Tandem US) or from the country (CareLink)
    QString country;  // CareLink: ISO 3166 alpha-2
    QString timezone; // Tandem: IANA zone of the pump clock; empty: this computer's
    QString features; // comma-separated; empty: the vendor's defaults
    QString pumpSerial;
    QUrl nightscoutUrl; // empty: the shared site
    int initialDays = 1;

    // Only for accounts from the environment: their credentials, held in memory.
    bool fromEnvironment = false;
    QString email;
    Secret password;
    QString patient; // CareLink care partner: the patient's CareLink username

    QString vendorName() const; // "tandem" / "carelink"
    QString displayName() const;
};

AccountVendor vendorFromName(const QString &name, bool *ok = nullptr);
QString vendorName(AccountVendor vendor);

// Names of the CredentialStore entries of an account and of the Nightscout sites. One place, so the
// CLI, the GUI and the sources agree.
namespace CredentialKeys {
QString email(const QString &accountId);         // "account/<id>/email"
QString password(const QString &accountId);      // "account/<id>/password"
QString patient(const QString &accountId);       // "account/<id>/patient"
QString nightscoutSecret(const QString &siteId); // "nightscout/<site>/secret"; site "default" or an account id
QString nightscoutToken(const QString &siteId);  // "nightscout/<site>/token"
// Everything the vendor clients keep for an account (tokens, login guard), removed with the account.
QStringList allForAccount(const QString &accountId);
} // namespace CredentialKeys

// The accounts in the settings file.
class AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(nb::AccountRepository)
public:
    explicit AccountRepository(Settings &settings);

    QList<AccountConfig> load() const; // sorted by id; groups with an invalid id are skipped
    std::optional<AccountConfig> find(const QString &id) const;
    bool contains(const QString &id) const;
    Result<void> validate(const AccountConfig &account) const; // every field, nothing written
    Result<void> save(const AccountConfig &account);           // validated first; written at once
    Result<void> remove(const QString &id);
    // "tandem", "tandem-2", ... the first free id for a vendor.
    QString newId(AccountVendor vendor) const;

    // Sets one field by name ("timezone", "features", ...) with the settings' validation.
    Result<void> setField(const QString &id, const QString &field, const QString &value);

private:
    Settings &m_settings;
};

} // namespace nb
