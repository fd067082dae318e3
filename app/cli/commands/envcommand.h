#pragma once

#include "clienvironment.h"
#include "command.h"
#include "globaloptions.h"

#include <QList>
#include <QObject>

#include <memory>

namespace nb {
class DataSource;
namespace ns {
class NightscoutClient;
}
} // namespace nb

namespace nb::cli {

// Base of the commands that work on the user's accounts (sync, backfill, check-login, accounts,
// import-env, status): the global options, the CliEnvironment, and one way to end.
class EnvCommand : public QObject, public Command {
    Q_OBJECT
public:
    explicit EnvCommand(const GlobalOptions &global);
    ~EnvCommand() override;

protected:
    using Prepared = PreparedAccount;
    using PreparedCallback = std::function<void(QList<Prepared>)>;

    // The selected accounts (global --features applied) with their sources and, when asked, their
    // Nightscout clients. Any problem ends the command with its message.
    void prepareAccounts(bool needNightscout, PreparedCallback done);

    // Stores io/done and opens the environment; on failure prints why and ends (returns false).
    bool begin(CommandIo &io, std::function<void(int)> done);
    void finish(int code);             // later (callers may be deep in a callback of ours)
    void fail(const SyncError &error); // prints the user message, ends with the matching exit code
    void usageError(const QString &message);
    CliEnvironment &env() { return *m_env; }
    CommandIo &io() { return *m_io; }

    GlobalOptions m_global;

private:
    CommandIo *m_io = nullptr;
    std::function<void(int)> m_done;
    std::unique_ptr<CliEnvironment> m_env;
    bool m_finished = false;
};

} // namespace nb::cli
