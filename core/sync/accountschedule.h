#pragma once

#include "schedulepolicy.h"
#include "sources/datasource.h"

#include <QDateTime>
#include <QList>

#include <algorithm>

#include <functional>
#include <optional>

namespace nb {

// When one account runs next: a pure state machine fed with events (run finished, resume, network
// back, sync now, pause) and the time they happened. No timers, no wall clock: the caller passes
// `now`, and randomness comes from an injected source, so tests drive it with a manual clock.
class AccountSchedule {
public:
    enum class Hold {
        None,
        UserPaused, // until resume() or pausedUntil
        NeedsUser,  // wrong password, expired sign-in, refused by Nightscout: until the user acts (looked at
                    // again every needsUserRecheckSeconds, without contacting the vendor)
    };

    using Random = std::function<double()>; // [0, 1)

    explicit AccountSchedule(SourceCadence cadence, ScheduleParams params = {}, Random random = {});

    // The first run after start: soon, staggered a little so several accounts do not start at once.
    void start(const QDateTime &now, int staggerSeconds = 0);
    void runStarted(const QDateTime &now);
    // newestData: the newest record the vendor had (aligns CareLink, teaches Tandem's interval).
    void runSucceeded(const QDateTime &now, const QDateTime &newestData);
    void runFailed(const QDateTime &now, const SyncError &error);
    void runCancelled(const QDateTime &now);

    void syncNow(const QDateTime &now);                       // the user asked: runs soon, even when held
    void pause(const QDateTime &now, const QDateTime &until); // invalid until: until resume()
    void resume(const QDateTime &now);
    void systemResumed(const QDateTime &now);    // after sleep: catch up at once
    void networkAvailable(const QDateTime &now); // a hint only: moves a network retry forward

    QDateTime nextRun() const { return m_next; } // invalid: not scheduled (held or running)
    // Ends a timed pause whose time has come; call before isDue().
    void wake(const QDateTime &now);
    bool isDue(const QDateTime &now) const { return m_hold != Hold::UserPaused && m_next.isValid() && m_next <= now; }
    bool isRunning() const { return m_running; }
    Hold hold() const { return m_hold; }
    QDateTime pausedUntil() const { return m_pausedUntil; }
    int failures() const { return m_failures; }
    const std::optional<SyncError> &lastError() const { return m_lastError; }
    QDateTime lastData() const { return m_lastData; }
    const QList<int> &intervals() const { return m_intervals; }

    // The user chose a fixed interval (sync/cadence fixed): runs every `seconds` (+ a little jitter)
    // instead of following the vendor's cadence. 0: back to the vendor's cadence.
    void setFixedInterval(int seconds) { m_fixedSeconds = std::max(0, seconds); }
    int fixedInterval() const { return m_fixedSeconds; }

    // Restores what the previous process learned (from state.json).
    void restore(const QDateTime &lastData, const QList<int> &intervals, int failures, bool needsUser);

private:
    double random() const;
    void scheduleAfterSuccess(const QDateTime &now);
    QDateTime heldNext(const QDateTime &now) const; // while held: a timed pause's end, a re-check, or none
    void learn(const QDateTime &newestData);

    SourceCadence m_cadence;
    ScheduleParams m_params;
    Random m_random;
    Hold m_hold = Hold::None;
    QDateTime m_next;
    QDateTime m_pausedUntil;
    QDateTime m_lastData;
    QList<int> m_intervals;
    std::optional<SyncError> m_lastError;
    int m_failures = 0;
    int m_fixedSeconds = 0;
    bool m_running = false;
};

} // namespace nb
