#pragma once

#include "localtime.h"
#include "patientdata.h"

#include <QList>

#include <optional>

// Intermediate records of the parser: values read, times still pump-local. The parser converts them to
// UTC once the offset (and any pump clock change) is known.
namespace nb::carelink::detail {

struct RawReading {
    SensorReading reading; // timeMs not yet set
    LocalStamp stamp;
};

struct RawMarker {
    Marker marker; // timeMs not yet set
    LocalStamp stamp;
    std::optional<qint64> displayLocalMs; // v11 displayTime: the pump clock as shown at the event
};

struct RawNotification {
    Notification notification; // times not yet set
    std::optional<LocalStamp> stamp;
    std::optional<LocalStamp> triggered;
};

// Values in these units are multiplied by this to get mg/dL (Nightscout's unit for sgv).
constexpr double kMmolToMgdl = 18.0182;

} // namespace nb::carelink::detail
