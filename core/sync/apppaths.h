#pragma once

#include <QString>

namespace nb {

// Where Nightbridge keeps its files. Default: settings in the user's config dir
// (~/.config/Nightbridge/nightbridge.ini), state, outbox and logs in the data dir
// (~/.local/share/Nightbridge). `--config DIR` (or NIGHTBRIDGE_CONFIG_DIR) puts everything under DIR,
// as containers and tests want.
struct AppPaths {
    QString settingsFile;
    QString stateFile;
    QString outboxDir; // one subdirectory per account
    QString logDir;
    QString credentialFile; // the opt-in unencrypted store (security/credentialStore=file)
    QString lockFile;       // one syncing process at a time

    QString outboxFor(const QString &accountId) const;

    static AppPaths standard();
    static AppPaths inDirectory(const QString &directory);
    // A demo's own files, so demo mode never touches real accounts' state.
    AppPaths demo() const;
};

} // namespace nb
