#include "minuteticker.h"

#include "common/clock.h"

#include <QTimer>

namespace nb::ui {

namespace {
// Fire a little after the boundary, so a coarse timer that wakes early still lands past it.
constexpr qint64 kSlackMs = 250;
constexpr qint64 kMinuteMs = 60 * 1000;
} // namespace

MinuteTicker::MinuteTicker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &MinuteTicker::fire);
}

qint64 MinuteTicker::msUntilNextMinute(const QDateTime &now, const QDateTime &anchor)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 anchorMs = anchor.isValid() ? anchor.toMSecsSinceEpoch() : 0;
    qint64 phase = (nowMs - anchorMs) % kMinuteMs;
    if (phase < 0)
        phase += kMinuteMs;
    return kMinuteMs - phase;
}

void MinuteTicker::setAnchor(const QDateTime &anchor)
{
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    if (m_timer->isActive())
        arm();
}

void MinuteTicker::start()
{
    arm();
}

void MinuteTicker::stop()
{
    m_timer->stop();
}

bool MinuteTicker::isActive() const
{
    return m_timer->isActive();
}

int MinuteTicker::remainingMs() const
{
    return m_timer->remainingTime();
}

void MinuteTicker::arm()
{
    m_timer->start(int(msUntilNextMinute(m_clock.nowUtc(), m_anchor) + kSlackMs));
}

void MinuteTicker::fire()
{
    arm();
    emit tick();
}

} // namespace nb::ui
