#pragma once

#include "accountschedule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace nb {

class Clock;
struct RunReport;

// Drives the AccountSchedules of all accounts with ONE timer, armed for the earliest next run (an idle
// daemon wakes only when a run is due, at most about once a minute even with many accounts). Emits
// runDue(); the owner runs the engine and reports back with runFinished(). A timer that fires much
// later than planned means the computer slept: every account then catches up at once. The network
// coming back (QNetworkInformation, a hint only) moves network retries forward.
class SyncScheduler : public QObject {
    Q_OBJECT
public:
    explicit SyncScheduler(const Clock &clock, ScheduleParams params = {}, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setRandom(AccountSchedule::Random random) { m_random = std::move(random); }

    void addAccount(const QString &accountId, SourceCadence cadence);
    // sync/cadence fixed: every account runs every `seconds` after a success (0: the vendor's cadence).
    // Applies from each account's next success on.
    void setFixedInterval(int seconds);
    int fixedInterval() const { return m_fixedSeconds; }
    void removeAccount(const QString &accountId);
    AccountSchedule *schedule(const QString &accountId);
    QStringList accountIds() const { return m_schedules.keys(); }

    // Starts every account (staggered by a few seconds each) and arms the timer.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    void runStarted(const QString &accountId); // a run not started by runDue (sync once, CLI)
    void runFinished(const QString &accountId, const RunReport &report);

    void syncNow(const QString &accountId = {}); // empty: every account
    void pause(const QString &accountId, const QDateTime &until = {});
    void resume(const QString &accountId);
    void systemResumed();
    void networkAvailable();
    void watchNetwork(); // QNetworkInformation reachability, when a backend exists

    QDateTime nextWakeup() const;
    // What the timer does when it fires; public so tests on a manual clock can fire it.
    void poll();
    int wakeups() const { return m_wakeups; } // timer expiries so far (benchmarks, tests)

    // Later than planned by more than this: treated as a resume from sleep.
    static constexpr qint64 kLateToleranceMs = 90 * 1000;

signals:
    void runDue(const QString &accountId);
    void scheduleChanged(const QString &accountId);

private:
    void rearm();
    void changed(const QString &accountId);

    const Clock &m_clock;
    ScheduleParams m_params;
    AccountSchedule::Random m_random;
    QHash<QString, AccountSchedule> m_schedules;
    QTimer m_timer;
    QDateTime m_armedFor;
    bool m_started = false;
    bool m_dispatching = false;
    int m_wakeups = 0;
    int m_fixedSeconds = 0;
};

} // namespace nb
