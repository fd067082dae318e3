#pragma once

#include "accountrecord.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace nb {

class StateStore;

// The sync engine's view of state.json: one AccountRecord per account ("account:<id>") and the
// progress of an interrupted backfill ("backfill:<id>"). Every change is written at once (atomically,
// by StateStore), so a crash loses nothing that was reported as done.
class SyncState {
public:
    explicit SyncState(StateStore &store);

    StateStore &store() { return m_store; }

    AccountRecord account(const QString &accountId) const;
    Result<void> setAccount(const QString &accountId, const AccountRecord &record);
    Result<void> removeAccount(const QString &accountId);
    QStringList accountIds() const;

    QJsonObject backfill(const QString &accountId) const; // empty: none pending
    Result<void> setBackfill(const QString &accountId, const QJsonObject &progress);
    Result<void> removeBackfill(const QString &accountId);

private:
    StateStore &m_store;
};

} // namespace nb
