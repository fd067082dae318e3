#pragma once

#include "rawrecords.h"

#include <QList>
#include <QStringList>

namespace nb::carelink::detail {

// After the user changes the pump clock, v11 payloads keep the *old* clock's local time on the readings
// taken before the change, while markers are re-stamped on the current clock (their `displayTime` keeps
// the old one). Converting everything with the one current offset would move those readings by the size
// of the change. This shifts them onto the current clock first. Pure; works on local "as UTC" ms.
class ClockChangeCorrector {
public:
    // readingsLocalMs: the readings' local times in payload order (oldest first), shifted in place.
    // Returns the total shift applied to the oldest readings (0 when nothing was changed).
    static qint64 correct(QList<qint64> *readingsLocalMs, const QList<RawMarker> &markers, QStringList *warnings);
};

} // namespace nb::carelink::detail
