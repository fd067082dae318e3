#include "syncscheduler.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "syncengine.h"

#include <QNetworkInformation>

#include <algorithm>

namespace nb {

namespace {
constexpr qint64 kMaxTimerMs = 60LL * 60 * 1000; // re-check the wall clock at least hourly
constexpr int kStaggerSeconds = 3;
} // namespace

SyncScheduler::SyncScheduler(const Clock &clock, ScheduleParams params, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_params(params)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::poll);
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::addAccount(const QString &accountId, SourceCadence cadence)
{
    m_schedules.insert(accountId, AccountSchedule(cadence, m_params, m_random));
    m_schedules.find(accountId)->setFixedInterval(m_fixedSeconds);
    if (m_started) {
        m_schedules.find(accountId)->start(m_clock.nowUtc());
        changed(accountId);
    }
}

void SyncScheduler::setFixedInterval(int seconds)
{
    m_fixedSeconds = std::max(0, seconds);
    for (AccountSchedule &schedule : m_schedules)
        schedule.setFixedInterval(m_fixedSeconds);
}

void SyncScheduler::removeAccount(const QString &accountId)
{
    m_schedules.remove(accountId);
    rearm();
}

AccountSchedule *SyncScheduler::schedule(const QString &accountId)
{
    const auto it = m_schedules.find(accountId);
    return it == m_schedules.end() ? nullptr : &it.value();
}

void SyncScheduler::start()
{
    m_started = true;
    const QDateTime now = m_clock.nowUtc();
    QStringList ids = m_schedules.keys();
    ids.sort();
    int stagger = 0;
    for (const QString &id : ids) {
        m_schedules.find(id)->start(now, stagger);
        stagger += kStaggerSeconds;
        emit scheduleChanged(id);
    }
    rearm();
}

void SyncScheduler::stop()
{
    m_started = false;
    m_timer.stop();
    m_armedFor = QDateTime();
}

void SyncScheduler::changed(const QString &accountId)
{
    emit scheduleChanged(accountId);
    rearm();
}

void SyncScheduler::runStarted(const QString &accountId)
{
    if (auto *s = schedule(accountId)) {
        s->runStarted(m_clock.nowUtc());
        changed(accountId);
    }
}

void SyncScheduler::runFinished(const QString &accountId, const RunReport &report)
{
    auto *s = schedule(accountId);
    if (!s)
        return;
    const QDateTime now = m_clock.nowUtc();
    if (report.ok())
        s->runSucceeded(now, report.newestData);
    else
        s->runFailed(now, *report.error);
    qCDebug(lcSync).noquote() << accountId << "next run" << s->nextRun().toString(Qt::ISODate);
    changed(accountId);
}

void SyncScheduler::syncNow(const QString &accountId)
{
    const QDateTime now = m_clock.nowUtc();
    for (auto it = m_schedules.begin(); it != m_schedules.end(); ++it) {
        if (accountId.isEmpty() || it.key() == accountId) {
            it->syncNow(now);
            emit scheduleChanged(it.key());
        }
    }
    rearm();
}

void SyncScheduler::pause(const QString &accountId, const QDateTime &until)
{
    if (auto *s = schedule(accountId)) {
        s->pause(m_clock.nowUtc(), until);
        changed(accountId);
    }
}

void SyncScheduler::resume(const QString &accountId)
{
    if (auto *s = schedule(accountId)) {
        s->resume(m_clock.nowUtc());
        changed(accountId);
    }
}

void SyncScheduler::systemResumed()
{
    qCInfo(lcSync) << "system resumed: catching up";
    const QDateTime now = m_clock.nowUtc();
    for (auto it = m_schedules.begin(); it != m_schedules.end(); ++it) {
        it->systemResumed(now);
        emit scheduleChanged(it.key());
    }
    rearm();
}

void SyncScheduler::networkAvailable()
{
    const QDateTime now = m_clock.nowUtc();
    for (auto it = m_schedules.begin(); it != m_schedules.end(); ++it) {
        it->networkAvailable(now);
        emit scheduleChanged(it.key());
    }
    rearm();
}

void SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance())
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    networkAvailable();
            });
}

QDateTime SyncScheduler::nextWakeup() const
{
    QDateTime next;
    for (const AccountSchedule &s : m_schedules) {
        const QDateTime candidate = s.hold() == AccountSchedule::Hold::UserPaused ? s.pausedUntil() : s.nextRun();
        if (candidate.isValid() && (!next.isValid() || candidate < next))
            next = candidate;
    }
    return next;
}

void SyncScheduler::rearm()
{
    if (!m_started || m_dispatching)
        return;
    const QDateTime next = nextWakeup();
    if (!next.isValid()) {
        m_timer.stop();
        m_armedFor = QDateTime();
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    const qint64 ms = std::clamp<qint64>(now.msecsTo(next), 0, kMaxTimerMs);
    m_armedFor = now.addMSecs(ms);
    // Coarse timers let the OS batch wakeups; a few seconds either way do not matter here.
    m_timer.setTimerType(ms > 5 * 60 * 1000 ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
    m_timer.start(int(ms));
}

void SyncScheduler::poll()
{
    ++m_wakeups;
    const QDateTime now = m_clock.nowUtc();
    if (m_armedFor.isValid() && m_armedFor.msecsTo(now) > kLateToleranceMs) {
        m_dispatching = true;
        systemResumed();
        m_dispatching = false;
    }
    QStringList due;
    for (auto it = m_schedules.begin(); it != m_schedules.end(); ++it) {
        it->wake(now);
        if (it->isDue(now) && !it->isRunning())
            due.append(it.key());
    }
    due.sort();
    m_dispatching = true;
    for (const QString &id : due) {
        // Marked as running before anyone hears of it: a due account is handed out once, and the
        // owner reports back with runFinished().
        m_schedules.find(id)->runStarted(now);
        emit runDue(id);
    }
    m_dispatching = false;
    rearm();
}

} // namespace nb
