#pragma once

#include "statusmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nb {

// One word for all accounts, for the tray icon's corner badge. Worst first: an account that needs the
// user outranks one that retries on its own, which outranks a run in progress.
enum class SyncHealth { None, Ok, Syncing, Retrying, NeedsAttention, Paused };

class SyncHealthSummary {
    Q_DECLARE_TR_FUNCTIONS(SyncHealthSummary)
public:
    // None when there is no enabled account; Paused only when every enabled account is paused.
    static SyncHealth aggregate(const QList<AccountStatus> &accounts);
    static QString healthName(SyncHealth health); // "up to date", "syncing", ...
    static QString stateName(AccountState state); // per account
    static bool anyPaused(const QList<AccountStatus> &accounts);
    static bool allPaused(const QList<AccountStatus> &accounts); // false without enabled accounts
    static int enabledCount(const QList<AccountStatus> &accounts);
};

} // namespace nb
