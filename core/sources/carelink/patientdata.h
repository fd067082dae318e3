#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nb::carelink {

// The payload shapes CareLink has used. Only a label for diagnostics: the parser turns all of them into
// the same records. V13 is V11's shape plus `isBackfill` readings and standalone-sensor families.
enum class PayloadEra { Connect2015, Ble2021, V11_2025, V13_2026 };
QString payloadEraName(PayloadEra era);

// One sensor glucose slot. `timeMs` is a true UTC instant (converted at the edge, see TimeOffset).
struct SensorReading {
    qint64 timeMs = 0;
    int mgdl = 0; // 0: no value in this slot (warm-up, sensor error, ...)
    QString sensorState;
    bool backfill = false;
};

// One event from `markers[]`, with numbers already converted (v11 sends many as strings).
struct Marker {
    enum class Type {
        Insulin,
        Meal,
        AutoBasalDelivery,
        AutoModeStatus,
        LowGlucoseSuspended,
        Calibration,
        BgReading,
        TimeChange,
        Other,
    };
    Type type = Type::Other;
    QString rawType;
    qint64 timeMs = 0;

    // Insulin
    QString activationType; // RECOMMENDED, MANUAL, AUTOCORRECTION, UNDETERMINED
    QString bolusType;      // FAST, SQUARE, DUAL (names vary)
    double programmedFast = 0;
    double deliveredFast = 0;
    double programmedExtended = 0;
    double deliveredExtended = 0;
    int programmedDurationMin = 0;
    int effectiveDurationMin = 0;
    bool completed = true;

    double carbs = 0;     // Meal, grams
    double autoBasal = 0; // AutoBasalDelivery, units
    std::optional<bool> autoModeOn;
    int bgMgdl = 0; // BgReading, Calibration
    std::optional<bool> calibrationSuccess;
};

struct Notification {
    QString type;    // ALERT, ALARM, MESSAGE, REMINDER
    QString faultId; // int in 2021, string in v11: kept as text
    QString messageId;
    QString guid;
    qint64 timeMs = 0;
    qint64 triggeredMs = 0;
    bool active = false;
};

// Device and phone state of the newest upload (the devicestatus material).
struct DeviceState {
    QString family;     // PARADIGM, GUARDIAN, NGP, CGM, CC, SIMPLERA_SYNC, ... (DeviceModels::normaliseFamily)
    QString pumpModel;  // MMT-1880 ...
    QString sensorType; // DURABLE / DISPOSABLE (v11 cgmInfo); empty for a NO_SENSOR placeholder
    bool hasPump = false;
    QString familyAsSent; // medicalDeviceFamily before normalising (diagnostics)
    QString modelName;    // "MiniMed 780G", "Simplera Sync", ... (DeviceModels); empty when unknown
    bool modelKnown = true;

    std::optional<int> conduitBattery; // phone (or MiniMed Connect) %
    QString conduitBatteryStatus;
    std::optional<bool> conduitInRange;
    std::optional<bool> conduitMedicalDeviceInRange;
    std::optional<bool> conduitSensorInRange;

    std::optional<int> pumpBattery;       // %
    std::optional<double> reservoirUnits; // remaining
    std::optional<int> reservoirPercent;
    std::optional<double> activeInsulin; // units; absent when CareLink says -1 (unknown)
    std::optional<qint64> pumpClockMs;   // pump wall clock converted to UTC
    std::optional<bool> pumpSuspended;
    std::optional<bool> pumpCommunicationState;
    std::optional<int> transmitterBattery; // gstBatteryLevel

    QString sensorState;
    QString systemStatusMessage;
    QString calibStatus;
    std::optional<int> timeToNextCalibHours;         // 255 = n/a
    std::optional<int> timeToNextCalibrationMinutes; // -1 = n/a
    std::optional<int> sensorDurationHours;
    std::optional<int> sensorDurationMinutes;
    QString autoModeShieldState;
    QString plgmLgsState;
    QStringList bannerStates; // pumpBannerState[].type

    std::optional<double> basalRate;
    std::optional<double> tempBasalRate;
    std::optional<double> tempBasalPercentage;
};

// Everything Nightbridge uses from one CareLink data response, in true UTC.
struct PatientData {
    PayloadEra era = PayloadEra::V11_2025;
    bool empty = false; // CareLink answered "no data for this patient" (empty patientData)

    qint64 currentServerTimeMs = 0;
    qint64 lastDeviceUpdateMs = 0;  // lastMedicalDeviceDataUpdateServerTime
    qint64 lastConduitUpdateMs = 0; // lastConduitUpdateServerTime / ...ServerDateTime
    qint64 offsetMs = 0;            // pump local = UTC + offset (after rounding)
    QString offsetSource;           // which pair gave the offset (diagnostics)
    qint64 clockChangeShiftMs = 0;  // total correction applied to readings before a pump clock change

    QString bgUnits;      // as sent
    QString deviceSerial; // pump / sensor serial; used only for stable identifiers when no patient key

    QList<SensorReading> readings; // oldest first, as sent
    std::optional<SensorReading> lastReading;
    QString lastTrend; // lastSGTrend as sent

    QList<Marker> markers;
    QList<Notification> notifications;
    DeviceState device;

    QStringList warnings; // skipped elements and oddities, English, no PII
};

} // namespace nb::carelink
