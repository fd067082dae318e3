#pragma once

#include "rawrecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace nb::carelink::detail {

// Reads `markers[]` (2021 flat objects or v11 {type, timestamp, displayTime, data.dataValues}) and
// `notificationHistory`. Elements it cannot read are skipped with a warning, never fatal.
class MarkerParser {
public:
    // unitFactor: mg/dL per payload unit for BG values without their own unit field.
    static QList<RawMarker> markers(const QJsonArray &array, double unitFactor, QStringList *warnings);
    static QList<RawNotification> notifications(const QJsonObject &history, QStringList *warnings);

    static Marker::Type typeFromName(const QString &name);
};

} // namespace nb::carelink::detail
