#pragma once

#include "common/result.h"
#include "sources/datasource.h"
#include "sync/accountconfig.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace nb {

class Clock;
class SyncState;
namespace ns {
class NightscoutClient;
}

// What the backfill wizard needs from the application, as an interface so the wizard depends on neither
// the composition root nor a particular way of building services. The application implements it on top
// of its runtime objects; tests implement it with the fake services.
class BackfillServices {
public:
    using ClientCallback = std::function<void(const Result<ns::NightscoutClient *> &)>;

    virtual ~BackfillServices() = default;

    virtual QList<AccountConfig> accounts() const = 0;
    // The account's DataSource; `account.features` may differ from the saved one (the wizard's choice).
    virtual Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account) = 0;
    // The Nightscout client of the account's site; it must outlive the wizard.
    virtual void nightscoutClient(const AccountConfig &account, ClientCallback done) = 0;
    virtual SyncState &syncState() = 0;
    virtual const Clock &clock() const = 0;
    virtual QString outboxDirFor(const QString &accountId) const = 0; // AppPaths::outboxFor
    virtual int uploadBatchSize() const { return 500; }
    // A real (not pretend) backfill starts or ends: the application keeps the account's scheduled syncs
    // off meanwhile, since both would use the same outbox.
    virtual void setBackfillActive(const QString &accountId, bool active) = 0;
};

} // namespace nb
