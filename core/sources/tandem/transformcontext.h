#pragma once

#include "tandemfeatures.h"
#include "pumpevent.h"

#include <QDateTime>
#include <QList>
#include <QPair>
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
    // A basal record further than this from the next one (or from the end of the data) is followed by
    // missing records: it ends after one delivery cadence instead (see basalmapper.cpp).
    int maxBasalDurationMinutes = 24 * 60;
    // Record keys (sequenceGroup << 32 | sequenceNumber, inclusive ranges) known to be missing: the holes
    // in the pump's numbering the sync is still waiting for. A basal record before one is not stretched.
    QList<QPair<quint64, quint64>> missingRecords;
    QString device = QStringLiteral("nightbridge-tandem"); // `device` of entries/devicestatus
};

} // namespace nb::tandem
