#pragma once

#include "command.h"
#include "common/result.h"
#include "globaloptions.h"
#include "nightscout/nsclientconfig.h"
#include "sync/accountconfig.h"
#include "sync/apppaths.h"
#include "sync/envconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace nb {
class Clock;
class DataSource;
class DemoMode;
class CredentialStore;
class HttpClient;
class LogSink;
class Settings;
class StateStore;
class SyncState;
namespace ns {
class NightscoutClient;
}
} // namespace nb

namespace nb::cli {

class SyncLock;

// Everything a command of the sync family needs, built from the global options: where the files are
// (--config DIR, NIGHTBRIDGE_CONFIG_DIR, else the standard locations), the settings, the state, the
// credential store (keychain, or the opt-in file store: settings security/credentialStore=file or
// NIGHTBRIDGE_CREDENTIAL_STORE=file), the log file (LogSink under the data dir; echoed to standard
// error with -v), the accounts (settings plus environment), and the one-syncing-process lock.
class CliEnvironment : public QObject {
    Q_OBJECT
public:
    CliEnvironment(const GlobalOptions &global, CommandIo &io, QObject *parent = nullptr);
    ~CliEnvironment() override;

    // Creates the directories, opens settings (migrated), state and the credential store, installs the
    // log sink. Prints nothing; the error says what is wrong.
    Result<void> open();

    const GlobalOptions &global() const { return m_global; }
    const AppPaths &paths() const { return m_paths; }
    Settings &settings() { return *m_settings; }
    StateStore &stateStore() { return *m_stateStore; }
    SyncState &syncState() { return *m_syncState; }
    CredentialStore &credentials() { return *m_credentials; }
    AccountRepository &accounts() { return *m_accounts; }
    const EnvConfig &environment() const { return m_env; }
    const Clock &clock() const { return *m_clock; }
    HttpClient &http() { return *m_http; }

    // The accounts to work on: settings plus environment, narrowed by --account (an unknown id is a
    // Config error). Disabled ones only when named.
    Result<QList<AccountConfig>> selectedAccounts() const;

    // The Nightscout site of an account (its own, else the shared one): address from the account or
    // settings or NS_URL; secret/token from NS_SECRET/NS_TOKEN or the credential store.
    void nightscoutConfig(const AccountConfig &account, std::function<void(const Result<ns::NsClientConfig> &)> done);
    static QString siteIdFor(const AccountConfig &account); // "default" or the account id

    // One syncing process at a time (several would fight over cursors and CareLink's rotating token).
    Result<void> lock();

    // The account's DataSource (demo mode: against the built-in fakes).
    Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account);
    // The Nightscout client of the account's site, one per site for the whole command.
    void nightscoutClient(const AccountConfig &account,
                          std::function<void(const Result<ns::NightscoutClient *> &)> done);

    DemoMode *demo() { return m_demo.get(); } // --demo only

    // Reads one secret; empty when not found.
    void readSecret(const QString &key, std::function<void(const Result<Secret> &)> done);

private:
    GlobalOptions m_global;
    CommandIo &m_io;
    AppPaths m_paths;
    EnvConfig m_env;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<SyncState> m_syncState;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<LogSink> m_logSink;
    std::unique_ptr<SyncLock> m_lock;
    std::unique_ptr<DemoMode> m_demo;
    bool m_demoOwnSite = false;
    QHash<QString, std::shared_ptr<ns::NightscoutClient>> m_sites; // site id -> client
};

} // namespace nb::cli
