#pragma once

#include "command.h"
#include "globaloptions.h"
#include "sync/accountconfig.h"

#include <QList>
#include <QString>

namespace nb::cli {

// Parses the global flags (GlobalOptions: --config, --account, --features, --pretend, -v, --demo and
// tconnectsync's aliases), picks the command, and dispatches to it.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    // Runs the command named on the line; calls done(exitCode) exactly once.
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done);

    QString helpText() const;

private:
    // The older commands know nothing of --config: give them its meaning in their own options.
    QStringList legacyArguments(const QString &verb) const;

    QList<CommandFactory> m_factories;
    mutable QList<AccountConfig> m_careLinkAccounts; // of the settings, for `carelink login` without --account
    GlobalOptions m_global;
};

} // namespace nb::cli
