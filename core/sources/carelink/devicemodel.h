#pragma once

#include <QString>

namespace nb::carelink {

// What kind of Medtronic device a payload or a patient-list entry describes, from the vendor's family
// name and model numbers. The vendor adds hardware without notice and spells families inconsistently
// ("SIMPLERA", "Simplera Sync", "BLE_X"), so detection goes by what the name contains, and an unknown
// family is reported, never treated as "no data": readings sync whatever the device.
struct DeviceModel {
    QString family;          // normalised: upper case, '_' for spaces and hyphens ("SIMPLERA_SYNC"); empty: none
    QString name;            // "MiniMed 780G", "Simplera Sync", ...; empty when not known
    bool known = false;      // the family (or, without one, the model number) is one we recognise
    bool pumpFamily = false; // an insulin pump (MiniMed 7xxG / Flex, Paradigm): pump fields belong to it
    bool sensorOnly = false; // a standalone sensor (Guardian Connect, Simplera, Instinct): no pump
};

class DeviceModels {
public:
    // `family`: medicalDeviceFamily / (last)deviceFamily as sent; `pumpModel`: pumpModelNumber or
    // medicalDeviceInformation.modelNumber ("MMT-1884"). NO_SENSOR and similar placeholders count as absent.
    static DeviceModel identify(const QString &family, const QString &pumpModel = QString());
    static QString normaliseFamily(const QString &family);
    // A value that stands for "nothing there" (NO_SENSOR, NONE, NA, UNKNOWN, empty).
    static bool isPlaceholder(const QString &value);
};

} // namespace nb::carelink
