#pragma once

#include "common/result.h"
#include "sync/accountconfig.h"
#include "sync/envconfig.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>

namespace nb {

class CredentialStore;
class Settings;

namespace setup {

// What an import did.
struct EnvImportSummary {
    QStringList createdAccounts;  // ids, in the order created
    QStringList updatedAccounts;  // ids of accounts an earlier import made (same vendor and identity)
    QStringList careLinkAccounts; // of those, the ones that still need a browser sign-in
    bool nightscoutConfigured = false;
    int secretsStored = 0;
    QString credentialBackend; // where the secrets went (CredentialStore::backendName())
    QStringList notes;         // English remarks from EnvConfig (unused or obsolete variables)
};

// Imports a tconnectsync `.env` (or minimed-connect-to-nightscout's variables): the Nightscout site and the
// accounts go to the settings, the passwords, secrets, e-mail addresses and patient names to the credential
// store. The file is never changed or copied; callers tell the user to delete it. Shared by
// `nightbridge-cli import-env` and the settings dialog. Deletes nothing; the callback runs once (not at all
// if this object is destroyed first).
// Importing the same file again updates the accounts it made (same vendor; same Tandem e-mail, or same
// CareLink country/region and patient) instead of adding copies. The store is asked first: when it cannot
// be used (no keychain), nothing is changed and its error is returned.
class EnvImport : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<EnvImportSummary> &)>;

    EnvImport(Settings &settings, CredentialStore &store, QObject *parent = nullptr);

    // Reads and parses a .env file: Config error when it cannot be read or holds nothing usable.
    static Result<EnvConfig> readFile(const QString &path);

    // Store check, then the settings (validated; written at once), then the secrets one after the other.
    void apply(const EnvConfig &config, Callback done);

private:
    void matchNext();
    void matchCandidate(QList<AccountConfig> candidates);
    void applySettings();
    void writeNext();
    void finish(const Result<EnvImportSummary> &result);

    Settings &m_settings;
    CredentialStore &m_store;
    Callback m_done;
    EnvConfig m_config;
    int m_matching = 0;       // index in m_config.accounts whose earlier import is being looked for
    QStringList m_matchedIds; // per account of m_config: the existing account to update, or empty
    QList<QPair<QString, Secret>> m_secrets;
    EnvImportSummary m_summary;
};

} // namespace setup
} // namespace nb
