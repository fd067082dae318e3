#include "eventnames.h"

#include <QHash>

namespace nb::tandem {

QString alarmName(qint64 alarmId)
{
    static const QHash<qint64, const char *> kNames = {
        {0, "CartridgeAlarm"},         {1, "CartridgeAlarm2"},     {2, "OcclusionAlarm"},
        {3, "PumpResetAlarm"},         {5, "CartridgeAlarm3"},     {6, "CartridgeAlarm4"},
        {7, "AutoOffAlarm"},           {8, "EmptyCartridgeAlarm"}, {9, "CartridgeAlarm5"},
        {10, "TemperatureAlarm"},      {11, "TemperatureAlarm2"},  {12, "BatteryShutdownAlarm"},
        {14, "InvalidDateAlarm"},      {15, "TemperatureAlarm3"},  {16, "CartridgeAlarm6"},
        {18, "ResumePumpAlarm"},       {20, "CartridgeAlarm7"},    {21, "AltitudeAlarm"},
        {22, "StuckButtonAlarm"},      {23, "ResumePumpAlarm2"},   {24, "AtmosphericPressureOutOfRangeAlarm"},
        {25, "CartridgeRemovedAlarm"}, {26, "OcclusionAlarm2"},    {29, "CartridgeAlarm10"},
        {30, "CartridgeAlarm11"},      {31, "CartridgeAlarm12"},
    };
    const char *name = kNames.value(alarmId, nullptr);
    return name ? QString::fromLatin1(name) : QStringLiteral("DefaultAlarm%1").arg(alarmId);
}

QString cgmAlertName(qint64 dalertId)
{
    // The table tconnectsync 2.3.5 maps; ids outside it are not uploaded (as there).
    static const QHash<qint64, const char *> kNames = {
        {11, "CgmSensorFail"},  {13, "CgmSensorExpired"},    {14, "CgmOutOfRange"},         {20, "CgmTransmitterError"},
        {26, "CgmTemperature"}, {27, "CgmFailedConnection"}, {39, "CgmTransmitterExpired"}, {40, "PumpBluetoothError"},
    };
    const char *name = kNames.value(dalertId, nullptr);
    return name ? QString::fromLatin1(name) : QString();
}

QString suspendReasonName(qint64 reason)
{
    switch (reason) {
    case 0:
        return QStringLiteral("UserAborted");
    case 1:
        return QStringLiteral("TerminatedByAlarm");
    case 2:
        return QStringLiteral("TerminatedByMalfunction");
    case 6:
        return QStringLiteral("AutoSuspendByPlgs");
    default:
        return QStringLiteral("SuspendReason%1").arg(reason);
    }
}

bool isResumeReminderAlarm(qint64 alarmId)
{
    return alarmId == 18 || alarmId == 23;
}

} // namespace nb::tandem
