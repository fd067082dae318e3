#include "clock.h"

namespace nb {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace nb
