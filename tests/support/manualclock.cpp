#include "manualclock.h"

namespace nb::test {

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{}

} // namespace nb::test
