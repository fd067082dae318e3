#pragma once

#include "common/result.h"
#include "common/syncerror.h"
#include "credentials/credentialstore.h"
#include "nightscout/nsclientconfig.h"
#include "sync/accountconfig.h"
#include "sync/apppaths.h"
#include "sync/envconfig.h"
#include "sync/statusmodel.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace nb {

class Clock;
class DataSource;
class DemoMode;
class HttpClient;
class LogSink;
class Settings;
class StateStore;
class SyncLock;
class SyncState;
namespace ns {
class NightscoutClient;
}

struct RuntimeOptions {
    QString configDir;    // empty: NIGHTBRIDGE_CONFIG_DIR, else the standard locations
    bool demo = false;    // the built-in fakes, demo state files, secrets in memory only
    bool verbose = false; // debug level whatever the settings say
    bool echoLog = false; // log lines also on standard error
    bool cliHints = true; // user messages name the CLI commands (false: they point to the settings)
    QString logBaseName = QStringLiteral("nightbridge");
    // The user's store, injected by tests; null: keychain, or the opt-in file store (settings/environment).
    std::unique_ptr<CredentialStore> credentialStore;
};

// An account ready to sync: its source and its Nightscout client, or why it cannot run.
struct PreparedAccount {
    AccountConfig config;
    std::shared_ptr<DataSource> source;
    ns::NightscoutClient *nightscout = nullptr; // owned by the Runtime; null when not asked or failed
    std::optional<SyncError> error;
    ErrorSource errorSource = ErrorSource::Local;
};

// What every front end (CLI commands, the tray app) needs before the sync engine can run: the files
// (--config DIR, NIGHTBRIDGE_CONFIG_DIR, else the standard locations; demo mode has its own state), the
// settings, the state, the credential store (keychain, or the opt-in file store: settings
// security/credentialStore=file or NIGHTBRIDGE_CREDENTIAL_STORE=file), the log file, the accounts
// (settings plus environment, or the demo's), their DataSources and one Nightscout client per site, and
// the one-syncing-process lock. No widgets, no terminal.
class Runtime : public QObject {
    Q_OBJECT
public:
    explicit Runtime(RuntimeOptions options, QObject *parent = nullptr);
    ~Runtime() override;

    // Creates the directories, installs the log sink, opens settings (migrated), state and the credential
    // store (the demo's fakes start with the first prepare()). Prints nothing; the error says what is wrong.
    Result<void> open();
    // Switches between the demo and the user's accounts (the tray app after the first account was set
    // up): state, outbox, lock and the sources' credential store change; settings and log stay.
    Result<void> setDemo(bool demo);

    // Where the files are without the demo: --config DIR, else NIGHTBRIDGE_CONFIG_DIR, else standard.
    static AppPaths basePaths(const QString &configDir);

    bool isDemo() const { return m_options.demo; }
    bool isVerbose() const { return m_options.verbose; }
    const AppPaths &paths() const { return m_paths; }
    Settings &settings() { return *m_settings; }
    const Settings &settings() const { return *m_settings; }
    StateStore &stateStore() { return *m_stateStore; }
    SyncState &syncState() { return *m_syncState; }
    // The store the sources use: the user's, or in demo mode a memory store with the demo's secrets.
    CredentialStore &credentials() { return *m_credentials; }
    // The user's own store (keychain or the opt-in file), also in demo mode: the settings dialog writes
    // here, so an account set up while the demo runs keeps its secrets.
    CredentialStore &userCredentials();
    AccountRepository &accounts() { return *m_accounts; }
    const EnvConfig &environment() const { return m_env; }
    const Clock &clock() const { return *m_clock; }
    HttpClient &http() { return *m_http; }
    LogSink *logSink() const { return m_logSink.get(); }
    DemoMode *demo() { return m_demo.get(); } // its world() runs once prepare() was called

    // Log level and HTTP trace from the settings (verbose: debug); call again when they change.
    void applyLogLevel();

    // Settings plus environment (the demo's own accounts in demo mode), disabled ones included.
    QList<AccountConfig> allAccounts() const;
    // Narrowed by ids (an unknown id is a Config error); empty ids: the enabled ones.
    Result<QList<AccountConfig>> selectAccounts(const QStringList &ids) const;
    // True when no real account is configured anywhere (the tray app then offers the setup and the demo).
    static bool hasNoAccounts(const Settings &settings, const EnvConfig &environment);

    // The address of the shared Nightscout site (settings or NS_URL), empty when none or in the demo.
    QUrl nightscoutSiteUrl() const;
    // The Nightscout site of an account (its own, else the shared one): address from the account or
    // settings or NS_URL; secret/token from NS_SECRET/NS_TOKEN or the credential store.
    void nightscoutConfig(const AccountConfig &account, std::function<void(const Result<ns::NsClientConfig> &)> done);
    static QString siteIdFor(const AccountConfig &account); // "default" or the account id

    // The account's DataSource (demo mode: against the built-in fakes).
    Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account);
    // The Nightscout client of the account's site, one per site for the runtime's life (or until
    // forgetNightscoutClients()).
    void nightscoutClient(const AccountConfig &account,
                          std::function<void(const Result<ns::NightscoutClient *> &)> done);
    // Drops the clients (after the settings changed); nothing may use them any more.
    void forgetNightscoutClients();

    // Sources and (when asked) Nightscout clients of the accounts, in order; each may carry its error.
    // Signs the demo's CareLink account in first (once per process).
    using PreparedCallback = std::function<void(const Result<QList<PreparedAccount>> &)>;
    void prepare(const QList<AccountConfig> &accounts, bool needNightscout, PreparedCallback done);

    // One syncing process at a time (several would fight over cursors and CareLink's rotating token).
    // A Storage error either way; lockHeldElsewhere() tells "another process holds it" (wait) from "the lock
    // file cannot be created" (the data folder is not writable: a real failure).
    Result<void> lock();
    bool isLocked() const;
    bool lockHeldElsewhere() const { return m_lockHeldElsewhere; }

    // The warning of a damaged state that was set aside on opening (translated), once: empty afterwards.
    QString takeStateWarning() { return std::exchange(m_stateWarning, QString()); }

    // Reads one secret; empty when not found.
    void readSecret(const QString &key, std::function<void(const Result<Secret> &)> done);

private:
    Result<void> openData();
    Result<void> ensureDemoStarted();
    void closeData();
    void prepareNext(QList<AccountConfig> todo, bool needNightscout, std::shared_ptr<QList<PreparedAccount>> ready,
                     PreparedCallback done);

    RuntimeOptions m_options;
    AppPaths m_paths;
    EnvConfig m_env;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<SyncState> m_syncState;
    std::unique_ptr<CredentialStore> m_userCredentials;
    std::unique_ptr<CredentialStore> m_demoCredentials;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<LogSink> m_logSink;
    std::unique_ptr<SyncLock> m_lock;
    std::unique_ptr<DemoMode> m_demo;
    bool m_lockHeldElsewhere = false;
    QString m_stateWarning;
    bool m_demoStarted = false;
    bool m_demoReady = false;
    QHash<QString, std::shared_ptr<ns::NightscoutClient>> m_sites; // site id -> client
};

} // namespace nb
