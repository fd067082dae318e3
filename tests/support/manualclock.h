#pragma once

#include "common/clock.h"

#include <QTimeZone>

namespace nb::test {

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace nb::test
