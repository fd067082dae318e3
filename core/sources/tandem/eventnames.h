#pragma once

#include <QString>
#include <QtGlobal>

namespace nb::tandem {

// Names used in Nightscout `reason`/`notes`, from the pump's lookup tables (spec 4.1 notes).
QString alarmName(qint64 alarmId);          // "OcclusionAlarm", "DefaultAlarm13"
QString cgmAlertName(qint64 dalertId);      // "CgmSensorExpired"; empty when not in the table
QString suspendReasonName(qint64 reason);   // "UserAborted"
bool isResumeReminderAlarm(qint64 alarmId); // 18 and 23: reminders, not failures

} // namespace nb::tandem
