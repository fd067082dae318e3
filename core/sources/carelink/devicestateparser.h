#pragma once

#include "patientdata.h"

#include <QJsonObject>

namespace nb::carelink::detail {

// Reads the pump / sensor / phone state fields of a patient data object (all eras). Missing fields stay
// unset; nothing here is fatal. The pump clock is converted by the caller (it needs the offset).
class DeviceStateParser {
public:
    static DeviceState parse(const QJsonObject &data);
    static bool familyHasPump(const QString &family);
};

} // namespace nb::carelink::detail
