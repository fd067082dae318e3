#pragma once

#include "accountconfig.h"
#include "apppaths.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace nb {

class Clock;
class StatusModel;
class SyncState;
namespace ns {
class NightscoutClient;
}

// Runs the engines of all accounts: once (`sync --once`, cron) or continuously under the scheduler
// (daemon, tray). Owns each account's source, outbox and engine; keeps the StatusModel and the
// account records up to date. Vendor-neutral: the caller builds the DataSources.
class SyncService : public QObject {
    Q_OBJECT
public:
    SyncService(const Clock &clock, SyncState &state, StatusModel &status, AppPaths paths, QObject *parent = nullptr);
    ~SyncService() override;

    // nightscout must outlive the service (several accounts may share one site's client).
    void addAccount(const AccountConfig &config, std::shared_ptr<DataSource> source, ns::NightscoutClient &nightscout,
                    EngineOptions options);
    QStringList accountIds() const;
    SyncEngine *engine(const QString &accountId);
    const AccountConfig *config(const QString &accountId) const;
    SyncScheduler &scheduler() { return m_scheduler; }

    // Runs the given accounts (empty: every enabled one) side by side, once.
    using ReportsCallback = std::function<void(const QHash<QString, RunReport> &)>;
    void runOnce(const QStringList &accountIds, ReportsCallback done);

    // Continuous operation: the scheduler decides when each account runs.
    void startContinuous();
    void stop(); // cancels runs in progress
    bool isRunning(const QString &accountId) const;

    void pause(const QString &accountId, const QDateTime &until = {});
    void resume(const QString &accountId);
    // The user asked (empty: every account): runs soon, ending a user pause or a wait for the user.
    void syncNow(const QString &accountId = {});
    // The user signed in again / changed the password: forgets the refusal and runs soon.
    void credentialsChanged(const QString &accountId);

signals:
    void runStarted(const QString &accountId);
    void runFinished(const QString &accountId, const nb::RunReport &report);

private:
    struct Account;
    void startRun(const QString &accountId, std::function<void(const RunReport &)> then = {});
    void onScheduleChanged(const QString &accountId);
    void publish(const QString &accountId);

    const Clock &m_clock;
    SyncState &m_state;
    StatusModel &m_status;
    AppPaths m_paths;
    SyncScheduler m_scheduler;
    QHash<QString, std::shared_ptr<Account>> m_accounts;
};

} // namespace nb
