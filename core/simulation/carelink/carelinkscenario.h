#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace nb::sim {

// The CareLink data formats the generator can write (see spec carelink.md §4).
enum class CareLinkEra {
    Connect2015, // flat, "Oct 19, 2015 08:15:00", PARADIGM
    Ble2021,     // flat, fake-"Z" ISO times, lastConduitDateTime with a real offset, NGP (770G)
    V11,         // {metadata, patientData}, zone-less ISO `timestamp`, structured markers, NGP (780G)
    V13,         // as V11 plus isBackfill; standalone Simplera sensor (family CGM) by default
};

// One patient's last 24 hours, as the generator should simulate them.
struct CareLinkScenario {
    CareLinkEra era = CareLinkEra::V13;
    QDateTime end;                            // true UTC instant of the newest reading (server answers a minute later)
    QTimeZone zone;                           // where the patient lives; the phone's clock always follows it
    QString family;                           // empty: the era's usual device (PARADIGM, NGP, NGP, CGM)
    QString bgUnits = QStringLiteral("MGDL"); // or MMOL_L: sg values then in mmol/L
    quint32 seed = 1;
    int readings = 288;

    // The pump clock: set to the zone's time at the start of the window, then moved by the user at each
    // DST change (a TIME_CHANGE marker) when pumpFollowsDst; pumpClockErrorMs is a constant error.
    bool pumpFollowsDst = true;
    qint64 pumpClockErrorMs = 0;
    std::optional<QDateTime> clockChangeAt; // an extra manual pump clock change (UTC instant) ...
    qint64 clockChangeMs = 0;               // ... moving the clock by this much

    int warmUpStartSlot = -1; // readings [start, start + warmUpSlots) are 0 (sensor warm-up)
    int warmUpSlots = 0;
    int backfillSlots = 0; // V13: that many readings before the newest three arrive as backfill
    bool envelope = true;  // V11/V13: wrap patientData in {metadata, patientData}
};

struct GeneratedReading {
    qint64 timeMs = 0;
    int mgdl = 0; // 0: no value (warm-up)
    bool backfill = false;
};

// The payload and the truth behind it, for tests to compare against.
struct GeneratedCareLink {
    QJsonObject payload;
    QList<GeneratedReading> truth; // oldest first, one per slot
    qint64 serverTimeMs = 0;       // currentServerTime
    qint64 updateTimeMs = 0;       // lastMedicalDeviceDataUpdateServerTime
    qint64 pumpOffsetMs = 0;       // pump clock - UTC at the update
    int meals = 0;
    int boluses = 0; // all INSULIN markers, auto-corrections included
    int autoCorrections = 0;
    int autoBasal = 0;
    int bgReadings = 0;
    int calibrations = 0;
    int clockChanges = 0;
    double activeInsulin = 0;
    QString lastTrend;
};

} // namespace nb::sim
