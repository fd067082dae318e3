#pragma once

#include "tandemfeatures.h"
#include "pumpevent.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace nb::tandem {

// Everything the pure transform needs besides the records. No I/O, no wall clock: `now` and the
// window come from the caller.
struct TransformContext {
    QTimeZone zone = QTimeZone(QByteArrayLiteral("America/New_York")); // the pump clock's zone
    Features features = defaultFeatures();
    QDateTime now;                        // UTC; upper bound for open-ended durations (invalid: none)
    std::optional<QDateTime> windowStart; // start of the fetched window (records just after it may
                                          // belong to something that began before it)
    std::optional<QDateTime> windowEnd;   // end of the fetched window; open durations stop here
    QString pumpKey;                      // pump serial number (identifier key); empty: the data's assignment id
    bool ignoreZeroBasal = false;         // skip Temp Basal records below 0.01 U/h (tconnectsync #105)
    int maxBasalDurationMinutes = 24 * 60;
    QString device = QStringLiteral("nightbridge-tandem"); // `device` of entries/devicestatus
};

} // namespace nb::tandem
