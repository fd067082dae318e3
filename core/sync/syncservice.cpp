#include "syncservice.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "statusmapping.h"
#include "statusmodel.h"
#include "syncstate.h"

namespace nb {

struct SyncService::Account {
    AccountConfig config;
    std::shared_ptr<DataSource> source;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SyncEngine> engine;
};

SyncService::SyncService(const Clock &clock, SyncState &state, StatusModel &status, AppPaths paths, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_state(state)
    , m_status(status)
    , m_paths(std::move(paths))
    , m_scheduler(clock)
{
    connect(&m_scheduler, &SyncScheduler::runDue, this, [this](const QString &id) { startRun(id); });
    connect(&m_scheduler, &SyncScheduler::scheduleChanged, this, &SyncService::onScheduleChanged);
}

SyncService::~SyncService()
{
    m_scheduler.stop();
    for (const auto &account : std::as_const(m_accounts))
        account->engine->cancel();
}

void SyncService::addAccount(const AccountConfig &config, std::shared_ptr<DataSource> source,
                             ns::NightscoutClient &nightscout, EngineOptions options)
{
    auto account = std::make_shared<Account>();
    account->config = config;
    account->source = std::move(source);
    account->outbox = std::make_unique<Outbox>(m_paths.outboxFor(config.id));
    account->engine = std::make_unique<SyncEngine>(config.id, *account->source, nightscout, *account->outbox, m_state,
                                                   m_clock, options);
    const SourceCadence cadence = account->source->cadence();
    m_accounts.insert(config.id, account);
    // What the previous process saw last, so the tray shows a reading at once (marked stale by its age)
    // instead of nothing until the first run brings new data.
    const AccountRecord saved = m_state.account(config.id);
    if (saved.lastReading && saved.lastReading->mgdl > 0) {
        SourceFacts facts;
        facts.readings.append(*saved.lastReading);
        m_status.addReadings(StatusMapping::readings(config.id, facts));
    }
    if (saved.device && !m_status.device().time.isValid())
        m_status.setDevice(StatusMapping::device(config.id, *saved.device));
    if (config.enabled) {
        m_scheduler.addAccount(config.id, cadence);
        const AccountRecord record = m_state.account(config.id);
        AccountSchedule *schedule = m_scheduler.schedule(config.id);
        schedule->restore(record.lastDataTime, record.dataIntervals, record.consecutiveFailures, record.authPaused);
        if (record.userPaused)
            schedule->pause(m_clock.nowUtc(), record.pausedUntil);
    }
    publish(config.id);
}

QStringList SyncService::accountIds() const
{
    QStringList ids = m_accounts.keys();
    ids.sort();
    return ids;
}

SyncEngine *SyncService::engine(const QString &accountId)
{
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.cend() ? nullptr : (*it)->engine.get();
}

const AccountConfig *SyncService::config(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.cend() ? nullptr : &(*it)->config;
}

bool SyncService::isRunning(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    return it != m_accounts.cend() && (*it)->engine->isRunning();
}

void SyncService::runOnce(const QStringList &accountIds, ReportsCallback done)
{
    QStringList ids;
    for (const QString &id : accountIds.isEmpty() ? this->accountIds() : accountIds) {
        if (const AccountConfig *c = config(id); c && (c->enabled || !accountIds.isEmpty()))
            ids.append(id);
    }
    auto reports = std::make_shared<QHash<QString, RunReport>>();
    auto left = std::make_shared<int>(int(ids.size()));
    if (ids.isEmpty()) {
        done({});
        return;
    }
    for (const QString &id : ids) {
        startRun(id, [reports, left, id, done](const RunReport &report) {
            reports->insert(id, report);
            if (--*left == 0)
                done(*reports);
        });
    }
}

void SyncService::startContinuous()
{
    m_scheduler.watchNetwork();
    m_scheduler.start();
}

void SyncService::stop()
{
    m_scheduler.stop();
    for (const auto &account : std::as_const(m_accounts))
        account->engine->cancel();
}

void SyncService::pause(const QString &accountId, const QDateTime &until)
{
    AccountRecord record = m_state.account(accountId);
    record.userPaused = true;
    record.pausedUntil = until;
    (void)m_state.setAccount(accountId, record);
    m_scheduler.pause(accountId, until);
}

void SyncService::resume(const QString &accountId)
{
    AccountRecord record = m_state.account(accountId);
    record.userPaused = false;
    record.pausedUntil = QDateTime();
    (void)m_state.setAccount(accountId, record);
    m_scheduler.resume(accountId);
}

void SyncService::syncNow(const QString &accountId)
{
    for (const QString &id : accountId.isEmpty() ? accountIds() : QStringList{accountId}) {
        const AccountConfig *c = config(id);
        if (!c || !c->enabled)
            continue;
        // Asking for a sync ends the user's pause, also in the saved state (else a restart pauses again).
        if (AccountRecord record = m_state.account(id); record.userPaused) {
            record.userPaused = false;
            record.pausedUntil = QDateTime();
            (void)m_state.setAccount(id, record);
        }
        m_scheduler.syncNow(id);
    }
}

void SyncService::credentialsChanged(const QString &accountId)
{
    if (SyncEngine *e = engine(accountId))
        (void)e->clearAuthPause();
    syncNow(accountId);
}

void SyncService::startRun(const QString &accountId, std::function<void(const RunReport &)> then)
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return;
    std::shared_ptr<Account> account = *it;
    m_scheduler.runStarted(accountId);
    emit runStarted(accountId);
    publish(accountId);
    account->engine->run([this, accountId, then](const RunReport &report) {
        if (!report.ok() && report.error->kind == SyncError::Kind::Cancelled && !m_scheduler.isStarted()) {
            if (then)
                then(report);
            return;
        }
        if (!report.facts.readings.isEmpty())
            m_status.addReadings(StatusMapping::readings(accountId, report.facts));
        if (!report.facts.markers.isEmpty())
            m_status.addMarkers(StatusMapping::markers(accountId, report.facts));
        if (report.facts.device)
            m_status.setDevice(StatusMapping::device(accountId, *report.facts.device));
        m_scheduler.runFinished(accountId, report);
        if (!m_scheduler.isStarted())
            publish(accountId);
        emit runFinished(accountId, report);
        if (then)
            then(report);
    });
}

void SyncService::onScheduleChanged(const QString &accountId)
{
    AccountSchedule *schedule = m_scheduler.schedule(accountId);
    if (schedule && m_scheduler.isStarted()) {
        AccountRecord record = m_state.account(accountId);
        if (record.nextRun != schedule->nextRun() || record.dataIntervals != schedule->intervals()) {
            record.nextRun = schedule->nextRun();
            record.dataIntervals = schedule->intervals();
            (void)m_state.setAccount(accountId, record);
        }
    }
    publish(accountId);
}

void SyncService::publish(const QString &accountId)
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return;
    const AccountRecord record = m_state.account(accountId);
    const AccountSchedule *schedule = m_scheduler.isStarted() ? m_scheduler.schedule(accountId) : nullptr;
    m_status.setAccount(StatusMapping::accountStatus((*it)->config, record, schedule, (*it)->engine->isRunning()));
}

} // namespace nb
