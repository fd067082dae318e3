#pragma once

#include "carelinkscenario.h"

#include <QList>

namespace nb::sim::detail {

// What happened in the simulated 24 hours, in true UTC, before any era's format is applied.
struct SimMarker {
    enum class Kind {
        Meal,
        Bolus,
        AutoCorrection,
        AutoBasal,
        BgReading,
        Calibration,
        AutoModeSnapshot,
        LgsSnapshot,
        TimeChange
    };
    Kind kind = Kind::Meal;
    qint64 timeMs = 0;
    double amount = 0; // grams or units
    int mgdl = 0;      // BG reading / calibration
};

struct Timeline {
    CareLinkScenario scenario;
    QString family;
    bool hasPump = false;
    qint64 startMs = 0;         // oldest reading
    qint64 endMs = 0;           // newest reading
    qint64 updateMs = 0;        // lastMedicalDeviceDataUpdateServerTime
    qint64 conduitUpdateMs = 0; // lastConduitUpdateServerTime
    qint64 serverMs = 0;        // currentServerTime
    QList<GeneratedReading> readings;
    QList<SimMarker> markers; // ordered by time
    double activeInsulin = 0;
    QString trend;

    qint64 phoneOffsetAt(qint64 utcMs) const; // zone offset (ms)
    qint64 pumpOffsetAt(qint64 utcMs) const;  // the pump clock's offset at that instant
};

Timeline buildTimeline(const CareLinkScenario &scenario);

} // namespace nb::sim::detail
