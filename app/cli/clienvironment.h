#pragma once

#include "command.h"
#include "common/result.h"
#include "globaloptions.h"
#include "runtime/runtime.h"

#include <QObject>

#include <functional>
#include <memory>

namespace nb::cli {

// The CLI's view of the shared nb::Runtime (paths, settings, state, credentials, log, accounts, sources,
// Nightscout clients, demo, lock), built from the global options: --config DIR, --demo, -v (debug level,
// log echoed to standard error), --account (narrows the accounts). The log file is "nightbridge-cli".
class CliEnvironment : public QObject {
    Q_OBJECT
public:
    CliEnvironment(const GlobalOptions &global, CommandIo &io, QObject *parent = nullptr);
    ~CliEnvironment() override;

    // Opens the runtime; a damaged state that was set aside is reported on standard error (once: the next
    // run finds the fresh state).
    Result<void> open();

    const GlobalOptions &global() const { return m_global; }
    Runtime &runtime() { return *m_runtime; }
    const AppPaths &paths() const { return m_runtime->paths(); }
    Settings &settings() { return m_runtime->settings(); }
    StateStore &stateStore() { return m_runtime->stateStore(); }
    SyncState &syncState() { return m_runtime->syncState(); }
    CredentialStore &credentials() { return m_runtime->credentials(); }
    AccountRepository &accounts() { return m_runtime->accounts(); }
    const EnvConfig &environment() const { return m_runtime->environment(); }
    const Clock &clock() const { return m_runtime->clock(); }
    HttpClient &http() { return m_runtime->http(); }
    DemoMode *demo() { return m_runtime->demo(); } // --demo only

    // The accounts to work on: settings plus environment, narrowed by --account (an unknown id is a
    // Config error). Disabled ones only when named.
    Result<QList<AccountConfig>> selectedAccounts() const { return m_runtime->selectAccounts(m_global.accounts); }
    Result<void> lock() { return m_runtime->lock(); }
    // The exit code for a failed lock(): Busy (8) only when another process holds it; a data folder that
    // cannot be written is LocalStorage (7).
    int lockFailureCode(const SyncError &error) const;
    void readSecret(const QString &key, std::function<void(const Result<Secret> &)> done)
    {
        m_runtime->readSecret(key, std::move(done));
    }

private:
    GlobalOptions m_global;
    CommandIo &m_io;
    std::unique_ptr<Runtime> m_runtime;
};

} // namespace nb::cli
