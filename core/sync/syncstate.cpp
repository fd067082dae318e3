#include "syncstate.h"

#include "state/statestore.h"

namespace nb {

namespace {
const QString kAccountPrefix = QStringLiteral("account:");
const QString kBackfillPrefix = QStringLiteral("backfill:");
} // namespace

SyncState::SyncState(StateStore &store)
    : m_store(store)
{}

AccountRecord SyncState::account(const QString &accountId) const
{
    return AccountRecord::fromJson(m_store.value(kAccountPrefix + accountId).toObject());
}

Result<void> SyncState::setAccount(const QString &accountId, const AccountRecord &record)
{
    return m_store.setValue(kAccountPrefix + accountId, record.toJson());
}

Result<void> SyncState::removeAccount(const QString &accountId)
{
    if (auto r = m_store.remove(kAccountPrefix + accountId); !r.ok())
        return r;
    return m_store.remove(kBackfillPrefix + accountId);
}

QStringList SyncState::accountIds() const
{
    QStringList ids;
    for (const QString &key : m_store.current().keys()) {
        if (key.startsWith(kAccountPrefix))
            ids.append(key.mid(kAccountPrefix.size()));
    }
    return ids;
}

QJsonObject SyncState::backfill(const QString &accountId) const
{
    return m_store.value(kBackfillPrefix + accountId).toObject();
}

Result<void> SyncState::setBackfill(const QString &accountId, const QJsonObject &progress)
{
    return m_store.setValue(kBackfillPrefix + accountId, progress);
}

Result<void> SyncState::removeBackfill(const QString &accountId)
{
    return m_store.remove(kBackfillPrefix + accountId);
}

} // namespace nb
