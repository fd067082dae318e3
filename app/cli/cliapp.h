#pragma once

#include "command.h"

#include <QList>
#include <QString>

namespace nb::cli {

// Parses the verb, dispatches to a Command, and maps global flags (--version, --help).
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    // Runs the command named by arguments[1]; calls done(exitCode) exactly once.
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done);

    QString helpText() const;

private:
    QList<CommandFactory> m_factories;
};

} // namespace nb::cli
