#pragma once

#include "patientdata.h"
#include "transformcontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace nb::carelink {

// CareLink markers -> Nightscout treatments, for the kinds the features enable:
// - MEAL -> "Meal Bolus" with carbs; a bolus within 2 minutes that is not an auto-correction joins it
//   (the document is keyed by the meal either way, so switching `boluses` on later replaces, not adds);
// - INSULIN -> "Correction Bolus" (auto-corrections marked `automatic`), square/dual -> "Combo Bolus";
// - AUTO_BASAL_DELIVERY -> a 5-minute "Temp Basal" at the delivered rate (SmartGuard's micro-boluses
//   are its basal: as boluses they would inflate Nightscout's IOB);
// - BG_READING / CALIBRATION -> "BG Check" (a calibration that repeats a reading is not doubled);
// - LOW_GLUCOSE_SUSPENDED, AUTO_MODE_STATUS, TIME_CHANGE -> "Suspend Pump" / "Note".
// Identifiers: stableIdentifier("carelink", {patient, kind, instant, amount}). Pure.
class TreatmentMapper {
    Q_DECLARE_TR_FUNCTIONS(TreatmentMapper)
public:
    static QList<QJsonObject> map(const PatientData &data, const Features &features, const QString &patientKey,
                                  qint64 latestPlausibleMs);
};

} // namespace nb::carelink
