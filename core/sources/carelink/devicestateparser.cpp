#include "devicestateparser.h"

#include "devicemodel.h"
#include "jsonvalues.h"

#include <QJsonArray>

namespace nb::carelink::detail {

namespace {

std::optional<int> percent(const QJsonValue &value)
{
    const std::optional<int> v = json::integer(value);
    if (!v || *v < 0 || *v > 100)
        return std::nullopt;
    return v;
}

std::optional<double> nonNegative(const QJsonValue &value)
{
    const std::optional<double> v = json::number(value);
    if (!v || *v < 0)
        return std::nullopt;
    return v;
}

QString str(const QJsonObject &o, const char *key)
{
    return json::text(o.value(QLatin1String(key)));
}

} // namespace

bool DeviceStateParser::familyHasPump(const QString &family)
{
    // GUARDIAN (Guardian Connect), CGM / SIMPLERA (standalone Simplera) and CC (MiniMed Go / InPen) have no
    // pump; NGP / …BLE… (7xxG), MiniMed Flex and PARADIGM have one (DeviceModels).
    return DeviceModels::identify(family).pumpFamily;
}

DeviceState DeviceStateParser::parse(const QJsonObject &d)
{
    DeviceState s;
    s.familyAsSent = str(d, "medicalDeviceFamily");
    const QJsonObject info = d.value(QLatin1String("medicalDeviceInformation")).toObject();
    s.pumpModel = str(d, "pumpModelNumber");
    if (s.pumpModel.isEmpty())
        s.pumpModel = str(info, "modelNumber");
    if (DeviceModels::isPlaceholder(s.pumpModel))
        s.pumpModel.clear();
    const DeviceModel model = DeviceModels::identify(s.familyAsSent, s.pumpModel);
    s.family = model.family;
    s.modelName = model.name;
    s.modelKnown = model.known;
    s.sensorType = str(d.value(QLatin1String("cgmInfo")).toObject(), "sensorType");
    if (DeviceModels::isPlaceholder(s.sensorType)) // NO_SENSOR: no sensor paired right now
        s.sensorType.clear();
    // A family we do not know yet (new hardware): the pump fields decide, as for payloads without one.
    const bool undecided = !model.pumpFamily && !model.sensorOnly;
    s.hasPump = model.pumpFamily || (undecided && (d.contains(QLatin1String("reservoirRemainingUnits")) ||
                                                   d.contains(QLatin1String("pumpBatteryLevelPercent"))));

    s.conduitBattery = percent(d.value(QLatin1String("conduitBatteryLevel")));
    s.conduitBatteryStatus = str(d, "conduitBatteryStatus");
    s.conduitInRange = json::boolean(d.value(QLatin1String("conduitInRange")));
    s.conduitMedicalDeviceInRange = json::boolean(d.value(QLatin1String("conduitMedicalDeviceInRange")));
    s.conduitSensorInRange = json::boolean(d.value(QLatin1String("conduitSensorInRange")));

    // v11 reports the pump battery as pumpBatteryLevelPercent; earlier eras as medicalDeviceBatteryLevelPercent.
    // xDrip's rule: the first one when non-zero.
    const std::optional<int> pumpBattery = percent(d.value(QLatin1String("pumpBatteryLevelPercent")));
    const std::optional<int> deviceBattery = percent(d.value(QLatin1String("medicalDeviceBatteryLevelPercent")));
    s.pumpBattery = pumpBattery && *pumpBattery > 0 ? pumpBattery : (deviceBattery ? deviceBattery : pumpBattery);
    s.reservoirUnits = nonNegative(d.value(QLatin1String("reservoirRemainingUnits")));
    s.reservoirPercent = percent(d.value(QLatin1String("reservoirLevelPercent")));
    s.transmitterBattery = percent(d.value(QLatin1String("gstBatteryLevel")));

    const QJsonObject iob = d.value(QLatin1String("activeInsulin")).toObject();
    s.activeInsulin = nonNegative(iob.value(QLatin1String("amount"))); // -1 means unknown

    s.pumpSuspended = json::boolean(d.value(QLatin1String("pumpSuspended")));
    if (!s.pumpSuspended)
        s.pumpSuspended = json::boolean(d.value(QLatin1String("medicalDeviceSuspended")));
    s.pumpCommunicationState = json::boolean(d.value(QLatin1String("pumpCommunicationState")));

    s.sensorState = str(d, "sensorState");
    s.systemStatusMessage = str(d, "systemStatusMessage");
    s.calibStatus = str(d, "calibStatus");
    s.timeToNextCalibHours = json::integer(d.value(QLatin1String("timeToNextCalibHours")));
    s.timeToNextCalibrationMinutes = json::integer(d.value(QLatin1String("timeToNextCalibrationMinutes")));
    s.sensorDurationHours = json::integer(d.value(QLatin1String("sensorDurationHours")));
    s.sensorDurationMinutes = json::integer(d.value(QLatin1String("sensorDurationMinutes")));

    const QJsonObject therapy = d.value(QLatin1String("therapyAlgorithmState")).toObject();
    s.autoModeShieldState = str(therapy, "autoModeShieldState");
    s.plgmLgsState = str(therapy, "plgmLgsState");
    for (const QJsonValue &banner : d.value(QLatin1String("pumpBannerState")).toArray()) {
        const QString type = str(banner.toObject(), "type");
        if (!type.isEmpty())
            s.bannerStates.append(type);
    }
    const QJsonObject basal = d.value(QLatin1String("basal")).toObject();
    s.basalRate = nonNegative(basal.value(QLatin1String("basalRate")));
    s.tempBasalRate = nonNegative(basal.value(QLatin1String("tempBasalRate")));
    s.tempBasalPercentage = nonNegative(basal.value(QLatin1String("tempBasalPercentage")));
    return s;
}

} // namespace nb::carelink::detail
