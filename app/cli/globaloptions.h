#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nb::cli {

// Flags that apply to every command, wherever they appear on the line, and tconnectsync's flags as
// aliases (so `tconnectsync --auto-update` cron lines keep working as `nightbridge-cli --auto-update`):
//   --config DIR  --account A (repeatable, or A,B)  --features LIST  --pretend  -v/--verbose  --demo
//   --auto-update -> sync --auto-update        --check-login -> check-login
//   --start-date D --end-date D / --days N -> backfill ...
// Without a command and with only such flags, tconnectsync's default applies: one sync pass.
struct GlobalOptions {
    Q_DECLARE_TR_FUNCTIONS(nb::cli::GlobalOptions)
public:
    QString configDir;
    QStringList accounts;
    QString features;
    bool pretend = false;
    bool verbose = false;
    bool demo = false;

    QString verb;            // the command, after alias mapping; empty: none (help)
    QStringList arguments;   // for the command: everything that is not a global flag
    QStringList passThrough; // for the older commands (convert, nightscout, carelink): the original
                             // arguments minus the verb and the flags only we understand
    QString error;           // a usage error (missing value ...), translated

    static GlobalOptions parse(const QStringList &argumentsWithoutProgram);
    static QStringList globalFlagNames();
};

} // namespace nb::cli
