#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace nb {
class Clock;
}

namespace nb::ui {

// The one timer that keeps "3 min ago" texts true. It fires when the minute changes relative to an
// anchor (the newest reading's time, so ages tick over exactly when they change; the wall clock's
// minute when there is no reading): one wake-up per minute when idle, never a busy loop.
class MinuteTicker : public QObject {
    Q_OBJECT
public:
    explicit MinuteTicker(const Clock &clock, QObject *parent = nullptr);

    void setAnchor(const QDateTime &anchor); // re-arms; invalid = wall-clock minutes
    void start();
    void stop();
    bool isActive() const;
    int remainingMs() const; // until the next tick (tests)

    // Milliseconds from `now` to the next whole minute after `anchor` (pure, for tests).
    static qint64 msUntilNextMinute(const QDateTime &now, const QDateTime &anchor);

signals:
    void tick();

private:
    void arm();
    void fire();

    const Clock &m_clock;
    QTimer *m_timer;
    QDateTime m_anchor;
};

} // namespace nb::ui
