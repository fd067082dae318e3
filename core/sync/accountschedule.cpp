#include "accountschedule.h"

#include <QRandomGenerator>

namespace nb {

namespace {

bool isNetworkError(const SyncError &error)
{
    return error.kind == SyncError::Kind::Network || error.kind == SyncError::Kind::Timeout;
}

} // namespace

AccountSchedule::AccountSchedule(SourceCadence cadence, ScheduleParams params, Random random)
    : m_cadence(cadence)
    , m_params(params)
    , m_random(std::move(random))
{}

double AccountSchedule::random() const
{
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(r, 0.0, 0.999999);
}

void AccountSchedule::start(const QDateTime &now, int staggerSeconds)
{
    if (m_hold != Hold::UserPaused)
        m_next = now.addSecs(std::max(0, staggerSeconds));
}

void AccountSchedule::restore(const QDateTime &lastData, const QList<int> &intervals, int failures, bool needsUser)
{
    m_lastData = lastData;
    m_intervals = intervals.mid(std::max<qsizetype>(0, intervals.size() - m_params.adaptiveSamples));
    m_failures = failures;
    if (needsUser)
        m_hold = Hold::NeedsUser;
}

void AccountSchedule::runStarted(const QDateTime &)
{
    m_running = true;
    m_next = QDateTime();
}

void AccountSchedule::learn(const QDateTime &newestData)
{
    if (!newestData.isValid())
        return;
    if (m_lastData.isValid() && newestData > m_lastData) {
        // The span of data one upload of the phone app brought: its upload interval.
        m_intervals.append(int(m_lastData.secsTo(newestData)));
        while (m_intervals.size() > m_params.adaptiveSamples)
            m_intervals.removeFirst();
    }
    if (!m_lastData.isValid() || newestData > m_lastData)
        m_lastData = newestData;
}

QDateTime AccountSchedule::heldNext(const QDateTime &now) const
{
    if (m_hold == Hold::UserPaused)
        return m_pausedUntil;
    return m_hold == Hold::NeedsUser ? now.addSecs(m_params.needsUserRecheckSeconds) : QDateTime();
}

void AccountSchedule::wake(const QDateTime &now)
{
    if (m_hold == Hold::UserPaused && m_pausedUntil.isValid() && m_pausedUntil <= now) {
        m_hold = Hold::None;
        m_pausedUntil = QDateTime();
        if (!m_running && !m_next.isValid())
            m_next = now;
    }
}

void AccountSchedule::scheduleAfterSuccess(const QDateTime &now)
{
    if (m_hold != Hold::None) {
        m_next = heldNext(now);
        return;
    }
    if (m_fixedSeconds > 0) {
        // A fixed interval still gets a little jitter (up to 5 %) so several accounts drift apart.
        const int seconds = std::max(m_fixedSeconds, m_params.minGapSeconds);
        m_next = now.addSecs(seconds + qint64(random() * seconds * 0.05));
        return;
    }
    m_next = m_cadence == SourceCadence::Aligned ? SchedulePolicy::nextAligned(m_lastData, now, m_params, random())
                                                 : SchedulePolicy::nextAdaptive(m_intervals, now, m_params, random());
}

void AccountSchedule::runSucceeded(const QDateTime &now, const QDateTime &newestData)
{
    m_running = false;
    m_failures = 0;
    m_lastError.reset();
    learn(newestData);
    if (m_hold == Hold::NeedsUser)
        m_hold = Hold::None; // the run itself proves the problem is gone
    scheduleAfterSuccess(now);
}

void AccountSchedule::runFailed(const QDateTime &now, const SyncError &error)
{
    m_running = false;
    m_lastError = error;
    if (error.kind == SyncError::Kind::Cancelled) {
        runCancelled(now);
        return;
    }
    if (SchedulePolicy::needsUser(error)) {
        m_hold = Hold::NeedsUser;
        m_next = heldNext(now);
        return;
    }
    ++m_failures;
    if (m_hold != Hold::None) {
        m_next = heldNext(now);
        return;
    }
    m_next = now.addSecs(SchedulePolicy::backoffSeconds(m_failures, error.retryAfter, m_params, random()));
}

void AccountSchedule::runCancelled(const QDateTime &now)
{
    m_running = false;
    m_next = m_hold == Hold::UserPaused ? heldNext(now) : now.addSecs(m_params.minGapSeconds);
}

void AccountSchedule::syncNow(const QDateTime &now)
{
    // The user acting is what a held account waits for; a wrong password stays protected by the
    // vendor client's own login budget.
    m_hold = Hold::None;
    m_pausedUntil = QDateTime();
    if (!m_running)
        m_next = now;
}

void AccountSchedule::pause(const QDateTime &, const QDateTime &until)
{
    if (m_hold == Hold::NeedsUser)
        return;
    m_hold = Hold::UserPaused;
    m_pausedUntil = until;
    m_next = until.isValid() && !m_running ? until : QDateTime();
}

void AccountSchedule::resume(const QDateTime &now)
{
    if (m_hold != Hold::UserPaused)
        return;
    m_hold = Hold::None;
    m_pausedUntil = QDateTime();
    if (!m_running)
        m_next = now.addSecs(m_params.catchUpDelaySeconds);
}

void AccountSchedule::systemResumed(const QDateTime &now)
{
    wake(now);
    if (m_hold != Hold::None || m_running)
        return;
    const QDateTime soon = now.addSecs(m_params.catchUpDelaySeconds);
    if (!m_next.isValid() || m_next > soon)
        m_next = soon;
}

void AccountSchedule::networkAvailable(const QDateTime &now)
{
    if (m_hold != Hold::None || m_running || m_failures == 0 || !m_lastError || !isNetworkError(*m_lastError))
        return;
    const QDateTime soon = now.addSecs(m_params.catchUpDelaySeconds);
    if (!m_next.isValid() || m_next > soon)
        m_next = soon;
}

} // namespace nb
