#pragma once

#include <QDateTime>

namespace nb {

// Injectable time source. Product code asks a Clock, never QDateTime::currentDateTime(), so tests and
// the scheduler can run on a manual clock. Always UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
};

} // namespace nb
